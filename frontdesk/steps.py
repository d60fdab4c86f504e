"""Taking a next step (appointments/next_steps.py) from the front desk, with the note typed beside it."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.models import User
from django.db import transaction
from django.http import QueryDict

from appointments.models import AppointmentRequest
from appointments.next_step_forms import NextStepForm
from appointments.next_steps import NextStep

from .notes import NoteForm, save_note


@dataclass
class StepOutcome:
    """What came of pressing a step's button: a message once done, or the forms to show again with their errors."""

    note_form: NoteForm
    form: NextStepForm | None = None
    message: str = ""
    level: int = messages.SUCCESS

    @property
    def has_errors(self) -> bool:
        return not self.message


def carries_the_note(step: NextStep) -> bool:
    """Every step saves the page's note with it, except one whose own form asks for a note (a call's note is kept
    with the call)."""
    return step.form is None or "note" not in step.form.base_fields


def note_form_for(step: NextStep, data: QueryDict | None) -> NoteForm:
    return NoteForm(data if carries_the_note(step) else None)


def take_step(
    appointment: AppointmentRequest, user: User, step: NextStep, data: QueryDict, query: QueryDict
) -> StepOutcome:
    """The step and the note together, in one transaction; neither if either has errors. A step no longer offered
    (another tab, or a colleague, got there first) changes nothing, but the note is kept all the same."""
    note_form = note_form_for(step, data)
    offered = step.offered(appointment)
    form = step.form(appointment, user, query, data) if step.form and offered else None
    note_ok = note_form.is_valid() or not note_form.is_bound  # unbound: the step's form has a note of its own
    if not note_ok or (form is not None and not form.is_valid()):
        return StepOutcome(note_form, form)
    with transaction.atomic():
        noted = save_note(appointment, user, note_form.cleaned_data["note"]) if note_form.is_bound else None
        message, level = _do(appointment, user, step, form) if offered else (_not_offered(step), messages.WARNING)
    return StepOutcome(note_form, form, f"{message} Note saved." if noted else message, level)


def _do(appointment: AppointmentRequest, user: User, step: NextStep, form: NextStepForm | None) -> tuple[str, int]:
    if form is not None:
        form.save()
    elif step.run is not None and not step.run(AppointmentRequest.objects.filter(pk=appointment.pk), user):
        return f"Nothing to change: the request is {appointment.get_status_display().lower()}.", messages.WARNING
    return step.done, messages.SUCCESS


def _not_offered(step: NextStep) -> str:
    return f"Nothing to change: “{step.label}” is not offered now."
