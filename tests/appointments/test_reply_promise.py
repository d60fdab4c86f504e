"""The reply promise: computed once from the setting, and said the same way everywhere a patient reads it."""

import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core import mail

from appointments.abuse import sign_form_start
from appointments.models import AppointmentRequest

FORM_URL = "/request-an-appointment/"
PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")
# Monday, November 23, 2026 at 10 am in Phoenix: the test clinic is open 9 to 5 on weekdays.
MONDAY_10_AM = datetime.datetime(2026, 11, 23, 10, tzinfo=PHOENIX)


def page_text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("call", "We will call you by Friday, November 27 at 1 pm (Arizona time)."),
        ("text", "We will text you by Friday, November 27 at 1 pm (Arizona time)."),
        ("email", "We will email you by Friday, November 27 at 1 pm (Arizona time)."),
    ],
    ids=["call", "text", "email"],
)
def test_promise_names_the_way_we_reply_the_day_and_the_clinics_time_zone(make_request, method, expected):
    due = datetime.datetime(2026, 11, 27, 13, tzinfo=PHOENIX)

    assert make_request(contact_method=method, respond_by=due).reply_promise == expected


def test_promise_without_opening_hours_soon_says_when_the_clinic_reopens(make_request):
    assert make_request(respond_by=None).reply_promise == "We will call you as soon as the clinic reopens."


def test_promise_keeps_minutes_and_the_afternoon(make_request):
    due = datetime.datetime(2026, 11, 23, 16, 30, tzinfo=PHOENIX)

    assert make_request(respond_by=due).reply_promise == (
        "We will call you by Monday, November 23 at 4:30 pm (Arizona time)."
    )


@pytest.mark.parametrize(
    ("target_hours", "form_says", "promise"),
    [
        (4, "within 4 business hours", "We will call you by Monday, November 23 at 2 pm (Arizona time)."),
        (8, "within 8 business hours", "We will call you by Tuesday, November 24 at 10 am (Arizona time)."),
        (1, "within 1 business hour", "We will call you by Monday, November 23 at 11 am (Arizona time)."),
    ],
    ids=["4 hours", "8 hours", "1 hour"],
)
def test_form_thank_you_page_and_email_promise_the_same_time_from_the_setting(
    client, form_data, settings, django_capture_on_commit_callbacks, target_hours, form_says, promise
):
    settings.APPOINTMENT_RESPONSE_TARGET_HOURS = target_hours
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

    with time_machine.travel(MONDAY_10_AM, tick=False):
        form_page = page_text(client.get(FORM_URL))
        form_data["form_started"] = sign_form_start(form_data["submission_token"])
        with django_capture_on_commit_callbacks(execute=True):
            thank_you = page_text(client.post(FORM_URL, form_data, follow=True))

    assert f"Our front desk will contact you {form_says} to answer questions" in form_page
    assert "one business day" not in form_page
    assert promise in thank_you
    acknowledgement = next(message for message in mail.outbox if message.to == [form_data["email"]])
    assert promise in acknowledgement.body
    assert promise in acknowledgement.alternatives[0][0]


def test_stored_deadline_is_the_clinics_local_time_as_an_exact_instant(client, form_data):
    with time_machine.travel(MONDAY_10_AM, tick=False):
        form_data["form_started"] = sign_form_start(form_data["submission_token"])
        client.post(FORM_URL, form_data)

    stored = AppointmentRequest.objects.get().respond_by
    assert stored == datetime.datetime(2026, 11, 23, 21, tzinfo=datetime.UTC)  # 2 pm in Phoenix
