"""The list's bulk actions: what each leaves on the request and its emails."""

import datetime

import pytest
from django.utils import timezone
from django_tasks import default_task_backend

from appointments.models import AppointmentRequest, Notification

from ..helpers import page_text, run_action

pytestmark = pytest.mark.django_db

LONG_AGO = timezone.now() - datetime.timedelta(days=3)


@pytest.mark.parametrize("action", ["assign_to_me", "mark_contacted", "mark_spam"])
def test_every_bulk_action_marks_the_request_as_just_updated(desk_client, make_request, action):
    appointment = make_request()
    AppointmentRequest.objects.filter(pk=appointment.pk).update(updated_at=LONG_AGO)
    before = timezone.now()

    run_action(desk_client, action, appointment)

    appointment.refresh_from_db()
    assert appointment.updated_at >= before


def test_resend_starts_a_failed_email_afresh_and_queues_only_the_unsent(
    desk_client, make_request, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    appointment = make_request()
    staff = appointment.notifications.get(kind=Notification.Kind.STAFF)
    Notification.objects.filter(pk=staff.pk).update(
        state="failed", attempts=3, next_attempt_at=None, last_error="mail server refused the connection"
    )
    appointment.notifications.filter(kind=Notification.Kind.PATIENT).update(state="sent", attempts=1)
    before = timezone.now()

    with django_capture_on_commit_callbacks(execute=True):
        response = run_action(desk_client, "resend_notifications", appointment)

    staff.refresh_from_db()
    assert (staff.state, staff.attempts, staff.last_error) == ("pending", 0, "")
    assert staff.next_attempt_at >= before
    assert [(result.task.func.__name__, result.args) for result in default_task_backend.results] == [
        ("send_notification", [staff.pk])
    ]
    assert "Queued 1 unsent email(s) to send again; sent ones were left alone." in page_text(
        desk_client.get(response["Location"])
    )
