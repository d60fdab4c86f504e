import datetime
import re
import time
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks import default_task_backend

from appointments.abuse import sign_form_start
from appointments.models import AppointmentRequest, Notification
from appointments.tasks import send_notification

from ..helpers import FORM_URL, THANK_YOU_URL, field_error, soup_of

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_form_has_a_label_for_every_field(client, location):
    soup = soup_of(client.get(FORM_URL))

    for field in soup.select(
        "form.appointment-form input:not([type=hidden]), form.appointment-form select, form textarea"
    ):
        assert soup.find("label", attrs={"for": field["id"]}), field["name"]
    assert soup.find("label", attrs={"for": "id_first_name"}).get_text(strip=True).startswith("First name")
    assert soup.find("button", string="Send my request")


def test_service_and_only_location_are_preselected(client, location):
    soup = soup_of(client.get(FORM_URL + "?service=migraine"))

    assert soup.select_one("#id_service option[selected]")["value"] == "migraine"
    assert soup.select_one("#id_location option[selected]")["value"] == str(location.pk)


def test_unknown_service_in_the_address_is_ignored(client, location):
    soup = soup_of(client.get(FORM_URL + "?service=<script>"))

    assert soup.select_one("#id_service option[selected]")["value"] == ""


def test_the_page_the_patient_came_from_is_recorded(client, location):
    soup = soup_of(client.get(FORM_URL, headers={"Referer": "http://testserver/blog/some-article/"}))

    assert soup.select_one("#id_source_path")["value"] == "/blog/some-article/"


def test_another_sites_address_is_not_recorded_as_the_source(client, location):
    soup = soup_of(client.get(FORM_URL, headers={"Referer": "https://elsewhere.example/page/"}))

    assert soup.select_one("#id_source_path").get("value", "") == ""


def test_submission_stores_one_request_and_enqueues_both_emails(
    client, form_data, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = DUMMY_TASKS

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM_URL, form_data)

    assert response.status_code == 302
    assert response["Location"] == THANK_YOU_URL
    appointment = AppointmentRequest.objects.get()
    assert appointment.full_name == "Ann Example"
    assert str(appointment.phone) == "+14805550123"
    assert appointment.service == "migraine"
    assert appointment.source_path == "/blog/ketamine-therapy-migraine-relief/"
    assert appointment.preferred_days == ["mon", "wed"]
    assert appointment.status == AppointmentRequest.Status.NEW
    assert appointment.consent_given_at is not None
    assert appointment.sms_opt_in and not appointment.voicemail_opt_in
    notifications = list(appointment.notifications.order_by("kind"))
    assert [(n.kind, n.state) for n in notifications] == [("patient", "pending"), ("staff", "pending")]
    enqueued = default_task_backend.results
    assert [(r.task.func, r.args) for r in enqueued] == [(send_notification.func, [n.pk]) for n in notifications] or [
        (r.task.func, r.args) for r in enqueued
    ] == [(send_notification.func, [n.pk]) for n in reversed(notifications)]


def test_consent_records_the_privacy_notice_version(client, form_data, demo_content):
    from pages.models import Location

    form_data["location"] = str(Location.objects.get(slug="phoenix").pk)
    client.post(FORM_URL, form_data)

    assert AppointmentRequest.objects.get().privacy_notice_version == "2026-11-01"


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


def test_double_submit_stores_one_request(client, form_data):
    first = client.post(FORM_URL, form_data)
    second = client.post(FORM_URL, form_data)

    assert first.status_code == second.status_code == 302
    assert AppointmentRequest.objects.count() == 1
    assert Notification.objects.count() == 2


def test_phone_is_optional_for_patients_who_choose_email(client, form_data):
    form_data.update(contact_method="email", phone="", sms_opt_in="")

    assert client.post(FORM_URL, form_data).status_code == 302
    assert AppointmentRequest.objects.get().phone == ""


