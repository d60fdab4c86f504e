"""The contact log: each call attempt and reply (by email or text) to a patient, and the reply templates staff edit.

Its models live here rather than in models.py (which imports them) to keep that module about
the request itself. What staff do with them (log a call, send a reply) is in triage.py; which reply fits a
request now, and whether it goes by email or text, in reply_choice.py; what a template may say, in placeholders.py.
"""

from typing import TYPE_CHECKING, NamedTuple

from django.conf import settings
from django.db import models
from django.utils import timezone

from . import sms
from .placeholders import (
    NOT_IN_TEXTS,
    PLACEHOLDERS,
    fill_placeholders,
    placeholder_values,
    validate_body_placeholders,
    validate_subject,
    validate_text_body,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from .models import AppointmentRequest


class ReplyTemplate(models.Model):
    """A reply staff send with one click, after reading (and if need be editing) it for this patient."""

    class Occasion(models.TextChoices):
        """When a reply is offered (reply_choice.py): the request's state decides, the first that fits is chosen."""

        BOOKED = "booked", "Once a consultation is booked"
        NOT_REACHED = "not_reached", "After two calls or more with no answer"
        AFTER_CALL = "after_call", "After a call with no answer"
        BEFORE_BOOKING = "unbooked", "Until a consultation is booked"
        ANY = "any", "Any time"

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
    text_body = models.TextField(
        "text message",
        max_length=sms.MAX_LENGTH,
        blank=True,
        validators=[validate_text_body],
        help_text="The reply as a text, for patients who chose text and agreed to texts: two messages at most, and "
        "no health details (a text shows on a lock screen). The clinic's short name goes before it and “Reply STOP "
        "to opt out.” after it. Empty: those patients get the email. Same placeholders, but not "
        + " or ".join(f"{{{name}}}" for name in sorted(NOT_IN_TEXTS))
        + ".",
    )
    occasion = models.CharField(
        "offered",
        max_length=12,
        choices=Occasion,
        default=Occasion.ANY,
        help_text="When staff are offered this reply. The one that fits the request best is chosen first: a booking, "
        "then calls with no answer.",
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

    def fill_text(self, appointment: "AppointmentRequest", staff: "User") -> str:
        """The text version for this patient, placeholders filled in ("" when there is none)."""
        return fill_placeholders(self.text_body, placeholder_values(appointment, staff))


class ContactAttempt(models.Model):
    """One try at reaching the patient: a call (with what happened) or a reply by email or text (with what it said)."""

    class Channel(models.TextChoices):
        CALL = "call", "Phone call"
        EMAIL = "email", "Email reply"
        TEXT = "text", "Text reply"

    class Outcome(models.TextChoices):
        NO_ANSWER = "no_answer", "No answer"
        VOICEMAIL = "voicemail", "Left a voicemail"
        SPOKE = "spoke", "Spoke with the patient"
        ESCALATED = "escalated", "Escalated (988, 911 or a clinician)"
        EMAILED = "emailed", "Email sent"
        TEXTED = "texted", "Text sent"

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


# The outcome a reply is logged with, by the channel it goes by.
SENT_OUTCOMES = {
    ContactAttempt.Channel.EMAIL: ContactAttempt.Outcome.EMAILED,
    ContactAttempt.Channel.TEXT: ContactAttempt.Outcome.TEXTED,
}


class StarterReply(NamedTuple):
    name: str
    subject: str
    body: str
    text: str  # the text version: no health details, two messages at most once "Avesta: " and the STOP line are added
    occasion: ReplyTemplate.Occasion


SUBJECT = "About your request {reference}"
Occasion = ReplyTemplate.Occasion
# The replies a new clinic starts with (migrations add them; staff edit them in the admin).
STARTER_REPLIES = [
    StarterReply(
        "We tried to call you",
        SUBJECT,
        "Hello {first_name},\n\n"
        "Thank you for reaching out to {clinic_name}. We tried to call you today about your request "
        "and could not reach you.\n\n"
        "Please call us at {clinic_phone} when it suits you, or reply to this email with a few times "
        "that work for you, and we will call you then.\n\n"
        "{staff_name}\n{location}\n{location_address}",
        "Hello {first_name}, we tried to call you today about your request {reference}. "
        "Please call us at {clinic_phone} when it suits you. {staff_name}",
        Occasion.AFTER_CALL,
    ),
    StarterReply(
        "Let's find a time",
        SUBJECT,
        "Hello {first_name},\n\n"
        "Thank you for your request. We would like to book your consultation at {location_address}.\n\n"
        "Please reply with two or three days and times that suit you, or call us at {clinic_phone}.\n\n"
        "{staff_name}\n{location}",
        "Hello {first_name}, thank you for your request {reference}. We would like to book your consultation: "
        "please call us at {clinic_phone} to choose a time. {staff_name}",
        Occasion.BEFORE_BOOKING,
    ),
    StarterReply(
        "Booking confirmation",
        SUBJECT,
        "Hello {first_name},\n\n"
        "Your consultation is booked for {consultation_day} at {consultation_time}.\n\n"
        "Where: {location_address}.\n\n"
        "If you need to change the time, or cannot come, please call us at {clinic_phone}.\n\n"
        "{staff_name}\n{location}",
        "Hello {first_name}, your consultation is booked for {consultation_day} at {consultation_time}, "
        "{location_address}. To change it, call us at {clinic_phone}. {staff_name}",
        Occasion.BOOKED,
    ),
    StarterReply(
        "We could not reach you",
        SUBJECT,
        "Hello {first_name},\n\n"
        "We have tried to call you a few times about your request {reference} and could not reach you.\n\n"
        "We would still like to help. Please call us at {clinic_phone} when it suits you, or reply to this "
        "email with a few times that work for you and the best number to call.\n\n"
        "If you no longer need us, there is nothing you need to do.\n\n"
        "{staff_name}\n{location}\n{location_address}",
        "Hello {first_name}, we have tried to call you a few times about your request {reference} and could not "
        "reach you. Please call us at {clinic_phone} when it suits you. {staff_name}",
        Occasion.NOT_REACHED,
    ),
]


def add_starter_replies(model: type[ReplyTemplate] = ReplyTemplate) -> None:
    """Add the starter replies that are missing. A migration passes its app registry's model, which may not have
    the fields added since (0004 runs before the text version existed): those are left out."""
    fields = {field.name for field in model._meta.get_fields()}
    for order, reply in enumerate(STARTER_REPLIES):
        values = {
            "subject": reply.subject,
            "body": reply.body,
            "text_body": reply.text,
            "occasion": reply.occasion,
            "display_order": order,
        }
        model.objects.get_or_create(name=reply.name, defaults={k: v for k, v in values.items() if k in fields})
