"""What a reply may say: the placeholders staff write in templates and what they are filled with, and the rules
that keep health details off lock screens (a subject, a text) and a text within two messages."""

import re
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from pages.conditions import CONDITIONS
from pages.models import spoken_time

from . import sms

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
    "consultation_day": "the booked consultation's day, such as Tuesday, December 1",
    "consultation_time": "the booked consultation's time, such as 10:30 am",
    "staff_name": "your first name",
}
# A subject is read on lock screens and in shared inboxes: the clinic's name ("… Ketamine …") says too much.
SUBJECT_PLACEHOLDERS = {"reference"}
# A text shows on a lock screen too: it names the clinic by its short name (settings.SITE_SHORT_NAME, put before
# every text), never by the full names of the clinic and its locations.
NOT_IN_TEXTS = {"clinic_name", "location"}
HEALTH_WORDS = sorted(
    {condition.name.lower() for condition in CONDITIONS}
    | {"ketamine", "infusion", "treatment", "therapy", "diagnosis", "crisis", "medication", "prescription"}
)
# Long but ordinary values, to tell whether a text version fits in a text for most patients.
TYPICAL_VALUES = {
    "first_name": "Alexandra",
    "reference": "K7M2-QX9D",
    "clinic_phone": "(480) 555-0142",
    "location_address": "100 Example Avenue, Suite 200, Phoenix, AZ 85004",
    "consultation": "Wednesday, September 30 at 10:30 am, Scottsdale",
    "consultation_day": "Wednesday, September 30",
    "consultation_time": "10:30 am",
    "staff_name": "Christina",
}


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


def health_words_in(text: str) -> list[str]:
    return [word for word in HEALTH_WORDS if re.search(rf"\b{re.escape(word)}", text, re.IGNORECASE)]


def validate_subject(text: str) -> None:
    """No health details in a subject: no placeholder but the reference, no condition or treatment words."""
    not_allowed = sorted(placeholders_in(text) - SUBJECT_PLACEHOLDERS)
    if not_allowed:
        raise ValidationError(
            "A subject may only use {reference}; remove %(names)s.",
            params={"names": ", ".join(f"{{{name}}}" for name in not_allowed)},
        )
    health = health_words_in(text)
    if health:
        raise ValidationError(
            "Keep health details out of the subject (it shows on lock screens): remove “%(words)s”.",
            params={"words": "”, “".join(health)},
        )


def validate_text_body(text: str) -> None:
    """A text version: known placeholders, no health details and not the clinic's full name (a text shows on a
    lock screen), and short enough for a typical patient's text to fit in two messages."""
    validate_body_placeholders(text)
    not_allowed = sorted(placeholders_in(text) & NOT_IN_TEXTS)
    if not_allowed:
        raise ValidationError(
            "A text names the clinic by its short name only (it shows on lock screens); remove %(names)s.",
            params={"names": ", ".join(f"{{{name}}}" for name in not_allowed)},
        )
    health = health_words_in(text)
    if health:
        raise ValidationError(
            "Keep health details out of texts (they show on lock screens): remove “%(words)s”.",
            params={"words": "”, “".join(health)},
        )
    typical = len(fill_placeholders(text, TYPICAL_VALUES).replace("\r\n", "\n").strip())
    if typical > sms.body_max_length():
        raise ValidationError(
            "Too long for a text: about %(length)s characters once filled in, and a text holds %(most)s. Shorten it.",
            params={"length": typical, "most": sms.body_max_length()},
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


def placeholder_values(appointment: "AppointmentRequest", staff: "User") -> dict[str, str]:
    location = appointment.consultation_location or appointment.location
    booked = appointment.consultation_at and timezone.localtime(appointment.consultation_at)
    return {
        "first_name": appointment.first_name,
        "reference": appointment.reference,
        "clinic_name": settings.SITE_NAME,
        "clinic_phone": location.phone.as_national if location.phone else "",
        "location": location.name,
        "location_address": location.one_line_address,
        "consultation": appointment.consultation_display,
        "consultation_day": f"{booked:%A}, {booked:%B} {booked.day}" if booked else "",
        "consultation_time": spoken_time(booked) if booked else "",
        "staff_name": staff.first_name or staff.get_username(),
    }


def text_reply_problem(body: str, values: dict[str, str]) -> str:
    """Why a text staff are about to send cannot go, or "": longer than two messages allow, or a health word of
    their own (the patient's name or the clinic's address, filled in from the request, are not theirs)."""
    if len(body) > sms.body_max_length():
        return f"A text holds at most {sms.body_max_length()} characters and this one has {len(body)}: shorten it."
    typed = body
    for name, value in values.items():
        if value and name not in NOT_IN_TEXTS:
            typed = typed.replace(value, "")
    health = health_words_in(typed)
    if health:
        return f"Keep health details out of texts (they show on lock screens): remove “{'”, “'.join(health)}”."
    return ""
