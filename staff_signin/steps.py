"""Where a member of staff is in signing in, and where they go next."""

import unicodedata
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from .devices import confirmed_app


def is_verified(request: HttpRequest) -> bool:
    """The session passed the second factor (django-otp's middleware adds is_verified to the user)."""
    verified = getattr(request.user, "is_verified", None)
    return bool(verified and verified())


def is_local_path(url: str) -> bool:
    """A path on this site ("/admin/..."), never an address a browser could take to another host.

    Not even this host's own absolute URL: a path is all the sign-in ever needs. Browsers read a
    backslash as a slash and drop tabs and line breaks, so "/\\host", "\\/host" and "/\\t/host" are
    "//host"; any character that is not printable, a space included, is refused with them.
    """
    if not url.startswith("/") or url.startswith("//") or "\\" in url:
        return False
    if any(char.isspace() or unicodedata.category(char)[0] == "C" for char in url):
        return False
    parts = urlsplit(url)
    return not (parts.scheme or parts.netloc) and url_has_allowed_host_and_scheme(url, allowed_hosts=set())


def next_url(request: HttpRequest) -> str:
    """Where the admin sent them from, if it is a path on this site; else where staff land (LOGIN_REDIRECT_URL)."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    return wanted if is_local_path(wanted) else resolve_url(settings.LOGIN_REDIRECT_URL)


def with_next(url: str, request: HttpRequest) -> str:
    """A sign-in page's address, carrying on where to go after it."""
    return f"{url}?{urlencode({'next': next_url(request)})}"


def second_step_url(request: HttpRequest) -> str:
    """The code step for someone with an authenticator app, else enrolment (the first sign-in)."""
    step = "staff_signin:code" if confirmed_app(request.user) else "staff_signin:enrol"
    return with_next(reverse(step), request)
