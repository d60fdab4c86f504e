"""Time measured in a location's opening hours: response deadlines and time waiting."""

import datetime
from collections.abc import Iterable

from django.utils import timezone

from pages.models import OpeningHours

# Look no further ahead than this for opening hours (a location closed for longer has none).
SEARCH_DAYS = 21


def _open_spans(
    hours: Iterable[OpeningHours], start: datetime.datetime, days: int = SEARCH_DAYS
) -> Iterable[tuple[datetime.datetime, datetime.datetime]]:
    """Aware (opens, closes) spans in local time from start's day on, in order."""
    by_weekday: dict[int, list[OpeningHours]] = {}
    for span in hours:
        by_weekday.setdefault(span.weekday, []).append(span)
    zone = timezone.get_current_timezone()
    first_day = timezone.localtime(start).date()
    for offset in range(days):
        day = first_day + datetime.timedelta(days=offset)
        for opens, closes in _merged(by_weekday.get(day.weekday(), [])):
            yield (
                datetime.datetime.combine(day, opens, tzinfo=zone),
                datetime.datetime.combine(day, closes, tzinfo=zone),
            )


def _merged(spans: list[OpeningHours]) -> list[tuple[datetime.time, datetime.time]]:
    """A day's spans in order, overlapping ones joined, so that no minute counts twice."""
    merged: list[tuple[datetime.time, datetime.time]] = []
    for span in sorted(spans, key=lambda s: s.opens):
        if merged and span.opens <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span.closes))
        else:
            merged.append((span.opens, span.closes))
    return merged


def add_business_hours(
    hours: Iterable[OpeningHours], start: datetime.datetime, amount: datetime.timedelta
) -> datetime.datetime | None:
    """When `amount` of open time has passed after `start`; None if the location has no hours soon."""
    remaining = amount
    for opens, closes in _open_spans(list(hours), start):
        if closes <= start:
            continue
        span_start = max(opens, start)
        available = closes - span_start
        if remaining <= available:
            return span_start + remaining
        remaining -= available
    return None


def business_time_between(
    hours: Iterable[OpeningHours], start: datetime.datetime, end: datetime.datetime
) -> datetime.timedelta:
    """Open time between start and end (zero if end is before start)."""
    total = datetime.timedelta()
    days = min((end - start).days + 2, 366)
    for opens, closes in _open_spans(list(hours), start, days=max(days, 1)):
        if opens >= end:
            break
        overlap = min(closes, end) - max(opens, start)
        if overlap > datetime.timedelta():
            total += overlap
    return total
