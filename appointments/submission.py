"""Storing a patient's request: one transaction, then the emails after commit."""

import logging
import uuid

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac

from pages.models import Page

from .crisis import mentions_crisis
from .forms import PATIENT_FIELDS
from .models import AppointmentRequest, Notification
from .response_clock import reply_deadline
from .tasks import enqueue_after_commit

logger = logging.getLogger(__name__)

SENDER_KEY_PREFIX = "appointments.sender"
# How long a browser is known as the sender of its request: a double click, a reload, a resend after a
# dropped connection. The thank-you page lasts as long (views.THANK_YOU_FOR_SECONDS).
SENDER_KNOWN_FOR_SECONDS = 30 * 60


def already_stored(token: uuid.UUID) -> AppointmentRequest | None:
    """The request this form's one-time token already stored: a double click or a resent form."""
    return AppointmentRequest.objects.filter(submission_token=token).first()


def same_request(appointment: AppointmentRequest, cleaned_data: dict) -> bool:
    """Whether this form says what the stored request says: a double click or a resend, not another person's
    words (a shared computer's back button) under the same token."""
    sent = AppointmentRequest(**{name: cleaned_data.get(name) for name in PATIENT_FIELDS})
    fields = [field for field in AppointmentRequest._meta.concrete_fields if field.name in PATIENT_FIELDS]
    return all(field.value_from_object(sent) == field.value_from_object(appointment) for field in fields)


def _browser(request: HttpRequest) -> str:
    """This browser's CSRF secret (its cookie, read by CsrfViewMiddleware), hashed with our key; "" without one.

    A form's body can be copied and replayed, its token with it; the cookie of the browser that sent it cannot
    (a POST without one never reaches the view). A double click sends the same cookie twice, even when the
    first answer (and the session cookie it sets) never arrived.
    """
    secret = request.META.get("CSRF_COOKIE", "")
    return salted_hmac(SENDER_KEY_PREFIX, secret).hexdigest() if secret else ""


def _sender_key(token: uuid.UUID) -> str:
    # Hashed: the token is a form field, and no part of a form goes into the cache as sent.
    return f"{SENDER_KEY_PREFIX}:{salted_hmac(SENDER_KEY_PREFIX, str(token)).hexdigest()}"


def remember_sender(request: HttpRequest, token: uuid.UUID) -> None:
    """Note (in the shared cache) which browser sent the form with this token, for sent_by()."""
    if not (browser := _browser(request)):
        return
    try:
        # add(): the first copy to arrive names the sender; a simultaneous second copy cannot rename it.
        cache.add(_sender_key(token), browser, timeout=SENDER_KNOWN_FOR_SECONDS)
    except Exception as error:  # the session still knows: see sent_by()
        logger.warning("sender of a request not remembered, cache unavailable (%s)", type(error).__name__)


def sent_by(request: HttpRequest, appointment: AppointmentRequest, shown_reference: str | None) -> bool:
    """Whether this browser sent the stored request: the one whose thank-you page it was just shown, or the
    one remember_sender() noted. Anyone else who posts its token (a copied form, a replay) must not be shown
    that patient's reference, contact details or crisis panel."""
    if shown_reference == appointment.reference:
        return True
    if not (browser := _browser(request)):
        return False
    try:
        return bool(cache.get(_sender_key(appointment.submission_token)) == browser)
    except Exception as error:  # not known as the sender: asked to send again, which stores a new request
        logger.warning("sender of a request not checked, cache unavailable (%s)", type(error).__name__)
        return False


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
