"""Every email's HTML part shows what a patient typed as text, never as markup: each kind, each field."""

import pytest
from django.core import mail

from appointments.models import AppointmentRequest, Notification, ReplyTemplate
from appointments.notifications import SENDERS
from appointments.triage import send_reply

pytestmark = pytest.mark.django_db

MARKUP = '<a href="https://evil.example">click</a>'
ESCAPED = "&lt;a href=&quot;https://evil.example&quot;&gt;click&lt;/a&gt;"


def html_of(message) -> str:
    [(html, content_type)] = message.alternatives
    assert content_type == "text/html"
    return html


@pytest.fixture
def typed_markup(make_request) -> AppointmentRequest:
    """A request whose every free-text field holds markup (the form refuses none of it: it is only text)."""
    return make_request(first_name=f"Ann{MARKUP}", last_name=f"Lee{MARKUP}", message=f"Hello {MARKUP}")


def send(appointment: AppointmentRequest, kind: str):
    notification = appointment.notifications.filter(kind=kind).last()
    SENDERS[kind](notification)
    return mail.outbox[-1]


@pytest.mark.parametrize("privacy_mode", [True, False], ids=["privacy mode", "full details"])
def test_the_staff_email_escapes_what_the_patient_typed(typed_markup, settings, privacy_mode):
    settings.APPOINTMENT_EMAIL_PRIVACY_MODE = privacy_mode

    html = html_of(send(typed_markup, Notification.Kind.STAFF))

    assert MARKUP not in html
    if not privacy_mode:
        assert ESCAPED in html


def test_the_acknowledgement_escapes_what_the_patient_typed(typed_markup):
    html = html_of(send(typed_markup, Notification.Kind.PATIENT))

    assert MARKUP not in html


def test_a_reply_escapes_the_patients_name_and_what_staff_typed(typed_markup, front_desk, starter_replies):
    template = ReplyTemplate.objects.get(name="We tried to call you")
    body = template.fill(typed_markup, front_desk)[1] + f"\n\nP.S. {MARKUP}"
    send_reply(typed_markup, front_desk, template, body)

    message = send(typed_markup, Notification.Kind.REPLY)

    html = html_of(message)
    assert MARKUP not in html
    assert f"Hello Ann{ESCAPED}," in html
    assert f"Hello Ann{MARKUP}," in message.body  # the plain text part is text already
