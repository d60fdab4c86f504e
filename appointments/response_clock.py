"""The response clock: the reply promise made to every patient, and whether staff kept it.

Everything that asks "when must we reply", "has this request been answered", "is it
overdue" or "how long has it waited" asks this module, so that the triage order, the red
highlight in the admin, the thank-you page and the emails can never disagree.

Time is measured in the location's opening hours ("business hours").
"""

import datetime
from collections.abc import Collection, Iterable
from datetime import date as Date
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from pages import promises
from pages.models import Location, OpeningHours, spoken_time

from .status import OPEN_STATUSES, Status

if TYPE_CHECKING:
    from .models import AppointmentRequest

# Look no further ahead than this for opening hours (a location closed for longer has none).
SEARCH_DAYS = 21
NO_TIME = datetime.timedelta()


def _open_spans(
    hours: Iterable[OpeningHours], start: datetime.datetime, days: int = SEARCH_DAYS, closed: Collection[Date] = ()
) -> Iterable[tuple[datetime.datetime, datetime.datetime]]:
    """Aware (opens, closes) spans in local time from start's day on, in order, skipping closed dates."""
    by_weekday = _by_weekday(hours)
    zone = timezone.get_current_timezone()
    first_day = timezone.localtime(start).date()
    for offset in range(days):
        day = first_day + datetime.timedelta(days=offset)
        if day in closed:
            continue
        for opens, closes in _merged(by_weekday.get(day.weekday(), [])):
            yield (
                datetime.datetime.combine(day, opens, tzinfo=zone),
                datetime.datetime.combine(day, closes, tzinfo=zone),
            )


def _by_weekday(hours: Iterable[OpeningHours]) -> dict[int, list[OpeningHours]]:
    by_weekday: dict[int, list[OpeningHours]] = {}
    for span in hours:
        by_weekday.setdefault(span.weekday, []).append(span)
    return by_weekday


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
    hours: Iterable[OpeningHours], start: datetime.datetime, amount: datetime.timedelta, closed: Collection[Date] = ()
) -> datetime.datetime | None:
    """When `amount` of open time has passed after `start`; None if the location has no hours soon."""
    remaining = amount
    for opens, closes in _open_spans(list(hours), start, closed=closed):
        if closes <= start:
            continue
        span_start = max(opens, start)
        available = closes - span_start
        if remaining <= available:
            return span_start + remaining
        remaining -= available
    return None


def business_time_between(
    hours: Iterable[OpeningHours], start: datetime.datetime, end: datetime.datetime, closed: Collection[Date] = ()
) -> datetime.timedelta:
    """Open time between start and end (zero if end is before start).

    The first and last days count their spans' overlap with start and end; the whole days between count their
    weekday's open time, a week at a time, less the closed dates among them: a request that has waited a year
    costs the same as one that waited a day (the triage list shows fifty such waits at a time)."""
    if end <= start:
        return NO_TIME
    hours = list(hours)
    first_day, last_day = timezone.localtime(start).date(), timezone.localtime(end).date()
    total = NO_TIME
    for opens, closes in _open_spans(hours, start, days=1, closed=closed):
        total += max(min(closes, end) - max(opens, start), NO_TIME)
    if last_day > first_day:
        for opens, closes in _open_spans(hours, end, days=1, closed=closed):
            total += max(min(closes, end) - opens, NO_TIME)
    whole_days = (last_day - first_day).days - 1
    if whole_days > 0:
        per_weekday = _open_time_per_weekday(hours)
        weeks, extra_days = divmod(whole_days, 7)
        extra = [first_day + datetime.timedelta(days=offset) for offset in range(1, extra_days + 1)]
        closed_between = {day for day in closed if first_day < day < last_day}
        total += weeks * sum(per_weekday.values(), NO_TIME)
        total += sum((per_weekday.get(day.weekday(), NO_TIME) for day in extra), NO_TIME)
        total -= sum((per_weekday.get(day.weekday(), NO_TIME) for day in closed_between), NO_TIME)
    return total


def _open_time_per_weekday(hours: Iterable[OpeningHours]) -> dict[int, datetime.timedelta]:
    """Each weekday's open time, overlapping spans counted once (weekday numbers as date.weekday())."""
    any_day = datetime.date(2000, 1, 1)
    return {
        weekday: sum(
            (
                datetime.datetime.combine(any_day, closes) - datetime.datetime.combine(any_day, opens)
                for opens, closes in _merged(spans)
            ),
            NO_TIME,
        )
        for weekday, spans in _by_weekday(hours).items()
    }


# Readable names for the time zones a US clinic is likely to be in; others show their abbreviation.
ZONE_NAMES = {
    "America/Phoenix": "Arizona time",
    "America/New_York": "Eastern time",
    "America/Chicago": "Central time",
    "America/Denver": "Mountain time",
    "America/Los_Angeles": "Pacific time",
    "America/Anchorage": "Alaska time",
    "Pacific/Honolulu": "Hawaii time",
}


def response_target() -> datetime.timedelta:
    """How much business time the front desk promises to need, at most, before a first reply."""
    return datetime.timedelta(hours=settings.APPOINTMENT_RESPONSE_TARGET_HOURS)