@pytest.mark.parametrize("method", ["call", "text"])
def test_phone_is_required_to_be_called_or_texted(client, form_data, method):
    form_data.update(contact_method=method, phone="")

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "Please give a phone number so that we can call or text you" in field_error(response, "phone")
    assert not AppointmentRequest.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "12345", "Enter a phone number like (480) 555-0123"),
        ("email", "ann@", "Enter a valid email address"),
        ("first_name", "Ann\r\nBcc: x@evil.example", "on one line"),
        ("first_name", "", "Please enter your first name."),
        ("message", "x" * 1001, "at most 1000 characters"),
    ],
)
def test_bad_input_is_explained_and_the_rest_is_kept(client, form_data, field, value, message):
    form_data[field] = value

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert message in field_error(response, field)
    soup = soup_of(response)
    summary = soup.select_one(".error-summary")
    assert summary["role"] == "alert"
    assert summary.select_one(f'a[href="#id_{field}"]')
    assert soup.select_one("#id_last_name")["value"] == "Example"
    assert soup.select_one("#id_service option[selected]")["value"] == "migraine"
    assert "I get migraines twice a week." in soup.select_one("#id_message").get_text() or field == "message"
    assert soup.select_one(f"#id_{field}").get("aria-invalid") == "true" or (field == "first_name" and value == "")
    assert not AppointmentRequest.objects.exists()


def test_missing_consent_is_refused_with_a_reason(client, form_data):
    del form_data["consent"]

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "Please agree to be contacted" in field_error(response, "consent")
    assert not AppointmentRequest.objects.exists()


def test_nul_character_in_a_field_is_refused_not_a_server_error(client, form_data):
    form_data["last_name"] = "Exa\x00mple"

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert not AppointmentRequest.objects.exists()


def test_honeypot_submission_is_refused_politely(client, form_data):
    form_data["website"] = "http://spam.example"

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "We could not accept this form. Please call or text us instead." in response.content.decode()
    assert not AppointmentRequest.objects.exists()


def test_too_fast_submission_is_refused_and_can_be_sent_again(client, form_data, settings):
    settings.APPOINTMENT_FORM_MIN_SECONDS = 60

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "That was quicker than we expected" in response.content.decode()
    soup = soup_of(response)
    assert soup.select_one("#id_first_name")["value"] == "Ann"
    assert soup.select_one("#id_form_started")["value"] != form_data["form_started"]
    assert not AppointmentRequest.objects.exists()


def test_tampered_form_start_is_refused(client, form_data):
    form_data["form_started"] = "not-signed"

    assert client.post(FORM_URL, form_data).status_code == 400
    assert not AppointmentRequest.objects.exists()


def test_too_many_requests_from_one_client_are_refused_with_429(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT = "2/h"
    statuses = []
    for number in range(3):
        form_data.update(
            submission_token=f"00000000-0000-4000-8000-00000000000{number}", email=f"p{number}@example.com"
        )
        statuses.append(client.post(FORM_URL, form_data).status_code)

    assert statuses == [302, 302, 429]
    assert AppointmentRequest.objects.count() == 2


def test_patient_fixing_mistakes_is_not_rate_limited(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT = "2/h"
    bad = {**form_data, "email": "nope"}

    for _ in range(4):
        assert client.post(FORM_URL, bad).status_code == 400
    assert client.post(FORM_URL, form_data).status_code == 302


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


def test_request_matching_a_recent_open_one_is_marked_as_likely_duplicate(client, form_data, make_request):
    earlier = make_request(email="ann@example.com", age=datetime.timedelta(days=3))

    client.post(FORM_URL, form_data)

    newest = AppointmentRequest.objects.latest()
    assert newest.likely_duplicate_of == earlier


def test_old_or_closed_requests_are_not_duplicates(client, form_data, make_request):
    make_request(email="ann@example.com", age=datetime.timedelta(days=31))
    make_request(phone="+14805550123", status=AppointmentRequest.Status.CLOSED)

    client.post(FORM_URL, form_data)

    assert AppointmentRequest.objects.latest().likely_duplicate_of is None


def test_request_is_stored_even_when_sending_fails(client, form_data, settings, django_capture_on_commit_callbacks):
    settings.TASKS = IMMEDIATE_TASKS
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens on the discard port

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM_URL, form_data)

    assert response.status_code == 302
    appointment = AppointmentRequest.objects.get()
    states = {n.kind: (n.state, n.attempts) for n in appointment.notifications.all()}
    assert states == {"staff": ("failed", 1), "patient": ("failed", 1)}
    assert all("mail server" in n.last_error for n in appointment.notifications.all())
    assert mail.outbox == []


def test_form_page_is_never_cached(client, location):
    assert "no-cache" in client.get(FORM_URL)["Cache-Control"]


def test_promised_reply_time_reads_like_a_receptionist_would_say_it(make_request):
    monday_noon = datetime.datetime(2026, 11, 23, 12, tzinfo=timezone.get_current_timezone())

    assert make_request(respond_by=monday_noon).respond_by_display == "Monday, November 23 at 12 pm"
    assert make_request(respond_by=monday_noon.replace(hour=9, minute=30)).respond_by_display == (
        "Monday, November 23 at 9:30 am"
    )


def test_form_left_open_for_more_than_a_day_is_refused_with_input_kept(client, form_data):
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 25 * 3600):
        form_data["form_started"] = sign_form_start()

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "This form was open for a long time" in response.content.decode()
    assert soup_of(response).select_one("#id_last_name")["value"] == "Example"
    assert not AppointmentRequest.objects.exists()


