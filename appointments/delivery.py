"""Delivering a notification, email or text: one attempt at a time, each recorded, retried on a schedule.

What the emails and texts say is notifications.py's job; this module decides when to try, records the
outcome, and explains failures without quoting the exception (it can contain patient details).
"""

import datetime
import smtplib
import socket

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Notification
from .notifications import SENDERS
from .sms import PermanentSmsError, SmsError


def deliver(notification_id: int) -> Notification | None:
    """Try to send one notification once, if it is due; record the outcome and when to try again.

    Returns None when it was not due (already sent, given up, or retrying later): several
    queued copies of the same delivery (a sweep, a re-send) then make one attempt, not several.
    """
    with transaction.atomic():
        notification: Notification | None = (
            Notification.objects.due()
            .select_for_update(of=("self",))
            .select_related("appointment_request__location", "contact_attempt")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None:
            return None
        notification.attempts += 1
        try:
            SENDERS[notification.kind](notification)
        except Exception as error:
            notification.state = Notification.State.FAILED
            notification.last_error = describe_failure(error)
            notification.next_attempt_at = None if is_permanent(error) else next_attempt_time(notification.attempts)
        else:
            notification.state = Notification.State.SENT
            notification.sent_at = timezone.now()
            notification.last_error = ""
            notification.next_attempt_at = None
        notification.save(
            update_fields=["state", "attempts", "last_error", "next_attempt_at", "sent_at", "provider_id"]
        )
    return notification


def next_attempt_time(attempts: int) -> datetime.datetime | None:
    """After the n-th failed attempt, wait NOTIFICATION_RETRY_DELAYS[n-1] seconds; after the last, give up."""
    delays = settings.NOTIFICATION_RETRY_DELAYS
    if attempts > len(delays):
        return None
    return timezone.now() + datetime.timedelta(seconds=delays[attempts - 1])


def is_permanent(error: Exception) -> bool:
    """A 5xx answer from the mail server (550 no such user) fails the same way every time: retrying hides the state.

    A 4xx answer (421 try later, 452 mailbox full) is temporary and worth retrying. So is a
    message that could not even be built (it is marked failed too: our bug, fixed by a deploy).
    A text's backend says which it is (appointments/sms/): a number that cannot get texts is permanent.
    """
    if isinstance(error, SmsError):
        return isinstance(error, PermanentSmsError)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def describe_failure(error: Exception) -> str:
    """A reason staff can act on, without the exception text (which can quote addresses or names). A text's
    backend words its own reason for staff, never quoting the number or the message."""
    if isinstance(error, SmsError):
        return error.reason[:200]
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
