"""The CSV export: what leaves the building, and who may take it."""

import datetime

import pytest
from django.contrib.auth.models import Permission

from appointments.export import neutralise_formula
from appointments.models import AppointmentRequest, AuditEvent

from ..helpers import LIST_URL, PASSWORD, csv_rows, export_with_reason, log_in_verified, run_action, soup_of

pytestmark = pytest.mark.django_db

HEADER = [
    "Reference", "Received", "Urgent", "Status", "First response", "First name", "Last name", "Email", "Phone",
    "Contact by", "Preferred days", "Preferred time", "Texts OK", "Voicemail OK", "Location", "Service", "Assignee",
]  # fmt: skip


def test_csv_export_neutralises_spreadsheet_formulas(desk_client, make_request):
    appointment = make_request(first_name='=HYPERLINK("http://evil.example")', last_name="+1+2", email="a@example.com")

    response = export_with_reason(desk_client, "Call-back list", appointment)

    assert response["Content-Type"].startswith("text/csv")
    header, values = csv_rows(response)
    assert header == HEADER
    row = dict(zip(header, values, strict=True))
    assert row["First name"] == '\'=HYPERLINK("http://evil.example")'
    assert row["Last name"] == "'+1+2"
    assert row["Phone"] == "(480) 555-0177"
    assert AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED).count() == 1


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_trigger_is_neutralised(value):
    assert neutralise_formula(value) == "'" + value


def test_the_export_holds_contact_details_and_triage_facts_never_the_message(
    desk_client, make_request, settings, front_desk
):
    settings.TIME_ZONE = "America/Phoenix"
    make_request(
        message="I have been self-harming again.",
        is_urgent=True,
        preferred_days=["tue"],
        status=AppointmentRequest.Status.SCHEDULED,
        assignee=front_desk,
        created_at=datetime.datetime(2026, 11, 23, 16, 5, tzinfo=datetime.UTC),
        first_response_at=datetime.datetime(2026, 11, 23, 17, 40, tzinfo=datetime.UTC),
    )

    rows = csv_rows(export_with_reason(desk_client, "Weekly review", *AppointmentRequest.objects.all()))

    assert rows[0] == HEADER
    assert "self-harming" not in "\n".join(",".join(row) for row in rows)
    assert rows[1][1:5] == ["2026-11-23 09:05", "yes", "Scheduled", "2026-11-23 10:40"]
    assert rows[1][8:] == [
        "(480) 555-0177", "Phone call", "Tuesday", "Any time", "no", "no", "Avesta Test Clinic", "Depression",
        "frontdesk",
    ]  # fmt: skip


def test_a_request_not_yet_answered_exports_as_not_urgent_with_no_first_response(desk_client, make_request):
    header, values = csv_rows(export_with_reason(desk_client, "Call-back list", make_request()))

    row = dict(zip(header, values, strict=True))

    assert (row["Urgent"], row["Status"], row["First response"]) == ("no", "New", "")


def test_staff_without_the_export_permission_are_not_offered_the_export(client, django_user_model, make_request):
    # Triage permissions, export left out: the action is not in the list's menu and cannot be posted.
    triage_only = django_user_model.objects.create_user(username="triage", password=PASSWORD, is_staff=True)
    triage_only.user_permissions.set(
        Permission.objects.filter(codename__in=["view_appointmentrequest", "change_appointmentrequest"])
    )
    log_in_verified(client, triage_only)
    appointment = make_request()

    actions = [option["value"] for option in soup_of(client.get(LIST_URL)).select("select[name=action] option")]
    asked = run_action(client, "export_as_csv", appointment)
    confirmed = export_with_reason(client, "Just looking", appointment)

    assert "export_as_csv" not in actions
    assert "mark_contacted" in actions
    assert not asked["Content-Type"].startswith("text/csv")
    assert not confirmed["Content-Type"].startswith("text/csv")
    assert "Why are you exporting" not in asked.content.decode()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED).exists()


def test_front_desk_is_offered_the_export(desk_client, make_request):
    make_request()

    actions = [option["value"] for option in soup_of(desk_client.get(LIST_URL)).select("select[name=action] option")]

    assert "export_as_csv" in actions


def test_the_export_downloads_as_a_dated_file_that_is_never_cached(desk_client, make_request, time_machine, settings):
    settings.TIME_ZONE = "America/Phoenix"
    time_machine.move_to("2026-11-24 10:00 -07:00")

    response = export_with_reason(desk_client, "Call-back list", make_request())

    assert response["Content-Disposition"] == 'attachment; filename="appointment-requests-2026-11-24.csv"'
    assert "no-store" in [directive.strip() for directive in response["Cache-Control"].split(",")]
