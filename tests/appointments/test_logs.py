"""What the logs say when something fails: enough to act on, and never what a patient typed."""

import logging

import pytest

from appointments import tasks
from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, shared_caches_at


class RefusingQueue:
    def enqueue(self, *args: object) -> None:
        raise ConnectionError("queue down while sending to ann@example.com")


@pytest.mark.django_db(transaction=True)
def test_a_refused_task_is_logged_by_notification_id_and_error_class_only(client, form_data, monkeypatch, caplog):
    monkeypatch.setattr(tasks, "send_notification", RefusingQueue())

    with caplog.at_level(logging.WARNING, logger="appointments.tasks"):
        client.post(FORM_URL, form_data)

    ids = sorted(AppointmentRequest.objects.get().notifications.values_list("pk", flat=True))
    assert sorted(caplog.messages) == [
        f"notification {pk} not queued (ConnectionError); the next sweep sends it" for pk in ids
    ]


def test_a_rate_limit_cache_that_is_down_is_logged_without_the_client(client, form_data, settings, caplog):
    settings.CACHES = shared_caches_at("redis://127.0.0.1:1/0")

    with caplog.at_level(logging.WARNING, logger="appointments.abuse"):
        response = client.post(FORM_URL, form_data, REMOTE_ADDR="203.0.113.9")

    assert response.status_code == 302
    assert caplog.messages == [
        "rate limit not checked, cache unavailable (ConnectionError)",
        "flood ceiling not checked, cache unavailable (ConnectionError)",
    ]
