"""A mail server's refusal: permanent (5xx) is failed at once, temporary (4xx) is tried again."""

import pytest
from aiosmtpd.controller import Controller
from django_tasks import default_task_backend

from appointments.models import Notification
from appointments.tasks import send_notification

pytestmark = pytest.mark.django_db


class RefusingServer:
    """An SMTP server that answers every recipient with the given reply."""

    def __init__(self, reply: str) -> None:
        self.reply = reply

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return self.reply


@pytest.fixture
def mail_server(smtp_port, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.NOTIFICATION_RETRY_DELAYS = [60, 300]
    controllers = []

    def start(reply: str) -> None:
        controller = Controller(RefusingServer(reply), hostname="127.0.0.1", port=smtp_port)
        controller.start()
        controllers.append(controller)

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def acknowledgement(make_request) -> Notification:
    return make_request(email="nobody@example.com").notifications.get(kind=Notification.Kind.PATIENT)


def test_a_permanent_refusal_is_marked_failed_with_no_retry(mail_server, acknowledgement):
    mail_server("550 5.1.1 No such user")

    send_notification.call(acknowledgement.pk)
    acknowledgement.refresh_from_db()

    assert (acknowledgement.state, acknowledgement.attempts) == (Notification.State.FAILED, 1)
    assert acknowledgement.next_attempt_at is None
    assert acknowledgement.describe() == (
        "failed after 1 attempt (the mail server refused the recipient address), no more retries"
    )
    assert default_task_backend.results == []


def test_a_temporary_refusal_is_tried_again(mail_server, acknowledgement):
    mail_server("450 4.2.1 Mailbox busy, try later")

    send_notification.call(acknowledgement.pk)
    acknowledgement.refresh_from_db()

    assert acknowledgement.state == Notification.State.FAILED
    assert acknowledgement.next_attempt_at is not None
    assert acknowledgement.short_state == "retrying"
    assert [result.args for result in default_task_backend.results] == [[acknowledgement.pk]]


class PickyServer:
    """An SMTP server that answers each recipient its own way (250 for those not listed) and keeps what it delivers."""

    def __init__(self, replies: dict[str, str]) -> None:
        self.replies = replies
        self.delivered_to: list[str] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.replies.get(address, "250 OK")
        if reply.startswith("250"):
            envelope.rcpt_tos.append(address)
        return reply

    async def handle_DATA(self, server, session, envelope):
        self.delivered_to += envelope.rcpt_tos
        return "250 OK"


@pytest.fixture
def picky_server(smtp_port, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.NOTIFICATION_RETRY_DELAYS = [60, 300]
    controllers = []

    def start(replies: dict[str, str]) -> PickyServer:
        handler = PickyServer(replies)
        controller = Controller(handler, hostname="127.0.0.1", port=smtp_port)
        controller.start()
        controllers.append(controller)
        return handler

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def staff_email_to_two(make_request, location) -> Notification:
    location.appointment_recipients = "gone@clinic.example\ndesk@clinic.example"
    location.save()
    return make_request().notifications.get(kind=Notification.Kind.STAFF)


@pytest.mark.parametrize(
    ("replies", "state", "retrying", "delivered_to"),
    [
        ({"gone@clinic.example": "550 5.1.1 No such user"}, "sent", False, ["desk@clinic.example"]),
        ({"desk@clinic.example": "550 5.1.1 No such user"}, "sent", False, ["gone@clinic.example"]),
        (
            {"gone@clinic.example": "550 5.1.1 No such user", "desk@clinic.example": "450 4.2.1 Mailbox busy"},
            "failed", True, [],
        ),
        (
            {"gone@clinic.example": "550 5.1.1 No such user", "desk@clinic.example": "550 5.1.1 No such user"},
            "failed", False, [],
        ),
    ],
    ids=["first refused", "second refused", "one refused, one busy: tried again", "both refused"],
)  # fmt: skip
def test_one_recipients_permanent_refusal_does_not_give_up_the_staff_email_to_the_others(
    picky_server, staff_email_to_two, replies, state, retrying, delivered_to
):
    server = picky_server(replies)

    send_notification.call(staff_email_to_two.pk)
    staff_email_to_two.refresh_from_db()

    assert staff_email_to_two.state == state
    assert (staff_email_to_two.next_attempt_at is not None) is retrying
    assert server.delivered_to == delivered_to
