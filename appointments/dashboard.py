"""What is waiting for the front desk: the figures on the admin's home page, each matching a list filter."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from incoming.request_address import current_address

from . import response_clock
from .models import AppointmentRequest, AuditEvent
from .status import Status, needs_urgent_call_condition

LIST_URL_NAME = "admin:appointments_appointmentrequest_changelist"


@dataclass(frozen=True)
class Tally:
    label: str
    count: int
    url: str
    # Something to act on now: shown in the alert colour when not zero.
    pressing: bool = False


@dataclass(frozen=True)
class ConsultationDay:
    day: datetime.date
    consultations: list[AppointmentRequest]


@dataclass(frozen=True)
class LateUrgentCall:
    request: AppointmentRequest
    waited: datetime.timedelta


@dataclass(frozen=True)
class Waiting:
    late_urgent_calls: list[LateUrgentCall]
    tallies: list[Tally]
    oldest: AppointmentRequest | None
    oldest_waited: datetime.timedelta | None
    upcoming: list[ConsultationDay]
    upcoming_url: str


UPCOMING_DAYS = 7
# An urgent request nobody has spoken with after this much opening time goes to the top of the dashboard in red.
URGENT_CALL_WITHIN = datetime.timedelta(minutes=15)
# Looked at, oldest first: urgent requests are about 1 in 100, and reached ones leave the set.
URGENT_CALLS_CHECKED = 50


def late_urgent_calls(now: datetime.datetime | None = None) -> list[LateUrgentCall]:
    """Urgent requests nobody has reached after URGENT_CALL_WITHIN of the location's opening hours, oldest first."""
    waiting = (
        AppointmentRequest.objects.filter(needs_urgent_call_condition(), held_as_flood=False)
        .select_related("location")
        .prefetch_related("location__opening_hours", "location__closed_days")
        .order_by("created_at")[:URGENT_CALLS_CHECKED]
    )
    late = [LateUrgentCall(request, response_clock.time_since_arrival(request, now)) for request in waiting]
    return [call for call in late if call.waited >= URGENT_CALL_WITHIN]


def consultations_by_day(days: int = UPCOMING_DAYS) -> list[ConsultationDay]:
    """The booked consultations of the coming days, grouped by day (in the clinic's time)."""
    # Only what the list shows: a week can hold hundreds, and every loaded phone number is parsed.
    upcoming = (
        AppointmentRequest.objects.upcoming_consultations(days)
        .select_related("consultation_location", "location")
        .only(
            "reference", "first_name", "last_name", "consultation_at", "location__short_name", "location__city",
            "consultation_location__short_name", "consultation_location__city",
        )
    )  # fmt: skip
    by_day: dict[datetime.date, list[AppointmentRequest]] = {}
    for consultation in upcoming:
        by_day.setdefault(timezone.localtime(consultation.consultation_at).date(), []).append(consultation)
    return [ConsultationDay(day, consultations) for day, consultations in by_day.items()]


def record_dashboard_view(user: User, waiting: Waiting) -> None:
    """One access-history row for the dashboard, counting the requests it names (never who they are)."""
    named = {waiting.oldest.pk} if waiting.oldest else set()
    named |= {call.request.pk for call in waiting.late_urgent_calls}
    named |= {consultation.pk for day in waiting.upcoming for consultation in day.consultations}
    AuditEvent.objects.create(
        user=user,
        action=AuditEvent.Action.LISTED,
        detail=f"the dashboard: {len(named)} named",
        address=current_address.get(),
    )


def what_is_waiting(user: AbstractBaseUser | AnonymousUser) -> Waiting:
    """The counts a receptionist starts the day with; each links to the list filtered the same way."""
    base = reverse(LIST_URL_NAME)
    counts = AppointmentRequest.objects.open().aggregate(
        new=Count("pk", filter=Q(status=Status.NEW)),
        urgent=Count("pk", filter=needs_urgent_call_condition()),
        overdue=Count("pk", filter=response_clock.overdue_condition()),
        duplicates=Count("pk", filter=Q(likely_duplicate_of__isnull=False)),
        mine=Count("pk", filter=Q(assignee=user.pk)),
    )
    tallies = [
        Tally("New", counts["new"], f"{base}?status=new"),
        Tally("Urgent", counts["urgent"], f"{base}?is_urgent__exact=1&status=new", pressing=True),
        Tally("Overdue", counts["overdue"], f"{base}?reply=overdue", pressing=True),
        Tally("Likely duplicates", counts["duplicates"], f"{base}?likely_duplicate_of__isempty=0"),
        Tally("Assigned to me", counts["mine"], f"{base}?assignee__id__exact={user.pk}"),
    ]
    oldest = (
        AppointmentRequest.objects.awaiting_reply()
        .select_related("location")
        .prefetch_related("location__opening_hours", "location__closed_days")
        .order_by("created_at")
        .first()
    )
    return Waiting(
        late_urgent_calls(),
        tallies,
        oldest,
        response_clock.time_waited(oldest) if oldest else None,
        consultations_by_day(),
        f"{base}?consultation=week",
    )
