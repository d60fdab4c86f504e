"""A location's week of opening hours, edited as a grid: a row per day, Closed or its hours (twice, around a
break), each field named for screen readers, each mistake said beside its field."""

import datetime

import pytest
import time_machine
from django.test import Client

from page_cache.generation import GENERATION_KEY
from page_cache.store import pages_cache
from pages.models import ClosedDay, Location, OpeningHours

from ..helpers import log_in_verified, page_text, soup_of
from .test_location_admin_holidays import NOVEMBER_2026, as_posted, change_url, location_form

pytestmark = pytest.mark.django_db

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.fixture(autouse=True)
def _in_november_2026():
    with time_machine.travel(NOVEMBER_2026, tick=False):
        yield


def the_form(client, location: Location) -> dict[str, list[str]]:
    return as_posted(location_form(soup_of(client.get(change_url(location)))))


def set_day(data: dict[str, list[str]], day: int, *times: str, closed: bool = False) -> None:
    """Fill a row of the grid as staff would: Closed ticked or not, then opens, closes, opens, closes."""
    data[f"hours_{day}_closed"] = ["on"] if closed else []
    for index, part in enumerate(["opens_0", "closes_0", "opens_1", "closes_1"]):
        data[f"hours_{day}_{part}"] = [times[index] if index < len(times) else ""]


def week_of(location: Location) -> dict[int, list[tuple[str, str]]]:
    week: dict[int, list[tuple[str, str]]] = {}
    for hours in location.opening_hours.order_by("weekday", "opens"):
        week.setdefault(hours.weekday, []).append((f"{hours.opens:%H:%M}", f"{hours.closes:%H:%M}"))
    return week


def error_beside(response, field: str) -> str:
    """The message shown next to a field of the grid (and tied to it by aria-describedby)."""
    soup = soup_of(response)
    field_input = soup.select_one(f"#id_{field}")
    assert field_input is not None and f"id_{field}_error" in field_input.get("aria-describedby", "")
    return " ".join(soup.select_one(f"#id_{field}_error").get_text(" ").split())


def test_the_grid_shows_each_days_hours_and_the_closed_days_ticked(admin_client, location):
    soup = soup_of(admin_client.get(change_url(location)))

    rows = soup.select(".week-grid tbody tr")
    assert [row.th.get_text(strip=True) for row in rows] == DAYS
    assert soup.select_one("#id_hours_0_opens_0")["value"] == "09:00"
    assert soup.select_one("#id_hours_0_closes_0")["value"] == "17:00"
    assert soup.select_one("#id_hours_0_opens_0")["type"] == "time"
    assert [day for day in range(7) if soup.select_one(f"#id_hours_{day}_closed").has_attr("checked")] == [5, 6]
    assert not soup.select("#opening_hours-group")  # the stock inline is gone


@pytest.mark.parametrize("day", range(7), ids=DAYS)
def test_the_fields_are_named_for_screen_readers(admin_client, location, day):
    soup = soup_of(admin_client.get(change_url(location)))

    def name_of(field: str) -> str:
        return " ".join(soup.select_one(f"label[for=id_hours_{day}_{field}]").get_text(" ").split())

    assert name_of("closed") == f"{DAYS[day]} Closed"
    assert name_of("opens_0") == f"{DAYS[day]} opens"
    assert name_of("closes_0") == f"{DAYS[day]} closes"
    assert name_of("opens_1") == f"{DAYS[day]} opens after a break"
    assert name_of("closes_1") == f"{DAYS[day]} closes after a break"


@pytest.mark.parametrize("day", range(7), ids=DAYS)
def test_each_days_hours_are_saved_and_the_others_left_as_they_were(admin_client, location, day):
    data = the_form(admin_client, location)
    set_day(data, day, "10:00", "14:30")

    response = admin_client.post(change_url(location), data)

    assert response.status_code == 302
    expected = {weekday: [("09:00", "17:00")] for weekday in range(5)} | {day: [("10:00", "14:30")]}
    assert week_of(location) == expected


def test_a_lunch_break_is_saved_as_two_spans_and_shown_to_patients(admin_client, location):
    data = the_form(admin_client, location)
    set_day(data, 0, "09:00", "12:30", "13:30", "17:00")

    admin_client.post(change_url(location), data)

    assert week_of(location)[0] == [("09:00", "12:30"), ("13:30", "17:00")]
    assert "Monday 9 am to 12:30 pm, 1:30 pm to 5 pm" in page_text(Client().get("/contact/"))


def test_a_day_ticked_closed_loses_its_hours_even_with_times_left_in_it(admin_client, location):
    data = the_form(admin_client, location)
    set_day(data, 2, "09:00", "17:00", closed=True)

    admin_client.post(change_url(location), data)

    assert 2 not in week_of(location)
    assert "Wednesday Closed" in page_text(Client().get("/contact/"))