def target_description() -> str:
    """The promise in words, for pages shown before a request exists: “within 4 business hours”, as the
    staff-edited pages' {reply_target} says it."""
    return promises.reply_target()


def closed_dates(location: Location) -> set[Date]:
    """Public holidays and the clinic's own closed days (uses prefetched closed_days when there are)."""
    return {closure.date for closure in location.closed_days.all()}


def is_open_at(location: Location, when: datetime.datetime) -> bool:
    """The location is open at that moment: within its hours, not on a holiday or closed day."""
    spans = _open_spans(location.opening_hours.all(), when, days=1, closed=closed_dates(location))
    return any(opens <= when < closes for opens, closes in spans)


def reply_deadline(location: Location, received: datetime.datetime) -> datetime.datetime | None:
    """When the first reply is due for a request received then; None if the location has no hours soon."""
    return add_business_hours(location.opening_hours.all(), received, response_target(), closed_dates(location))


# What "answered" and "overdue" mean, first for one request, then as database conditions.
# Both forms must say the same thing: tests/appointments/test_response_clock.py checks that they do.


# Moving a request to one of these means staff answered the patient (spam and "new" are not answers).
ANSWERING_STATUSES = [Status.CONTACTED, Status.SCHEDULED, Status.NOT_A_FIT, Status.CLOSED]


def is_answered(appointment: "AppointmentRequest") -> bool:
    """Staff recorded a first response, or moved the request on to a status that is one."""
    return appointment.first_response_at is not None or appointment.status in ANSWERING_STATUSES


def is_awaiting_reply(appointment: "AppointmentRequest") -> bool:
    """Open and not yet answered: the patient is waiting for us."""
    return appointment.is_open and not is_answered(appointment)


def is_overdue(appointment: "AppointmentRequest", now: datetime.datetime | None = None) -> bool:
    """Still waiting for a reply after the promised time."""
    now = now or timezone.now()
    return is_awaiting_reply(appointment) and appointment.respond_by is not None and appointment.respond_by < now


def answered_condition() -> Q:
    return Q(first_response_at__isnull=False) | Q(status__in=ANSWERING_STATUSES)


def awaiting_reply_condition() -> Q:
    """Open and not answered (the negation of answered_condition() within the open statuses), spelt out as the
    open statuses that are no answer themselves and no first response: PostgreSQL then reads the few such
    requests from the status index instead of filtering every request."""
    waiting_statuses = [status for status in OPEN_STATUSES if status not in ANSWERING_STATUSES]
    return Q(status__in=waiting_statuses, first_response_at__isnull=True)


def overdue_condition(now: datetime.datetime | None = None) -> Q:
    return awaiting_reply_condition() & Q(respond_by__lt=now or timezone.now())


def stamp_first_response(appointment: "AppointmentRequest", at: datetime.datetime | None = None) -> None:
    """Record when staff first answered, once: a later change of status keeps the first time."""
    if appointment.first_response_at is None and appointment.status in ANSWERING_STATUSES:
        appointment.first_response_at = at or timezone.now()


def time_waited(appointment: "AppointmentRequest", now: datetime.datetime | None = None) -> datetime.timedelta:
    """Business time from the request's arrival to its first reply (or until now, while it waits)."""
    return time_since_arrival(appointment, appointment.first_response_at or now)


def time_since_arrival(appointment: "AppointmentRequest", now: datetime.datetime | None = None) -> datetime.timedelta:
    """Business time since the request arrived, replies or not: an urgent patient waits until someone reaches them
    (a call with no answer is a first response, not a rescue)."""
    location = appointment.location
    end = now or timezone.now()
    return business_time_between(location.opening_hours.all(), appointment.created_at, end, closed_dates(location))


def hours_and_minutes(duration: datetime.timedelta) -> str:
    """“6 h 05 min”: how the admin shows time waited."""
    hours, minutes = divmod(int(duration.total_seconds()) // 60, 60)
    return f"{hours} h {minutes:02d} min"


def deadline_display(due: datetime.datetime) -> str:
    """“Tuesday, November 24 at 10 am”: a full date, never “today” (an email may be re-sent days later)."""
    local = timezone.localtime(due)
    return f"{local:%A}, {local:%B} {local.day} at {spoken_time(local)}"


def zone_name(when: datetime.datetime) -> str:
    """The clinic's time zone as a patient says it: “Arizona time”."""
    return ZONE_NAMES.get(settings.TIME_ZONE) or f"{timezone.localtime(when):%Z} time"


CONTACT_VERBS = {"call": "call you", "text": "text you", "email": "email you"}


def reply_promise(appointment: "AppointmentRequest") -> str:
    """The sentence the thank-you page and the patient's email both make:
    “We will call you by Friday, November 27 at 1 pm (Arizona time).”"""
    verb = CONTACT_VERBS[appointment.contact_method]
    if appointment.respond_by is None:
        return f"We will {verb} as soon as the clinic reopens."
    due = appointment.respond_by
    return f"We will {verb} by {deadline_display(due)} ({zone_name(due)})."
