"""Closed days: the public holidays a location keeps, and the coming closures as patients read them.

The reply promise and the waiting clock skip closed days (appointments/response_clock.py); the contact
page and the form's aside list the coming ones (templates/includes/upcoming_closures.html).
"""

import datetime
import functools
from collections.abc import Iterable

import holidays
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from page_cache.generation import invalidate

from .models import ClosedDay, Location, OpeningHours

# How far ahead a location gets its public holidays; staff add the clinic's own closures.
HOLIDAY_YEARS_AHEAD = 2
# Closures this many days apart or fewer are one sentence: a Friday and the Monday after are one long weekend.
NEAR_DAYS = 3


def _calendar(years: Iterable[int], observed: bool = True) -> holidays.HolidayBase:
    return holidays.country_holidays(settings.PUBLIC_HOLIDAYS_COUNTRY, years=years, observed=observed)


def public_holidays(start: datetime.date, years: int = HOLIDAY_YEARS_AHEAD) -> dict[datetime.date, str]:
    """Every public holiday (observed dates included) from start until the same day `years` later.

    Migration 0002 closed the locations of the time on all of them; what a location keeps is `kept_holidays`.
    """
    end = start.replace(year=start.year + years)
    calendar = _calendar(range(start.year, end.year + 1))
    return {day: name for day, name in sorted(calendar.items()) if start <= day < end}


@functools.cache
def _observed_label(country: str) -> str:
    return getattr(holidays.country_holidays(country), "observed_label", None) or "%s (observed)"


def holiday_name(name: str) -> str:
    """The holiday an entry stands for: “Independence Day (observed)” → “Independence Day”."""
    before, _, after = _observed_label(settings.PUBLIC_HOLIDAYS_COUNTRY).partition("%s")
    if after and name.startswith(before) and name.endswith(after):
        return name[len(before) : -len(after)]
    return name


def holiday_choices() -> list[tuple[str, str]]:
    """The country's public holidays by name, in the order of the year, for staff to tick."""
    year = timezone.localdate().year
    calendar = _calendar([year, year + 1], observed=False)
    names = dict.fromkeys(name for day in sorted(calendar) for name in calendar.get_list(day))
    return [(name, name) for name in names]


def kept_holidays(
    location: Location, start: datetime.date, years: int = HOLIDAY_YEARS_AHEAD
) -> dict[datetime.date, str]:
    """The location's chosen holidays from start on, each on its weekday date (July 4 on a Saturday: Friday
    July 3, “Independence Day (observed)”), and none the weekly hours close anyway."""
    chosen = set(location.closed_on_holidays)
    closed = location.closed_weekdays() | {OpeningHours.Weekday.SATURDAY, OpeningHours.Weekday.SUNDAY}
    kept: dict[datetime.date, str] = {}
    for day, name in public_holidays(start, years).items():
        names = [one for one in name.split("; ") if holiday_name(one) in chosen]
        if names and day.weekday() not in closed:
            kept[day] = "; ".join(names)
    return kept


def add_public_holidays(location: Location, start: datetime.date | None = None) -> int:
    """Close the location on its coming chosen holidays; dates already closed keep their reason. Returns how many."""
    existing = set(location.closed_days.values_list("date", flat=True))
    new = [
        ClosedDay(location=location, date=day, reason=name)
        for day, name in kept_holidays(location, start or timezone.localdate()).items()
        if day not in existing
    ]
    ClosedDay.objects.bulk_create(new)
    if new:
        invalidate()  # bulk_create sends no signal: the pages listing closures changed
    return len(new)


def drop_unchosen_holidays(location: Location, start: datetime.date | None = None) -> int:
    """Reopen the location on coming holidays it no longer keeps. Only closures exactly as a holiday added them
    (its date and name) go: a date staff gave a reason of their own stays closed. Returns how many."""
    start = start or timezone.localdate()
    kept = kept_holidays(location, start)
    unkept = [Q(date=day, reason=name) for day, name in public_holidays(start).items() if kept.get(day) != name]
    if not unkept:
        return 0
    # A queryset's delete() sends post_delete for each row: the page cache hears of it.
    removed, _ = location.closed_days.filter(functools.reduce(Q.__or__, unkept)).delete()
    return removed


def sync_public_holidays(location: Location) -> tuple[int, int]:
    """After staff changed which holidays the location keeps: (closures added, closures removed)."""
    return add_public_holidays(location), drop_unchosen_holidays(location)


def closure_sentences(closures: Iterable[ClosedDay]) -> list[str]:
    """One sentence per group of near closures, e.g.
    “Closed Thursday, December 24 and Friday, December 25 (Christmas Eve and Christmas Day)”."""
    groups: list[list[ClosedDay]] = []
    for closure in sorted(closures, key=lambda closure: closure.date):
        if groups and (closure.date - groups[-1][-1].date).days <= NEAR_DAYS:
            groups[-1].append(closure)
        else:
            groups.append([closure])
    return [_sentence(group) for group in groups]


def _sentence(group: list[ClosedDay]) -> str:
    runs: list[list[datetime.date]] = []  # consecutive days
    for closure in group:
        if runs and (closure.date - runs[-1][-1]).days == 1:
            runs[-1].append(closure.date)
        else:
            runs.append([closure.date])
    spans: list[str] = []
    for run in runs:
        if len(run) >= 3:  # “Wednesday, December 23 to Friday, December 25” reads easier than three dates
            spans.append(f"{spoken_date(run[0])} to {spoken_date(run[-1])}")
        else:
            spans.extend(spoken_date(day) for day in run)
    # Patients need the holiday, not that its date moved off a weekend.
    reasons = list(dict.fromkeys(holiday_name(closure.reason) for closure in group if closure.reason))
    sentence = f"Closed {and_list(spans)}"
    return f"{sentence} ({and_list(reasons)})" if reasons else sentence


def spoken_date(day: datetime.date) -> str:
    """2026-12-24 → “Thursday, December 24”: near enough that the year goes without saying."""
    return f"{day:%A, %B} {day.day}"


def and_list(items: list[str]) -> str:
    """“a”, “a and b”, “a, b and c”."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
