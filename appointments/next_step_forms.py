"""The next steps that need a few answers first: log a call, send a reply, book the consultation."""

import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.models import User
from django.http import QueryDict
from django.utils import timezone

from pages.models import Location, spoken_time

from . import reply_choice, response_clock, sms, triage
from .contact_log import ContactAttempt, ReplyTemplate
from .models import AppointmentRequest
from .placeholders import placeholder_left_in, placeholder_values, text_reply_problem

Outcome = ContactAttempt.Outcome


class NextStepForm(forms.Form):
    """A form about one request, filled in by one member of staff; save() does the step."""

    # Shown above the form, e.g. the reply's template chooser.
    shown_above = ""

    @property
    def intro(self) -> str:
        """A sentence above the fields: what this step does, or what to know first."""
        return ""

    def __init__(self, appointment: AppointmentRequest, user: User, query: QueryDict, *args: Any, **kwargs: Any):
        self.appointment = appointment
        self.user = user
        super().__init__(*args, **kwargs)

    def save(self) -> None:
        """Do the step (each form calls its function in triage.py); only called once the form is valid."""
        raise NotImplementedError("each next-step form does its own step")


class LogCallForm(NextStepForm):
    outcome = forms.ChoiceField(
        label="What happened?",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose what happened on the call.",
            "invalid_choice": "Choose one of the options shown: a voicemail only if they agreed to voicemail.",
        },
    )
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example: best time to call back.",
    )

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        outcome = self.fields["outcome"]
        choices = [
            (Outcome.NO_ANSWER, "No answer"),
            (Outcome.SPOKE, Outcome.SPOKE.label),
            (Outcome.ESCALATED, Outcome.ESCALATED.label),
        ]
        if self.appointment.voicemail_opt_in:
            choices.insert(1, (Outcome.VOICEMAIL, Outcome.VOICEMAIL.label))
        else:
            outcome.help_text = "They did not agree to voicemail: do not leave a message."
        outcome.choices = choices  # type: ignore[attr-defined]  # a ChoiceField

    def save(self) -> None:
        triage.log_call(self.appointment, self.user, Outcome(self.cleaned_data["outcome"]), self.cleaned_data["note"])


class ReplyForm(NextStepForm):
    """A reply from the templates that fit the request now, by email or by text as reply_choice.py decides."""

    shown_above = "admin/appointments/appointmentrequest/reply_chooser.html"
    template = forms.ModelChoiceField(
        queryset=ReplyTemplate.objects.none(),
        widget=forms.HiddenInput,
        error_messages={
            "invalid_choice": "That reply is not offered for this request (a booking reply needs a booked "
            "consultation, a reply about calls a call logged with no answer): choose another template.",
            "required": "Choose a reply template.",
        },
    )
    body = forms.CharField(
        label="Message",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 14}),
        error_messages={"required": "Write the message to send."},
    )

    def __init__(self, appointment: AppointmentRequest, user: User, query: QueryDict, *args: Any, **kwargs: Any):
        super().__init__(appointment, user, query, *args, **kwargs)
        offered = reply_choice.offered_replies(appointment)
        self.fields["template"].queryset = offered  # type: ignore[attr-defined]  # a ModelChoiceField
        self.chosen: ReplyTemplate | None = offered.filter(
            pk=query.get("template") or 0
        ).first() or reply_choice.suggested_reply(appointment, offered)
        self.route = reply_choice.reply_route(appointment, self.chosen)
        if self.route.by_text:
            self.fields["body"].label = "Text message"
            self.fields["body"].widget.attrs["rows"] = 5
            self.fields["body"].help_text = (
                f"At most {sms.body_max_length()} characters (two texts). “{settings.SITE_SHORT_NAME}:” goes before "
                "it and “Reply STOP to opt out.” after it. No health details: a text shows on a lock screen."
            )
        if self.chosen is not None and not self.is_bound:
            body = (
                self.chosen.fill_text(appointment, user)
                if self.route.by_text
                else self.chosen.fill(appointment, user)[1]
            )
            self.initial = {"template": self.chosen.pk, "body": body}

    @property
    def intro(self) -> str:
        return f"{self.route.sentence} Choosing another template replaces the message below, with any changes you made."

    @property
    def subject(self) -> str:
        """The subject is the template's, never typed here: it is checked for health details in the admin."""
        return self.chosen.fill(self.appointment, self.user)[0] if self.chosen else ""

    def clean_body(self) -> str:
        body: str = self.cleaned_data["body"]
        values = placeholder_values(self.appointment, self.user)
        left = placeholder_left_in(body, values)
        if left:
            raise forms.ValidationError(f"Replace {left} with what it stands for before sending.")
        route = reply_choice.reply_route(self.appointment, self.cleaned_data.get("template") or self.chosen)
        if route.by_text:
            body = body.replace("\r\n", "\n").strip()
            problem = text_reply_problem(body, values)
            if problem:
                raise forms.ValidationError(problem)
        return body

    def save(self) -> None:
        triage.send_reply(self.appointment, self.user, self.cleaned_data["template"], self.cleaned_data["body"])


