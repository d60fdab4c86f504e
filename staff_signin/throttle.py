"""Password guessing, throttled per allowance, in the shared cache.

An allowance is whose tries a password try counts against (staff_signin/device_cookies.py
decides which): the browser's own device cookie, when it signed in as that username before,
or else every untrusted client of the username together, from any address. The username
allowance is by the username typed, so an unknown name is treated like a real one and the
answer tells nobody whether it exists.

Each allowance gets STAFF_PASSWORD_FREE_TRIES tries; after that one try per wait, the wait
doubling from STAFF_PASSWORD_FIRST_WAIT_SECONDS up to STAFF_PASSWORD_LONGEST_WAIT_SECONDS.
Every try is counted before the password is checked, with the cache's atomic increment and
add, so parallel guesses from many workers and addresses get no extra tries. A success
forgets that allowance's count (and only that one's).

Only the password step is throttled here: a colleague who already gave the password is asked for
a code by a page that never looks here, so guessing their password cannot lock them out of it.
"""

import hashlib
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

# A forgotten count goes after a day without tries.
COUNT_LIFETIME = 24 * 60 * 60


@dataclass(frozen=True)
class Allowance:
    """One count of password tries: `kind` says whose, for the security log; `key` is hashed."""

    kind: str
    key: str

    @property
    def is_device(self) -> bool:
        return self.kind == DEVICE


UNTRUSTED = "untrusted clients"
DEVICE = "this browser's device cookie"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def untrusted(username: str) -> Allowance:
    """Every client without a device cookie for this username, from any address, together."""
    return Allowance(UNTRUSTED, f"user:{_digest(username.strip().casefold())}")


def device(nonce: str) -> Allowance:
    """The one browser holding this device cookie."""
    return Allowance(DEVICE, f"device:{_digest(nonce)}")


def _keys(allowance: Allowance) -> tuple[str, str]:
    return f"staff-signin:tries:{allowance.key}", f"staff-signin:wait:{allowance.key}"


def wait_after(tries: int) -> int:
    """Seconds before the next try, once `tries` tries have been made."""
    extra = tries - settings.STAFF_PASSWORD_FREE_TRIES
    if extra < 0:
        return 0
    first, longest = settings.STAFF_PASSWORD_FIRST_WAIT_SECONDS, settings.STAFF_PASSWORD_LONGEST_WAIT_SECONDS
    return int(min(first * 2 ** min(extra, 32), longest))


def admit(allowance: Allowance) -> int:
    """Count one password try against this allowance: 0 if it may be checked, else the seconds left to wait."""
    tries_key, wait_key = _keys(allowance)
    cache.add(tries_key, 0, timeout=COUNT_LIFETIME)
    try:
        tries = cache.incr(tries_key)
    except ValueError:  # the count expired between add and incr
        cache.add(tries_key, 1, timeout=COUNT_LIFETIME)
        tries = 1
    cache.touch(tries_key, COUNT_LIFETIME)
    wait = wait_after(tries)
    if tries < settings.STAFF_PASSWORD_FREE_TRIES:
        return 0
    if tries == settings.STAFF_PASSWORD_FREE_TRIES:
        cache.set(wait_key, time.time() + wait, timeout=wait)
        return 0
    # One try per wait: whoever adds the marker first has the try, and starts the next wait.
    if cache.add(wait_key, time.time() + wait, timeout=wait):
        return 0
    until = cache.get(wait_key)
    return max(1, math.ceil(until - time.time())) if until else 1


def forget(allowance: Allowance) -> None:
    """The right password: this allowance starts afresh."""
    cache.delete_many(list(_keys(allowance)))
