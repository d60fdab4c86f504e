"""Texts kept in appointments.sms.outbox instead of sent, for tests (like Django's locmem email backend)."""

import itertools

from . import SentText, outbox

_numbers = itertools.count(1)


class LocmemSmsSender:
    def send(self, to: str, body: str) -> str:
        message_id = f"locmem-{next(_numbers)}"
        outbox.append(SentText(to=to, body=body, message_id=message_id))
        return message_id
