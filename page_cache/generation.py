"""The content generation: one token in the shared cache that every cached page is checked against.

A cached page is served only while the generation it was made in is current. A new generation
starts when anything a public page shows changes (`invalidate()`, called by invalidation.py and by
bulk writes) and, without any save, when the next scheduled article goes live or the clinic's day ends
(pages show "today": the next closures, open now): each generation records the earliest of these and
ends itself then. Apps tell this one what ends a generation by itself (`ends_by_itself`, from their
`ready()`): the page cache sits below them and imports none of their models. The token is random, not a
counter, so a generation lost from the cache (an eviction, a Redis restart) can never come back and make
old pages current again.

Times are absolute (seconds since the epoch), and each server compares them with its own clock: a page
is never served past its generation's end by a server whose clock is right, whichever server stored it.
A generation also records when it started: a server whose clock is behind that (decorators.py) may
render an article as not yet live that went live before the generation began, so it stores nothing.
"""

import datetime
import secrets
import time
from collections.abc import Callable
from typing import NamedTuple

from django.db import transaction
from django.utils import timezone
from redis.exceptions import RedisError

from . import files
from .store import pages_cache

# ":2": the shape of what is stored under it. During a rolling upgrade, servers of the release before read
# their own key and never a tuple they cannot unpack.
GENERATION_KEY = "page-cache:generation:2"

NextChange = Callable[[], datetime.datetime | None]
_next_changes: list[NextChange] = []


class Generation(NamedTuple):
    token: str
    # The next scheduled article's time or the next midnight (seconds since the epoch): the generation ends then.
    ends_at: float | None
    # By the clock of the server that started it.
    started_at: float

    def is_over(self, now: float) -> bool:
        return self.ends_at is not None and now >= self.ends_at

    def seconds_left(self, now: float) -> float | None:
        return None if self.ends_at is None else self.ends_at - now


def ends_by_itself(next_change: NextChange) -> None:
    """Register when public pages next change without a save (e.g. the next scheduled article's time, or None).

    Called from an app's `ready()`; every new generation ends no later than the earliest of these."""
    if next_change not in _next_changes:
        _next_changes.append(next_change)


def start_generation() -> Generation:
    """A new generation: every page cached so far stops being served, and the page files are replaced."""
    now = time.time()
    changes = [when.timestamp() for next_change in _next_changes if (when := next_change()) is not None]
    generation = Generation(secrets.token_hex(8), min([next_midnight(), *changes]), now)
    pages_cache().set(GENERATION_KEY, tuple(generation), timeout=None)
    files.switch_to(generation.token)
    return generation


def next_midnight() -> float:
    """The start of tomorrow in the clinic's time zone, in seconds since the epoch."""
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    return datetime.datetime.combine(tomorrow, datetime.time.min, tzinfo=timezone.get_current_timezone()).timestamp()


def current_generation(stored: object = None) -> Generation:
    """The generation now, from what the cache held (`stored`, read by the caller with its page), or a new one."""
    if stored is None:
        stored = pages_cache().get(GENERATION_KEY)
    if stored is not None:
        generation = Generation(*stored)  # type: ignore[misc]
        if not generation.is_over(time.time()):
            return generation
    return start_generation()


def fragment_generation() -> str:
    """The key cached fragments are made under: the current generation's token, or while the shared cache
    does not answer a fresh one, so that no fragment is reused and the page is simply rendered."""
    try:
        return current_generation().token
    except RedisError:
        return secrets.token_hex(8)


def invalidate() -> None:
    """Something public pages show changed: no page cached before may be served again.

    At once, and again after the transaction commits: a page rendered meanwhile, from the rows as
    they were before the commit, belongs to the first new generation and is never served either.
    Outside a transaction on_commit runs at once; the second start is then merely redundant.
    A cache that cannot be reached raises here, failing the save: inside the admin's transaction the
    change is rolled back rather than left for pages cached before it to hide once the cache is back.
    """
    start_generation()
    transaction.on_commit(start_generation)
