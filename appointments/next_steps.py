"""The buttons at the top of a request's page: the usual next steps, no Action menu.

A step either happens in one click (a POST) or first asks a few questions on a page of its own.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db.models import QuerySet

from . import triage
from .models import AppointmentRequest
from .next_step_forms import (
    LogCallForm,
    MarkUrgentForm,
    NextStepForm,
    NotUrgentForm,
    ReplyForm,
    ScheduleForm,
    SpamForm,
)


def always(appointment: AppointmentRequest) -> bool:
    return True


@dataclass(frozen=True)
class NextStep:
    slug: str
    label: str
    done: str  # the message staff see afterwards
    run: Callable[[QuerySet[AppointmentRequest], User], int] | None = None
    form: type[NextStepForm] | None = None
    submit: str = ""  # the form page's button
    offered: Callable[[AppointmentRequest], bool] = always
    # Its form sits on the request page itself (in the urgency box), so one click does it.
    in_place: bool = False

    @property
    def opens_a_page(self) -> bool:
        return self.form is not None and not self.in_place


NEXT_STEPS = {
    step.slug: step
    for step in [
        NextStep("assign-to-me", "Assign to me", "Assigned to you.", run=triage.assign),
        NextStep("log-call", "Log a call", "Call logged.", form=LogCallForm, submit="Save the call"),
        NextStep("send-reply", "Send a reply", "Reply queued to send.", form=ReplyForm, submit="Send reply"),
        NextStep(
            "schedule",
            "Mark scheduled",
            "Consultation booked. The patient has not been told yet: Send a reply to confirm it.",
            form=ScheduleForm,
            submit="Book the consultation",
        ),
        NextStep("contacted", "Mark contacted", "Marked contacted.", run=triage.mark_contacted),
        NextStep("not-a-fit", "Not a fit", "Marked not a fit.", run=triage.mark_not_a_fit),
        NextStep("spam", "Spam", "Marked as spam.", form=SpamForm, submit="Yes, mark it as spam"),
        NextStep(
            "mark-urgent",
            "Mark urgent",
            "Marked urgent: it is at the top of the list until someone speaks with the patient.",
            form=MarkUrgentForm,
            submit="Mark urgent",
            offered=lambda appointment: not appointment.is_urgent,
            in_place=True,
        ),
        NextStep(
            "not-urgent",
            "Not urgent after all",
            "No longer urgent. The reason is in the access history.",
            form=NotUrgentForm,
            submit="Not urgent after all",
            offered=lambda appointment: appointment.is_urgent,
            in_place=True,
        ),
    ]
}


def offered_steps(appointment: AppointmentRequest) -> list[NextStep]:
    return [step for step in NEXT_STEPS.values() if step.offered(appointment)]
