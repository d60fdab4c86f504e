"""The triage list's date drill-down, cheap at any volume.

Django's date hierarchy asks the database for the distinct years (then months, then days) among every
matching request: a scan of all of them, 20 ms for 27,000 open requests and 60 ms for 200,000 on PostgreSQL,
on every page of the list. This one offers every period between the first and the last matching request,
found with MIN and MAX over the indexed created_at (under a millisecond). A period inside that range with no
request in it leads to an empty list, which says so.
"""

import copy
import datetime
from collections.abc import Iterator
from typing import Any

from django.contrib.admin.templatetags.admin_list import date_hierarchy
from django.contrib.admin.views.main import ChangeList
from django.db.models import Max, Min, QuerySet
from django.utils import timezone
from django.utils.functional import cached_property


def date_hierarchy_between(changelist: ChangeList) -> dict[str, Any] | None:
    """The context of Django's `admin/date_hierarchy.html`, as Django's own tag builds it, with periods
    found from the first and last matching request."""
    between = copy.copy(changelist)
    between.queryset = PeriodsBetween(changelist.queryset, changelist.date_hierarchy)
    return date_hierarchy(between)


class PeriodsBetween:
    """Stands in for the change list's queryset in Django's date_hierarchy(): it asks only for the first and
    last dates (aggregate) and the periods among the results (datetimes); both come from one MIN/MAX query."""

    def __init__(self, queryset: QuerySet, field_name: str) -> None:
        self.queryset, self.field_name = queryset, field_name

    @cached_property
    def bounds(self) -> dict[str, datetime.datetime | None]:
        return self.queryset.aggregate(first=Min(self.field_name), last=Max(self.field_name))

    def aggregate(self, **_: Any) -> dict[str, datetime.datetime | None]:
        return self.bounds  # Django asks for exactly this: first=Min(field), last=Max(field)

    def datetimes(self, field_name: str, kind: str) -> list[datetime.datetime]:
        first, last = self.bounds["first"], self.bounds["last"]
        if first is None or last is None:
            return []
        return list(_periods(timezone.localtime(first), timezone.localtime(last), kind))


def _periods(first: datetime.datetime, last: datetime.datetime, kind: str) -> Iterator[datetime.datetime]:
    """The start of each year, month or day from first's to last's, in first's time zone."""
    start = first.replace(hour=0, minute=0, second=0, microsecond=0)
    if kind in ("month", "year"):
        start = start.replace(day=1)
    if kind == "year":
        start = start.replace(month=1)
    while start <= last:
        yield start
        if kind == "day":
            start += datetime.timedelta(days=1)  # wall-clock arithmetic: midnight stays midnight across DST
        elif kind == "month":
            start = start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
        else:
            start = start.replace(year=start.year + 1)
