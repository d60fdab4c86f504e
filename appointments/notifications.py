"""The two emails about a request, and delivering them with a record of every attempt.

Subjects carry the reference only: nothing a patient typed goes into a mail header.
"""

import datetime
import smtplib
import socket

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from .models import AppointmentRequest, Notification


def send_staff_notification(appointment: AppointmentRequest) -> None:
    _send(
        "emails/appointment_staff",
        to=appointment.location.appointment_recipient_list,
        context={
            "appointment": appointment,
            "privacy_mode": settings.APPOINTMENT_EMAIL_PRIVACY_MODE,
            "admin_url": settings.SITE_URL + appointment.get_absolute_url(),
        },
    )


def send_patient_acknowledgement(appointment: AppointmentRequest) -> None:
    _send(
        "emails/appointment_patient",
        to=[appointment.email],
        context={"appointment": appointment, "location": appointment.location},
        reply_to=[appointment.location.email],
    )


SENDERS = {
    Notification.Kind.STAFF: send_staff_notification,
    Notification.Kind.PATIENT: send_patient_acknowledgement,
}


def _send(template_prefix: str, to: list[str], context: dict, reply_to: list[str] | None = None) -> None:
    context = {"site_name": settings.SITE_NAME, "site_url": settings.SITE_URL, **context}
    subject = " ".join(render_to_string(f"{template_prefix}-subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template_prefix}-body.txt", context),
        to=to,
        reply_to=reply_to,
    )
    message.attach_alternative(render_to_string(f"{template_prefix}-body.html", context), "text/html")
    message.send()


def deliver(notification_id: int) -> Notification | None:
    """Try to send one notification once, if it is due; record the outcome and when to try again.

    Returns None when it was not due (already sent, given up, or retrying later): several
    queued copies of the same delivery (a sweep, a re-send) then make one attempt, not several.
    """
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("appointment_request__location")
            .get(pk=notification_id)
        )
        if not notification.is_due():
            return None
        notification.attempts += 1
        try:
            SENDERS[notification.kind](notification.appointment_request)
        except Exception as error:
            notification.state = Notification.State.FAILED
            notification.last_error = describe_failure(error)
            notification.next_attempt_at = next_attempt_time(notification.attempts)
        else:
            notification.state = Notification.State.SENT
            notification.sent_at = timezone.now()
            notification.last_error = ""
            notification.next_attempt_at = None
        notification.save(update_fields=["state", "attempts", "last_error", "next_attempt_at", "sent_at"])
    return notification


def next_attempt_time(attempts: int) -> datetime.datetime | None:
    delays = settings.NOTIFICATION_RETRY_DELAYS
    if attempts > len(delays):
        return None
    return timezone.now() + datetime.timedelta(seconds=delays[attempts - 1])


def describe_failure(error: Exception) -> str:
    """A reason staff can act on, without the exception text (which can quote addresses or names)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "the mail server refused the recipient address"
    if isinstance(error, smtplib.SMTPResponseException):
        return f"mail server answered {error.smtp_code}"
    if isinstance(error, (socket.timeout, TimeoutError)):
        return "mail server did not answer in time"
    if isinstance(error, ConnectionRefusedError):
        return "mail server refused the connection"
    if isinstance(error, OSError):
        return f"could not reach the mail server ({type(error).__name__})"
    return f"unexpected error ({type(error).__name__})"
