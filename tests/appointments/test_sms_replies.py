"""A reply goes by text to a patient who chose text, agreed to texts and gave a phone number: the reply step says so,
the text is stored and retried like an email, and everyone else gets the email as before."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.utils import timezone
from django_tasks import default_task_backend

from appointments.contact_log import ContactAttempt, ReplyTemplate
from appointments.models import AppointmentRequest, AuditEvent, Notification
from appointments.sms import PermanentSmsError, TemporarySmsError
from appointments.tasks import send_notification
from appointments.triage import send_reply

from ..helpers import change_url, page_text, soup_of

pytestmark = pytest.mark.django_db

TEXT = AppointmentRequest.ContactMethod.TEXT
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
LATER = datetime.datetime(2030, 1, 7, 19, tzinfo=datetime.UTC)


def step_url(appointment: AppointmentRequest) -> str:
    return f"{change_url(appointment).removesuffix('change/')}next-step/send-reply/"


@pytest.fixture
def texter(make_request) -> AppointmentRequest:
    """Ann chose text, agreed to texts and gave her mobile number."""
    return make_request(first_name="Ann", contact_method=TEXT, sms_opt_in=True, phone="+14805550177")


class Failing:
    """A text backend that fails as the test says."""

    error: Exception = TemporarySmsError("the text provider failed (503)")

    def send(self, to: str, body: str) -> str:
        raise Failing.error


@pytest.fixture
def provider_failing(settings):
    settings.SMS_BACKEND, settings.SMS_OPTIONS = f"{__name__}.Failing", {}
    settings.TASKS = DUMMY_TASKS
    settings.NOTIFICATION_RETRY_DELAYS = [60, 300]
    return Failing


def queued_text(appointment: AppointmentRequest, user) -> Notification:
    template = ReplyTemplate.objects.get(name="Let's find a time")
    send_reply(appointment, user, template, template.fill_text(appointment, user))
    return Notification.objects.get(kind=Notification.Kind.REPLY)


def attempt(notification: Notification) -> Notification:
    send_notification.call(notification.pk)
    notification.refresh_from_db()
    return notification


def test_the_reply_step_says_the_reply_goes_by_text_and_offers_the_text_version(desk_client, texter, starter_replies):
    page = desk_client.get(step_url(texter))

    assert "Sent by text to (480) 555-0177, as the patient asked." in page_text(page)
    soup = soup_of(page)
    assert soup.select_one(".reply-envelope").get_text(" ", strip=True) == "Text to (480) 555-0177"
    assert soup.select_one("label[for=id_body]").get_text(strip=True) == "Text message:"
    body = soup.select_one("textarea[name=body]").get_text().strip()
    assert body.startswith("Hello Ann, thank you for your request") and "(480) 555-0100" in body
    assert "characters (two texts)" in page_text(page)


def test_a_text_reply_goes_to_the_patients_phone_in_e164_and_is_logged_as_a_text(
    desk_client, front_desk, texter, starter_replies, settings, sms_outbox, django_capture_on_commit_callbacks
):
    settings.TASKS = IMMEDIATE_TASKS
    settings.SITE_SHORT_NAME = "Avesta"
    template = ReplyTemplate.objects.get(name="Let's find a time")

    with django_capture_on_commit_callbacks(execute=True):
        response = desk_client.post(
            step_url(texter), {"template": template.pk, "body": "Hello Ann,\r\nplease call us at (480) 555-0100."}
        )

    assert response.status_code == 302
    [text] = sms_outbox
    assert text.to == "+14805550177"
    assert text.body == "Avesta: Hello Ann,\nplease call us at (480) 555-0100.\nReply STOP to opt out."
    assert not mail.outbox
    reply = Notification.objects.get(kind=Notification.Kind.REPLY)
    assert (reply.channel, reply.state, reply.provider_id) == ("text", "sent", text.message_id)
    attempt_logged = reply.contact_attempt
    assert str(attempt_logged) == "Text reply: text sent"
    assert (attempt_logged.subject, attempt_logged.body) == ("", "Hello Ann,\nplease call us at (480) 555-0100.")
    assert AuditEvent.objects.filter(user=front_desk, detail="sent the reply “Let's find a time” by text").exists()


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"contact_method": TEXT, "sms_opt_in": False}, ", as they asked for texts but did not agree to receive them"),
        (
            {"contact_method": TEXT, "sms_opt_in": True, "phone": ""},
            ", as they asked for texts but gave no phone number",
        ),
        ({"contact_method": AppointmentRequest.ContactMethod.CALL, "sms_opt_in": True}, ""),
        ({"contact_method": AppointmentRequest.ContactMethod.EMAIL, "sms_opt_in": True}, ""),
    ],
    ids=["chose text without agreeing to texts", "chose text without a phone", "chose a call", "chose email"],
)
def test_everyone_else_gets_the_email_and_the_reply_step_says_why(
    desk_client, make_request, starter_replies, settings, sms_outbox, django_capture_on_commit_callbacks, fields, why
):
    settings.TASKS = IMMEDIATE_TASKS
    appointment = make_request(first_name="Ann", email="ann@example.com", **fields)
    page = desk_client.get(step_url(appointment))
    template = soup_of(page).select_one('input[name="template"]')["value"]
    body = soup_of(page).select_one("textarea[name=body]").get_text().strip()

    with django_capture_on_commit_callbacks(execute=True):
        desk_client.post(step_url(appointment), {"template": template, "body": body})

    assert f"Sent by email to ann@example.com{why}." in page_text(page)
    assert "Subject" in soup_of(page).select_one(".reply-envelope").get_text()
    assert [message.to for message in mail.outbox] == [["ann@example.com"]]
    assert not sms_outbox
    assert Notification.objects.get(kind=Notification.Kind.REPLY).channel == "email"


def test_with_texts_off_a_texter_gets_the_email(desk_client, texter, starter_replies, settings):
    settings.SMS_BACKEND = ""

    page = desk_client.get(step_url(texter))

    assert f"Sent by email to {texter.email}, as the clinic does not send texts (SMS_URL is off)." in page_text(page)


def test_a_template_without_a_text_version_goes_by_email(desk_client, front_desk, texter, starter_replies):
    template = ReplyTemplate.objects.get(name="Let's find a time")
    ReplyTemplate.objects.filter(pk=template.pk).update(text_body="")

    page = desk_client.get(step_url(texter))
    send_reply(texter, front_desk, ReplyTemplate.objects.get(pk=template.pk), "Hello Ann")

    assert f"Sent by email to {texter.email}, as this template has no text version." in page_text(page)
    assert Notification.objects.get(kind=Notification.Kind.REPLY).channel == "email"


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (
            "Hello Ann. " + "Please call us. " * 19,
            "A text holds at most 289 characters and this one has 314: shorten it.",
        ),
        ("Hello Ann, about your ketamine infusion", "remove “infusion”, “ketamine”"),
        ("Hello Ann, about your Migraine", "remove “migraine”"),
        ("Hello {first_name}", "Replace {first_name} with what it stands for"),
    ],
    ids=["too long", "treatment words", "a condition", "a placeholder left"],
)
def test_a_text_too_long_or_with_health_details_is_not_sent(
    desk_client, texter, starter_replies, settings, body, error
):
    settings.SITE_SHORT_NAME = "Avesta"
    template = ReplyTemplate.objects.get(name="Let's find a time")

    response = desk_client.post(step_url(texter), {"template": template.pk, "body": body})

    assert response.status_code == 400
    assert error in page_text(response)
    assert not ContactAttempt.objects.exists()


def test_an_email_may_be_long_and_name_the_treatment(desk_client, make_request, starter_replies):
    appointment = make_request(first_name="Ann")
    template = ReplyTemplate.objects.get(name="Let's find a time")

    response = desk_client.post(
        step_url(appointment), {"template": template.pk, "body": "Your ketamine consultation. " * 20}
    )

    assert response.status_code == 302


def test_a_provider_failure_is_retried_on_the_schedule_and_staff_see_it(
    texter, front_desk, starter_replies, provider_failing, settings, sms_outbox
):
    with time_machine.travel(LATER, tick=False) as clock:
        text = attempt(queued_text(texter, front_desk))

        assert (text.state, text.attempts, text.short_state) == ("failed", 1, "retrying")
        assert text.next_attempt_at == timezone.now() + datetime.timedelta(seconds=60)
        assert text.describe() == "failed after 1 attempt (the text provider failed (503)), retrying at 12:01 PM"
        retry = default_task_backend.results[-1]
        assert (retry.args, retry.task.run_after) == ([text.pk], text.next_attempt_at)

        settings.SMS_BACKEND = "appointments.sms.locmem.LocmemSmsSender"  # the provider is back
        clock.move_to(text.next_attempt_at)
        text = attempt(text)

    assert (text.state, text.attempts, text.describe()) == ("sent", 2, "sent Jan 7, 12:01 PM")
    assert [sent.to for sent in sms_outbox] == ["+14805550177"]


def test_a_number_that_cannot_get_texts_fails_for_good_and_says_so(
    texter, front_desk, starter_replies, provider_failing, monkeypatch
):
    monkeypatch.setattr(Failing, "error", PermanentSmsError("the phone number is not valid (400, code 21211)"))

    with time_machine.travel(LATER, tick=False):
        text = attempt(queued_text(texter, front_desk))
        queued = len(default_task_backend.results)
        text = attempt(text)  # a stray copy of the task

    assert (text.state, text.attempts, text.next_attempt_at, text.short_state) == ("failed", 1, None, "failed")
    assert text.describe() == (
        "failed after 1 attempt (the phone number is not valid (400, code 21211)), no more retries"
    )
    assert len(default_task_backend.results) == queued


def test_a_text_never_goes_to_a_request_without_a_phone(texter, front_desk, starter_replies, settings):
    settings.TASKS = DUMMY_TASKS
    text = queued_text(texter, front_desk)
    AppointmentRequest.objects.filter(pk=texter.pk).update(phone="")

    text = attempt(text)

    assert (text.state, text.next_attempt_at) == ("failed", None)
    assert text.last_error == "the request has no phone number"
