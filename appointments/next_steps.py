"""The buttons at the top of a request's page: the usual next steps, no Action menu.

A step either happens in one click (a POST) or first asks a few questions on a page of its own.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db.models import QuerySet

from . import not_a_fit, triage
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
from .not_a_fit import NotAFitForm

# Offered for 24 hours after "Not a fit", beside the decision rather than among the buttons.
UNDO_NOT_A_FIT = "undo-not-a-fit"


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
        NextStep(
            "not-a-fit",
            "Not a fit",
            "Marked not a fit. You can undo it for 24 hours.",
            form=NotAFitForm,
            submit="Mark not a fit",
            offered=not_a_fit.is_offered,
        ),
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
        NextStep(
            UNDO_NOT_A_FIT,
            "Undo not a fit",
            "Not a fit undone: the request is back where it was.",
            run=not_a_fit.undo,
            offered=not_a_fit.undo_offered,
        ),
    ]
}


def offered_steps(appointment: AppointmentRequest) -> list[NextStep]:
    return [step for step in NEXT_STEPS.values() if step.offered(appointment)]