class ScheduleForm(NextStepForm):
    date = forms.DateField(
        label="Date",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": "Enter the consultation's date."},
    )
    time = forms.TimeField(
        label="Time",
        widget=forms.TimeInput(attrs={"type": "time", "step": 300}, format="%H:%M"),
        error_messages={"required": "Enter the consultation's time."},
    )
    location = forms.ModelChoiceField(label="Location", queryset=Location.objects.all(), empty_label=None)

    @property
    def intro(self) -> str:
        location = self.appointment.consultation_location or self.appointment.location
        hours = "; ".join(f"{day} {times}" for day, times in location.weekly_hours if times != "Closed")
        return f"Opening hours at {location.short_label}: {hours or 'none set'}. Holidays and closed days are refused."

    def __init__(self, appointment: AppointmentRequest, *args: Any, **kwargs: Any):
        super().__init__(appointment, *args, **kwargs)
        booked = appointment.consultation_at and timezone.localtime(appointment.consultation_at)
        self.initial = {
            "location": appointment.consultation_location_id or appointment.location_id,
            "date": booked.date() if booked else None,
            "time": booked.time() if booked else None,
        }

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        if "date" in self.cleaned_data and "time" in self.cleaned_data:
            when = timezone.make_aware(datetime.datetime.combine(self.cleaned_data["date"], self.cleaned_data["time"]))
            if when < timezone.now():
                raise forms.ValidationError("That time has passed: enter the consultation's date and time.")
            location = self.cleaned_data.get("location")
            if location and not response_clock.is_open_at(location, when):
                raise forms.ValidationError(
                    f"{location.short_label} is closed then ({when:%A} {when.day} {when:%B}, {spoken_time(when)}): "
                    "pick a time in its opening hours."
                )
            self.cleaned_data["when"] = when
        return cleaned

    def save(self) -> None:
        triage.schedule(self.appointment, self.user, self.cleaned_data["when"], self.cleaned_data["location"])


class SpamForm(NextStepForm):
    """Spam leaves the open list: one more click to be sure it is not a patient."""

    @property
    def intro(self) -> str:
        return (
            "Only for messages that are not from a patient. It leaves the open list and nobody is told; "
            "find it again under Status → Spam."
        )

    def save(self) -> None:
        triage.mark_spam(AppointmentRequest.objects.filter(pk=self.appointment.pk), self.user)


URGENCY_REASON_MAX_LENGTH = 150  # kept in the access history's detail, with the words before it


class MarkUrgentForm(NextStepForm):
    """Staff read a crisis the detector missed: one click, a reason if they have one."""

    reason = forms.CharField(
        label="Reason (optional)",
        required=False,
        max_length=URGENCY_REASON_MAX_LENGTH,
        help_text="Kept in the access history. For example: “said on the phone they feel hopeless”.",
    )

    def save(self) -> None:
        triage.mark_urgent(self.appointment, self.user, self.cleaned_data["reason"])


class NotUrgentForm(NextStepForm):
    """Taking the urgent mark away needs a reason: a missed crisis costs more than a minute of typing."""

    reason = forms.CharField(
        label="Reason: why is it not urgent?",
        max_length=URGENCY_REASON_MAX_LENGTH,
        help_text="Kept in the access history. For example: “the message quotes a film title; spoke with them”.",
        error_messages={"required": "Say why it is not urgent: the reason is kept in the access history."},
    )

    @property
    def intro(self) -> str:
        return "The request leaves the top of the list. If in doubt, keep it urgent and call."

    def save(self) -> None:
        triage.clear_urgent(self.appointment, self.user, self.cleaned_data["reason"])


# What staff may change on a request's own page; what the patient sent stays as sent.
TRIAGE_FIELDS = ["status", "assignee", "first_response_at", "legal_hold"]


class TriageForm(forms.ModelForm):
    """The request page's own form: "scheduled" only through Mark scheduled, which asks when and where; and no
    saving over a change made since the page was opened (a colleague, another tab, a next-step button)."""

    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = AppointmentRequest
        fields = TRIAGE_FIELDS

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["loaded_version"] = self.instance.updated_at.isoformat()

    @property
    def triage_changes(self) -> list[str]:
        """The request's fields this save changes (the page's version stamp is not one)."""
        return [name for name in self.changed_data if name in TRIAGE_FIELDS]

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        loaded = self.cleaned_data.get("loaded_version")
        if loaded and self.triage_changes and loaded != self.instance.updated_at.isoformat():
            now = AppointmentRequest.objects.get(pk=self.instance.pk)
            raise forms.ValidationError(
                f"This request changed after you opened it: it is now {now.get_status_display().lower()}"
                f"{f', assigned to {now.assignee}' if now.assignee else ''}. Nothing was saved. Set the status and "
                "assignee you want again, then save."
            )
        return cleaned

    def save(self, commit: bool = True) -> AppointmentRequest:
        if "status" in self.changed_data and self.instance.status == AppointmentRequest.Status.SPAM:
            self.instance.marked_spam_at = timezone.now()  # as triage.mark_spam does: the retention clock starts
        appointment: AppointmentRequest = super().save(commit)
        return appointment

    def clean_status(self) -> str:
        status: str = self.cleaned_data["status"]
        if status == AppointmentRequest.Status.SCHEDULED and self.instance.consultation_at is None:
            raise forms.ValidationError(
                "Use the Mark scheduled button to book the consultation: it asks for the date, time and location."
            )
        return status
