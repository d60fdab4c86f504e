"""Choosing the text backend from SMS_URL, the console and in-memory backends, the deploy check that warns of texts
that are never sent, and how many messages a text costs."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from appointments import sms
from appointments.checks import check_production_services
from appointments.sms.console import ConsoleSmsSender
from avesta.settings import sms_backend

TWILIO = "appointments.sms.twilio.TwilioSmsSender"


def test_the_console_backend_prints_the_text_and_its_number(capsys):
    message_id = ConsoleSmsSender().send("+14805550177", "Avesta: Hello Ann\nReply STOP to opt out.")

    printed = capsys.readouterr().out
    assert message_id.startswith("console-")
    assert f"Text message {message_id}\nTo: +14805550177\n\nAvesta: Hello Ann\nReply STOP to opt out.\n" in printed


def test_the_locmem_backend_keeps_what_it_sent_in_the_outbox(settings, sms_outbox):
    settings.SMS_BACKEND, settings.SMS_OPTIONS = "appointments.sms.locmem.LocmemSmsSender", {}

    message_id = sms.get_sender().send("+14805550177", "Hello")

    assert sms_outbox == [sms.SentText(to="+14805550177", body="Hello", message_id=message_id)]


def test_with_texts_off_nothing_can_be_sent(settings):
    settings.SMS_BACKEND = ""

    assert not sms.texts_enabled()
    with pytest.raises(sms.PermanentSmsError, match="texts are switched off"):
        sms.get_sender()


@pytest.mark.parametrize(
    ("url", "backend", "options"),
    [
        ("off://", "", {}),
        ("console://", "appointments.sms.console.ConsoleSmsSender", {}),
        ("locmem://", "appointments.sms.locmem.LocmemSmsSender", {}),
        (
            "twilio://AC123:to%2Fken@/?from=%2B14805550143",
            TWILIO,
            {"account_sid": "AC123", "auth_token": "to/ken", "from_number": "+14805550143"},
        ),
        (
            "twilio://AC123:token@api.twilio.com/?from=+14805550143",
            TWILIO,
            {"account_sid": "AC123", "from_number": "+14805550143", "api_url": "https://api.twilio.com"},
        ),
        (
            "twilio://SK123:secret@/?account=AC123&messaging_service_sid=MG123",
            TWILIO,
            {"account_sid": "AC123", "api_key_sid": "SK123", "auth_token": "secret", "messaging_service_sid": "MG123"},
        ),
    ],
    ids=["off", "console", "locmem", "twilio", "a + in the number and a host", "an API key and a messaging service"],
)
def test_sms_url_chooses_the_backend_and_its_options(url, backend, options):
    chosen, given = sms_backend(url)

    assert chosen == backend
    assert options.items() <= given.items()


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("smtp://mail.example", "SMS_URL must start with one of off, console, locmem, twilio://"),
        ("consol://", "SMS_URL must start with one of"),
        ("twilio://AC123@/?from=%2B14805550143", "needs the account and token, and a number to send from"),
        ("twilio://AC123:token@/", "needs the account and token, and a number to send from"),
    ],
    ids=["another scheme", "a typo", "no token", "no number"],
)
def test_an_sms_url_that_cannot_send_stops_start_up(url, error):
    with pytest.raises(ImproperlyConfigured, match=error):
        sms_backend(url)


def deploy_warnings() -> set[str]:
    return {message.id for message in check_production_services(None) if message.id}


@pytest.mark.parametrize(
    ("backend", "debug", "warned"),
    [
        ("appointments.sms.console.ConsoleSmsSender", False, True),
        ("appointments.sms.locmem.LocmemSmsSender", False, True),
        ("appointments.sms.console.ConsoleSmsSender", True, False),
        (TWILIO, False, False),
        ("", False, False),
    ],
    ids=["console in production", "locmem in production", "console with DEBUG", "twilio", "texts off"],
)
def test_the_deploy_check_warns_of_texts_that_are_printed_instead_of_sent(settings, backend, debug, warned):
    settings.SMS_BACKEND, settings.DEBUG = backend, debug

    assert ("appointments.W004" in deploy_warnings()) is warned


@pytest.mark.parametrize(
    ("text", "messages"),
    [
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # two characters' room each in the GSM alphabet
        ("€" * 81, 2),
        ("it’s" + "a" * 66, 1),  # a curly apostrophe: the whole text in UCS-2, 70 a message
        ("it’s" + "a" * 67, 2),
    ],
)
def test_a_texts_length_in_messages(text, messages):
    assert sms.segments(text) == messages


def test_what_staff_may_write_leaves_room_for_the_name_before_and_the_stop_line_after(settings):
    settings.SITE_SHORT_NAME = "Avesta"

    assert sms.compose("Hello Ann,\r\nplease call us.") == "Avesta: Hello Ann,\nplease call us.\nReply STOP to opt out."
    assert sms.body_max_length() == sms.MAX_LENGTH - len("Avesta: \nReply STOP to opt out.")
