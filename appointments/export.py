"""CSV export of appointment requests, safe to open in a spreadsheet."""

import csv
import datetime
from collections.abc import Iterable

from django.http import HttpResponse
from django.template.defaultfilters import pluralize
from django.utils import timezone

from .models import AppointmentRequest, AuditEvent


def local_minute(moment: datetime.datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


# A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# What staff need to call people back and to report on triage; never the free-text message
# (health details stay in the admin). Status is the outcome, so it has no second column.
COLUMNS = [
    ("Reference", lambda r: r.reference),
    ("Received", lambda r: local_minute(r.created_at)),
    ("Urgent", lambda r: "yes" if r.is_urgent else "no"),
    ("Status", lambda r: r.get_status_display()),
    ("First response", lambda r: local_minute(r.first_response_at) if r.first_response_at else ""),
    ("First name", lambda r: r.first_name),
    ("Last name", lambda r: r.last_name),
    ("Email", lambda r: r.email),
    ("Phone", lambda r: r.phone.as_national if r.phone else ""),
    ("Contact by", lambda r: r.get_contact_method_display()),
    ("Preferred days", lambda r: r.preferred_days_display),
    ("Preferred time", lambda r: r.get_preferred_time_display()),
    ("Texts OK", lambda r: "yes" if r.sms_opt_in else "no"),
    ("Voicemail OK", lambda r: "yes" if r.voicemail_opt_in else "no"),
    ("Location", lambda r: r.location.name),
    ("Service", lambda r: r.get_service_display()),
    ("Assignee", lambda r: r.assignee.get_username() if r.assignee else ""),
]


def counted(count: int) -> str:
    return f"{count} request{pluralize(count)}"


def audit_detail(count: int, reason: str) -> str:
    """The access history's note of one export: how many requests, and why (the reason staff gave)."""
    detail = f"exported {counted(count)}: {reason}"
    return detail[: AuditEvent._meta.get_field("detail").max_length]


def neutralise_formula(value: str) -> str:
    return f"'{value}" if value.startswith(FORMULA_TRIGGERS) else value


def export_csv(requests: Iterable[AppointmentRequest]) -> HttpResponse:
    filename = f"appointment-requests-{timezone.localdate():%Y-%m-%d}.csv"
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )
    writer = csv.writer(response)
    writer.writerow([title for title, _ in COLUMNS])
    for appointment in requests:
        writer.writerow([neutralise_formula(str(value(appointment))) for _, value in COLUMNS])
    return response
