"""How many times each article is read: counted on our server, without cookies and without addresses.

A reading (the beacon the article page sends once loaded, `reading_view`) adds one to a counter
in the shared cache (Redis in production, so every app server adds to the same number): one key
per article per day, no database write while the reader waits. One reading per article per
client address an hour: reloads and a script posting the beacon in a loop add nothing more. The
address is never stored as such: a keyed hash of it and the article names a marker that expires
after the hour.

`flush_views()` (the `flush_article_views` command, run by a timer) copies each counter into the
daily table `ArticleView`. A counter holds the day's total so far, so a flush sets the row to it rather than
adding: flushing twice, or from two timers at once, never counts twice.
"""

import datetime
import logging
import re
from collections.abc import Mapping, Sequence

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q, Sum
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from incoming.client_address import client_ip

from .models import ArticleView, Post

logger = logging.getLogger(__name__)

KEY_PREFIX = "article-views"
READER_KEY_PREFIX = "article-reader"
# A reader counted once per article in this time, from the first reading.
ONE_READING_PER_SECONDS = 60 * 60
# How far back a flush looks, and how long a counter outlives its day: a timer stopped over a
# long weekend still finds every day's total when it runs again.
FLUSH_DAYS = 7
COUNTER_TIMEOUT = int(datetime.timedelta(days=FLUSH_DAYS + 1).total_seconds())
# Crawlers, link previews and monitors announce themselves; a reading is a person's. No
# user agent at all is a script.
NOT_A_READER = re.compile(r"bot|crawl|spider|slurp|preview|facebookexternalhit|headless|monitor|curl|wget", re.I)


def counter_key(slug: str, day: datetime.date) -> str:
    # By slug, not id: the address is all a wrapper outside the view (or a page cache) knows,
    # and it never changes once saved.
    return f"{KEY_PREFIX}:{day:%Y-%m-%d}:{slug}"


def reader_key(slug: str, address: str) -> str:
    """The marker of this address having read this article within the hour: keyed with SECRET_KEY, so that
    neither the cache nor anyone reading it can tell the address back."""
    return f"{READER_KEY_PREFIX}:{salted_hmac(READER_KEY_PREFIX, f'{slug}|{address}').hexdigest()}"


def count_reading(slug: str, address: str) -> bool:
    """One more reading of this article today (the clinic's day), unless this address read it within the hour.
    Whether it counted."""
    # add() is atomic: of two beacons at once from one address, one sets the marker and counts.
    if not cache.add(reader_key(slug, address), 1, timeout=ONE_READING_PER_SECONDS):
        return False
    key = counter_key(slug, timezone.localdate())
    # incr() first: one round trip to Redis for every reading but the day's first. It refuses a
    # missing key; add() then sets it, and only one process can win: the others incr() after all.
    try:
        cache.incr(key)
    except ValueError:
        if not cache.add(key, 1, timeout=COUNTER_TIMEOUT):
            cache.incr(key)
    return True


def is_reader(request: HttpRequest) -> bool:
    """A person reading: not a crawler, and not signed-in staff (their previews and checks are not readings).

    Only a request with a session cookie is asked whether it is staff, so that an anonymous
    reading never touches the session.
    """
    agent = request.headers.get("User-Agent", "")
    if not agent or NOT_A_READER.search(agent):
        return False
    return settings.SESSION_COOKIE_NAME not in request.COOKIES or not request.user.is_staff


# The article page asks for this once it has loaded (static/js/reading.js, a beacon), wherever the page
# came from: Django, its page cache or the proxy's page files, which never reach Python. No CSRF token:
# it changes nothing but an anonymous counter, and a beacon carries none.
@csrf_exempt
@require_POST
def reading_view(request: HttpRequest, slug: str) -> HttpResponse:
    """Count one reading of a published article; 204 whether or not it counted (a reader learns nothing), the
    shared cache being down included: the reading goes uncounted, the page never shows an error."""
    if is_reader(request) and Post.objects.published().filter(slug=slug).exists():
        try:
            count_reading(slug, client_ip(request))
        except Exception as error:  # redis-py's and django-redis's errors alike
            logger.warning("reading not counted, cache unavailable (%s)", type(error).__name__)
    return HttpResponse(status=204)


def flush_views(today: datetime.date | None = None) -> int:
    """Copy the counters of the last FLUSH_DAYS days into daily rows; return how many rows grew.

    A row only ever grows: if the cache lost its counters (a Redis restart), the stored total
    stays as it was rather than falling back."""
    today = today or timezone.localdate()
    days = [today - datetime.timedelta(days=back) for back in range(FLUSH_DAYS)]
    post_ids = dict(Post.objects.values_list("slug", "pk"))
    keys = {counter_key(slug, day): (post_id, day) for slug, post_id in post_ids.items() for day in days}
    counts = {keys[key]: int(count) for key, count in cache.get_many(list(keys)).items() if int(count) > 0}
    ArticleView.objects.bulk_create(
        [ArticleView(post_id=post_id, day=day, views=0) for post_id, day in counts], ignore_conflicts=True
    )
    grown = 0
    for (post_id, day), count in counts.items():
        # One conditional update per row: atomic, so two flushes at once cannot lower a total.
        grown += ArticleView.objects.filter(post_id=post_id, day=day, views__lt=count).update(views=count)
    return grown


def views_per_article(since: Sequence[datetime.date]) -> dict[int, list[int]]:
    """Stored readings of each article from each of these days on (through today), by article id."""
    sums: Mapping[str, Sum] = {
        f"since_{index}": Sum("views", filter=Q(day__gte=day)) for index, day in enumerate(since)
    }
    rows = ArticleView.objects.filter(day__gte=min(since)).values("post").annotate(**sums).order_by()
    return {row["post"]: [row[f"since_{index}"] or 0 for index in range(len(since))] for row in rows}
