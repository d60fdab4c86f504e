"""The clinic's promises in staff-edited pages: placeholders such as {reply_target}, filled in when a page is shown.

A page states a reply time, how long requests are kept, the conditions we treat, the opening hours and
what to do in a crisis only through these placeholders, each filled from the one setting, list or model
that decides it. So the FAQ cannot promise one reply time while the form promises another, and a change
of setting or of hours shows on every page without anyone retyping a sentence.

They are filled when a page is shown, not when it is saved: settings and hours change without a save of
the page. A change of hours ends the page cache's generation (page_cache/invalidation.py); a change of
setting comes with a restart, and cached pages then follow within PAGE_CACHE_SECONDS.

This module imports nothing from models.py at its top, because models.py asks it to check and prepare
page bodies; the one value read from the database (the hours) imports the model where it is needed.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from .conditions import CONDITIONS

if TYPE_CHECKING:
    from .models import Location

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
DAYS_PER_YEAR = 365
# When the main location has no hours yet: still a sentence that reads.
HOURS_UNKNOWN = "during our opening hours"


def reply_target() -> str:
    """“within 4 business hours”: the front desk's promise (APPOINTMENT_RESPONSE_TARGET_HOURS)."""
    hours = settings.APPOINTMENT_RESPONSE_TARGET_HOURS
    return f"within {hours} business hour{'s' if hours != 1 else ''}"


def period_in_words(days: int) -> str:
    """730 → “two years”, 30 → “30 days”: whole years as a patient would say them, anything else exactly."""
    if days and days % DAYS_PER_YEAR == 0:
        years = days // DAYS_PER_YEAR
        number = NUMBER_WORDS[years] if years < len(NUMBER_WORDS) else str(years)
        return f"{number} year{'s' if years != 1 else ''}"
    return f"{days} day{'s' if days != 1 else ''}"


def retention_closed() -> str:
    """How long a finished request is kept (appointments/retention.py purges it after RETENTION_CLOSED_DAYS)."""
    return period_in_words(settings.RETENTION_CLOSED_DAYS)


def retention_spam() -> str:
    return period_in_words(settings.RETENTION_SPAM_DAYS)


def conditions_in_words() -> str:
    """“migraine, depression, anxiety, PTSD, OCD and chronic pain”: every condition in CONDITIONS, in its order."""
    names = [c.name if c.name.isupper() else c.name.lower() for c in CONDITIONS]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def week_in_words(location: "Location") -> str:
    """“Monday to Friday, 9 am to 5 pm; Saturday, 9 am to 1 pm”: days with the same hours run together."""
    runs: list[tuple[list[str], str]] = []  # ([days], hours), in weekday order
    previous = "Closed"
    for day, hours in location.weekly_hours:
        if hours != "Closed":
            if hours == previous:
                runs[-1][0].append(day)
            else:
                runs.append(([day], hours))
        previous = hours
    return "; ".join(f"{_day_range(days)}, {_unbroken(hours)}" for days, hours in runs) or HOURS_UNKNOWN


def _unbroken(hours: str) -> str:
    """“5 pm” never broken over two lines."""
    return hours.replace(" am", "\N{NO-BREAK SPACE}am").replace(" pm", "\N{NO-BREAK SPACE}pm")


def _day_range(days: list[str]) -> str:
    if len(days) == 1:
        return days[0]
    return f"{days[0]} {'and' if len(days) == 2 else 'to'} {days[-1]}"


def opening_hours() -> str:
    """The main location's week (the first in the admin's order, as in the header and footer)."""
    from .models import Location  # here, not at the top: models.py imports this module

    main = Location.objects.prefetch_related("opening_hours").first()
    return week_in_words(main) if main else HOURS_UNKNOWN


def crisis() -> SafeString:
    """What to do in a crisis, as one sentence for a page's text (the crisis card is includes/crisis_notice.html)."""
    return mark_safe(" ".join(render_to_string("pages/includes/crisis_sentence.html").split()))


@dataclass(frozen=True)
class Placeholder:
    meaning: str  # for staff, in the admin's help text: never computed, since it is part of a migration
    value: Callable[[], str]


PLACEHOLDERS = {
    "reply_target": Placeholder("when the front desk replies, e.g. “within 4 business hours”", reply_target),
    "retention_closed": Placeholder("how long a closed request is kept, e.g. “two years”", retention_closed),
    "retention_spam": Placeholder("how long spam is kept, e.g. “30 days”", retention_spam),
    "conditions": Placeholder(
        "the conditions we treat, e.g. “migraine, depression … and chronic pain”", conditions_in_words
    ),
    "opening_hours": Placeholder("the main clinic's hours, e.g. “Monday to Friday, 9 am to 5 pm”", opening_hours),
    "crisis": Placeholder("what to do in a crisis: call or text 988, in an emergency 911", crisis),
}
HELP_TEXT = (
    "Markdown. Write the clinic's promises with these placeholders, filled in when the page is shown so that "
    "they always match the clinic's settings: "
    + "; ".join(f"{{{name}}} ({placeholder.meaning})" for name, placeholder in PLACEHOLDERS.items())
    + "."
)


def placeholders_in(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def validate_placeholders(text: str) -> None:
    """Refuse a placeholder we cannot fill: it would be shown to patients as typed."""
    unknown = sorted(placeholders_in(text) - PLACEHOLDERS.keys())
    if unknown:
        raise ValidationError(
            "Unknown placeholder %(names)s. Use one of: %(allowed)s.",
            code="unknown_placeholder",
            params={
                "names": ", ".join(f"{{{name}}}" for name in unknown),
                "allowed": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
            },
        )


def protect(markdown_text: str) -> str:
    """The Markdown with its placeholders' braces escaped, so that they reach the HTML as typed.

    Markdown's attribute lists would otherwise take “{crisis}” at the end of a paragraph or a heading
    for attributes and drop it.
    """
    return PLACEHOLDER.sub(lambda match: rf"\{{{match.group(1)}\}}", markdown_text)


def fill(html: str) -> SafeString:
    """A page's HTML with each placeholder replaced by today's value (each worked out once, and only if used).

    An unknown placeholder stays as typed: the admin refuses it, so only a page saved before it was
    known can hold one.
    """
    values: dict[str, str] = {}

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            return match.group(0)
        if name not in values:
            values[name] = conditional_escape(PLACEHOLDERS[name].value())
        return values[name]

    return mark_safe(PLACEHOLDER.sub(value, html))  # the page's HTML is sanitised at save; values are escaped
