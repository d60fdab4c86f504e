"""A location's closures, edited as a list of dates with their reasons: the coming ones soonest first, the past
ones folded away, added and removed in the location's own form."""

import datetime

import pytest
import time_machine
from django.test import Client

from pages.models import ClosedDay, Location

from ..helpers import page_text, soup_of
from .test_location_admin_holidays import NOVEMBER_2026, as_posted, change_url, location_form

pytestmark = pytest.mark.django_db

CHRISTMAS_EVE = "Thursday, December 24, 2026"


@pytest.fixture(autouse=True)
def _in_november_2026():
    with time_machine.travel(NOVEMBER_2026, tick=False):
        yield


@pytest.fixture
def closures(location: Location) -> None:
    for day, reason in [
        (datetime.date(2026, 12, 24), "Christmas Eve"),
        (datetime.date(2026, 11, 27), "Day after Thanksgiving"),
        (datetime.date(2026, 7, 3), "Independence Day (observed)"),
        (datetime.date(2025, 12, 25), "Christmas Day"),
    ]:
        ClosedDay.objects.create(location=location, date=day, reason=reason)


def closure_rows(soup) -> list[tuple[str, str]]:
    return [
        (row.select_one("input[type=date]")["value"], row.select_one(".field-reason input")["value"])
        for row in soup.select("#closed_days-group tbody tr.has_original")
    ]


def test_coming_closures_are_listed_soonest_first_and_past_ones_folded_newest_first(admin_client, closures, location):
    soup = soup_of(admin_client.get(change_url(location)))

    assert closure_rows(soup) == [("2026-11-27", "Day after Thanksgiving"), ("2026-12-24", "Christmas Eve")]
    past = soup.select_one("#closed_days-group details.past-closures")
    assert not past.has_attr("open")
    assert past.summary.get_text(strip=True) == "Past closures (2)"
    assert [" ".join(item.get_text().split()) for item in past.select("li")] == [
        "Friday, July 3, 2026: Independence Day (observed)",
        "Thursday, December 25, 2025: Christmas Day",
    ]


def test_every_field_of_the_list_is_labelled(admin_client, closures, location):
    soup = soup_of(admin_client.get(change_url(location)))

    def label_of(field) -> str:
        return " ".join(soup.select_one(f"label[for={field['id']}]").get_text(" ").split())

    fields = soup.select("#closed_days-group tr:not(.empty-form) input:not([type=hidden])")
    assert [label_of(field) for field in fields] == [
        "Date",
        "Reason for Friday, November 27, 2026",
        "Remove the closure on Friday, November 27, 2026",
        "Date",
        "Reason for Thursday, December 24, 2026",
        "Remove the closure on Thursday, December 24, 2026",
        "Date of a new closure",
        "Reason",
    ]


def test_a_closure_added_to_the_list_is_saved_and_shown_to_patients(admin_client, closures, location):
    data = as_posted(location_form(soup_of(admin_client.get(change_url(location)))))
    data.update({"closed_days-2-date": ["2026-12-31"], "closed_days-2-reason": ["Staff training"]})

    response = admin_client.post(change_url(location), data)

    assert response.status_code == 302
    assert location.closed_days.get(date=datetime.date(2026, 12, 31)).reason == "Staff training"
    assert "Staff training" in page_text(Client().get("/contact/"))


def test_a_closure_ticked_remove_is_deleted_and_patients_no_longer_see_it(admin_client, closures, location):
    form = location_form(soup_of(admin_client.get(change_url(location))))
    labels = form.select("#closed_days-group label")
    remove = next(
        label for label in labels if " ".join(label.get_text().split()) == f"Remove the closure on {CHRISTMAS_EVE}"
    )
    form.select_one(f"#{remove['for']}")["checked"] = "checked"

    admin_client.post(change_url(location), as_posted(form))

    assert not location.closed_days.filter(date=datetime.date(2026, 12, 24)).exists()
    assert location.closed_days.filter(date=datetime.date(2026, 11, 27)).exists()
    assert "Christmas Eve" not in page_text(Client().get("/contact/"))


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2026-12-26", "Saturdays are closed anyway by the weekly opening hours"),
        ("2026-12-24", "This date is in the list already: one closure a day."),
        ("24/12", "Enter a valid date."),
    ],
    ids=["a weekend day", "a date already closed", "not a date"],
)
def test_a_wrong_closure_is_refused_with_its_message_beside_it(admin_client, closures, location, date, message):
    data = as_posted(location_form(soup_of(admin_client.get(change_url(location)))))
    data.update({"closed_days-2-date": [date], "closed_days-2-reason": ["Our own"]})

    response = admin_client.post(change_url(location), data)

    assert response.status_code == 200
    assert message in soup_of(response).select_one("#closed_days-group").get_text(" ")
    assert not location.closed_days.filter(reason="Our own").exists()
