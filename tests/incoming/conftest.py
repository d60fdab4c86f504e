import logging
from collections.abc import Iterator

import pytest


class SecurityLog:
    """The "security" loggers' lines a test caused; `text` is everything logged, for "never logged" checks."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        self.caplog = caplog

    @property
    def records(self) -> list[logging.LogRecord]:
        return [r for r in self.caplog.records if r.name == "security" or r.name.startswith("security.")]

    @property
    def messages(self) -> list[str]:
        return [record.getMessage() for record in self.records]

    @property
    def text(self) -> str:
        return self.caplog.text


@pytest.fixture
def security_log(caplog) -> Iterator[SecurityLog]:
    """The "security" loggers do not propagate (their lines have their own handler): listen to them directly."""
    security = logging.getLogger("security")
    security.addHandler(caplog.handler)
    caplog.set_level(logging.DEBUG)
    yield SecurityLog(caplog)
    security.removeHandler(caplog.handler)
