import pytest
from django.test import Client

BROWSER = {"User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1"}


@pytest.fixture
def reader() -> Client:
    """An anonymous visitor's browser: no cookies, a person's user agent."""
    return Client(headers=BROWSER)


@pytest.fixture
def other_reader() -> Client:
    return Client(headers=BROWSER)
