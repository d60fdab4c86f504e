"""`cached_page`: a public page's HTML from the shared cache, for visitors the page is the same for.

Only anonymous visitors are served from the cache, and only their pages are stored: a request
with a session cookie (staff, or anyone signed in part-way) is rendered afresh and answered
`private, no-store`, so staff never see a cached page and their previews never enter it. A
request whose query string is not one the view is stored under (queries.py: nothing, or `?page=N`
on a paginated list), or with a message waiting for it, is rendered as it comes and never stored.
A response is stored only if it is a 200 that sets no cookie, used no CSRF token, wrote no session
and names no `Vary`: a page with a form or anything personal is never kept, nor a 404.

Entries last PAGE_CACHE_SECONDS at most and belong to a generation (generation.py): a save of
anything shown on public pages, or a scheduled article's time, ends them all. Each entry carries the
absolute time it stops being served, which the serving server compares with its own clock. Each answer
carries an ETag (a hash of the page) and Last-Modified (when it was made), with
`Cache-Control: public, no-cache`: browsers and proxies may keep it but ask again each time,
and get a 304 while its ETag is unchanged, with the same `Vary` as the page itself.
"""

import functools
import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.template.response import SimpleTemplateResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from . import files, queries
from .generation import GENERATION_KEY, Generation, current_generation
from .store import pages_cache

logger = logging.getLogger(__name__)

# ":2": the shape of an entry (see GENERATION_KEY).
KEY_PREFIX = "page-cache:page:2"
# The view's own headers worth keeping (the middleware adds the security headers to every answer).
KEPT_HEADERS = {"content-type", "content-language", "x-robots-tag"}
MESSAGES_COOKIE = "messages"
LOOKED_UP = "_page_cache_looked_up"
# Keep it, but ask each time (and get a 304 while the ETag is the same).
CACHE_CONTROL = "public, no-cache"
# GZipMiddleware adds this to the 200 (a page is sent compressed or not); a 304 must say the same
# (RFC 9110, 15.4.5) or a proxy could revalidate a compressed copy for a browser that cannot read it.
# Set on the entry, Django's 304 keeps it (django.utils.cache._not_modified).
VARY = "Accept-Encoding"


class Entry(NamedTuple):
    token: str  # the generation it belongs to
    made_at: float
    # When it stops being served (seconds since the epoch), by the clock of the server serving it.
    ends_at: float | None
    body: bytes
    headers: tuple[tuple[str, str], ...]
    etag: str

    def is_current(self, generation: Generation, now: float) -> bool:
        return self.token == generation.token and not (self.ends_at is not None and now >= self.ends_at)


View = Callable[..., HttpResponseBase]


def cached_page(view: View, query: Iterable[str] | None = None) -> View:
    """The view, answered from the cache when it can be. `query`: the parameters the view reads (queries.py);
    by default a paginated ListView's page parameter, and none for any other view."""
    read = queries.parameters(view, query)

    @functools.wraps(view)
    def cached_view(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseBase:
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            response = view(request, *args, **kwargs)
            patch_cache_control(response, private=True, no_store=True)
            return response
        key = page_key(request, read)
        if key is None:
            return view(request, *args, **kwargs)
        try:
            stored = looked_up(request, key)
            generation = current_generation(stored.get(GENERATION_KEY))
        except Exception as error:  # the shared cache is down: every page is rendered, none stored
            logger.warning("page cache unavailable (%s)", type(error).__name__)
            return view(request, *args, **kwargs)
        entry = stored.get(key)
        if entry is not None and (found := Entry(*entry)).is_current(generation, time.time()):
            return answer(request, found)
        response = view(request, *args, **kwargs)
        made = keep(request, response, key, generation)
        return response if made is None else answer(request, made)

    return cached_view


def looked_up(request: HttpRequest, key: str) -> dict[str, Any]:
    """The generation and this page's entry, read from the shared cache in one round trip, once per request:
    the middleware (middleware.py) asks first, and on a miss the view's decorator uses what it read."""
    stored: dict[str, Any] | None = getattr(request, LOOKED_UP, None)
    if stored is None:
        stored = pages_cache().get_many([GENERATION_KEY, key])
        setattr(request, LOOKED_UP, stored)
    return stored


def page_key(request: HttpRequest, read: dict[str, queries.Rule]) -> str | None:
    """The cache key of this request's page, or None if it must not come from the cache nor go into it.

    `read`: the query parameters the view reads (queries.py); any other query string has no key."""
    if request.method not in ("GET", "HEAD") or MESSAGES_COOKIE in request.COOKIES:
        return None
    query_string = request.META.get("QUERY_STRING", "")
    if not queries.is_canonical(query_string, read):
        return None  # search terms, tracking tags, typos, made-up values: rendered as they come, never stored
    # With the host and scheme: the feeds and the sitemap write absolute addresses from them.
    address = f"{request.scheme}://{request.get_host()}{request.path}" + (f"?{query_string}" if query_string else "")
    return f"{KEY_PREFIX}:{hashlib.sha256(address.encode()).hexdigest()}"


def keep(request: HttpRequest, response: HttpResponseBase, key: str, generation: Generation) -> Entry | None:
    """Store the response if it is the same for every anonymous visitor; the entry, or None if not stored."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return None
    if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
        response.render()
    if not _same_for_everyone(request, response):
        return None
    now = time.time()
    if now < generation.started_at:
        # This server's clock is behind the one that started the generation: it may have rendered as
        # scheduled an article that went live before the generation began, which would then be served
        # until the generation ends. Kept by servers whose clocks are right, never by this one.
        logger.warning("page not cached: this server's clock is %.1f s behind", generation.started_at - now)
        return None
    assert isinstance(response, HttpResponse)  # not streaming
    body = response.content
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    # Every header of the answer made once, here: a cached page costs as little as possible to send.
    headers = (
        *((name, value) for name, value in response.items() if name.lower() in KEPT_HEADERS),
        ("ETag", etag),
        ("Last-Modified", http_date(now)),
        ("Cache-Control", CACHE_CONTROL),
        ("Vary", VARY),
    )
    entry = Entry(generation.token, now, generation.ends_at, body, headers, etag)
    left = generation.seconds_left(now)
    timeout = settings.PAGE_CACHE_SECONDS if left is None else min(settings.PAGE_CACHE_SECONDS, left)
    if timeout >= 1:
        try:
            pages_cache().set(key, tuple(entry), timeout=int(timeout))
        except Exception as error:
            logger.warning("page not cached, cache unavailable (%s)", type(error).__name__)
            return None
        if response.get("Content-Type", "").startswith("text/html") and not request.META.get("QUERY_STRING"):
            files.write(generation.token, request.path, body, now)
    return entry


def _same_for_everyone(request: HttpRequest, response: HttpResponseBase) -> bool:
    if response.cookies or response.has_header("Vary"):
        return False
    if any(word in response.get("Cache-Control", "") for word in ("private", "no-store", "no-cache")):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page holds a CSRF token
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    return not (messages is not None and messages.added_new)


def answer(request: HttpRequest, entry: Entry) -> HttpResponseBase:
    response = HttpResponse(entry.body, headers=dict(entry.headers))
    if "HTTP_IF_NONE_MATCH" not in request.META and "HTTP_IF_MATCH" not in request.META:
        return response
    # A 304 on the ETag only: Last-Modified counts whole seconds, and a corrected page can be cached again
    # within the second its old version was, so If-Modified-Since alone could keep the old one in a browser.
    return get_conditional_response(request, etag=entry.etag, response=response) or response
