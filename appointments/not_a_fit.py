"""“Not a fit”: asked with a reason, optionally said to the patient in a reply, and undone within 24 hours.

The reason and the status it replaced are kept on the request (not_a_fit_reason, status_before_not_a_fit); the
access history keeps both the decision and its undoing.
"""

import datetime
from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.db import models, transaction
from django.db.models import QuerySet
from django.utils import timezone

from . import reply_choice, triage
from .contact_log import ReplyTemplate
from .models import AppointmentRequest, AuditEvent
from .next_step_forms import NextStepForm
from .response_clock import ANSWERING_STATUSES
from .status import Status

UNDO_WINDOW = datetime.timedelta(hours=24)
DETAILS_MAX_LENGTH = 150  # kept with the reason's label in not_a_fit_reason (200) and the access history


class Reason(models.TextChoices):
    NOT_A_CANDIDATE = "not_a_candidate", "Not a candidate for ketamine"
    OUTSIDE_AREA = "outside_area", "Outside our area"
    SERVICE_NOT_OFFERED = "service_not_offered", "Wants a service we do not offer"
    OTHER = "other", "Other"


def reason_text(reason: Reason, details: str = "") -> str:
    """“Outside our area: lives in Flagstaff”: what the request and the access history keep."""
    if reason == Reason.OTHER:
        return details
    return f"{reason.label}: {details}" if details else reason.label


def is_offered(appointment: AppointmentRequest) -> bool:
    return appointment.status != Status.NOT_A_FIT


def undo_offered(appointment: AppointmentRequest, now: datetime.datetime | None = None) -> bool:
    """For 24 hours after the decision, and only while the request is still not a fit."""
    return (
        appointment.status == Status.NOT_A_FIT
        and bool(appointment.status_before_not_a_fit)
        and appointment.not_a_fit_at is not None
        and (now or timezone.now()) < appointment.not_a_fit_at + UNDO_WINDOW
    )


def undo_ends_at(appointment: AppointmentRequest) -> datetime.datetime | None:
    return appointment.not_a_fit_at + UNDO_WINDOW if appointment.not_a_fit_at else None


def mark_not_a_fit(
    appointment: AppointmentRequest, user: User, reason: str, reply: ReplyTemplate | None = None
) -> bool:
    """The decision, and if a template is given, that template filled in for the patient and sent (stored first,
    then sent after commit like every reply). False if the request was not a fit already: nothing is sent."""
    with transaction.atomic():
        changed = triage.mark_not_a_fit(AppointmentRequest.objects.filter(pk=appointment.pk), user, reason)
        appointment.refresh_from_db()
        if changed and reply is not None:
            by_text = reply_choice.reply_route(appointment, reply).by_text
            body = reply.fill_text(appointment, user) if by_text else reply.fill(appointment, user)[1]
            triage.send_reply(appointment, user, reply, body)
    return bool(changed)


def undo(requests: QuerySet[AppointmentRequest], user: User) -> int:
    """Each request back to the status it had, within 24 hours of the decision. A request that was waiting for a
    first answer waits again, unless a call or a reply had answered it."""
    undone = 0
    for appointment in requests.filter(status=Status.NOT_A_FIT, not_a_fit_at__gt=timezone.now() - UNDO_WINDOW).exclude(
        status_before_not_a_fit=""
    ):
        with transaction.atomic():
            reason = appointment.not_a_fit_reason
            appointment.status = Status(appointment.status_before_not_a_fit)
            if appointment.status not in ANSWERING_STATUSES:
                first = appointment.contact_attempts.order_by("at").first()
                appointment.first_response_at = first.at if first else None
            appointment.not_a_fit_at, appointment.not_a_fit_reason, appointment.status_before_not_a_fit = None, "", ""
            appointment.save(
                update_fields=[
                    "status", "first_response_at", "not_a_fit_at", "not_a_fit_reason", "status_before_not_a_fit",
                    "updated_at",
                ]
            )  # fmt: skip
            detail = f"undid not a fit{f' ({reason})' if reason else ''}: {appointment.get_status_display().lower()}"
            triage.record(user, [appointment], AuditEvent.Action.CHANGED, detail[:200])
        undone += 1
    return undone


class NotAFitForm(NextStepForm):
    """Why it is not a fit (kept with the request), and a word to the patient if staff want to send one."""

    reason = forms.ChoiceField(
        label="Why is it not a fit?",
        choices=Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose why it is not a fit: the reason is kept with the request."},
    )
    details = forms.CharField(
        label="In a few words (needed for “Other”)",
        required=False,
        max_length=DETAILS_MAX_LENGTH,
        help_text="Kept in the access history. No more than the clinic needs.",
    )
    send_reply = forms.BooleanField(label="Send the patient a reply", required=False)
    template = forms.ModelChoiceField(
        label="Reply template",
        queryset=ReplyTemplate.objects.none(),
        required=False,
        empty_label="Choose a reply",
        help_text="Sent as it is, filled in for the patient, by email or by text as they chose. To write it in "
        "your own words, use Send a reply instead.",
    )

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        offered = reply_choice.offered_replies(self.appointment)  # as the reply step offers them
        self.fields["template"].queryset = offered  # type: ignore[attr-defined]  # a ModelChoiceField
        suggested = offered.filter(name__icontains="not a fit").first()
        if suggested is not None:
            self.initial["template"] = suggested.pk

    @property
    def intro(self) -> str:
        return (
            "The request leaves the open list. You can undo it for 24 hours from the request's page; "
            "the reason is kept in the access history."
        )

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        if self.cleaned_data.get("reason") == Reason.OTHER and not self.cleaned_data.get("details"):
            self.add_error("details", "Say in a few words why it is not a fit.")
        if self.cleaned_data.get("send_reply") and not self.cleaned_data.get("template"):
            self.add_error("template", "Choose the reply to send, or untick “Send the patient a reply”.")
        return cleaned

    def save(self) -> None:
        reason = reason_text(Reason(self.cleaned_data["reason"]), self.cleaned_data["details"])
        reply = self.cleaned_data["template"] if self.cleaned_data["send_reply"] else None
        mark_not_a_fit(self.appointment, self.user, reason, reply)
