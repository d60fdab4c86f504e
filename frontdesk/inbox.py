"""The inbox: open requests in triage order a page at a time, the filters as links with their counts, the search
over every request, and each row with what the front desk does from the list (call, log what happened)."""

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from django.conf import settings
from django.contrib.auth.models import User
from django.core.paginator import Page, Paginator
from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince

from appointments import response_clock, triage
from appointments.contact_log import ContactAttempt
from appointments.models import AppointmentRequest, AuditEvent
from appointments.next_step_forms import LogCallForm
from appointments.status import OPEN_STATUSES, Status, needs_urgent_call_condition
from pages.models import spoken_time

from .search import clean_term, search

PER_PAGE = 50
CHANGE_PERMISSION = "appointments.change_appointmentrequest"


@dataclass(frozen=True)
class Filter:
    key: str  # the value of ?show=
    label: str  # the link's words
    heading: str  # what the list above the rows says it holds
    condition: Callable[[User], Q]
    # Counted beside its link (one query for them all); "All" would count every request ever received.
    counted: bool = True
    # Listed in the triage order (urgent first, then overdue, ...); else by this ordering.
    ordering: tuple[Any, ...] = ()


def _open(user: User) -> Q:
    return Q(status__in=OPEN_STATUSES)


# The same conditions as the dashboard's figures (appointments/dashboard.py), so that a figure and its list agree.
FILTERS = {
    f.key: f
    for f in [
        Filter("open", "Open", "Open requests, most urgent first", _open),
        Filter(
            "urgent", "Urgent", "Urgent requests nobody has spoken with yet", lambda user: needs_urgent_call_condition()
        ),
        Filter(
            "overdue",
            "Overdue",
            "Overdue: waiting past the reply promise",
            lambda user: response_clock.overdue_condition(),
        ),
        Filter("mine", "Mine", "Open requests assigned to you", lambda user: _open(user) & Q(assignee=user)),
        Filter("new", "New", "New requests", lambda user: Q(status=Status.NEW)),
        Filter(
            "scheduled",
            "Scheduled",
            "Scheduled: consultations booked, soonest first",
            lambda user: Q(status=Status.SCHEDULED),
            ordering=(F("consultation_at").asc(nulls_last=True), "-created_at", "-pk"),
        ),
        Filter(
            "duplicates",
            "Likely duplicates",
            "Open requests that look like another from the same person",
            lambda user: _open(user) & Q(likely_duplicate_of__isnull=False),
        ),
        Filter(
            "held",
            "Held as flood",
            "Held as a suspected flood: not acknowledged until released",
            lambda user: _open(user) & Q(held_as_flood=True),
        ),
        Filter(
            "all", "All", "All requests: urgent and overdue first, then the newest", lambda user: Q(), counted=False
        ),
    ]
}
DEFAULT_FILTER = FILTERS["open"]


def filter_counts(user: User) -> dict[str, int]:
    """How many open requests each counted filter lists, in one query."""
    counts: dict[str, int] = AppointmentRequest.objects.open().aggregate(
        **{f.key: Count("pk", filter=f.condition(user)) for f in FILTERS.values() if f.counted}
    )
    return counts


@dataclass(frozen=True)
class InboxRow:
    """One request as the inbox shows it, with the form that logs a call from the row."""

    request: AppointmentRequest
    received: str  # "3 hours ago"
    waited: str  # "1 h 05 min waited": business time, while it waits for a first reply
    overdue: bool
    last_contact: str  # "No answer, 10:32 am", or ""
    form: LogCallForm | None  # None for staff who may not change requests
    # In search results: the first closed one after the open ones, which a heading introduces.
    starts_closed: bool = False

    @property
    def element_id(self) -> str:
        """The row's id in the page: what the in-place form replaces (static/js/frontdesk.js)."""
        return row_id(self.request.pk)


def row_id(pk: int) -> str:
    return f"request-{pk}"


