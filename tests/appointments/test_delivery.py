"""Delivery: a task queue that refuses work, and which notifications count as unsent or due."""

import datetime

import pytest
from django.utils import timezone

from appointments import tasks
from appointments.models import AppointmentRequest, Notification

FORM_URL = "/request-an-appointment/"
THANK_YOU_URL = "/request-an-appointment/thank-you/"


class RefusingQueue:
    def enqueue(self, *args: object) -> None:
        raise ConnectionError("the task queue is down")


@pytest.mark.django_db(transaction=True)
def test_a_task_queue_that_refuses_work_still_gives_the_patient_the_thank_you_page(client, form_data, monkeypatch):
    monkeypatch.setattr(tasks, "send_notification", RefusingQueue())

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 302 and response["Location"] == THANK_YOU_URL
    appointment = AppointmentRequest.objects.get()
    assert sorted(appointment.notifications.values_list("state", flat=True)) == ["pending", "pending"]
    assert "Thank you, we have your request" in client.get(THANK_YOU_URL).content.decode()


@pytest.mark.django_db(transaction=True)
def test_emails_a_refused_queue_left_behind_are_sent_by_the_next_sweep(client, form_data, monkeypatch, mailoutbox):
    monkeypatch.setattr(tasks, "send_notification", RefusingQueue())
    client.post(FORM_URL, form_data)
    monkeypatch.undo()
    Notification.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(minutes=11))

    assert tasks.send_due_notifications() == 2
    tasks_run = [tasks.send_notification.call(pk) for pk in Notification.objects.values_list("pk", flat=True)]

    assert len(tasks_run) == 2
    assert set(Notification.objects.values_list("state", flat=True)) == {"sent"}
    assert len(mailoutbox) == 2


def test_unsent_and_due_notifications(make_request):
    now = timezone.now()
    pending, failed_retrying_later = make_request().notifications.all()
    sent, given_up = make_request().notifications.all()
    Notification.objects.filter(pk=failed_retrying_later.pk).update(
        state=Notification.State.FAILED, next_attempt_at=now + datetime.timedelta(minutes=5)
    )
    Notification.objects.filter(pk=sent.pk).update(state=Notification.State.SENT, next_attempt_at=None)
    Notification.objects.filter(pk=given_up.pk).update(state=Notification.State.FAILED, next_attempt_at=None)

    assert set(Notification.objects.unsent()) == {pending, failed_retrying_later, given_up}
    assert set(Notification.objects.due()) == {pending}
    assert set(Notification.objects.due(at=now + datetime.timedelta(minutes=10))) == {pending, failed_retrying_later}


def test_a_notification_is_due_at_the_very_moment_of_its_attempt_time(make_request):
    moment = timezone.now() + datetime.timedelta(minutes=5)
    staff = make_request().notifications.get(kind=Notification.Kind.STAFF)
    Notification.objects.filter(pk=staff.pk).update(next_attempt_at=moment)

    assert staff in Notification.objects.due(at=moment)
    assert staff not in Notification.objects.due(at=moment - datetime.timedelta(microseconds=1))


def test_the_sweep_command_says_how_many_emails_it_queued(make_request, settings):
    from io import StringIO

    from django.core.management import call_command

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    make_request().notifications.update(next_attempt_at=timezone.now() - datetime.timedelta(hours=1))
    sent = make_request().notifications.get(kind=Notification.Kind.STAFF)
    Notification.objects.filter(pk=sent.pk).update(
        state=Notification.State.SENT, next_attempt_at=timezone.now() - datetime.timedelta(hours=1)
    )

    first, second = StringIO(), StringIO()
    call_command("send_due_notifications", stdout=first)
    call_command("send_due_notifications", stdout=second)

    assert first.getvalue() == "Queued 2 notification(s).\n"
    assert second.getvalue() == "Queued 0 notification(s).\n"
