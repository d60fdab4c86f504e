"""Which replies fit a request now, which one staff start from, and whether it goes by email or by text.

The reply step's form and triage.send_reply both ask here, so what staff see offered is what is sent.
"""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from . import sms
from .contact_log import REACHING_OUTCOMES, ContactAttempt, ReplyTemplate
from .models import AppointmentRequest

Occasion = ReplyTemplate.Occasion


def unanswered_calls(appointment: AppointmentRequest) -> int:
    """Calls logged since the last one that reached the patient (all of them if none did)."""
    outcomes = appointment.contact_attempts.filter(channel=ContactAttempt.Channel.CALL).order_by("-at", "-pk")
    count = 0
    for outcome in outcomes.values_list("outcome", flat=True):
        if outcome in REACHING_OUTCOMES:
            break
        count += 1
    return count


def occasions_now(appointment: AppointmentRequest) -> list[ReplyTemplate.Occasion]:
    """The occasions the request is in, the most particular first: booked, then calls with no answer (two or more
    since anyone spoke with them, then one), then not booked yet, then any time."""
    booked = appointment.consultation_at is not None
    unanswered = unanswered_calls(appointment)
    occasions = [
        *([Occasion.BOOKED] if booked else []),
        *([Occasion.NOT_REACHED] if unanswered >= 2 else []),
        *([Occasion.AFTER_CALL] if unanswered >= 1 else []),
        *([] if booked else [Occasion.BEFORE_BOOKING]),
        Occasion.ANY,
    ]
    return occasions


def offered_replies(appointment: AppointmentRequest) -> QuerySet[ReplyTemplate]:
    """The active templates that make sense for the request now; a booking's day and time only once booked."""
    offered = ReplyTemplate.objects.filter(is_active=True, occasion__in=occasions_now(appointment))
    if appointment.consultation_at is None:
        offered = offered.exclude(Q(body__contains="{consultation") | Q(text_body__contains="{consultation"))
    return offered


def suggested_reply(appointment: AppointmentRequest, offered: QuerySet[ReplyTemplate]) -> ReplyTemplate | None:
    """The reply staff start from: the offered one of the request's most particular occasion (a booking
    confirmation once booked; "We could not reach you" after two calls with no answer, "We tried to call you"
    after one; else the general ones), in the templates' own order."""
    occasions = occasions_now(appointment)
    return min(
        offered,
        key=lambda template: (occasions.index(Occasion(template.occasion)), template.display_order),
        default=None,
    )


@dataclass(frozen=True)
class ReplyRoute:
    """How a reply reaches the patient: by which channel, to what (as staff read it), and why that way."""

    channel: ContactAttempt.Channel
    to: str
    why: str = ""

    @property
    def by_text(self) -> bool:
        return self.channel == ContactAttempt.Channel.TEXT

    @property
    def sentence(self) -> str:
        """“Sent by text to (480) 555-0100, as the patient asked.”: the reply step says it above the message."""
        way = "text" if self.by_text else "email"
        return f"Sent by {way} to {self.to}{f', {self.why}' if self.why else ''}."


def reply_route(appointment: AppointmentRequest, template: ReplyTemplate | None) -> ReplyRoute:
    """By text to a patient who chose text, agreed to texts and gave a phone number, when the clinic sends texts
    and the template has a text version; by email otherwise, saying why not by text."""
    by_email = ContactAttempt.Channel.EMAIL
    if appointment.contact_method != AppointmentRequest.ContactMethod.TEXT:
        return ReplyRoute(by_email, appointment.email)
    if not appointment.sms_opt_in:
        return ReplyRoute(by_email, appointment.email, "as they asked for texts but did not agree to receive them")
    if not appointment.phone:
        return ReplyRoute(by_email, appointment.email, "as they asked for texts but gave no phone number")
    if not sms.texts_enabled():
        return ReplyRoute(by_email, appointment.email, "as the clinic does not send texts (SMS_URL is off)")
    if template is not None and not template.text_body.strip():
        return ReplyRoute(by_email, appointment.email, "as this template has no text version")
    return ReplyRoute(ContactAttempt.Channel.TEXT, appointment.phone.as_national, "as the patient asked")
