"""What staff do to requests, as plain functions the admin (and tests) call."""

import datetime
from collections.abc import Iterable

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from . import response_clock
from .models import AppointmentRequest, AuditEvent, Notification
from .tasks import enqueue_after_commit


def record(user: User, requests: Iterable[AppointmentRequest], action: str, detail: str = "") -> None:
    AuditEvent.objects.bulk_create(
        AuditEvent(
            appointment_request=appointment, reference=appointment.reference, user=user, action=action, detail=detail
        )
        for appointment in requests
    )


def assign(requests: QuerySet[AppointmentRequest], user: User) -> int:
    with transaction.atomic():
        record(user, requests, AuditEvent.Action.CHANGED, "assigned to themselves")
        return requests.update(assignee=user, updated_at=timezone.now())


def mark_contacted(requests: QuerySet[AppointmentRequest], user: User) -> int:
    """New requests become contacted, which answers them (the first response time is kept once set)."""
    now = timezone.now()
    with transaction.atomic():
        record(user, requests, AuditEvent.Action.CHANGED, "marked contacted")
        contacted = requests.filter(status=AppointmentRequest.Status.NEW).update(
            status=AppointmentRequest.Status.CONTACTED, updated_at=now
        )
        _stamp_first_responses(requests, now)
        return contacted


def mark_spam(requests: QuerySet[AppointmentRequest], user: User) -> int:
    with transaction.atomic():
        record(user, requests, AuditEvent.Action.CHANGED, "marked spam")
        return requests.update(status=AppointmentRequest.Status.SPAM, updated_at=timezone.now())


def mark_not_a_fit(requests: QuerySet[AppointmentRequest], user: User) -> int:
    """Not a fit answers the patient too: the first response time is set if it was not."""
    now = timezone.now()
    with transaction.atomic():
        record(user, requests, AuditEvent.Action.CHANGED, "marked not a fit")
        changed = requests.update(status=AppointmentRequest.Status.NOT_A_FIT, updated_at=now)
        _stamp_first_responses(requests, now)
        return changed


def resend_notifications(requests: QuerySet[AppointmentRequest], user: User) -> int:
    """Try the unsent emails of each request again, from a fresh retry schedule; sent ones stay sent."""
    notifications = Notification.objects.filter(appointment_request__in=requests).unsent()
    with transaction.atomic():
        record(user, requests, AuditEvent.Action.RESENT)
        notifications.update(
            state=Notification.State.PENDING, attempts=0, next_attempt_at=timezone.now(), last_error=""
        )
        ids = list(notifications.values_list("pk", flat=True))
        enqueue_after_commit(ids)
    return len(ids)


def _stamp_first_responses(requests: QuerySet[AppointmentRequest], now: datetime.datetime) -> None:
    """After a status change that answers the patient, record when, where it was not recorded yet."""
    for appointment in requests.filter(first_response_at__isnull=True):
        response_clock.stamp_first_response(appointment, now)
        appointment.save(update_fields=["first_response_at"])
