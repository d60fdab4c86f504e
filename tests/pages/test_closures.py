"""Public holidays and the clinic's own closed days: which a location keeps, and the reply promise and the
waiting clock skip them."""

import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from appointments import response_clock
from appointments.abuse import sign_form_start
from pages.closures import add_public_holidays
from pages.models import ClosedDay, Location, OpeningHours

from ..helpers import FORM_URL, page_text

pytestmark = pytest.mark.django_db

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")
THANKSGIVING_2026 = datetime.date(2026, 11, 26)
SATURDAY, SUNDAY = 5, 6


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(2026, month, day, hour, minute, tzinfo=PHOENIX)


def d(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


# The six commonly observed holidays, on the weekday they are observed: a Saturday holiday the Friday before
# (July 4, 2026; Christmas 2027; New Year 2028 on December 31, 2027), a Sunday one the Monday after (July 4, 2027).
KEPT_BY_YEAR = {
    2026: {
        d("2026-01-01"): "New Year's Day", d("2026-05-25"): "Memorial Day",
        d("2026-07-03"): "Independence Day (observed)", d("2026-09-07"): "Labor Day",
        d("2026-11-26"): "Thanksgiving Day", d("2026-12-25"): "Christmas Day",
    },
    2027: {
        d("2027-01-01"): "New Year's Day", d("2027-05-31"): "Memorial Day",
        d("2027-07-05"): "Independence Day (observed)", d("2027-09-06"): "Labor Day",
        d("2027-11-25"): "Thanksgiving Day", d("2027-12-24"): "Christmas Day (observed)",
        d("2027-12-31"): "New Year's Day (observed)",
    },
    2028: {
        d("2028-05-29"): "Memorial Day", d("2028-07-04"): "Independence Day", d("2028-09-04"): "Labor Day",
        d("2028-11-23"): "Thanksgiving Day", d("2028-12-25"): "Christmas Day",
    },
    2029: {
        d("2029-01-01"): "New Year's Day", d("2029-05-28"): "Memorial Day", d("2029-07-04"): "Independence Day",
        d("2029-09-03"): "Labor Day", d("2029-11-22"): "Thanksgiving Day", d("2029-12-25"): "Christmas Day",
    },
    2030: {
        d("2030-01-01"): "New Year's Day", d("2030-05-27"): "Memorial Day", d("2030-07-04"): "Independence Day",
        d("2030-09-02"): "Labor Day", d("2030-11-28"): "Thanksgiving Day", d("2030-12-25"): "Christmas Day",
    },
}  # fmt: skip


@pytest.mark.parametrize("year", sorted(KEPT_BY_YEAR))
def test_a_new_location_is_closed_on_the_six_commonly_observed_holidays_and_never_on_a_weekend(location, year):
    add_public_holidays(location, start=datetime.date(year, 1, 1))

    closed = dict(location.closed_days.values_list("date", "reason"))
    assert {day: reason for day, reason in closed.items() if day.year == year} == KEPT_BY_YEAR[year]
    assert not [day for day in closed if day.weekday() in (SATURDAY, SUNDAY)]


def test_a_location_keeps_the_holidays_staff_chose_and_no_others(location):
    location.closed_on_holidays = ["Juneteenth National Independence Day", "Veterans Day"]
    location.save()

    add_public_holidays(location, start=datetime.date(2027, 1, 1))

    closed = dict(location.closed_days.values_list("date", "reason"))
    assert closed == {
        d("2027-06-18"): "Juneteenth National Independence Day (observed)",  # June 19 is a Saturday
        d("2027-11-11"): "Veterans Day",
        d("2028-06-19"): "Juneteenth National Independence Day",
        d("2028-11-10"): "Veterans Day (observed)",  # November 11 is a Saturday
    }


def test_a_holiday_on_a_day_the_weekly_hours_close_is_not_added(location):
    location.opening_hours.filter(weekday=OpeningHours.Weekday.MONDAY).delete()

    add_public_holidays(location, start=datetime.date(2026, 1, 1))

    closed = set(location.closed_days.filter(date__year=2026).values_list("date", flat=True))
    assert d("2026-05-25") not in closed and d("2026-09-07") not in closed  # Memorial and Labor Day: Mondays
    assert d("2026-11-26") in closed


def test_adding_holidays_again_keeps_the_clinics_own_reasons(location):
    ClosedDay.objects.create(location=location, date=THANKSGIVING_2026, reason="Closed for the holiday weekend")

    add_public_holidays(location, start=datetime.date(2026, 11, 1))
    assert add_public_holidays(location, start=datetime.date(2026, 11, 1)) == 0

    assert location.closed_days.get(date=THANKSGIVING_2026).reason == "Closed for the holiday weekend"


@pytest.mark.parametrize(
    ("hours", "day", "refused"),
    [
        ("Monday to Friday", d("2026-12-26"), True),  # a Saturday
        ("Monday to Friday", d("2026-12-27"), True),  # a Sunday
        ("Monday to Friday", d("2026-12-24"), False),
        ("Monday to Saturday", d("2026-12-26"), False),  # open on Saturdays: a Saturday can be closed
        ("none entered yet", d("2026-12-26"), True),
    ],
)
def test_a_closed_day_on_a_day_the_clinic_is_closed_anyway_is_refused(location, hours, day, refused):
    if hours == "Monday to Saturday":
        OpeningHours.objects.create(location=location, weekday=5, opens=datetime.time(10), closes=datetime.time(14))
    if hours == "none entered yet":
        location.opening_hours.all().delete()

    closure = ClosedDay(location=Location.objects.get(pk=location.pk), date=day, reason="Staff training")

    if refused:
        with pytest.raises(ValidationError, match=f"{day:%A}s are closed anyway by the weekly opening hours"):
            closure.full_clean()
    else:
        closure.full_clean()


def test_a_request_sent_on_a_federal_holiday_is_promised_a_reply_on_the_next_open_day(
    client, form_data, location, settings
):
    settings.APPOINTMENT_FORM_MIN_SECONDS = 0
    add_public_holidays(location, start=datetime.date(2026, 11, 1))

    with time_machine.travel(at(11, 26, 10), tick=False):
        form_data["form_started"] = sign_form_start(form_data["submission_token"])
        response = client.post(FORM_URL, form_data, follow=True)

    assert "We will call you by Friday, November 27 at 1 pm (Arizona time)." in page_text(response)


def test_a_clinic_closure_after_a_holiday_moves_the_promise_past_both(location):
    add_public_holidays(location, start=datetime.date(2026, 11, 1))
    ClosedDay.objects.create(location=location, date=datetime.date(2026, 11, 27), reason="Day after Thanksgiving")

    # Wednesday 3 pm: two hours that day, then Thursday and Friday closed, the weekend, two hours on Monday.
    assert response_clock.reply_deadline(location, at(11, 25, 15)) == at(11, 30, 11)


def test_the_waiting_clock_does_not_count_a_closed_day(make_request, location):
    ClosedDay.objects.create(location=location, date=THANKSGIVING_2026, reason="Thanksgiving Day")
    appointment = make_request(created_at=at(11, 25, 16), respond_by=at(11, 27, 12))

    # Wednesday 4-5 pm and Friday 9-10 am; Thursday is closed.
    assert response_clock.time_waited(appointment, now=at(11, 27, 10)) == datetime.timedelta(hours=2)
    with time_machine.travel(at(11, 27, 10), tick=False):
        assert not response_clock.is_overdue(appointment)


def test_staff_see_and_edit_the_coming_closed_days_on_the_location_page(admin_client, location):
    ClosedDay.objects.create(location=location, date=datetime.date(2020, 1, 1), reason="Long ago")
    add_public_holidays(location)

    page = BeautifulSoup(admin_client.get(f"/admin/pages/location/{location.pk}/change/").content, "html.parser")

    reasons = [field["value"] for field in page.select("input[name$='-reason']") if field.get("value")]
    assert "Thanksgiving Day" in reasons and "Long ago" not in reasons
