"""The contact log: each call attempt and email reply to a patient, and the reply templates staff edit.

Its models live here rather than in models.py (which imports them) to keep that module about
the request itself. What staff do with them (log a call, send a reply) is in triage.py.
"""

import re
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from pages.conditions import CONDITIONS

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from .models import AppointmentRequest

# "{first_name}": a bare name in braces; nothing else in braces is ever evaluated.
PLACEHOLDER = re.compile(r"\{(\w*)\}")
# A brace that is not part of a placeholder: "{{ first_name }}", "{ name }", a lone "{" or "}".
STRAY_BRACE = re.compile(r"\{+[^{}]*\}*|\}+")
PLACEHOLDERS = {
    "first_name": "the patient's first name",
    "reference": "the request's reference, such as K7M2-QX9D",
    "clinic_name": "the clinic's name",
    "clinic_phone": "the location's phone number",
    "location": "the location's name",
    "location_address": "the location's address",
    "consultation": "the booked consultation's day, time and place (empty if none is booked)",
    "staff_name": "your first name",
}
# A subject is read on lock screens and in shared inboxes: the clinic's name ("… Ketamine …") says too much.
SUBJECT_PLACEHOLDERS = {"reference"}
HEALTH_WORDS = sorted(
    {condition.name.lower() for condition in CONDITIONS}
    | {"ketamine", "infusion", "treatment", "therapy", "diagnosis", "crisis", "medication", "prescription"}
)


def placeholders_in(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def validate_body_placeholders(text: str) -> None:
    stray = STRAY_BRACE.search(PLACEHOLDER.sub("", text))
    if stray:
        raise ValidationError(
            "“%(stray)s” is not a placeholder: write placeholders as {first_name}, and no other braces.",
            params={"stray": stray.group(0)},
        )
    unknown = sorted(placeholders_in(text) - PLACEHOLDERS.keys())
    if unknown:
        raise ValidationError(
            "Unknown placeholder %(names)s. Use one of: %(allowed)s.",
            params={
                "names": ", ".join(f"{{{name}}}" for name in unknown),
                "allowed": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
            },
        )


def validate_subject(text: str) -> None:
    """No health details in a subject: no placeholder but the reference, no condition or treatment words."""
    not_allowed = sorted(placeholders_in(text) - SUBJECT_PLACEHOLDERS)
    if not_allowed:
        raise ValidationError(
            "A subject may only use {reference}; remove %(names)s.",
            params={"names": ", ".join(f"{{{name}}}" for name in not_allowed)},
        )
    health = [word for word in HEALTH_WORDS if re.search(rf"\b{re.escape(word)}", text, re.IGNORECASE)]
    if health:
        raise ValidationError(
            "Keep health details out of the subject (it shows on lock screens): remove “%(words)s”.",
            params={"words": "”, “".join(health)},
        )


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)


def placeholder_left_in(text: str, values: dict[str, str]) -> str:
    """A placeholder or stray brace staff left in a reply ready to send ("{name}", "{{"), or "". Braces inside
    what was filled in are not theirs: a patient may well be called "{Ann}"."""
    for value in sorted(values.values(), key=len, reverse=True):
        if "{" in value or "}" in value:
            text = text.replace(value, "")
    left = PLACEHOLDER.search(text) or STRAY_BRACE.search(text)
    return left.group(0) if left else ""


class ReplyTemplate(models.Model):
    """A reply staff send with one click, after reading (and if need be editing) it for this patient."""

    name = models.CharField(max_length=80, unique=True, help_text="What staff pick from, e.g. “Tried to call”.")
    subject = models.CharField(
        max_length=120,
        validators=[validate_subject],
        help_text="No health details: it shows on lock screens. Placeholder: {reference}.",
    )
    body = models.TextField(
        max_length=4000,
        validators=[validate_body_placeholders],
        help_text="Placeholders: " + ", ".join(f"{{{name}}} ({meaning})" for name, meaning in PLACEHOLDERS.items()),
    )
    is_active = models.BooleanField("offered to staff", default=True)
    display_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self) -> str:
        return self.name

    def fill(self, appointment: "AppointmentRequest", staff: "User") -> tuple[str, str]:
        """The subject and body for this patient, placeholders filled in."""
        values = placeholder_values(appointment, staff)
        return fill_placeholders(self.subject, values), fill_placeholders(self.body, values)


