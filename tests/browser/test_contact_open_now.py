"""The contact page's "open now" line, worked out in the browser from the clinic's hours and closed days."""

import datetime
import zoneinfo

import pytest
from playwright.sync_api import expect

from pages.models import ClosedDay, Location

pytestmark = pytest.mark.django_db(transaction=True)

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")


def next_weekday(weekday: int) -> datetime.date:
    """The next date (after today) falling on `weekday` (Monday is 0), far enough from public holidays to test."""
    day = datetime.date.today() + datetime.timedelta(days=1)
    while day.weekday() != weekday:
        day += datetime.timedelta(days=1)
    return day


def at_the_clinic(day: datetime.date, hour: int) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=PHOENIX)


@pytest.fixture
def clinic(demo_content) -> Location:
    location = Location.objects.get()
    location.closed_days.all().delete()  # public holidays would move the answers below
    return location


@pytest.mark.parametrize(
    ("weekday", "hour", "expected"),
    [
        (1, 10, "Open now, until 5 pm"),
        (1, 8, "Closed now. Opens today at 9 am"),
        (1, 18, "Closed now. Opens tomorrow at 9 am"),
        (5, 10, "Closed now. Opens Monday at 9 am"),
    ],
)
def test_contact_page_says_whether_the_clinic_is_open_now(page, clinic, weekday, hour, expected):
    page.clock.set_fixed_time(at_the_clinic(next_weekday(weekday), hour))

    page.goto("/contact/")

    expect(page.locator(".open-status")).to_have_text(expected)


def test_open_now_skips_a_closed_day(page, clinic):
    tuesday = next_weekday(1)
    ClosedDay.objects.create(location=clinic, date=tuesday + datetime.timedelta(days=1), reason="Staff training")
    page.clock.set_fixed_time(at_the_clinic(tuesday, 18))

    page.goto("/contact/")

    expect(page.locator(".open-status")).to_have_text("Closed now. Opens Thursday at 9 am")


def test_without_javascript_the_hours_table_stands_alone(browser, live_server, clinic):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()

    page.goto("/contact/")

    expect(page.locator(".open-status")).to_be_hidden()
    expect(page.locator("main .hours")).to_contain_text("Monday")
    context.close()
