"""Public holidays as closed days of a location, so that the reply promise never counts them as open."""

import datetime

import holidays
from django.conf import settings
from django.utils import timezone

from page_cache.generation import invalidate

from .models import ClosedDay, Location

# How far ahead a new location gets its public holidays; staff add the clinic's own closures.
HOLIDAY_YEARS_AHEAD = 2


def public_holidays(start: datetime.date, years: int = HOLIDAY_YEARS_AHEAD) -> dict[datetime.date, str]:
    """The public holidays (observed dates included) from start until the same day `years` later."""
    end = start.replace(year=start.year + years)
    calendar = holidays.country_holidays(settings.PUBLIC_HOLIDAYS_COUNTRY, years=range(start.year, end.year + 1))
    return {day: name for day, name in sorted(calendar.items()) if start <= day < end}


def add_public_holidays(location: Location, start: datetime.date | None = None) -> int:
    """Close the location on the coming public holidays; dates already closed keep their reason. Returns how many."""
    existing = set(location.closed_days.values_list("date", flat=True))
    new = [
        ClosedDay(location=location, date=day, reason=name)
        for day, name in public_holidays(start or timezone.localdate()).items()
        if day not in existing
    ]
    ClosedDay.objects.bulk_create(new)
    invalidate()  # bulk_create sends no signal: the contact page's closed days changed
    return len(new)
