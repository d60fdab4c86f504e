"""Storing a patient's request: one transaction, then the emails after commit."""

import uuid

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from pages.models import Page

from .crisis import mentions_crisis
from .forms import PATIENT_FIELDS
from .models import AppointmentRequest, Notification
from .response_clock import reply_deadline
from .tasks import enqueue_after_commit


def already_stored(token: uuid.UUID) -> AppointmentRequest | None:
    """The request this form's one-time token already stored: a double click or a resent form."""
    return AppointmentRequest.objects.filter(submission_token=token).first()


def store_request(cleaned_data: dict, held_as_flood: bool = False) -> AppointmentRequest:
    """Save the request in one transaction and schedule its emails for after commit.

    A request held as a suspected flood sends no email (neither to the patient nor to staff, whom
    a flood would bury): the acknowledgement goes when staff release it (release_held()).
    """
    token = cleaned_data["submission_token"]
    fields = {name: cleaned_data[name] for name in [*PATIENT_FIELDS, "source_path"] if name in cleaned_data}
    now = timezone.now()
    appointment = AppointmentRequest(
        **fields,
        submission_token=token,
        created_at=now,
        consent_given_at=now,
        privacy_notice_version=Page.objects.privacy_notice_version(),
        is_urgent=mentions_crisis(cleaned_data["message"]),
        respond_by=reply_deadline(fields["location"], now),
        held_as_flood=held_as_flood,
    )
    appointment.likely_duplicate_of = (
        AppointmentRequest.objects.likely_duplicates_of(appointment.email, appointment.phone)
        .order_by("-created_at")
        .first()
    )
    try:
        with transaction.atomic():
            appointment.save()
            kinds = () if held_as_flood else Notification.ON_RECEIPT
            notifications = Notification.objects.bulk_create(
                Notification(appointment_request=appointment, kind=kind) for kind in kinds
            )
            enqueue_after_commit([notification.pk for notification in notifications])
    except IntegrityError:
        # The same form arrived twice at the same moment: the other copy was stored.
        if stored := already_stored(token):
            return stored
        raise
    return appointment


def release_held(requests: QuerySet[AppointmentRequest]) -> int:
    """Staff judged these held requests real: list them normally and send the acknowledgement now.

    The staff notification is not sent: the member of staff releasing them has seen them.
    """
    released = 0
    for appointment in requests.filter(held_as_flood=True):
        with transaction.atomic():
            appointment.held_as_flood = False
            appointment.save(update_fields=["held_as_flood", "updated_at"])
            notification, _ = Notification.objects.get_or_create(
                appointment_request=appointment, kind=Notification.Kind.PATIENT
            )
            enqueue_after_commit([notification.pk])
        released += 1
    return released
