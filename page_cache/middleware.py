"""Cached pages answered early: before sessions, CSRF, authentication and the rest of the middleware.

A page in the cache was stored by `cached_page` (decorators.py) for visitors it is the same for; a
later anonymous request for it needs none of what the inner middleware does, so this answers it
straight after Django's SecurityMiddleware (HTTPS redirect, HSTS), on its way out through the security
headers and compression. Anything else (a miss, a session cookie, a query string, an old generation, the
cache down) goes on as usual, to the view and its decorator, which renders, stores and starts generations.
"""

import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase

from .decorators import Entry, answer, looked_up, page_key
from .generation import GENERATION_KEY, Generation


class CachedPagesMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if settings.SESSION_COOKIE_NAME not in request.COOKIES and (key := page_key(request)) is not None:
            try:
                stored = looked_up(request, key)
            except Exception:  # the cache is down: the decorator says so in the log
                stored = {}
            if (entry := stored.get(key)) is not None and (generation := stored.get(GENERATION_KEY)) is not None:
                current = Generation(*generation)
                if Entry(*entry).token == current.token and not current.is_over(time.time()):
                    return answer(request, Entry(*entry))
        return self.get_response(request)
