import datetime
import zoneinfo

import pytest

from appointments.response_clock import add_business_hours, business_time_between
from pages.models import OpeningHours

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")
FOUR_HOURS = datetime.timedelta(hours=4)


def weekdays_nine_to_five() -> list[OpeningHours]:
    return [OpeningHours(weekday=day, opens=datetime.time(9), closes=datetime.time(17)) for day in range(5)]


def at(day: int, hour: int, minute: int = 0) -> datetime.datetime:
    """A time in the week of Monday 2026-11-23 (day 0 = Monday)."""
    return datetime.datetime(2026, 11, 23 + day, hour, minute, tzinfo=PHOENIX)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (at(0, 10), at(0, 14)),  # Monday morning: same afternoon
        (at(0, 15), at(1, 11)),  # Monday 3 pm: two hours today, two tomorrow
        (at(4, 16), at(7, 12)),  # Friday 4 pm: Monday noon
        (at(5, 11), at(7, 13)),  # Saturday: counted from Monday's opening
        (at(0, 6, 30), at(0, 13)),  # before opening
        (at(1, 17), at(2, 13)),  # at closing time
    ],
)
def test_response_deadline_counts_only_opening_hours(received, due, settings):
    settings.TIME_ZONE = "America/Phoenix"

    assert add_business_hours(weekdays_nine_to_five(), received, FOUR_HOURS) == due


def test_no_opening_hours_means_no_deadline():
    assert add_business_hours([], at(0, 10), FOUR_HOURS) is None


def test_split_days_are_handled(settings):
    settings.TIME_ZONE = "America/Phoenix"
    hours = [
        OpeningHours(weekday=0, opens=datetime.time(9), closes=datetime.time(12)),
        OpeningHours(weekday=0, opens=datetime.time(13), closes=datetime.time(17)),
    ]

    assert add_business_hours(hours, at(0, 11), FOUR_HOURS) == at(0, 16)


def test_waiting_time_skips_nights_and_weekends(settings):
    settings.TIME_ZONE = "America/Phoenix"
    hours = weekdays_nine_to_five()

    assert business_time_between(hours, at(4, 16), at(7, 10)) == datetime.timedelta(hours=2)
    assert business_time_between(hours, at(0, 10), at(0, 10, 30)) == datetime.timedelta(minutes=30)
    assert business_time_between(hours, at(0, 10), at(0, 9)) == datetime.timedelta()


def test_overlapping_spans_count_once(settings):
    settings.TIME_ZONE = "America/Phoenix"
    hours = [
        OpeningHours(weekday=0, opens=datetime.time(9), closes=datetime.time(13)),
        OpeningHours(weekday=0, opens=datetime.time(12), closes=datetime.time(17)),
    ]

    assert add_business_hours(hours, at(0, 9), FOUR_HOURS) == at(0, 13)
    assert business_time_between(hours, at(0, 9), at(0, 17)) == datetime.timedelta(hours=8)


def test_daylight_saving_change_is_counted_in_local_hours(settings):
    settings.TIME_ZONE = "America/Denver"
    denver = zoneinfo.ZoneInfo("America/Denver")
    friday = datetime.datetime(2026, 10, 30, 15, tzinfo=denver)  # summer time; clocks go back on Sunday
    due = add_business_hours(weekdays_nine_to_five(), friday, FOUR_HOURS)

    # Two hours on Friday, two on Monday: 11 am local, in winter time.
    assert due == datetime.datetime(2026, 11, 2, 11, tzinfo=denver)
    assert due.utcoffset() == datetime.timedelta(hours=-7)
