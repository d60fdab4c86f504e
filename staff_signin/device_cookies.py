"""Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies").

A browser that signed in as someone (password and second factor) gets a signed cookie naming that
username and a random nonce. Its later password tries for that exact username count against the
nonce alone (throttle.device), so a stranger's guesses, which count against the username's
untrusted allowance (throttle.untrusted), never keep the colleague's own browser out; and a
browser that keeps guessing locks only its own cookie. A cookie for another username, a forged
one or an expired one counts for nothing: that try is an untrusted client's.

One cookie holds the entries of the last few people who signed in on that browser (a front-desk
computer is shared). Each sign-in gives its user a fresh nonce.
"""

import secrets
import time

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse

from . import throttle

SALT = "staff_signin.device_cookies"
# A browser unused for this long is a stranger again.
LIFETIME_DAYS = 90
# People who signed in on one browser that it remembers, the latest first.
MAX_ENTRIES = 8

Entry = tuple[str, str, int]  # username, nonce, when it was issued (Unix time)


def cookie_name() -> str:
    # The __Host- prefix (Secure, Path=/, no Domain) keeps another subdomain from setting it, as for the session.
    return "__Host-staff-device" if settings.SESSION_COOKIE_SECURE else "staff-device"


def _entries(request: HttpRequest) -> list[Entry]:
    """The valid entries of this browser's cookie: signed by us, not expired; [] for anything else."""
    value = request.COOKIES.get(cookie_name())
    if not value:
        return []
    lifetime = LIFETIME_DAYS * 24 * 60 * 60
    try:
        data = signing.loads(value, salt=SALT, max_age=lifetime)
    except signing.BadSignature:  # forged, altered, expired, or signed with an old SECRET_KEY
        return []
    now = time.time()
    try:
        return [
            (str(username), str(nonce), int(issued))
            for username, nonce, issued in data
            if now - int(issued) <= lifetime
        ][:MAX_ENTRIES]
    except (TypeError, ValueError):  # signed by us, so only an older layout: none of it counts
        return []


def nonce_for(request: HttpRequest | None, username: str) -> str | None:
    """This browser's nonce for exactly this username (as typed, after the form's cleaning), if it has one.

    Exact, not case-folded: the backend matches usernames exactly, so "Editor" is someone else's account.
    """
    if request is None:
        return None
    return next((nonce for name, nonce, _ in _entries(request) if name == username), None)


def allowance_for(request: HttpRequest | None, username: str) -> throttle.Allowance:
    """Whose tries this password try counts against: this browser's own, or every untrusted client's."""
    nonce = nonce_for(request, username)
    return throttle.device(nonce) if nonce else throttle.untrusted(username)


def remember(request: HttpRequest, response: HttpResponse, username: str) -> None:
    """After a complete sign-in: this browser is trusted for this username, with a fresh nonce."""
    entry: Entry = (username, secrets.token_urlsafe(18), int(time.time()))
    others = [e for e in _entries(request) if e[0] != username]
    value = signing.dumps([entry, *others][:MAX_ENTRIES], salt=SALT, compress=True)
    response.set_cookie(
        cookie_name(),
        value,
        max_age=LIFETIME_DAYS * 24 * 60 * 60,
        path="/",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        # Only ever read by the sign-in form's own POST, which is same-site.
        samesite="Strict",
    )
