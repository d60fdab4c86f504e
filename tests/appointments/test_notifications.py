"""Emails reach a real SMTP server; a server that is down loses nothing and is retried."""

import datetime
import email

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from appointments.models import AppointmentRequest, Notification
from appointments.tasks import send_due_notifications, send_notification

from ..helpers import FORM_URL
from ..smtp import Inbox

pytestmark = pytest.mark.django_db(transaction=True)


def let_retry_time_pass() -> None:
    """As if the retry delay had passed: scheduled retries become due now."""
    now = timezone.now()
    DBTaskResult.objects.filter(status="READY", run_after__gt=now).update(run_after=now)
    Notification.objects.filter(next_attempt_at__gt=now).update(next_attempt_at=now)


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0.1", verbosity=0)


def body(message: email.message.Message, content_type: str) -> str:
    part = next(p for p in message.walk() if p.get_content_type() == content_type)
    return part.get_payload(decode=True).decode()


def test_both_emails_reach_the_smtp_server(client, form_data, location, smtp_server, settings):
    settings.APPOINTMENT_EMAIL_PRIVACY_MODE = False
    location.appointment_recipients = "desk@clinic.example\nlead@clinic.example"
    location.save()

    client.post(FORM_URL, form_data)
    run_worker()

    appointment = AppointmentRequest.objects.get()
    assert sorted(address for recipients, _ in smtp_server.messages for address in recipients) == [
        "ann@example.com",
        "desk@clinic.example",
        "lead@clinic.example",
    ]
    staff = smtp_server.to("desk@clinic.example")
    assert staff["To"] == "desk@clinic.example, lead@clinic.example"
    assert staff["Subject"] == f"New appointment request {appointment.reference}"
    for part in ("text/plain", "text/html"):
        assert "Ann Example" in body(staff, part)
        assert "I get migraines twice a week." in body(staff, part)
        assert "/blog/ketamine-therapy-migraine-relief/" in body(staff, part)
    patient = smtp_server.to("ann@example.com")
    assert patient["Subject"] == f"We received your appointment request ({appointment.reference})"
    assert patient["Reply-To"] == location.email
    assert "Hello Ann," in body(patient, "text/plain")
    assert "call or text 988" in body(patient, "text/html")
    assert "migraine" not in body(patient, "text/plain").lower()
    assert {n.state for n in appointment.notifications.all()} == {Notification.State.SENT}


def test_privacy_mode_staff_email_has_no_health_details(client, form_data, smtp_server, settings):
    settings.APPOINTMENT_EMAIL_PRIVACY_MODE = True

    client.post(FORM_URL, form_data)
    run_worker()

    appointment = AppointmentRequest.objects.get()
    staff = smtp_server.to("desk@clinic.example")
    for part in ("text/plain", "text/html"):
        text = body(staff, part)
        for detail in ("Ann", "Example", "555", "0123", "migraine", "twice a week", "ann@example.com"):
            assert detail.lower() not in text.lower(), detail
        assert appointment.reference in text
        assert f"/admin/front-desk/requests/{appointment.pk}/" in text


def test_smtp_down_keeps_the_request_then_the_worker_retries_and_sends(client, form_data, smtp_port, settings):
    settings.NOTIFICATION_RETRY_DELAYS = [300, 900]
    response = client.post(FORM_URL, form_data, follow=True)
    assert "Thank you, we have your request" in response.content.decode()

    run_worker()  # the mail server is down
    appointment = AppointmentRequest.objects.get()
    failed = list(appointment.notifications.all())
    assert {n.state for n in failed} == {Notification.State.FAILED}
    assert all(n.attempts >= 1 and "mail server" in n.last_error for n in failed)
    assert all("Ann" not in n.last_error and "ann@" not in n.last_error for n in failed)

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        let_retry_time_pass()
        run_worker()
    finally:
        controller.stop()

    assert {(n.state, n.attempts) for n in appointment.notifications.all()} == {(Notification.State.SENT, 2)}
    assert len(inbox.messages) == 2


def test_notifications_a_stopped_worker_left_behind_are_sent_by_the_sweep(client, form_data, smtp_server):
    client.post(FORM_URL, form_data)
    DBTaskResult.objects.all().delete()  # the queued tasks were lost with the worker
    Notification.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(hours=1))

    assert send_due_notifications() == 2
    assert send_due_notifications() == 0  # claimed: a second sweep queues nothing more
    run_worker()

    assert {(n.state, n.attempts) for n in Notification.objects.all()} == {(Notification.State.SENT, 1)}
    assert len(smtp_server.messages) == 2


def test_extra_queued_copies_of_a_failed_email_make_one_attempt_each_time(client, form_data, smtp_port, settings):
    settings.NOTIFICATION_RETRY_DELAYS = [300, 900, 3600]
    client.post(FORM_URL, form_data)
    run_worker()  # first attempt fails, a retry is scheduled in 5 minutes
    staff = Notification.objects.get(kind=Notification.Kind.STAFF)

    for _ in range(3):  # e.g. impatient re-queueing before the retry is due
        send_notification.enqueue(staff.pk)
    run_worker()

    staff.refresh_from_db()
    assert (staff.state, staff.attempts) == (Notification.State.FAILED, 1)


def test_gives_up_after_the_last_retry(client, form_data, smtp_port, settings):
    settings.NOTIFICATION_RETRY_DELAYS = [0]

    client.post(FORM_URL, form_data)
    run_worker()

    notification = Notification.objects.get(kind=Notification.Kind.STAFF)
    assert notification.state == Notification.State.FAILED
    assert notification.attempts == 2
    assert notification.next_attempt_at is None
    assert "no more retries" in notification.describe()


@pytest.mark.parametrize(
    ("privacy_mode", "subject_prefix", "message_in_email"),
    # In privacy mode the flag stays out of the subject, which lock screens show to anyone nearby.
    [(False, "URGENT: New appointment request", True), (True, "New appointment request", False)],
)
def test_urgent_request_is_flagged_to_staff(
    client, form_data, smtp_server, settings, privacy_mode, subject_prefix, message_in_email
):
    settings.APPOINTMENT_EMAIL_PRIVACY_MODE = privacy_mode
    form_data["message"] = "I have been self-harming again."

    client.post(FORM_URL, form_data)
    run_worker()

    staff = smtp_server.to("desk@clinic.example")
    assert staff["Subject"] == f"{subject_prefix} {AppointmentRequest.objects.get().reference}"
    assert "URGENT: please contact this person first" in body(staff, "text/plain")
    assert ("I have been self-harming again." in body(staff, "text/plain")) is message_in_email
