"""The Twilio adapter against a fake Twilio on 127.0.0.1: what it sends, and how it reads each answer (a refused
number is final, a failing or silent Twilio is tried again), never quoting the number in its reason."""

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from appointments.models import AppointmentRequest, Notification, ReplyTemplate
from appointments.sms import PermanentSmsError, TemporarySmsError
from appointments.sms.twilio import TwilioSmsSender
from appointments.tasks import send_notification
from appointments.triage import send_reply

from ..helpers import free_port

ACCOUNT = "AC0123456789abcdef0123456789abcdef"
TOKEN = "the-auth-token"
PATIENT = "+14805550177"
CLINIC = "+14805550143"


class FakeTwilio(ThreadingHTTPServer):
    """Answers each POST with `status` and `answer` after `delay` seconds, and keeps what it was sent."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), TwilioHandler)
        self.received: list[dict] = []
        self.status, self.answer, self.delay = 201, {"sid": "SM0123456789abcdef0123456789abcdef"}, 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def answers(self, status: int, answer: dict, delay: float = 0.0) -> None:
        self.status, self.answer, self.delay = status, answer, delay


class TwilioHandler(BaseHTTPRequestHandler):
    server: FakeTwilio

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        form = {name: values[0] for name, values in parse_qs(self.rfile.read(length).decode()).items()}
        self.server.received.append({"path": self.path, "authorization": self.headers["Authorization"], "form": form})
        time.sleep(self.server.delay)
        body = json.dumps(self.server.answer).encode()
        try:
            self.send_response(self.server.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped waiting

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def twilio():
    server = FakeTwilio()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def sender(twilio: FakeTwilio, **options) -> TwilioSmsSender:
    return TwilioSmsSender(
        **{"account_sid": ACCOUNT, "auth_token": TOKEN, "from_number": CLINIC, "api_url": twilio.url, **options}
    )


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_a_text_is_posted_to_the_accounts_messages_with_its_credentials(twilio):
    message_id = sender(twilio).send(PATIENT, "Avesta: Hello Ann")

    assert message_id == "SM0123456789abcdef0123456789abcdef"
    [request] = twilio.received
    assert request["path"] == f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
    assert request["authorization"] == basic(ACCOUNT, TOKEN)
    assert request["form"] == {"To": PATIENT, "From": CLINIC, "Body": "Avesta: Hello Ann"}


def test_a_messaging_service_and_an_api_key_replace_the_number_and_the_account_token(twilio):
    sender(twilio, from_number="", messaging_service_sid="MG123", api_key_sid="SK123").send(PATIENT, "Hello")

    [request] = twilio.received
    assert request["path"] == f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
    assert request["authorization"] == basic("SK123", TOKEN)
    assert request["form"] == {"To": PATIENT, "MessagingServiceSid": "MG123", "Body": "Hello"}


@pytest.mark.parametrize(
    ("status", "code", "error", "reason"),
    [
        (400, 21211, PermanentSmsError, "the phone number is not valid (400, code 21211)"),
        (400, 21614, PermanentSmsError, "the number cannot receive texts (a landline?) (400, code 21614)"),
        (400, 21610, PermanentSmsError, "the patient replied STOP to our texts (400, code 21610)"),
        (400, None, PermanentSmsError, "the text provider refused the message (400)"),
        (500, None, TemporarySmsError, "the text provider failed (500)"),
        (503, 20503, TemporarySmsError, "the text provider failed (503, code 20503)"),
        (429, 20429, TemporarySmsError, "the text provider asked us to wait (429, code 20429)"),
        (401, 20003, TemporarySmsError, "the text provider refused our account (401, code 20003): check SMS_URL"),
        (404, 20404, TemporarySmsError, "the text provider refused our account (404, code 20404): check SMS_URL"),
    ],
    ids=["bad number", "landline", "said STOP", "other 400", "500", "503", "too many", "bad token", "no account"],
)
def test_a_refused_number_is_final_and_a_failing_twilio_is_tried_again(twilio, status, code, error, reason):
    # Twilio's own message quotes the number: it must never reach the reason staff see (or the logs).
    twilio.answers(status, {"code": code, "message": f"The 'To' number {PATIENT} is not valid.", "status": status})

    with pytest.raises(error) as raised:
        sender(twilio).send(PATIENT, "Hello")

    assert raised.value.reason == reason
    assert PATIENT not in str(raised.value) and "5550177" not in raised.value.reason


def test_a_twilio_that_does_not_answer_in_time_is_tried_again(twilio):
    twilio.answers(201, {"sid": "SM1"}, delay=1.5)

    started = time.monotonic()
    with pytest.raises(TemporarySmsError, match="did not answer in time"):
        sender(twilio, timeout=0.3).send(PATIENT, "Hello")

    assert time.monotonic() - started < 1.2


def test_a_twilio_that_cannot_be_reached_is_tried_again():
    unreachable = TwilioSmsSender(ACCOUNT, TOKEN, CLINIC, api_url=f"http://127.0.0.1:{free_port()}", timeout=2)

    with pytest.raises(TemporarySmsError, match=r"could not reach the text provider \(ConnectionRefusedError\)"):
        unreachable.send(PATIENT, "Hello")


def test_an_answer_without_a_message_id_is_tried_again(twilio):
    twilio.answers(201, {"status": "queued"})

    with pytest.raises(TemporarySmsError, match="no message id"):
        sender(twilio).send(PATIENT, "Hello")


def test_a_sender_needs_a_number_or_a_messaging_service():
    with pytest.raises(ValueError, match="a number to send from"):
        TwilioSmsSender(ACCOUNT, TOKEN)


# Through the delivery: what staff see for each answer.


@pytest.fixture
def text_reply(settings, twilio, make_request, front_desk, starter_replies) -> Notification:
    settings.SMS_BACKEND = "appointments.sms.twilio.TwilioSmsSender"
    settings.SMS_OPTIONS = {"account_sid": ACCOUNT, "auth_token": TOKEN, "from_number": CLINIC, "api_url": twilio.url}
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    appointment = make_request(
        first_name="Ann", contact_method=AppointmentRequest.ContactMethod.TEXT, sms_opt_in=True, phone=PATIENT
    )
    reply = ReplyTemplate.objects.get(name="Let's find a time")
    send_reply(appointment, front_desk, reply, reply.fill_text(appointment, front_desk))
    return Notification.objects.get(kind=Notification.Kind.REPLY)


def attempt(notification: Notification) -> Notification:
    send_notification.call(notification.pk)
    notification.refresh_from_db()
    return notification


@pytest.mark.django_db
def test_a_text_twilio_accepted_is_sent_with_its_id_kept(text_reply, twilio):
    text_reply = attempt(text_reply)

    assert (text_reply.state, text_reply.provider_id) == ("sent", "SM0123456789abcdef0123456789abcdef")
    assert twilio.received[0]["form"]["To"] == PATIENT
    assert twilio.received[0]["form"]["Body"].startswith("Avesta: Hello Ann, thank you for your request")


@pytest.mark.django_db
def test_a_number_twilio_refuses_fails_for_good_and_says_why(text_reply, twilio):
    twilio.answers(400, {"code": 21211, "message": f"The 'To' number {PATIENT} is not a valid phone number."})

    text_reply = attempt(text_reply)

    assert (text_reply.state, text_reply.next_attempt_at, text_reply.short_state) == ("failed", None, "failed")
    assert text_reply.describe() == (
        "failed after 1 attempt (the phone number is not valid (400, code 21211)), no more retries"
    )
