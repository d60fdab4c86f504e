"""The buttons at the top of a request's page: the usual next steps, no Action menu.

A step either happens in one click (a POST) or first asks a few questions on a page of its own.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db.models import QuerySet

from . import triage
from .models import AppointmentRequest
from .next_step_forms import LogCallForm, NextStepForm, ReplyForm, ScheduleForm, SpamForm


@dataclass(frozen=True)
class NextStep:
    slug: str
    label: str
    done: str  # the message staff see afterwards
    run: Callable[[QuerySet[AppointmentRequest], User], int] | None = None
    form: type[NextStepForm] | None = None
    submit: str = ""  # the form page's button

    @property
    def opens_a_page(self) -> bool:
        return self.form is not None


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
    ]
}