@pytest.mark.parametrize("header", [None, "junk", "198.51.100.1, 203.0.113.9", "2001:db8::1"])
def test_client_address_header_of_any_shape_never_breaks_the_form(client, form_data, settings, header):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    headers = {"X-Real-IP": header} if header else {}

    assert client.post(FORM_URL, form_data, headers=headers).status_code == 302


def test_only_the_address_our_proxy_added_counts(rf, settings):
    from incoming.client_address import client_ip

    settings.CLIENT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    request = rf.get("/", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.9", REMOTE_ADDR="127.0.0.1")

    assert client_ip(request) == "203.0.113.9"


def test_request_is_stored_when_the_rate_limit_cache_is_down(client, form_data, settings):
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:9/0"}}

    assert client.post(FORM_URL, form_data).status_code == 302
    assert AppointmentRequest.objects.count() == 1


def test_thank_you_page_expires_for_the_next_person_at_this_browser(client, form_data):
    client.post(FORM_URL, form_data)
    with mock.patch("appointments.views.time.time", return_value=time.time() + 31 * 60):
        response = client.get(THANK_YOU_URL)

    assert response.status_code == 302
    assert response["Location"] == FORM_URL


def test_second_click_at_the_rate_limit_still_reaches_the_thank_you_page(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT = "1/h"

    first = client.post(FORM_URL, form_data)
    second = client.post(FORM_URL, form_data)

    assert first.status_code == second.status_code == 302
    assert AppointmentRequest.objects.count() == 1


def test_simultaneous_copies_of_one_form_store_one_request(form_data, location):
    from appointments.forms import AppointmentRequestForm
    from appointments.submission import store_request

    form = AppointmentRequestForm(form_data)
    assert form.is_valid()
    first = store_request(form.cleaned_data)
    # The second copy passed its "already stored?" check before the first was saved.
    second = store_request(form.cleaned_data)

    assert second == first
    assert AppointmentRequest.objects.count() == 1


def test_error_list_links_a_choice_group_to_its_first_option(client, form_data):
    del form_data["patient_type"]

    response = client.post(FORM_URL, form_data)

    link = soup_of(response).select_one(".error-summary a")
    assert link.get_text() == "New or returning patient: Please tell us whether you have been to our clinic before."
    assert link["href"] == "#id_patient_type_0"
    assert soup_of(response).select_one("#id_patient_type_0")


def test_missing_contact_method_is_explained(client, form_data):
    del form_data["contact_method"]

    response = client.post(FORM_URL, form_data)

    assert "Please choose how we should contact you." in field_error(response, "contact_method")


def test_text_messages_need_the_patients_agreement(client, form_data):
    form_data.update(contact_method="text", sms_opt_in="")

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "To be contacted by text message, please tick this box." in field_error(response, "sms_opt_in")
    assert not AppointmentRequest.objects.exists()
