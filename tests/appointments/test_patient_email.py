"""The acknowledgement a patient receives: who it is from and how to reach their clinic."""

import pytest
from django.core import mail

from appointments.models import AppointmentRequest

from ..helpers import FORM_URL

pytestmark = pytest.mark.django_db

IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def patient_email(client, form_data, settings, django_capture_on_commit_callbacks) -> tuple[str, str]:
    """The (text, html) of the email Ann receives after sending the form."""
    settings.TASKS = IMMEDIATE_TASKS
    settings.SITE_NAME = "Avesta Ketamine & Wellness"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(FORM_URL, form_data)
    [message] = [m for m in mail.outbox if m.to == ["ann@example.com"]]
    [(html, _)] = message.alternatives
    return message.body, html


def test_the_email_names_the_clinic_and_the_request(patient_email):
    text, _ = patient_email
    reference = AppointmentRequest.objects.get().reference

    assert text.startswith("Hello Ann,\n")
    assert (
        f"Thank you for contacting Avesta Ketamine & Wellness. We have your appointment request, reference {reference}."
    ) in text


def test_the_email_gives_the_clinics_numbers_and_address(patient_email):
    text, html = patient_email

    assert "Call (480) 555-0100, text (480) 555-0101\nor reply to this email." in text
    assert "Avesta Ketamine & Wellness\n1 Test Street, Phoenix, AZ 85004\n" in text
    assert '<a href="tel:+14805550100">(480) 555-0100</a>' in html
    assert '<a href="sms:+14805550101">(480) 555-0101</a>' in html
    assert "<p>Avesta Ketamine &amp; Wellness<br>1 Test Street, Phoenix, AZ 85004</p>" in html


def test_the_email_greets_by_first_name_and_echoes_nothing_else_the_patient_typed(patient_email):
    # Whoever typed someone else's address must not be able to write to them through us.
    for part in patient_email:
        assert "Example" not in part
        assert "migraines twice a week" not in part
        assert "555-0123" not in part
