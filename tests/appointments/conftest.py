import pytest

from appointments import sms

from ..helpers import log_in_verified


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    """Tests send forms instantly; the too-fast check has its own test."""
    settings.APPOINTMENT_FORM_MIN_SECONDS = 0


@pytest.fixture
def desk_client(client, front_desk):
    """The test client, logged in as front desk staff."""
    log_in_verified(client, front_desk)
    return client


@pytest.fixture(autouse=True)
def sms_outbox() -> list:
    """The texts sent by the locmem backend (tests/settings.py), emptied for each test as mail.outbox is."""
    sms.outbox.clear()
    return sms.outbox
