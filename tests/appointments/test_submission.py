"""Sending the form: one stored request per form, then its emails, whatever happens to them."""

import datetime
import re

import pytest
from django.core import mail
from django_tasks import default_task_backend

from appointments.models import AppointmentRequest, Notification

from ..helpers import FORM_URL, THANK_YOU_URL

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


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
    queued = sorted((result.task.func.__name__, result.args) for result in default_task_backend.results)
    assert queued == sorted(("send_notification", [notification.pk]) for notification in notifications)


def test_consent_records_the_privacy_notice_version(client, form_data, demo_content):
    from pages.models import Location

    form_data["location"] = str(Location.objects.get(slug="phoenix").pk)
    client.post(FORM_URL, form_data)

    assert AppointmentRequest.objects.get().privacy_notice_version == "2026-11-27"


def test_double_submit_stores_one_request(client, form_data):
    first = client.post(FORM_URL, form_data)
    second = client.post(FORM_URL, form_data)

    assert first.status_code == second.status_code == 302
    assert AppointmentRequest.objects.count() == 1
    assert Notification.objects.count() == 2


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


def test_no_email_is_queued_or_sent_before_the_request_is_committed(
    client, form_data, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = IMMEDIATE_TASKS  # would send at once if queued

    with django_capture_on_commit_callbacks(execute=False) as after_commit:
        response = client.post(FORM_URL, form_data)

    assert response.status_code == 302
    assert mail.outbox == []
    assert {(n.state, n.attempts) for n in Notification.objects.all()} == {(Notification.State.PENDING, 0)}
    assert after_commit

    for callback in after_commit:
        callback()

    assert sorted(message.to[0] for message in mail.outbox) == ["ann@example.com", "desk@clinic.example"]


def test_same_phone_with_another_email_is_marked_as_likely_duplicate(client, form_data, make_request):
    earlier = make_request(email="ann.work@example.com", phone="+14805550123", age=datetime.timedelta(days=2))

    client.post(FORM_URL, form_data)

    assert AppointmentRequest.objects.get(email="ann@example.com").likely_duplicate_of == earlier


def test_a_different_person_is_never_marked_as_a_duplicate(client, form_data, make_request):
    make_request(email="someone@example.com", phone="", age=datetime.timedelta(days=2))
    form_data.update(contact_method="email", phone="", sms_opt_in="")

    client.post(FORM_URL, form_data)

    assert AppointmentRequest.objects.get(email="ann@example.com").likely_duplicate_of is None


def test_the_reference_is_two_groups_of_four_characters_that_cannot_be_misheard(client, form_data):
    # Read out over the phone: no 0/O or 1/I/L.
    client.post(FORM_URL, form_data)

    reference = AppointmentRequest.objects.get().reference
    assert re.fullmatch(r"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", reference), reference
