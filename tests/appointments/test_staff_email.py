"""What the staff email shows, in both its parts: privacy mode (the default) keeps patient details out."""

import os

import pytest
from django.core import mail
from django.test import override_settings

from appointments.models import AppointmentRequest

from ..helpers import FORM_URL

pytestmark = pytest.mark.django_db

IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# What Ann typed into the form (see the form_data fixture), as staff would read it.
PATIENT_DETAILS = ["Ann Example", "ann@example.com", "(480) 555-0123", "I get migraines twice a week."]


@pytest.fixture
def staff_email(client, form_data, settings, django_capture_on_commit_callbacks):
    """Send the form; return a function giving the staff email's (text, html) once sent."""
    settings.TASKS = IMMEDIATE_TASKS

    def send() -> tuple[str, str]:
        with django_capture_on_commit_callbacks(execute=True):
            client.post(FORM_URL, form_data)
        [message] = [m for m in mail.outbox if m.to == ["desk@clinic.example"]]
        [(html, content_type)] = message.alternatives
        assert content_type == "text/html"
        return message.body, html

    return send


def test_privacy_mode_is_on_when_nobody_set_it(staff_email):
    # No override: what a clinic gets that never set the variable (tests/settings.py leaves it alone;
    # tests/avesta/test_settings.py checks the default in a fresh process too).
    if "APPOINTMENT_EMAIL_PRIVACY_MODE" in os.environ:
        pytest.skip("APPOINTMENT_EMAIL_PRIVACY_MODE is set in this environment")
    text, html = staff_email()

    reference = AppointmentRequest.objects.get().reference
    for part in (text, html):
        assert reference in part
        for detail in PATIENT_DETAILS:
            assert detail not in part


@override_settings(APPOINTMENT_EMAIL_PRIVACY_MODE=True)
def test_in_privacy_mode_the_html_part_has_no_name_email_phone_or_message(staff_email):
    _, html = staff_email()

    for detail in [*PATIENT_DETAILS, "Ann", "Example", "555-0123", "migraine"]:
        assert detail not in html, detail
    pk = AppointmentRequest.objects.get().pk
    assert f'<a href="http://127.0.0.1:8000/admin/front-desk/requests/{pk}/">' in html


@override_settings(APPOINTMENT_EMAIL_PRIVACY_MODE=False)
def test_without_privacy_mode_both_parts_show_name_email_phone_and_message(staff_email):
    text, html = staff_email()

    for part in (text, html):
        for detail in PATIENT_DETAILS:
            assert detail in part, detail
    assert '<tr><th align="left">Name</th><td>Ann Example</td></tr>' in html
    assert '<tr><th align="left">Email</th><td>ann@example.com</td></tr>' in html
    assert '<tr><th align="left">Phone</th><td>(480) 555-0123</td></tr>' in html


@override_settings(APPOINTMENT_EMAIL_PRIVACY_MODE=True)
def test_in_privacy_mode_an_urgent_request_says_urgent_without_saying_why(staff_email, form_data):
    form_data["message"] = "I have thoughts of suicide."

    text, html = staff_email()

    assert "URGENT: please contact this person first." in text
    assert "URGENT:" in html
    assert "crisis" not in text.lower() + html.lower()
    assert "suicide" not in text.lower() + html.lower()
