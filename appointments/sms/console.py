"""Texts printed to the terminal instead of sent, for `make run` (like Django's console email backend)."""

import itertools
import sys
from typing import TextIO

_numbers = itertools.count(1)


class ConsoleSmsSender:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def send(self, to: str, body: str) -> str:
        message_id = f"console-{next(_numbers)}"
        self.stream.write(f"Text message {message_id}\nTo: {to}\n\n{body}\n{'-' * 79}\n")
        self.stream.flush()
        return message_id
