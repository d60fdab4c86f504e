"""Plain functions and constants the tests share; fixtures live in the conftest.py files."""

import socket

from bs4 import BeautifulSoup

FORM_URL = "/request-an-appointment/"
THANK_YOU_URL = "/request-an-appointment/thank-you/"
# Every test user's password: long enough for the validators, never a real one.
PASSWORD = "a-long-test-password"


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def page_text(response) -> str:
    """The words of a page as a reader sees them, whitespace collapsed."""
    return " ".join(soup_of(response).get_text(" ").split())


def field_error(response, field: str) -> str:
    """The message shown under one field of a crispy form, or "" if it has none."""
    feedback = soup_of(response).select_one(f"#div_id_{field} .invalid-feedback")
    return feedback.get_text(" ", strip=True) if feedback else ""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
