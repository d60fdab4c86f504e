"""Where a member of staff is in signing in, and where they go next."""

from urllib.parse import urlencode

from django.http import HttpRequest
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from .devices import confirmed_app


def is_verified(request: HttpRequest) -> bool:
    """The session passed the second factor (django-otp's middleware adds is_verified to the user)."""
    verified = getattr(request.user, "is_verified", None)
    return bool(verified and verified())


def next_url(request: HttpRequest) -> str:
    """Where the admin sent them from, if it is on this site; else the admin home."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return wanted
    return reverse("admin:index")


def second_step_url(request: HttpRequest) -> str:
    """The code step for someone with an authenticator app, else enrolment (the first sign-in)."""
    step = "staff_signin:code" if confirmed_app(request.user) else "staff_signin:enrol"
    return f"{reverse(step)}?{urlencode({'next': next_url(request)})}"
