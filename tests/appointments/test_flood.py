"""Above the global ceiling requests are stored but held: no email, listed last, until staff release them."""

import pytest
from django.core.cache import caches

from appointments.models import AppointmentRequest, Notification

from ..helpers import FORM_URL, THANK_YOU_URL, fresh_form, page_text, run_action, soup_of

pytestmark = pytest.mark.django_db

IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def send_from(client, form_data, number: int):
    """One request from its own address, as a botnet sends them: each under the per-client limit."""
    data = {**fresh_form(form_data), "email": f"p{number}@example.com"}
    return client.post(FORM_URL, data, REMOTE_ADDR=f"198.51.100.{number}")


def test_requests_above_the_ceiling_are_stored_held_and_not_acknowledged(
    client, form_data, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.APPOINTMENT_FLOOD_CEILING = "2/h"
    settings.TASKS = IMMEDIATE_TASKS

    with django_capture_on_commit_callbacks(execute=True):
        statuses = [send_from(client, form_data, number).status_code for number in range(4)]

    assert statuses == [302] * 4
    held = AppointmentRequest.objects.filter(held_as_flood=True)
    assert sorted(held.values_list("email", flat=True)) == ["p2@example.com", "p3@example.com"]
    assert not Notification.objects.filter(appointment_request__in=held).exists()
    assert sorted(message.to[0] for message in mailoutbox if message.to[0].startswith("p")) == [
        "p0@example.com",
        "p1@example.com",
    ]


def test_the_thank_you_page_of_a_held_request_promises_no_email(client, form_data, settings):
    settings.APPOINTMENT_FLOOD_CEILING = "0/h"

    client.post(FORM_URL, form_data)
    text = page_text(client.get(THANK_YOU_URL))

    assert "Thank you, we have your request" in text
    assert "confirmation" not in text


def test_held_requests_are_listed_after_everything_else(make_request):
    held = make_request(held_as_flood=True, is_urgent=True)
    ordinary = make_request()

    assert list(AppointmentRequest.objects.triage_order()) == [ordinary, held]


def test_releasing_a_held_request_sends_its_acknowledgement_then(
    desk_client, make_request, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = IMMEDIATE_TASKS
    held = make_request(held_as_flood=True, email="held@example.com")
    held.notifications.all().delete()  # as stored above the ceiling: no email yet

    with django_capture_on_commit_callbacks(execute=True):
        response = run_action(desk_client, "release_held", held)

    held.refresh_from_db()
    assert not held.held_as_flood
    assert [message.to for message in mailoutbox] == [["held@example.com"]]
    assert held.notifications.get().state == Notification.State.SENT
    assert "Released 1 held request(s)" in page_text(desk_client.get(response["Location"]))


def test_the_ceiling_holds_across_server_processes(client, form_data, settings, redis_cache):
    settings.APPOINTMENT_FLOOD_CEILING = "1/h"
    send_from(client, form_data, 1)
    # A fresh cache client, as in another gunicorn worker.
    del caches["default"]

    send_from(client, form_data, 2)

    assert list(AppointmentRequest.objects.order_by("email").values_list("held_as_flood", flat=True)) == [False, True]


def refusal_of(response) -> str:
    alert = soup_of(response).select_one(".alert[role=alert]")
    return " ".join(alert.get_text(" ").split()) if alert else ""


@pytest.mark.parametrize(
    ("flood_ceiling", "held_ceiling", "statuses", "stored", "held"),
    [
        ("0/h", 2, [302, 302, 429, 429], 2, 2),  # every request held: two a day, then none stored
        ("2/h", 1, [302, 302, 302, 429], 3, 1),  # two listed normally (not counted), one held, then none
        ("100/h", 0, [302, 302, 302, 302], 4, 0),  # below the flood ceiling the held ceiling never applies
    ],
)
def test_past_the_daily_held_ceiling_nothing_is_stored(
    client, form_data, settings, flood_ceiling, held_ceiling, statuses, stored, held
):
    settings.APPOINTMENT_FLOOD_CEILING = flood_ceiling
    settings.APPOINTMENT_HELD_DAILY_CEILING = held_ceiling

    assert [send_from(client, form_data, number).status_code for number in range(4)] == statuses
    assert AppointmentRequest.objects.count() == stored
    assert AppointmentRequest.objects.filter(held_as_flood=True).count() == held


def test_the_refusal_asks_the_patient_to_call_and_keeps_what_they_typed(client, form_data, settings):
    settings.APPOINTMENT_FLOOD_CEILING = "0/h"
    settings.APPOINTMENT_HELD_DAILY_CEILING = 0
    form_data["message"] = "Migraines three times a week since March."

    response = send_from(client, form_data, 1)

    assert response.status_code == 429
    assert not AppointmentRequest.objects.exists()
    assert refusal_of(response) == (
        "We cannot take requests online right now. Please call us and we will take your request by phone. "
        "Call (480) 555-0142"
    )
    assert soup_of(response).select_one(".alert a")["href"] == "tel:+14805550142"  # CLINIC_PHONE
    form = soup_of(response).select_one("form.appointment-form")
    assert form.select_one("#id_last_name")["value"] == "Example"
    assert form.select_one("#id_message").get_text().strip() == "Migraines three times a week since March."
    assert "no-store" in response["Cache-Control"]


def test_the_held_ceiling_holds_across_server_processes(client, form_data, settings, redis_cache):
    settings.APPOINTMENT_FLOOD_CEILING = "0/h"
    settings.APPOINTMENT_HELD_DAILY_CEILING = 1
    first = send_from(client, form_data, 1)
    del caches["default"]  # a fresh cache client, as in another gunicorn worker

    second = send_from(client, form_data, 2)

    assert (first.status_code, second.status_code) == (302, 429)
    assert list(AppointmentRequest.objects.values_list("email", flat=True)) == ["p1@example.com"]