def log_call_form(appointment: AppointmentRequest, user: User, data: QueryDict | None = None) -> LogCallForm:
    """The request page's "Log a call" form, for one row: its fields' ids are the row's own."""
    return LogCallForm(appointment, user, QueryDict(), data, auto_id=f"{row_id(appointment.pk)}-%s")


def clinic_time(when: datetime.datetime) -> str:
    """“10:32 am” today, “Nov 27, 10:32 am” before, in the clinic's time zone."""
    local = timezone.localtime(when)
    if local.date() == timezone.localdate():
        return spoken_time(local)
    return f"{local:%b} {local.day}, {spoken_time(local)}"


def inbox_row(appointment: Any, user: User, form: LogCallForm | None = None) -> InboxRow:
    """`appointment` as loaded by load_rows() (its location's hours and its last contact with it)."""
    waiting = response_clock.is_awaiting_reply(appointment)
    overdue = waiting and response_clock.is_overdue(appointment)
    waited = f"{response_clock.hours_and_minutes(response_clock.time_waited(appointment))} waited" if waiting else ""
    if overdue:
        waited += f", past the {settings.APPOINTMENT_RESPONSE_TARGET_HOURS} h target"
    outcome = appointment.last_contact_outcome
    last = f"{ContactAttempt.Outcome(outcome).label}, {clinic_time(appointment.last_contact_at)}" if outcome else ""
    if form is None and user.has_perm(CHANGE_PERMISSION):
        form = log_call_form(appointment, user)
    return InboxRow(
        request=appointment,
        received=f"{timesince(appointment.created_at, depth=1)} ago",
        waited=waited,
        overdue=overdue,
        last_contact=last,
        form=form,
    )


def load_rows(ids: Sequence[int], user: User, bound: LogCallForm | None = None) -> list[InboxRow]:
    """The rows of these requests in this order, in a fixed number of queries however many there are."""
    contacts = ContactAttempt.objects.filter(appointment_request=OuterRef("pk")).order_by("-at", "-pk")
    requests = (
        AppointmentRequest.objects.filter(pk__in=ids)
        .select_related("assignee")
        # One location object for the rows of each: its phone numbers parsed and its hours read once, not per row.
        .prefetch_related("location__opening_hours", "location__closed_days")
        .annotate(
            last_contact_outcome=Subquery(contacts.values("outcome")[:1]),
            last_contact_at=Subquery(contacts.values("at")[:1]),
        )
        .in_bulk(ids)
    )
    rows = []
    for pk in ids:
        if pk in requests:
            form = bound if bound is not None and bound.appointment.pk == pk else None
            rows.append(inbox_row(requests[pk], user, form))
    return rows


class RowWindow:
    """Requests read a page at a time, ids first then their rows: what Paginator slices. Sorting every matching
    request with all its columns costs far more than finding a page's ids (appointments/admin_paging.py)."""

    def __init__(self, total: int, ids_at: Callable[[int, int], list[int]], rows_of: Callable[[list[int]], list]):
        self.total = total
        self.ids_at = ids_at
        self.rows_of = rows_of

    def count(self) -> int:
        return self.total

    def __getitem__(self, window: slice) -> list[InboxRow]:
        return self.rows_of(self.ids_at(window.start or 0, window.stop))


@dataclass(frozen=True)
class FilterLink:
    label: str
    count: int | None
    url: str
    current: bool


@dataclass(frozen=True)
class PageLink:
    label: str  # a page number, "Previous", "Next", or "…" for pages left out (no url)
    url: str
    current: bool = False
    rel: str = ""


@dataclass(frozen=True)
class Listing:
    shown: Filter
    term: str
    heading: str
    page: Page[InboxRow]
    filters: list[FilterLink]
    page_links: list[PageLink] = field(default_factory=list)

    @property
    def rows(self) -> list[InboxRow]:
        return list(self.page.object_list)


def inbox_url(**params: str | int) -> str:
    """The inbox with these of its parameters (show, q, page); the defaults are left out of the address."""
    query = QueryDict(mutable=True)
    for name, value in params.items():
        if value and not (name == "show" and value == DEFAULT_FILTER.key) and not (name == "page" and value == 1):
            query[name] = str(value)
    return f"{reverse('frontdesk:inbox')}{'?' if query else ''}{query.urlencode()}"


