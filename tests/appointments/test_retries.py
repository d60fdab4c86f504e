"""A failed email is tried again on the configured schedule, then given up; why it failed is told
without quoting the patient."""

import datetime
import smtplib

import pytest
import time_machine
from django.core import mail
from django.utils import timezone
from django_tasks import default_task_backend

from appointments.models import Notification
from appointments.tasks import send_notification

from ..helpers import free_port, page_text

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
# Later than any test data is made: the stored emails are due from then on.
LATER = datetime.datetime(2030, 1, 7, 19, tzinfo=datetime.UTC)


@pytest.fixture
def mail_server_down(settings) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens there
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.TASKS = DUMMY_TASKS


@pytest.fixture
def staff_email(make_request) -> Notification:
    return make_request(first_name="Ann", last_name="Example", email="ann@example.com").notifications.get(
        kind=Notification.Kind.STAFF
    )


def attempt(notification: Notification) -> Notification:
    """What the worker does with one queued delivery."""
    send_notification.call(notification.pk)
    notification.refresh_from_db()
    return notification


def test_each_failed_attempt_waits_exactly_its_configured_delay(staff_email, mail_server_down, settings):
    settings.NOTIFICATION_RETRY_DELAYS = [60, 300, 900]

    with time_machine.travel(LATER, tick=False) as clock:
        for number, delay in [(1, 60), (2, 300), (3, 900)]:
            attempted_at = timezone.now()
            staff_email = attempt(staff_email)

            assert (staff_email.state, staff_email.attempts) == (Notification.State.FAILED, number)
            assert staff_email.next_attempt_at == attempted_at + datetime.timedelta(seconds=delay)
            retry = default_task_backend.results[-1]
            assert (retry.args, retry.task.run_after) == ([staff_email.pk], staff_email.next_attempt_at)
            clock.move_to(staff_email.next_attempt_at)


def test_after_the_last_delay_one_more_attempt_then_no_more(staff_email, mail_server_down, settings):
    settings.NOTIFICATION_RETRY_DELAYS = [60, 300]

    with time_machine.travel(LATER, tick=False) as clock:
        for _ in range(3):
            staff_email = attempt(staff_email)
            if staff_email.next_attempt_at:
                clock.move_to(staff_email.next_attempt_at)
        queued = len(default_task_backend.results)

        assert (staff_email.attempts, staff_email.next_attempt_at) == (3, None)
        assert staff_email.describe() == (
            "failed after 3 attempts (mail server refused the connection), no more retries"
        )
        clock.shift(datetime.timedelta(days=2))
        staff_email = attempt(staff_email)  # a stray copy of the task

    assert staff_email.attempts == 3
    assert len(default_task_backend.results) == queued


def test_a_retry_that_is_not_due_yet_makes_no_attempt(staff_email, mail_server_down, settings):
    settings.NOTIFICATION_RETRY_DELAYS = [300]

    with time_machine.travel(LATER, tick=False) as clock:
        attempt(staff_email)
        clock.shift(datetime.timedelta(seconds=299))
        staff_email = attempt(staff_email)

    assert staff_email.attempts == 1


class FailingBackend:
    """An email backend whose error quotes the patient, as real mail servers' answers do."""

    error: Exception = Exception()

    def __init__(self, **kwargs) -> None:
        pass

    def send_messages(self, messages) -> int:
        raise self.error


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (
            smtplib.SMTPRecipientsRefused({"ann@example.com": (550, b"5.1.1 <ann@example.com>: unknown user")}),
            "the mail server refused the recipient address",
        ),
        (smtplib.SMTPDataError(554, b"Message from Ann Example <ann@example.com> refused"), "mail server answered 554"),
        (ConnectionRefusedError("cannot reach relay for ann@example.com"), "mail server refused the connection"),
        (TimeoutError("timed out sending to Ann Example"), "mail server did not answer in time"),
        (OSError("no route for ann@example.com"), "could not reach the mail server (OSError)"),
        (ValueError("Header 'To: Ann Example <ann@example.com>' invalid"), "unexpected error (ValueError)"),
    ],
)
def test_the_recorded_reason_never_quotes_the_patient(staff_email, settings, monkeypatch, error, reason):
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    settings.TASKS = DUMMY_TASKS
    monkeypatch.setattr(FailingBackend, "error", error)

    staff_email = attempt(staff_email)

    assert staff_email.state == Notification.State.FAILED
    assert staff_email.last_error == reason
    assert mail.outbox == []


def test_the_admin_shows_a_failure_without_the_patients_words(admin_client, staff_email, settings, monkeypatch):
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    settings.TASKS = DUMMY_TASKS
    monkeypatch.setattr(FailingBackend, "error", smtplib.SMTPDataError(554, b"Ann Example <ann@example.com>"))
    attempt(staff_email)

    request_page = page_text(
        admin_client.get(f"/admin/appointments/appointmentrequest/{staff_email.appointment_request.pk}/change/")
    )

    assert "mail server answered 554" in request_page
    assert "<ann@example.com>" not in request_page


def test_a_retry_that_gets_through_is_recorded_as_sent_and_forgets_the_failure(staff_email, mail_server_down, settings):
    settings.NOTIFICATION_RETRY_DELAYS = [60, 300]
    settings.TIME_ZONE = "America/Phoenix"

    with time_machine.travel(LATER, tick=False) as clock:
        staff_email = attempt(staff_email)
        clock.move_to(staff_email.next_attempt_at)
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        staff_email = attempt(staff_email)

        assert (staff_email.state, staff_email.attempts, staff_email.last_error) == (Notification.State.SENT, 2, "")
        assert (staff_email.sent_at, staff_email.next_attempt_at) == (timezone.now(), None)
        assert staff_email.describe() == "sent Jan 7, 12:01 PM"
    assert [message.to for message in mail.outbox] == [["desk@clinic.example"]]
