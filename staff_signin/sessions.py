"""Staff sessions end after STAFF_SESSION_IDLE_MINUTES without a request and STAFF_SESSION_MAX_HOURS after sign-in.

Django itself rotates the session key at login, and ends every other session of a user whose
password changes (the session keeps a hash of it) or who is made inactive (the auth backend
no longer returns them).
"""

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

SIGNED_IN_AT = "staff_signed_in_at"
SEEN_AT = "staff_seen_at"
# The last request's time is written at most this often, not on every request.
SEEN_RESOLUTION_SECONDS = 60


@receiver(user_logged_in)
def start_the_clocks(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[SIGNED_IN_AT] = request.session[SEEN_AT] = int(time.time())


def why_it_ended(session: Any, now: int) -> str:
    """Why this staff session is over, or "" while it lasts."""
    signed_in_at = session.setdefault(SIGNED_IN_AT, now)
    seen_at = session.setdefault(SEEN_AT, now)
    idle_minutes, max_hours = settings.STAFF_SESSION_IDLE_MINUTES, settings.STAFF_SESSION_MAX_HOURS
    if now - signed_in_at > max_hours * 3600:
        return f"You were signed out {max_hours} hours after signing in. Sign in again to go on."
    if now - seen_at > idle_minutes * 60:
        return f"You were signed out after {idle_minutes} minutes without activity. Sign in again to go on."
    return ""


class StaffSessionTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Only a request with a session cookie can be staff's; asking any other opens an empty session
        # and adds `Vary: Cookie` to every public page (page_cache/).
        signed_in = settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated
        if signed_in and request.user.is_staff:
            now = int(time.time())
            reason = why_it_ended(request.session, now)
            if reason:
                logout(request)
                messages.info(request, reason)
                if request.path.startswith(reverse("admin:index")):
                    return redirect_to_login(request.get_full_path(), reverse("admin:login"))
            elif now - request.session[SEEN_AT] >= SEEN_RESOLUTION_SECONDS:
                request.session[SEEN_AT] = now
        return self.get_response(request)