def listing(params: QueryDict, user: User, bound: LogCallForm | None = None) -> Listing:
    """What the inbox shows for these parameters: `show` (a filter's key; open requests by default), `q` (a search
    over every request, which then takes the place of the filter) and `page`. `bound` is a row's form sent back
    with errors, shown in its row (added at the top if it is not on the page)."""
    shown = FILTERS.get(params.get("show", ""), DEFAULT_FILTER)
    term = clean_term(params.get("q", ""))
    counts = filter_counts(user)
    links = [
        FilterLink(f.label, counts.get(f.key), inbox_url(show=f.key), current=not term and f is shown)
        for f in FILTERS.values()
    ]

    def rows_of(ids: list[int]) -> list[InboxRow]:
        if bound is not None and bound.appointment.pk not in ids:
            ids = [bound.appointment.pk, *ids]
        rows = load_rows(ids, user, bound)
        return _mark_closed_group(rows) if term else rows

    if term:
        found = search(term)
        heading = f"Requests matching “{term}”: open ones first, then closed ones"
        window = RowWindow(found.count(), _ids_in_order(found), rows_of)
    else:
        requests = AppointmentRequest.objects.filter(shown.condition(user))
        total = counts[shown.key] if shown.counted else requests.count()
        heading = shown.heading
        window = RowWindow(total, _ids_in_order(requests.order_by(*shown.ordering)) if shown.ordering
                           else requests.triage_page_ids, rows_of)  # fmt: skip
    # RowWindow is sliced as a queryset would be (count() and [start:stop]), which is all Paginator asks of it.
    paginator: Paginator[InboxRow] = Paginator(cast(Any, window), PER_PAGE)
    page = paginator.get_page(params.get("page"))
    return Listing(shown, term, heading, page, links, _page_links(paginator, page, shown, term))


def _ids_in_order(requests: QuerySet[AppointmentRequest]) -> Callable[[int, int], list[int]]:
    return lambda start, stop: list(requests.values_list("pk", flat=True)[start:stop])


def _mark_closed_group(rows: list[InboxRow]) -> list[InboxRow]:
    return [
        replace(row, starts_closed=not row.request.is_open and (index == 0 or rows[index - 1].request.is_open))
        for index, row in enumerate(rows)
    ]


def _page_links(paginator: Paginator[InboxRow], page: Page[InboxRow], shown: Filter, term: str) -> list[PageLink]:
    """Previous, the page numbers (some left out as "…" in a long list), Next."""
    if paginator.num_pages <= 1:
        return []
    keep: dict[str, str] = {"q": term} if term else {"show": shown.key}
    numbers = [
        PageLink(str(number), inbox_url(**keep, page=number) if isinstance(number, int) else "",
                 current=number == page.number)
        for number in paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    ]  # fmt: skip
    previous = (
        [PageLink("Previous", inbox_url(**keep, page=page.number - 1), rel="prev")] if page.has_previous() else []
    )
    following = [PageLink("Next", inbox_url(**keep, page=page.number + 1), rel="next")] if page.has_next() else []
    return previous + numbers + following


def record_listing(user: User, shown: Listing) -> None:
    """The list view in the access history: how many rows, which filter; never the search term."""
    action = AuditEvent.Action.SEARCHED if shown.term else AuditEvent.Action.LISTED
    triage.record_list_view(user, action, len(shown.page.object_list), [] if shown.term else [shown.shown.key])


def logged_message(appointment: AppointmentRequest, outcome: str) -> str:
    """“Call with Ann E. logged: no answer.”"""
    return f"Call with {appointment.short_name} logged: {ContactAttempt.Outcome(outcome).label.lower()}."


def not_saved_message(form: LogCallForm) -> str:
    """“Nothing saved for Ann E.: Choose what happened on the call.”"""
    errors = " ".join(str(error) for errors in form.errors.values() for error in errors)
    return f"Nothing saved for {form.appointment.short_name}: {errors}"
