"""A request's records as its page at the front desk shows them: the contact log, the notes, the emails and the
latest access history, newest first, times in the clinic's zone whatever the browser's."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.utils import timezone

from appointments.contact_log import ContactAttempt
from appointments.models import AppointmentRequest
from pages.models import spoken_time

# The latest events of the access history; the admin's "History" page has them all.
ACCESS_HISTORY_SHOWN = 50


def clinic_time(when: datetime.datetime) -> str:
    """“Tue Dec 1, 10:05 am” in the clinic's time, whatever the browser's; the year too when it is not this one."""
    local = timezone.localtime(when)
    year = f" {local.year}" if local.year != timezone.localtime().year else ""
    return f"{local:%a %b} {local.day}{year}, {spoken_time(local)}"


def staff_name(user: User | None) -> str:
    if user is None:
        return "the retention job"
    return user.get_full_name() or user.get_username()


@dataclass(frozen=True)
class LogEntry:
    """One call or reply, as the contact log shows it."""

    at: datetime.datetime
    when: str
    who: str
    what: str
    note: str = ""
    subject: str = ""
    body: str = ""
    email_state: str = ""


def contact_log(attempts: list[ContactAttempt]) -> list[LogEntry]:
    """Newest first."""
    return [
        LogEntry(
            at=attempt.at,
            when=clinic_time(attempt.at),
            who=staff_name(attempt.by),
            what=f"{attempt.get_channel_display()}: {attempt.get_outcome_display().lower()}",
            note=attempt.note,
            subject=attempt.subject,
            body=attempt.body,
            email_state=notification.describe() if (notification := getattr(attempt, "notification", None)) else "",
        )
        for attempt in sorted(attempts, key=lambda attempt: attempt.at, reverse=True)
    ]


@dataclass(frozen=True)
class NoteEntry:
    when: str
    who: str
    text: str


def notes(appointment: AppointmentRequest) -> list[NoteEntry]:
    """Newest first, like the contact log: the note just saved is at the top."""
    latest = appointment.notes.select_related("author").order_by("-created_at", "-pk")
    return [NoteEntry(clinic_time(note.created_at), staff_name(note.author), note.text) for note in latest]


@dataclass(frozen=True)
class HistoryEntry:
    when: str
    who: str
    what: str
    detail: str


def access_history(appointment: AppointmentRequest) -> tuple[list[HistoryEntry], int]:
    """The latest events (before this visit's), and how many there are in all."""
    events = appointment.audit_events.select_related("user")
    latest = [
        HistoryEntry(clinic_time(event.at), event.who, event.get_action_display(), event.detail)
        for event in events[:ACCESS_HISTORY_SHOWN]
    ]
    return latest, (len(latest) if len(latest) < ACCESS_HISTORY_SHOWN else events.count())


def email_states(appointment: AppointmentRequest) -> list[tuple[str, str]]:
    """Each email about the request and where it stands: the acknowledgement, the staff email, each reply."""
    emails = appointment.notifications.order_by("created_at", "pk")
    return [(email.get_kind_display(), email.describe()) for email in emails]
