"""A canary: a unique marker in every field a patient fills in, then looked for everywhere it must not be.

Where a patient's words may be: the stored request (the admin shows it to staff), and the patient's
own acknowledgement email, which is addressed to their email and greets them by first name only.
Nowhere else: no log line at any level from any logger, no cache key or cached value, no queued
task's arguments or stored result, no session, and no part of the staff email in privacy mode.
"""

import logging
import pickle
import uuid
from collections.abc import Iterator

import pytest
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from appointments.models import AppointmentRequest

from ..helpers import FORM_URL

# Transactional: the emails are queued after the commit and sent by the real worker, which closes its connection.
pytestmark = pytest.mark.django_db(transaction=True)

PHONE_DIGITS = "5550199"  # the end of the number the canary patient gives


def marker() -> str:
    """Letters only (names accept nothing else), unique to this run."""
    return "".join(chr(ord("a") + int(digit, 16) % 26) for digit in uuid.uuid4().hex[:12])


@pytest.fixture
def every_log_record(caplog) -> Iterator[pytest.LogCaptureFixture]:
    """Every record from every logger at DEBUG, those that do not propagate (the security log) included."""
    loggers = [logging.getLogger()] + [
        logger for logger in logging.root.manager.loggerDict.values() if isinstance(logger, logging.Logger)
    ]
    levels = {logger: logger.level for logger in loggers}
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        if not logger.propagate:
            logger.addHandler(caplog.handler)
    caplog.handler.setLevel(logging.DEBUG)
    yield caplog
    for logger, level in levels.items():
        logger.setLevel(level)
        logger.removeHandler(caplog.handler)


def record_text(record: logging.LogRecord) -> str:
    formatted = logging.Formatter().format(record)  # message, exception and stack text
    return f"{formatted} {record.args!r} {vars(record)!r}"


def test_a_patients_words_stay_out_of_logs_caches_tasks_sessions_and_staff_email(
    client, form_data, settings, every_log_record
):
    settings.APPOINTMENT_EMAIL_PRIVACY_MODE = True
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    first, last, email, words = (f"Canary{marker()}" for _ in range(4))
    typed = {
        "first_name": first,
        "last_name": last,
        "email": f"{email.lower()}@example.com",
        "phone": f"(480) 555-{PHONE_DIGITS[-4:]}",
        "message": f"My {words} started last year.",
    }
    markers = [first, last, email.lower(), words, PHONE_DIGITS]

    response = client.post(FORM_URL, {**form_data, **typed})
    assert response.status_code == 302
    queued_arguments = [str(task.args_kwargs) for task in DBTaskResult.objects.all()]
    call_command("db_worker", "--batch", "--no-startup-delay")  # sends both emails, as production's worker

    stored = AppointmentRequest.objects.get()
    assert (stored.first_name, stored.last_name, stored.message) == (first, last, typed["message"])
    assert len(queued_arguments) == 2
    staff_email, patient_email = sorted(mail.outbox, key=lambda message: message.to != ["desk@clinic.example"])
    assert patient_email.to == [typed["email"]]
    places = {
        "log records": [record_text(record) for record in every_log_record.records],
        "cache keys and values": [f"{key} {pickle.loads(value)!r}" for key, value in cache._cache.items()],
        "queued task arguments": queued_arguments,
        "stored task results": [str(vars(task)) for task in DBTaskResult.objects.all()],
        "sessions": [str(session.get_decoded()) for session in Session.objects.all()],
        "staff email": [str(staff_email.message())],
        # The patient's own email: to their address and "Hello <first name>", nothing else they typed.
        "patient email": [str(patient_email.message()).replace(first, "").replace(typed["email"], "")],
    }
    found = {(place, mark) for place, texts in places.items() for text in texts for mark in markers if mark in text}
    assert found == set()
    assert every_log_record.records, "the capture heard nothing: it would prove nothing"
    assert f"Hello {first}" in patient_email.body
