"""The figures behind each chart: one plain function per chart, each returning dataclasses.

Counting is done in Python over a handful of fixed queries, so that the figures are the same
on SQLite and PostgreSQL (percentiles especially) and the page's query count does not grow
with the number of requests. Spam is never a request here, except where it is counted aside.
"""

import datetime
import statistics
from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Case, Count, Q, When
from django.utils import timezone

from appointments import response_clock
from appointments.models import AppointmentRequest, Service
from appointments.status import Status
from blog.models import Post
from blog.readership import views_per_article
from pages.models import Location

from .weeks import first_day_of_window, local_midnight, recent_weeks, week_start

# The outcomes a week's requests reached so far, in the order their bars stack (spam is counted aside).
OUTCOMES = [Status.NEW, Status.CONTACTED, Status.SCHEDULED, Status.NOT_A_FIT, Status.CLOSED]
BREAKDOWN_DAYS = 90
ARTICLE_WINDOWS = (30, 90, 365)


@dataclass(frozen=True)
class WeekOutcomes:
    week: datetime.date  # its Monday
    counts: dict[str, int]  # by outcome (status value)
    spam: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def requests_per_week(today: datetime.date | None = None) -> list[WeekOutcomes]:
    """Requests received in each of the last 12 weeks (this one so far), by where they stand now."""
    weeks = recent_weeks(today or timezone.localdate())
    received = AppointmentRequest.objects.filter(created_at__gte=local_midnight(weeks[0]))
    tally: Counter[tuple[datetime.date, str]] = Counter(
        (week_start(timezone.localdate(created)), status)
        for created, status in received.values_list("created_at", "status")
    )
    return [
        WeekOutcomes(
            week, {outcome.value: tally[week, outcome.value] for outcome in OUTCOMES}, tally[week, Status.SPAM]
        )
        for week in weeks
    ]


@dataclass(frozen=True)
class WeekResponses:
    week: datetime.date
    # Business time from arrival to first response of each answered request received that week.
    times: list[datetime.timedelta]
    # Requests with no first response recorded (still waiting, or moved on without one): left out of the times.
    without_response: int
    # Of those, the ones still waiting past their reply promise (response_clock's "overdue").
    waiting_past_promise: int = 0

    @property
    def answered(self) -> int:
        return len(self.times)

    @property
    def median(self) -> datetime.timedelta | None:
        if not self.times:
            return None
        return datetime.timedelta(seconds=round(statistics.median(t.total_seconds() for t in self.times)))

    @property
    def percentile_90(self) -> datetime.timedelta | None:
        """The time nine in ten first responses were within (inclusive method: within the observed times)."""
        if len(self.times) < 2:
            return self.median
        seconds = statistics.quantiles([t.total_seconds() for t in self.times], n=10, method="inclusive")[8]
        return datetime.timedelta(seconds=round(seconds))

    @property
    def within_promise(self) -> int:
        target = response_clock.response_target()
        return sum(time <= target for time in self.times)


def first_response_times_per_week(today: datetime.date | None = None) -> list[WeekResponses]:
    """Time to first response in the location's business hours, for requests received in each of the last 12 weeks."""
    weeks = recent_weeks(today or timezone.localdate())
    locations = {
        location.pk: location for location in Location.objects.prefetch_related("opening_hours", "closed_days")
    }
    received = (
        AppointmentRequest.objects.filter(created_at__gte=local_midnight(weeks[0]))
        .exclude(status=Status.SPAM)
        .annotate(overdue=Case(When(response_clock.overdue_condition(), then=True), default=False))
        .values_list("created_at", "first_response_at", "location_id", "overdue")
    )
    times: dict[datetime.date, list[datetime.timedelta]] = {week: [] for week in weeks}
    waiting: Counter[datetime.date] = Counter()
    overdue: Counter[datetime.date] = Counter()
    for created, first_response, location_id, is_overdue in received:
        week = week_start(timezone.localdate(created))
        if first_response is None:
            waiting[week] += 1
            overdue[week] += is_overdue
            continue
        location = locations[location_id]
        hours, closed = location.opening_hours.all(), response_clock.closed_dates(location)
        times[week].append(response_clock.business_time_between(hours, created, first_response, closed))
    return [WeekResponses(week, sorted(times[week]), waiting[week], overdue[week]) for week in weeks]


