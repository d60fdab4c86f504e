import datetime
import zoneinfo

import pytest
import time_machine

from ..helpers import log_in_verified

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")
# Friday 27 November 2026, 10 am at the clinic: "this week" began on Monday 23 November.
NOW = datetime.datetime(2026, 11, 27, 10, tzinfo=PHOENIX)


@pytest.fixture
def frozen_clock(settings):
    settings.TIME_ZONE = "America/Phoenix"
    settings.APPOINTMENT_RESPONSE_TARGET_HOURS = 4
    with time_machine.travel(NOW, tick=False):
        yield NOW


@pytest.fixture
def desk_client(client, front_desk):
    """The test client, logged in as front desk staff (who may view requests)."""
    log_in_verified(client, front_desk)
    return client


@pytest.fixture
def received(make_request, frozen_clock):
    """A request received at a local time (year 2026), e.g. received(11, 23, 9, status=...)."""

    def make(month: int, day: int, hour: int, minute: int = 0, **fields):
        at = datetime.datetime(2026, month, day, hour, minute, tzinfo=PHOENIX)
        return make_request(created_at=at, respond_by=at + datetime.timedelta(hours=4), **fields)

    return make
