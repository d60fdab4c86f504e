"""Where cached pages and their generation are kept: the "pages" cache, apart from rate limits and throttles.

In production `CACHES["pages"]` (PAGE_CACHE_URL) is a Redis with a memory ceiling that evicts the least
recently used entries (deploy/redis/avesta-pages.conf): a page lost to eviction is merely rendered again.
The default cache (CACHE_URL) holds what an eviction must never reset, the form's rate limits, the staff
sign-in throttle and the reading counters, in a Redis that evicts nothing (deploy/redis/avesta-limits.conf),
so that filling the one can never empty the other. A project (or a test) whose CACHES names no "pages"
keeps its pages in the default cache.
"""

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, BaseCache, caches

PAGES = "pages"


def alias() -> str:
    return PAGES if PAGES in settings.CACHES else DEFAULT_CACHE_ALIAS


def pages_cache() -> BaseCache:
    return caches[alias()]
