"""Cached pages answered early: before sessions, CSRF, authentication and the rest of the middleware.

A page in the cache was stored by `cached_page` (decorators.py) for visitors it is the same for; a
later anonymous request for it needs none of what the inner middleware does, so this answers it
straight after Django's SecurityMiddleware (HTTPS redirect, HSTS), on its way out through the security
headers and compression. Anything else (a miss, a session cookie, a query string no cached view reads, an
old generation or entry, the cache down) goes on as usual, to the view and its decorator, which renders,
stores and starts generations. The URL is not resolved yet: an address is looked up if some cached view
could have stored it (queries.py), and found only if its own view did.

On the way out it also gives every other 304 of the site (an upload's, a static file's) the `Vary` its 200
carries: GZipMiddleware, outside, adds `Vary: Accept-Encoding` to a full answer but skips an empty one.
"""

import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils.cache import patch_vary_headers

from . import queries
from .decorators import VARY, Entry, answer, looked_up, page_key
from .generation import GENERATION_KEY, Generation


class CachedPagesMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.cached(request)
        if response is None:
            response = self.get_response(request)
        if response.status_code == 304:
            patch_vary_headers(response, (VARY,))
        return response

    def cached(self, request: HttpRequest) -> HttpResponseBase | None:
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        if (key := page_key(request, queries.read_by_some_view())) is not None:
            try:
                stored = looked_up(request, key)
            except Exception:  # the cache is down: the decorator says so in the log
                stored = {}
            if (entry := stored.get(key)) is not None and (generation := stored.get(GENERATION_KEY)) is not None:
                current, found, now = Generation(*generation), Entry(*entry), time.time()
                if found.is_current(current, now) and not current.is_over(now):
                    return answer(request, found)
        return None
