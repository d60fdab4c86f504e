"""The triage list's filters: open requests unless staff ask for others."""

from collections.abc import Iterator
from typing import TYPE_CHECKING

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.db.models import QuerySet
from django.http import HttpRequest

from . import response_clock
from .models import AppointmentRequest, AppointmentRequestQuerySet
from .status import OPEN_STATUSES, Status

if TYPE_CHECKING:
    from django.contrib.admin.filters import _ListFilterChoices

OPEN = "open"
ALL = "all"


class StatusFilter(admin.SimpleListFilter):
    """Open requests (new, contacted, scheduled) by default, one click to all or to one status."""

    title = "status"
    parameter_name = "status"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [(OPEN, "Open (new, contacted, scheduled)"), *Status.choices, (ALL, "All requests")]

    def value(self) -> str:
        return super().value() or OPEN

    def queryset(self, request: HttpRequest, queryset: QuerySet[AppointmentRequest]) -> QuerySet[AppointmentRequest]:
        chosen = self.value()
        if chosen == ALL:
            return queryset
        if chosen == OPEN:
            return queryset.filter(status__in=OPEN_STATUSES)
        return queryset.filter(status=chosen)

    def choices(self, changelist: ChangeList) -> Iterator["_ListFilterChoices"]:
        # No "All" entry of Django's own: ours (ALL) sits in the list, and no choice means "open".
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }


class ShownRelatedFilter(admin.RelatedFieldListFilter):
    """Shown even with one choice: a clinic with one location still expects to see the filter."""

    def has_output(self) -> bool:
        return True


class ReplyFilter(admin.SimpleListFilter):
    """Requests still waiting for a first reply, and those waiting past the promise (response_clock.py)."""

    title = "reply"
    parameter_name = "reply"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("awaiting", "Awaiting a first reply"), ("overdue", "Overdue (past the reply promise)")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[AppointmentRequest]) -> QuerySet[AppointmentRequest]:
        if self.value() == "awaiting":
            return queryset.filter(response_clock.awaiting_reply_condition())
        if self.value() == "overdue":
            return queryset.filter(response_clock.overdue_condition())
        return queryset


class ConsultationFilter(admin.SimpleListFilter):
    """Booked consultations, soonest first: today's, this week's or all to come."""

    title = "consultation"
    parameter_name = "consultation"
    DAYS = {"today": 1, "week": 7, "upcoming": None}

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("today", "Today"), ("week", "Next 7 days"), ("upcoming", "All upcoming")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[AppointmentRequest]) -> QuerySet[AppointmentRequest]:
        chosen = self.value()
        if chosen in self.DAYS and isinstance(queryset, AppointmentRequestQuerySet):
            return queryset.upcoming_consultations(self.DAYS[chosen])
        return queryset
