"""The emails and texts about a request: what they say and to whom. Sending and retrying is delivery.py's job.

Subjects carry the reference only: nothing a patient typed goes into a mail header. A reply goes by text when
staff were shown it would (reply_choice.py), as they wrote it, with the clinic's short name before it.
"""

from collections.abc import Callable

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from . import sms
from .models import Notification


def staff_email_templates() -> str:
    """Privacy mode (the default) sends a link to the admin instead of the patient's details."""
    return "emails/appointment_staff_private" if settings.APPOINTMENT_EMAIL_PRIVACY_MODE else "emails/appointment_staff"


def send_staff_notification(notification: Notification) -> None:
    appointment = notification.appointment_request
    _send(
        staff_email_templates(),
        to=appointment.location.appointment_recipient_list,
        context={"appointment": appointment, "admin_url": settings.SITE_URL + appointment.get_absolute_url()},
    )


def send_patient_acknowledgement(notification: Notification) -> None:
    appointment = notification.appointment_request
    _send(
        "emails/appointment_patient",
        to=[appointment.email],
        context={"appointment": appointment, "location": appointment.location},
        reply_to=[appointment.location.email],
    )


def send_reply(notification: Notification) -> None:
    """A reply staff wrote from a template: its subject was checked for health details when the template was saved."""
    appointment = notification.appointment_request
    reply = notification.contact_attempt
    if reply is None:
        raise ValueError("A reply notification needs its contact attempt.")
    if notification.channel == Notification.Channel.TEXT:
        send_text(notification, reply.body)
        return
    _send(
        "emails/patient_reply",
        to=[appointment.email],
        context={"reply": reply, "location": appointment.consultation_location or appointment.location},
        reply_to=[appointment.location.email],
    )


def send_text(notification: Notification, body: str) -> None:
    """To the patient's phone in E.164 (+14805550100); the provider's id is kept with the notification."""
    phone = notification.appointment_request.phone
    if not phone:
        raise sms.PermanentSmsError("the request has no phone number")
    notification.provider_id = sms.get_sender().send(phone.as_e164, sms.compose(body))


SENDERS: dict[str, Callable[[Notification], None]] = {
    Notification.Kind.STAFF: send_staff_notification,
    Notification.Kind.PATIENT: send_patient_acknowledgement,
    Notification.Kind.REPLY: send_reply,
}


def _send(template_prefix: str, to: list[str], context: dict, reply_to: list[str] | None = None) -> None:
    context = {"site_name": settings.SITE_NAME, **context}
    subject = " ".join(render_to_string(f"{template_prefix}-subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template_prefix}-body.txt", context),
        to=to,
        reply_to=reply_to,
    )
    message.attach_alternative(render_to_string(f"{template_prefix}-body.html", context), "text/html")
    message.send()
