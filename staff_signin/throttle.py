"""Password guessing, throttled per account across every address, in the shared cache.

Each account (by the username typed, so an unknown name is treated like a real one and the
answer tells nobody whether it exists) gets STAFF_PASSWORD_FREE_TRIES tries; after that one
try per wait, the wait doubling from STAFF_PASSWORD_FIRST_WAIT_SECONDS up to
STAFF_PASSWORD_LONGEST_WAIT_SECONDS. Every try is counted before the password is checked,
with the cache's atomic increment and add, so parallel guesses from many workers and
addresses get no extra tries. A success forgets the account's count.

Only the password step is throttled: a colleague who already gave the password is asked for a
code by a page that never looks here, so guessing their password cannot lock them out of it.
"""

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import cache

# A forgotten count goes after a day without tries.
COUNT_LIFETIME = 24 * 60 * 60


def _keys(username: str) -> tuple[str, str]:
    digest = hashlib.sha256(username.strip().casefold().encode()).hexdigest()
    return f"staff-signin:tries:{digest}", f"staff-signin:wait:{digest}"


def wait_after(tries: int) -> int:
    """Seconds before the next try, once `tries` tries have been made."""
    extra = tries - settings.STAFF_PASSWORD_FREE_TRIES
    if extra < 0:
        return 0
    first, longest = settings.STAFF_PASSWORD_FIRST_WAIT_SECONDS, settings.STAFF_PASSWORD_LONGEST_WAIT_SECONDS
    return int(min(first * 2 ** min(extra, 32), longest))


def admit(username: str) -> int:
    """Count one password try for this account: 0 if it may be checked, else the seconds left to wait."""
    tries_key, wait_key = _keys(username)
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


def forget(username: str) -> None:
    """The right password: the account starts afresh."""
    cache.delete_many(list(_keys(username)))
