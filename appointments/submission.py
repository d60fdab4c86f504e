"""Storing a patient's request: one transaction, then the emails after commit."""

import uuid

from django.db import IntegrityError, transaction
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


def store_request(cleaned_data: dict) -> AppointmentRequest:
    """Save the request in one transaction and schedule its emails for after commit."""
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
    )
    appointment.likely_duplicate_of = (
        AppointmentRequest.objects.likely_duplicates_of(appointment.email, appointment.phone)
        .order_by("-created_at")
        .first()
    )
    try:
        with transaction.atomic():
            appointment.save()
            notifications = Notification.objects.bulk_create(
                Notification(appointment_request=appointment, kind=kind) for kind in Notification.ON_RECEIPT
            )
            enqueue_after_commit([notification.pk for notification in notifications])
    except IntegrityError:
        # The same form arrived twice at the same moment: the other copy was stored.
        if stored := already_stored(token):
            return stored
        raise
    return appointment