@dataclass(frozen=True)
class Share:
    label: str
    count: int


def _window_start(days: int, today: datetime.date | None) -> datetime.datetime:
    return local_midnight(first_day_of_window(today or timezone.localdate(), days))


def _largest_first(shares: list[Share]) -> list[Share]:
    return sorted(shares, key=lambda share: (-share.count, share.label))


def requests_by_location(days: int = BREAKDOWN_DAYS, today: datetime.date | None = None) -> list[Share]:
    """Requests of the last `days` days at each location, every location listed, the busiest first."""
    counts = _count_by("location_id", days, today)
    return _largest_first(
        [Share(location.short_label, counts.get(location.pk, 0)) for location in Location.objects.all()]
    )


def _count_by(field: str, days: int, today: datetime.date | None) -> dict[object, int]:
    requests = AppointmentRequest.objects.filter(created_at__gte=_window_start(days, today)).exclude(status=Status.SPAM)
    return dict(requests.values_list(field).annotate(received=Count("pk")).order_by())


def requests_by_service(days: int = BREAKDOWN_DAYS, today: datetime.date | None = None) -> list[Share]:
    """Requests of the last `days` days for each service, every service listed, the most asked first."""
    counts = _count_by("service", days, today)
    return _largest_first([Share(str(label), counts.get(value, 0)) for value, label in Service.choices])


@dataclass(frozen=True)
class Reach:
    """What one article brought in one window: requests that came from it, its readings, and the rate."""

    days: int
    requests: int
    views: int

    @property
    def per_thousand_views(self) -> Decimal | None:
        if not self.views:
            return None
        rate = Decimal(self.requests * 1000) / Decimal(self.views)
        return rate.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ArticleSources:
    title: str
    path: str
    reach: list[Reach]  # one per window in ARTICLE_WINDOWS

    def in_window(self, days: int) -> Reach:
        return next(reach for reach in self.reach if reach.days == days)


def articles_that_bring_requests(today: datetime.date | None = None) -> list[ArticleSources]:
    """For each published article: requests whose source page is the article, and its readings, over
    the last 30, 90 and 365 days; the articles that brought most requests in 90 days first."""
    today = today or timezone.localdate()
    first_days = [first_day_of_window(today, days) for days in ARTICLE_WINDOWS]
    posts = list(Post.objects.published().only("title", "slug"))
    paths = {post.pk: post.get_absolute_url() for post in posts}
    windows = {
        f"in_{days}": Count("pk", filter=Q(created_at__gte=local_midnight(first)))
        for days, first in zip(ARTICLE_WINDOWS, first_days, strict=True)
    }
    came_from = {
        row["source_path"]: row
        for row in AppointmentRequest.objects.filter(
            source_path__in=paths.values(), created_at__gte=local_midnight(min(first_days))
        )
        .exclude(status=Status.SPAM)
        .values("source_path")
        .annotate(**windows)
        .order_by()
    }
    views = views_per_article(first_days)
    articles = [
        ArticleSources(
            post.title,
            paths[post.pk],
            [
                Reach(
                    days,
                    came_from.get(paths[post.pk], {}).get(f"in_{days}", 0),
                    views.get(post.pk, [0] * len(ARTICLE_WINDOWS))[index],
                )
                for index, days in enumerate(ARTICLE_WINDOWS)
            ],
        )
        for post in posts
    ]
    return sorted(articles, key=lambda article: (-article.in_window(90).requests, article.title))
