import pytest
from django.test import Client

BROWSER = {"User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1"}


@pytest.fixture
def reader() -> Client:
    """An anonymous visitor's browser: no cookies, a person's user agent."""
    return Client(headers=BROWSER)


@pytest.fixture
def other_reader() -> Client:
    """Another person, elsewhere: their own address (a reading is counted once per address an hour)."""
    return Client(headers=BROWSER, REMOTE_ADDR="192.0.2.7")


def stored_pages() -> int:
    """How many pages the page cache holds (the local-memory cache the tests run on)."""
    from django.core.cache import caches

    from page_cache.decorators import KEY_PREFIX
    from page_cache.store import pages_cache

    assert pages_cache() is caches["pages"]
    return sum(KEY_PREFIX in key for key in caches["pages"]._cache)  # type: ignore[attr-defined]


# Every view wrapped in cached_page (pages/urls.py, blog/urls.py, avesta/urls.py), by one address each, on the site
# the tests' fixtures make (an author "Dana Reyes", articles "article-0"...).
CACHED_URLS = [
    "/",
    "/contact/",
    "/about/",
    "/faq/",
    "/blog/",
    "/blog/topics/migraine/",
    "/blog/authors/dana-reyes/",
    "/blog/article-0/",
    "/blog/feed/rss/",
    "/blog/feed/atom/",
    "/sitemap.xml",
]
