"""The buttons at the top of a request's page: one click for the usual next step, no Action menu."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db.models import QuerySet

from . import triage
from .models import AppointmentRequest


@dataclass(frozen=True)
class NextStep:
    slug: str
    label: str
    done: str  # the message staff see afterwards
    run: Callable[[QuerySet[AppointmentRequest], User], int]


NEXT_STEPS = {
    step.slug: step
    for step in [
        NextStep("assign-to-me", "Assign to me", "Assigned to you.", triage.assign),
        NextStep("contacted", "Mark contacted", "Marked contacted.", triage.mark_contacted),
        NextStep("not-a-fit", "Not a fit", "Marked not a fit.", triage.mark_not_a_fit),
        NextStep("spam", "Spam", "Marked as spam.", triage.mark_spam),
    ]
}
