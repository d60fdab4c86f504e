"""The triage list's pages: find the page's ids first, then load only those requests' rows.

PostgreSQL sorts every matching request to find one page: with all their columns and joins, 27,000 open
requests in the triage order took about 100 ms, and 200,000 ("All requests") about 500 ms. The page's ids
alone cost a third of that (IdsFirstPaginator), or a few milliseconds when read group by group in the
triage order (TriagePaginator, AppointmentRequestQuerySet.triage_page_ids). The second query reads the
page's rows and joins by primary key.
"""

from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet

from .models import AppointmentRequestQuerySet


class IdsFirstPaginator(Paginator):
    """A page is the ids at its place in the ordered list, then those requests' rows in the same order."""

    object_list: QuerySet[Any]

    def page(self, number: int | str) -> Page:
        number = self.validate_number(number)
        start = (number - 1) * self.per_page
        stop = start + self.per_page
        if stop + self.orphans >= self.count:
            stop = self.count  # as Paginator.page(): a few orphans join the last page
        ids = self.page_ids(start, stop)
        # Shown in the ids' order, not sorted again: the triage order reads the clock, and a second reading
        # could place a request that has just become overdue elsewhere.
        rows = self.object_list.in_bulk(ids)
        return Page([rows[pk] for pk in ids if pk in rows], number, self)

    def page_ids(self, start: int, stop: int) -> list[int]:
        return list(self.object_list.values_list("pk", flat=True)[start:stop])


class TriagePaginator(IdsFirstPaginator):
    """For the list in the triage order: the page's ids come from triage_page_ids()."""

    object_list: AppointmentRequestQuerySet

    def page_ids(self, start: int, stop: int) -> list[int]:
        return self.object_list.triage_page_ids(start, stop)