@pytest.mark.parametrize(
    ("times", "field", "message"),
    [
        (("17:00", "09:00"), "hours_0_closes_0", "Enter a time after 5 pm, when it opens."),
        (("09:00", "09:00"), "hours_0_closes_0", "Enter a time after 9 am, when it opens."),
        (
            ("09:00", "12:00", "11:00", "17:00"),
            "hours_0_opens_1",
            "Enter a time after 12 pm: the first hours end then.",
        ),
        (("09:00",), "hours_0_closes_0", "Enter when Monday closes."),
        (("", "17:00"), "hours_0_opens_0", "Enter when Monday opens."),
        (("09:00", "12:00", "13:00"), "hours_0_closes_1", "Enter when Monday closes after the break."),
        ((), "hours_0_opens_0", "Enter when Monday opens and closes, or tick Closed."),
        (("9 o'clock", "17:00"), "hours_0_opens_0", "Enter a valid time."),
    ],
    ids=[
        "closes before opens",
        "closes as it opens",
        "overlap",
        "no closing",
        "no opening",
        "half a break",
        "empty",
        "not a time",
    ],
)
def test_a_mistake_is_refused_with_its_message_beside_the_field(admin_client, location, times, field, message):
    data = the_form(admin_client, location)
    set_day(data, 0, *times)

    response = admin_client.post(change_url(location), data)

    assert response.status_code == 200
    assert error_beside(response, field) == message
    assert week_of(location)[0] == [("09:00", "17:00")]


def test_the_rest_of_what_was_typed_is_kept_when_a_day_is_refused(admin_client, location):
    data = the_form(admin_client, location)
    set_day(data, 0, "17:00", "09:00")
    set_day(data, 5, "10:00", "13:00")

    soup = soup_of(admin_client.post(change_url(location), data))

    assert soup.select_one("#id_hours_5_opens_0")["value"] == "10:00"
    assert not soup.select_one("#id_hours_5_closed").has_attr("checked")
    assert 5 not in week_of(location)


def test_saving_the_week_ends_the_page_caches_generation_and_patients_see_it(admin_client, location):
    reader = Client()
    reader.get("/contact/")
    started = pages_cache().get(GENERATION_KEY)[0]
    data = the_form(admin_client, location)
    set_day(data, 5, "09:00", "13:00")

    admin_client.post(change_url(location), data)

    assert pages_cache().get(GENERATION_KEY)[0] != started
    assert "Saturday 9 am to 1 pm" in page_text(reader.get("/contact/"))


def test_saving_an_unchanged_week_rewrites_no_hours(admin_client, location):
    before = set(location.opening_hours.values_list("pk", flat=True))

    admin_client.post(change_url(location), the_form(admin_client, location))

    assert set(location.opening_hours.values_list("pk", flat=True)) == before


def test_a_closure_is_checked_against_the_hours_saved_with_it(admin_client, location):
    """Opening on Saturdays and closing one Saturday in the same save is fine; closing Fridays and a Friday is not."""
    data = the_form(admin_client, location)
    set_day(data, 5, "09:00", "13:00")
    data.update({"closed_days-0-date": ["2026-12-12"], "closed_days-0-reason": ["Staff training"]})

    accepted = admin_client.post(change_url(location), data)

    assert accepted.status_code == 302
    assert location.closed_days.get(date=datetime.date(2026, 12, 12)).reason == "Staff training"
    data = the_form(admin_client, location)
    set_day(data, 4, closed=True)
    data.update({"closed_days-0-date": ["2026-12-18"], "closed_days-0-reason": ["Staff party"]})

    refused = admin_client.post(change_url(location), data)

    assert refused.status_code == 200
    assert "Fridays are closed anyway" in soup_of(refused).select_one("#closed_days-group .errorlist").get_text()
    assert 4 in week_of(location) and not ClosedDay.objects.filter(date=datetime.date(2026, 12, 18)).exists()


def test_a_new_location_starts_with_weekdays_nine_to_five(admin_client):
    soup = soup_of(admin_client.get("/admin/pages/location/add/"))

    assert [soup.select_one(f"#id_hours_{day}_opens_0").get("value") for day in range(7)] == ["09:00"] * 5 + [None] * 2
    assert [soup.select_one(f"#id_hours_{day}_closed").has_attr("checked") for day in range(7)] == [False] * 5 + [
        True
    ] * 2


def test_staff_who_may_only_look_see_the_week_as_text(client, front_desk, location):
    log_in_verified(client, front_desk)

    soup = soup_of(client.get(change_url(location)))

    assert not soup.select(".week-grid input")
    hours = {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in soup.select(".week-grid tr")}
    assert hours["Monday"] == "9 am to 5 pm" and hours["Sunday"] == "Closed"


def test_a_day_with_more_spans_than_the_grid_keeps_them_all(admin_client, location):
    monday = OpeningHours.objects.get(location=location, weekday=0)
    monday.closes = datetime.time(11)
    monday.save()
    for opens, closes in [(12, 14), (15, 17)]:
        OpeningHours.objects.create(
            location=location, weekday=0, opens=datetime.time(opens), closes=datetime.time(closes)
        )

    response = admin_client.post(change_url(location), the_form(admin_client, location))

    assert response.status_code == 302
    assert week_of(location)[0] == [("09:00", "11:00"), ("12:00", "14:00"), ("15:00", "17:00")]
