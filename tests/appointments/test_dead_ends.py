"""The request form never loses what a patient typed: not when the database is down, not on a CSRF failure."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

from appointments.models import AppointmentRequest, Notification

from ..helpers import FORM_URL, THANK_YOU_URL, page_text, soup_of

pytestmark = pytest.mark.django_db


def test_with_the_database_down_the_form_answers_503_with_the_phone_and_what_was_typed(form_data):
    form_data["message"] = "Migraines <script>alert(1)</script> & more"

    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=OperationalError("refused")):
        response = Client(raise_request_exception=False).post(FORM_URL, form_data)

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    text = page_text(response)
    assert "your request was not sent" in text
    assert "(480) 555-0142" in text
    assert "Migraines <script>alert(1)</script> & more" in text  # shown as text...
    assert b"<script>alert(1)" not in response.content  # ...never as markup
    assert "ann@example.com" in text
    assert not AppointmentRequest.objects.exists()
    assert not Notification.objects.exists()


def test_a_database_failing_while_storing_leaves_no_half_stored_request(form_data):
    with mock.patch.object(Notification.objects, "bulk_create", side_effect=OperationalError("connection lost")):
        response = Client(raise_request_exception=False).post(FORM_URL, form_data)

    assert response.status_code == 503
    assert "I get migraines twice a week." in page_text(response)
    assert not AppointmentRequest.objects.exists()


def test_a_csrf_failure_on_the_form_shows_it_again_with_what_was_typed_and_the_resend_works(form_data):
    browser = Client(enforce_csrf_checks=True)

    refused = browser.post(FORM_URL, form_data)

    assert refused.status_code == 403
    assert "please check your details and send the form again" in page_text(refused)
    soup = soup_of(refused)
    assert soup.select_one("#id_last_name")["value"] == "Example"
    assert soup.select_one("#id_message").get_text().strip() == "I get migraines twice a week."
    assert not AppointmentRequest.objects.exists()

    sent_back = {
        name: soup.select_one(f"[name={name}]").get("value", "")
        for name in ["csrfmiddlewaretoken", "submission_token", "form_started", "website"]
    }
    response = browser.post(FORM_URL, {**form_data, **sent_back})

    assert response["Location"] == THANK_YOU_URL
    assert AppointmentRequest.objects.get().last_name == "Example"
