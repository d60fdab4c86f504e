"""The note box of a request's page: every button there sends it along, so a note typed is never lost."""

from typing import Any

from django import forms
from django.contrib.auth.models import User

from appointments import triage
from appointments.models import AppointmentRequest, AuditEvent, Note

NOTE_MAX_LENGTH = Note._meta.get_field("text").max_length or 4000


class NoteForm(forms.Form):
    """The note typed on the page. Empty is fine when a next step carries it; "Save note" needs words."""

    note = forms.CharField(
        label="Add a note",
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Saved with whichever button you press below, or on its own.",
        error_messages={"required": "Write the note first, then save it."},
    )

    def __init__(self, *args: Any, required: bool = False, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["note"].required = required


def save_note(appointment: AppointmentRequest, user: User, text: str) -> Note | None:
    """Store a note by this member of staff, recorded in the access history; nothing for an empty one. Call it
    inside the transaction of the step it came with."""
    if not text.strip():
        return None
    note = Note.objects.create(appointment_request=appointment, author=user, text=text)
    triage.record(user, [appointment], AuditEvent.Action.CHANGED, "added a note")
    return note
