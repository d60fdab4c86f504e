"""The page after sending: what happens next, for this patient only, and help in a crisis."""

import datetime
import re
import time
from unittest import mock

import pytest
from django.utils import timezone

from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, THANK_YOU_URL, soup_of

pytestmark = pytest.mark.django_db


def test_thank_you_page_says_what_happens_next_and_has_no_personal_data_in_its_address(client, form_data):
    response = client.post(FORM_URL, form_data, follow=True)

    assert response.redirect_chain == [(THANK_YOU_URL, 302)]
    text = " ".join(soup_of(response).get_text(" ").split())
    appointment = AppointmentRequest.objects.get()
    assert "Thank you, we have your request" in text
    assert f"Your reference is {appointment.reference}" in text
    assert re.search(r"will contact you by \w+day, \w+ \d+ at \d+(:\d\d)? [ap]m by phone call", text)
    assert appointment.respond_by_display in text
    for url, _ in response.redirect_chain:
        for personal in ("Ann", "Example", "ann@example.com", "555", appointment.reference):
            assert personal.lower() not in url.lower()


def test_reloading_the_thank_you_page_stores_nothing_more(client, form_data):
    client.post(FORM_URL, form_data)

    assert client.get(THANK_YOU_URL).status_code == 200
    assert client.get(THANK_YOU_URL).status_code == 200
    assert AppointmentRequest.objects.count() == 1


def test_thank_you_page_without_a_request_leads_to_the_form(client):
    response = client.get(THANK_YOU_URL)

    assert response.status_code == 302
    assert response["Location"] == FORM_URL


def test_thank_you_page_expires_for_the_next_person_at_this_browser(client, form_data):
    client.post(FORM_URL, form_data)
    with mock.patch("appointments.views.time.time", return_value=time.time() + 31 * 60):
        response = client.get(THANK_YOU_URL)

    assert response.status_code == 302
    assert response["Location"] == FORM_URL


def test_crisis_message_shows_988_and_flags_the_request_urgent(client, form_data):
    form_data["message"] = "Honestly some days I think about ending my life."

    response = client.post(FORM_URL, form_data, follow=True)

    panel = soup_of(response).select_one(".crisis-panel")
    assert panel["role"] == "alert"
    assert panel.find("a", string="Call 988")["href"] == "tel:988"
    assert panel.find("a", string="Text 988")["href"] == "sms:988"
    assert AppointmentRequest.objects.get().is_urgent


def test_ordinary_message_shows_no_crisis_panel(client, form_data):
    response = client.post(FORM_URL, form_data, follow=True)

    assert soup_of(response).select_one(".crisis-panel") is None
    assert not AppointmentRequest.objects.get().is_urgent


def test_promised_reply_time_reads_like_a_receptionist_would_say_it(make_request):
    monday_noon = datetime.datetime(2026, 11, 23, 12, tzinfo=timezone.get_current_timezone())

    assert make_request(respond_by=monday_noon).respond_by_display == "Monday, November 23 at 12 pm"
    assert make_request(respond_by=monday_noon.replace(hour=9, minute=30)).respond_by_display == (
        "Monday, November 23 at 9:30 am"
    )
