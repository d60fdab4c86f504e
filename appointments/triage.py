"""What staff do to requests, as plain functions the admin (and tests) call."""

import datetime
from collections.abc import Iterable

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from incoming.request_address import current_address
from pages.models import Location

from . import response_clock
from .contact_log import SENT_OUTCOMES
from .models import AppointmentRequest, AuditEvent, ContactAttempt, Notification, ReplyTemplate
from .reply_choice import reply_route
from .tasks import enqueue_after_commit


def record(user: User, requests: Iterable[AppointmentRequest], action: str, detail: str = "") -> None:
    """One access-history row per request, with the staff member's address when there is a request being served."""
    address = current_address.get()
    AuditEvent.objects.bulk_create(
        AuditEvent(
            appointment_request=appointment,
            reference=appointment.reference,
            user=user,
            action=action,
            detail=detail,
            address=address,
        )
        for appointment in requests
    )


def record_list_view(user: User, action: str, shown: int, filters: Iterable[str]) -> None:
    """A list or search view of requests: how many were shown and which filters were on, never the search term
    or a filter's value (either can be a patient's name or number)."""
    names = ", ".join(sorted(set(filters))) or "none"
    AuditEvent.objects.create(
        user=user, action=action, detail=f"{shown} shown; filters: {names}"[:200], address=current_address.get()
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
    """Spam from now: its retention clock (RETENTION_SPAM_DAYS) starts at this moment."""
    now = timezone.now()
    with transaction.atomic():
        record(user, requests, AuditEvent.Action.CHANGED, "marked spam")
        return requests.update(status=AppointmentRequest.Status.SPAM, updated_at=now, marked_spam_at=now)


def mark_not_a_fit(requests: QuerySet[AppointmentRequest], user: User, reason: str = "") -> int:
    """Not a fit answers the patient too: the first response time is set if it was not. The reason and the status
    it replaces are kept, for the access history and for undoing it (appointments/not_a_fit.py); requests that are
    not a fit already are left as they are."""
    now = timezone.now()
    with transaction.atomic():
        ids = list(requests.exclude(status=AppointmentRequest.Status.NOT_A_FIT).values_list("pk", flat=True))
        requests = AppointmentRequest.objects.filter(pk__in=ids)
        record(user, requests, AuditEvent.Action.CHANGED, f"marked not a fit{f': {reason}' if reason else ''}"[:200])
        changed = requests.update(
            # The right-hand side reads the row as it was: the status being replaced.
            status_before_not_a_fit=F("status"),
            status=AppointmentRequest.Status.NOT_A_FIT,
            not_a_fit_at=now,
            not_a_fit_reason=reason[:200],
            updated_at=now,
        )
        _stamp_first_responses(requests, now)
        return changed


def log_call(
    appointment: AppointmentRequest, user: User, outcome: ContactAttempt.Outcome, note: str = ""
) -> ContactAttempt:
    """A call attempt, whatever came of it, counts toward the reply promise (the first sets the first response
    time); only speaking with the patient makes a new request contacted, so an urgent one stays on top until then."""
    if outcome == ContactAttempt.Outcome.VOICEMAIL and not appointment.voicemail_opt_in:
        raise ValueError("This patient did not agree to voicemail.")
    if outcome == ContactAttempt.Outcome.EMAILED:
        raise ValueError("Emails are logged by sending them.")
    with transaction.atomic():
        attempt = ContactAttempt.objects.create(
            appointment_request=appointment, by=user, channel=ContactAttempt.Channel.CALL, outcome=outcome, note=note
        )
        if outcome == ContactAttempt.Outcome.ESCALATED and not appointment.is_urgent:
            mark_urgent(appointment, user, "escalated on a call")
        detail = f"logged a call: {attempt.get_outcome_display().lower()}"
        _contacted(appointment, user, attempt, detail, attempt.reached_the_patient)
    return attempt


def mark_urgent(appointment: AppointmentRequest, user: User, reason: str = "") -> bool:
    """Staff saw what the crisis detector missed: the request goes to the top until someone reaches the patient.
    False if it was urgent already."""
    return _set_urgent(appointment, user, True, f"marked urgent{f': {reason}' if reason else ''}")


def clear_urgent(appointment: AppointmentRequest, user: User, reason: str) -> bool:
    """Not urgent after all: the detector flagged words that were not a crisis. The reason is kept in the
    access history. False if it was not urgent."""
    return _set_urgent(appointment, user, False, f"not urgent after all: {reason}")


def _set_urgent(appointment: AppointmentRequest, user: User, urgent: bool, detail: str) -> bool:
    with transaction.atomic():
        changed = AppointmentRequest.objects.filter(pk=appointment.pk, is_urgent=not urgent).update(
            is_urgent=urgent, updated_at=timezone.now()
        )
        if changed:
            appointment.is_urgent = urgent
            record(user, [appointment], AuditEvent.Action.CHANGED, detail[:200])
    return bool(changed)


def send_reply(appointment: AppointmentRequest, user: User, template: ReplyTemplate, body: str) -> ContactAttempt:
    """Store the reply and queue it; it is sent after commit, retried like every other email. It goes by text
    where reply_choice.reply_route says so (a text has no subject)."""
    channel = reply_route(appointment, template).channel
    subject = template.fill(appointment, user)[0] if channel == ContactAttempt.Channel.EMAIL else ""
    with transaction.atomic():
        attempt = ContactAttempt.objects.create(
            appointment_request=appointment,
            by=user,
            channel=channel,
            outcome=SENT_OUTCOMES[channel],
            reply_template=template,
            subject=subject,
            body=body,
        )
        notification = Notification.objects.create(
            appointment_request=appointment,
            kind=Notification.Kind.REPLY,
            channel=Notification.Channel(channel.value),
            contact_attempt=attempt,
        )
        by_text = " by text" if channel == ContactAttempt.Channel.TEXT else ""
        _contacted(appointment, user, attempt, f"sent the reply “{template.name}”{by_text}")
        enqueue_after_commit([notification.pk])
    return attempt


def schedule(
    appointment: AppointmentRequest, user: User, when: datetime.datetime, location: Location
) -> AppointmentRequest:
    """Book the consultation: the request becomes scheduled, which answers it if nothing had."""
    with transaction.atomic():
        appointment.status = AppointmentRequest.Status.SCHEDULED
        appointment.consultation_at = when
        appointment.consultation_location = location
        response_clock.stamp_first_response(appointment)
        appointment.save(
            update_fields=["status", "consultation_at", "consultation_location", "first_response_at", "updated_at"]
        )
        record(user, [appointment], AuditEvent.Action.CHANGED, f"scheduled for {appointment.consultation_display}")
    return appointment


def _contacted(
    appointment: AppointmentRequest, user: User, attempt: ContactAttempt, detail: str, reached: bool = True
) -> None:
    """After a contact attempt: the first is the first response; one that reached them makes a new request
    contacted."""
    if reached and appointment.status == AppointmentRequest.Status.NEW:
        appointment.status = AppointmentRequest.Status.CONTACTED
    if appointment.first_response_at is None:
        appointment.first_response_at = attempt.at
    appointment.save(update_fields=["status", "first_response_at", "updated_at"])
    record(user, [appointment], AuditEvent.Action.CHANGED, detail)


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
