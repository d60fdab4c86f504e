"""Text messages to patients: one small interface, a backend chosen by settings.SMS_BACKEND (from SMS_URL).

Like Django's EMAIL_BACKEND: `console` prints (make run), `locmem` keeps them in `outbox` (tests), `twilio`
sends through Twilio's Messages API. With SMS_URL=off:// no backend is set and replies go by email.
A backend raises PermanentSmsError when trying again cannot help (a number that cannot receive texts) and
TemporarySmsError otherwise; either one's reason is shown to staff, so it never quotes the number or the text.
"""

from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.module_loading import import_string

# Two messages of 153 characters each (the GSM alphabet, split): what one text may cost at most.
TWO_SEGMENTS = 306
# The longest text we send, as sent: two messages' worth (the shipped replies stay within TWO_SEGMENTS).
MAX_LENGTH = 320


class SmsError(Exception):
    """A text that was not sent; `reason` is for staff and names no patient detail."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PermanentSmsError(SmsError):
    """Sending it again fails the same way (a landline, a number that does not exist, a patient who said STOP)."""


class TemporarySmsError(SmsError):
    """Worth another try later (the provider is down or slow, too many requests, our credentials being fixed)."""


class SmsSender(Protocol):
    def send(self, to: str, body: str) -> str:
        """Send `body` to `to` (E.164, e.g. +14805550100); return the provider's id for the message."""
        ...


@dataclass(frozen=True)
class SentText:
    to: str
    body: str
    message_id: str


# What the locmem backend sent, oldest first (as django.core.mail.outbox is for the locmem email backend).
outbox: list[SentText] = []


def texts_enabled() -> bool:
    return bool(settings.SMS_BACKEND)


def get_sender() -> SmsSender:
    if not texts_enabled():
        raise PermanentSmsError("texts are switched off (SMS_URL)")
    sender: SmsSender = import_string(settings.SMS_BACKEND)(**settings.SMS_OPTIONS)
    return sender


# The GSM 03.38 alphabet: a text in these characters only takes 160 (or 153 when split) per message; any
# other character (a curly quote, an emoji) makes the whole text UCS-2, 70 (or 67) per message.
GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = set("^{}\\[~]|€\f")  # two characters' room each


def segments(text: str) -> int:
    """How many messages a phone receives this text as."""
    if all(char in GSM_BASIC or char in GSM_EXTENDED for char in text):
        length = sum(2 if char in GSM_EXTENDED else 1 for char in text)
        single, part = 160, 153
    else:
        length = len(text.encode("utf-16-le")) // 2
        single, part = 70, 67
    if length <= single:
        return 1
    return -(-length // part)


def compose(body: str) -> str:
    """The text as sent (templates/sms/patient_reply.txt): who is writing, what staff wrote, how to stop texts."""
    body = body.replace("\r\n", "\n").strip()
    return render_to_string("sms/patient_reply.txt", {"sender": settings.SITE_SHORT_NAME, "body": body}).strip()


def body_max_length() -> int:
    """What staff may write, so that the text as sent stays within MAX_LENGTH."""
    return MAX_LENGTH - len(compose(""))
