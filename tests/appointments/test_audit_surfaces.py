"""Every front-desk surface that shows or changes a request leaves an access-history row: who, when, from where."""

import datetime

import pytest
from django.core.management import call_command

from appointments.models import AppointmentRequest, AuditEvent

from ..helpers import change_url, run_action

pytestmark = pytest.mark.django_db

STAFF_ADDRESS = "203.0.113.7"


def step_url(appointment: AppointmentRequest, slug: str) -> str:
    return f"{change_url(appointment).removesuffix('change/')}next-step/{slug}/"


def only_event(front_desk) -> AuditEvent:
    [event] = AuditEvent.objects.all()
    assert event.user == front_desk
    assert event.address == STAFF_ADDRESS
    assert event.at is not None
    return event


@pytest.fixture
def from_the_desk(desk_client, settings):
    """The staff client, its requests coming from the desk's address (this machine is the trusted proxy)."""
    settings.CLIENT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    desk_client.defaults["HTTP_X_FORWARDED_FOR"] = STAFF_ADDRESS
    AuditEvent.objects.all().delete()
    return desk_client


def test_opening_the_dashboard_is_recorded_with_how_many_requests_it_named(from_the_desk, front_desk, make_request):
    make_request(age=datetime.timedelta(hours=1), is_urgent=True)

    from_the_desk.get("/admin/front-desk/")

    event = only_event(front_desk)
    assert (event.action, event.appointment_request) == (AuditEvent.Action.LISTED, None)
    assert event.detail == "the dashboard: 1 named"


@pytest.mark.parametrize(
    ("slug", "label"),
    [
        ("log-call", "Log a call"),
        ("send-reply", "Send a reply"),
        ("schedule", "Mark scheduled"),
        ("spam", "Spam"),
    ],
)
def test_opening_a_next_step_page_is_recorded(from_the_desk, front_desk, make_request, starter_replies, slug, label):
    appointment = make_request()

    assert from_the_desk.get(step_url(appointment, slug)).status_code == 200

    event = only_event(front_desk)
    assert (event.action, event.appointment_request, event.detail) == ("viewed", appointment, f"opened “{label}”")


@pytest.mark.parametrize(
    ("slug", "data", "detail"),
    [
        ("mark-urgent", {"reason": ""}, "marked urgent"),
        ("log-call", {"outcome": "no_answer"}, "logged a call: no answer"),
        ("contacted", {}, "marked contacted"),
        ("not-a-fit", {"reason": "outside_area"}, "marked not a fit: Outside our area"),
        ("assign-to-me", {}, "assigned to themselves"),
        ("spam", {}, "marked spam"),
    ],
)
def test_each_next_step_is_recorded(from_the_desk, front_desk, make_request, slug, data, detail):
    appointment = make_request()

    from_the_desk.post(step_url(appointment, slug), data)

    event = only_event(front_desk)
    assert (event.action, event.appointment_request, event.detail) == ("changed", appointment, detail)


def test_releasing_held_requests_is_recorded_for_each_released_one(from_the_desk, front_desk, make_request):
    held = [make_request(held_as_flood=True), make_request(held_as_flood=True)]
    not_held = make_request()

    run_action(from_the_desk, "release_held", *held, not_held)

    events = AuditEvent.objects.filter(action="changed")
    assert sorted(event.appointment_request_id for event in events) == sorted(a.pk for a in held)
    assert {(event.detail, event.user, event.address) for event in events} == {
        ("released from the flood hold", front_desk, STAFF_ADDRESS)
    }


def test_a_purge_leaves_a_row_for_each_request_it_deleted(make_request, settings):
    old_spam = make_request(age=datetime.timedelta(days=400), status=AppointmentRequest.Status.SPAM)
    AppointmentRequest.objects.filter(pk=old_spam.pk).update(
        updated_at=old_spam.created_at, marked_spam_at=old_spam.created_at
    )
    kept = make_request()

    call_command("purge_requests")

    [event] = AuditEvent.objects.all()
    assert (event.reference, event.action, event.user, event.who) == (
        old_spam.reference, "deleted", None, "the retention job",
    )  # fmt: skip
    assert event.detail.startswith("purged by purge_requests on ")
    assert AppointmentRequest.objects.get() == kept


def test_a_dry_run_purge_records_nothing(make_request):
    old_spam = make_request(age=datetime.timedelta(days=400), status=AppointmentRequest.Status.SPAM)
    AppointmentRequest.objects.filter(pk=old_spam.pk).update(marked_spam_at=old_spam.created_at)

    call_command("purge_requests", "--dry-run")

    assert not AuditEvent.objects.exists()
