"""The page after sending: what happens next, for this patient only, and help in a crisis."""

import datetime
import time
import zoneinfo
from unittest import mock

import pytest
import time_machine

from appointments.abuse import sign_form_start
from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, THANK_YOU_URL, page_text, soup_of

pytestmark = pytest.mark.django_db

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")


def test_thank_you_page_says_what_happens_next_and_has_no_personal_data_in_its_address(client, form_data):
    # Monday 10 am in Phoenix: the 4 business hours of the Test Clinic (9 to 5) end at 2 pm.
    with time_machine.travel(datetime.datetime(2026, 11, 23, 10, tzinfo=PHOENIX), tick=False):
        form_data["form_started"] = sign_form_start(form_data["submission_token"])
        response = client.post(FORM_URL, form_data, follow=True)

    # The one address the patient passed through: nothing they typed, not even their reference.
    assert response.redirect_chain == [("/request-an-appointment/thank-you/", 302)]
    text = page_text(response)
    appointment = AppointmentRequest.objects.get()
    assert "Thank you, we have your request" in text
    assert f"Your reference is {appointment.reference}" in text
    assert "We will call you by Monday, November 23 at 2 pm (Arizona time)." in text
    # Said before the email is even tried: it must be true whether or not the email gets through.
    assert "We are emailing a confirmation to the address you gave. If none arrives" in text
    assert "We have sent" not in text


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


@pytest.mark.parametrize(
    ("utc_hour", "utc_minute", "promise"),
    [(19, 0, "Monday, November 23 at 12 pm"), (16, 30, "Monday, November 23 at 9:30 am")],
)
def test_promised_reply_time_reads_like_a_receptionist_in_phoenix_would_say_it(
    make_request, utc_hour, utc_minute, promise
):
    # Stored in UTC (7 hours ahead of Phoenix, which keeps no summer time) and read back from the database.
    stored = make_request(respond_by=datetime.datetime(2026, 11, 23, utc_hour, utc_minute, tzinfo=datetime.UTC))

    assert AppointmentRequest.objects.get(pk=stored.pk).respond_by_display == promise


def test_the_promised_reply_time_is_stored_as_the_moment_it_stands_for(client, form_data):
    with time_machine.travel(datetime.datetime(2026, 11, 27, 16, tzinfo=PHOENIX), tick=False):
        form_data["form_started"] = sign_form_start(form_data["submission_token"])
        client.post(FORM_URL, form_data)

    # Friday 4 pm in Phoenix: one business hour that day, three on Monday morning.
    respond_by = AppointmentRequest.objects.get().respond_by
    assert respond_by == datetime.datetime(2026, 11, 30, 19, tzinfo=datetime.UTC)  # Monday 12 pm in Phoenix
    assert respond_by.astimezone(PHOENIX).hour == 12


@pytest.mark.parametrize(
    ("service", "message", "support_line", "crisis_panel"),
    [
        ("depression", "My depression has not lifted with two medications.", True, False),
        ("ptsd", "", True, False),
        ("anxiety", "Panic attacks most days.", True, False),
        ("ocd", "", True, False),
        ("migraine", "I get migraines twice a week.", False, False),
        ("chronic-pain", "", False, False),
        ("other", "", False, False),
        ("depression", "Some days I don't want to live anymore.", False, True),
        ("migraine", "The pain makes me want to die.", False, True),
    ],
)
def test_the_988_line_shows_calmly_for_mental_health_requests_and_fully_for_crisis_words(
    client, form_data, service, message, support_line, crisis_panel
):
    form_data.update(service=service, message=message)

    soup = soup_of(client.post(FORM_URL, form_data, follow=True))

    line = soup.select_one(".support-line")
    assert (line is not None) is support_line
    assert (soup.select_one(".crisis-panel") is not None) is crisis_panel
    if line:
        assert line.find("a", string="call 988")["href"] == "tel:988"
        assert line.find("a", string="text 988")["href"] == "sms:988"
        assert line.get("role") is None  # a calm line, not an alarm
        # Near the top: right under the reference, before what happens next.
        assert line.find_previous("h1") is not None and line.find_next("h2", string="What happens next")
    if crisis_panel:
        assert soup.select_one(".crisis-panel").find_next("h1") is not None  # the panel comes first


def test_the_thank_you_page_repeats_how_we_will_reach_the_patient(client, form_data, location):
    soup = soup_of(client.post(FORM_URL, form_data, follow=True))

    check = " ".join(soup.select_one(".contact-check").get_text(" ").split())
    assert "Phone: (480) 555-0123 (phone call preferred)" in check
    assert "Email: ann@example.com" in check
    assert "If this is wrong, call us at (480) 555-0100" in check
    assert soup.select_one(".contact-check").find("a", string="(480) 555-0100")["href"] == "tel:+14805550100"


def test_the_thank_you_page_without_a_phone_number_names_the_email_only(client, form_data):
    form_data.update(phone="", contact_method="email", sms_opt_in="")

    check = " ".join(
        soup_of(client.post(FORM_URL, form_data, follow=True)).select_one(".contact-check").get_text(" ").split()
    )

    assert "Phone:" not in check
    assert "Email: ann@example.com" in check


def test_the_thank_you_page_links_to_cost_and_insurance(client, form_data):
    soup = soup_of(client.post(FORM_URL, form_data, follow=True))

    assert soup.find("a", string="Cost and insurance")["href"] == "/cost-and-insurance/"
