"""The front desk's search box: every request, open or not, by what staff have at hand when a patient calls."""

import re

from django.db.models import Case, Q, QuerySet, Value, When
from phonenumber_field.phonenumber import PhoneNumber, to_python

from appointments.models import REFERENCE_ALPHABET, REFERENCE_LENGTH, AppointmentRequest
from appointments.status import OPEN_STATUSES, Status

# Longer is not a name, an address, a number or a reference: cut, not refused.
MAX_TERM_LENGTH = 100
PHONE_PUNCTUATION = re.compile(r"[\s().+-]")
# The end of a number, as staff read it off a note ("555-0150"); fewer digits would match most numbers.
MIN_PHONE_DIGITS = 4
REFERENCE = re.compile(rf"[{REFERENCE_ALPHABET}]{{{REFERENCE_LENGTH}}}")


def clean_term(raw: str) -> str:
    """What was typed, without what no field holds: control characters (a NUL would crash PostgreSQL)."""
    printable = "".join(char for char in raw[:MAX_TERM_LENGTH] if char.isprintable())
    return " ".join(printable.split())


def as_reference(term: str) -> str:
    """“k7m2qx9d” or “K7M2 QX9D” as stored (“K7M2-QX9D”), or "" if it cannot be a reference."""
    code = re.sub(r"[\s-]", "", term).upper()
    return f"{code[:4]}-{code[4:]}" if REFERENCE.fullmatch(code) else ""


def phone_condition(term: str) -> Q | None:
    """A whole number typed any way ("(480) 555-0100", "+14805550100") or the end of one ("555-0150")."""
    number = to_python(term)
    if isinstance(number, PhoneNumber) and number.is_valid():
        return Q(phone=number)
    digits = PHONE_PUNCTUATION.sub("", term)
    if len(digits) >= MIN_PHONE_DIGITS and digits.isdigit():
        return Q(phone__contains=digits)
    return None


def matching(term: str) -> Q:
    """Every word in a name, the email address or the reference ("Ann Example" finds Ann Example); or the whole
    term as a reference or a phone number."""
    words = Q()
    for word in term.split():
        words &= (
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(email__icontains=word)
            | Q(reference__icontains=word)
        )
    condition = words
    if reference := as_reference(term):
        condition |= Q(reference=reference)
    if (phone := phone_condition(term)) is not None:
        condition |= phone
    return condition


def search(term: str) -> QuerySet[AppointmentRequest]:
    """Requests matching `term` (cleaned), open ones first, then closed and not a fit, spam last; newest first in
    each. Nothing for an empty term."""
    if not term:
        return AppointmentRequest.objects.none()
    standing = Case(
        When(status__in=OPEN_STATUSES, then=Value(0)),
        When(status=Status.SPAM, then=Value(2)),
        default=Value(1),
    )
    return (
        AppointmentRequest.objects.filter(matching(term))
        .annotate(standing=standing)
        .order_by("standing", "-created_at", "-pk")
    )