def placeholder_values(appointment: "AppointmentRequest", staff: "User") -> dict[str, str]:
    location = appointment.consultation_location or appointment.location
    return {
        "first_name": appointment.first_name,
        "reference": appointment.reference,
        "clinic_name": settings.SITE_NAME,
        "clinic_phone": location.phone.as_national if location.phone else "",
        "location": location.name,
        "location_address": location.one_line_address,
        "consultation": appointment.consultation_display,
        "staff_name": staff.first_name or staff.get_username(),
    }


class ContactAttempt(models.Model):
    """One try at reaching the patient: a call (with what happened) or an email reply (with what it said)."""

    class Channel(models.TextChoices):
        CALL = "call", "Phone call"
        EMAIL = "email", "Email reply"

    class Outcome(models.TextChoices):
        NO_ANSWER = "no_answer", "No answer"
        VOICEMAIL = "voicemail", "Left a voicemail"
        SPOKE = "spoke", "Spoke with the patient"
        ESCALATED = "escalated", "Escalated (988, 911 or a clinician)"
        EMAILED = "emailed", "Email sent"

    appointment_request = models.ForeignKey(
        "appointments.AppointmentRequest", on_delete=models.CASCADE, related_name="contact_attempts"
    )
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    channel = models.CharField(max_length=10, choices=Channel)
    outcome = models.CharField(max_length=10, choices=Outcome)
    note = models.TextField(max_length=2000, blank=True)
    reply_template = models.ForeignKey(ReplyTemplate, on_delete=models.SET_NULL, null=True, blank=True)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at"]

    def __str__(self) -> str:
        return f"{self.get_channel_display()}: {self.get_outcome_display().lower()}"

    @property
    def reached_the_patient(self) -> bool:
        return self.outcome in REACHING_OUTCOMES


# A call on which someone spoke with the patient: it makes a new request contacted and an urgent one reached.
REACHING_OUTCOMES = [ContactAttempt.Outcome.SPOKE, ContactAttempt.Outcome.ESCALATED]


SUBJECT = "About your request {reference}"
# The replies a new clinic starts with (the data migration adds them; staff edit them in the admin).
STARTER_REPLIES = [
    (
        "We tried to call you",
        SUBJECT,
        "Hello {first_name},\n\n"
        "Thank you for reaching out to {clinic_name}. We tried to call you today about your request "
        "and could not reach you.\n\n"
        "Please call us at {clinic_phone} when it suits you, or reply to this email with a few times "
        "that work for you, and we will call you then.\n\n"
        "{staff_name}\n{location}\n{location_address}",
    ),
    (
        "Let's find a time",
        SUBJECT,
        "Hello {first_name},\n\n"
        "Thank you for your request. We would like to book your consultation at {location_address}.\n\n"
        "Please reply with two or three days and times that suit you, or call us at {clinic_phone}.\n\n"
        "{staff_name}\n{location}",
    ),
    (
        "Your consultation is booked",
        SUBJECT,
        "Hello {first_name},\n\n"
        "Your consultation is booked for {consultation}.\n\n"
        "Our address is {location_address}. If you need to change the time, call us at {clinic_phone}.\n\n"
        "{staff_name}\n{location}",
    ),
]


def add_starter_replies(model: type[ReplyTemplate] = ReplyTemplate) -> None:
    """Add the starter replies that are missing; a migration passes its app registry's model."""
    for order, (name, subject, body) in enumerate(STARTER_REPLIES):
        model.objects.get_or_create(name=name, defaults={"subject": subject, "body": body, "display_order": order})
