"""Staff choose a location's public holidays in the Location admin, and enter the clinic's own closed days."""

import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup, Tag

from pages.closures import add_public_holidays
from pages.models import COMMONLY_OBSERVED_HOLIDAYS, ClosedDay, Location

from ..helpers import soup_of

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/pages/location/add/"
# Staff edit in November 2026: the coming holidays are those of the next two years.
NOVEMBER_2026 = datetime.datetime(2026, 11, 2, 10, tzinfo=zoneinfo.ZoneInfo("America/Phoenix"))
TEMPE = {
    "name": "Avesta Tempe", "slug": "tempe", "street_address": "1 Mill Avenue", "city": "Tempe", "region": "AZ",
    "postal_code": "85281", "phone": "+14805550150", "sms_number": "+14805550151", "email": "tempe@clinic.example",
}  # fmt: skip


@pytest.fixture(autouse=True)
def _in_november_2026():
    with time_machine.travel(NOVEMBER_2026, tick=False):
        yield


def change_url(location: Location) -> str:
    return f"/admin/pages/location/{location.pk}/change/"


def location_form(page: BeautifulSoup) -> Tag:
    form = page.select_one("form#location_form")
    assert form is not None
    return form


def as_posted(form: Tag) -> dict[str, list[str]]:
    """What a browser would send for this form as it stands: filled fields, ticked boxes, chosen options."""
    data: dict[str, list[str]] = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = str(field["name"])
        if field.name == "select":
            values = [str(option.get("value", "")) for option in field.select("option[selected]")]
        elif field.name == "textarea":
            values = [field.get_text()]
        elif field.get("type") in ("checkbox", "radio"):
            values = [str(field.get("value", "on"))] if field.has_attr("checked") else []
        elif field.get("type") in ("submit", "button", "file"):
            values = []
        else:
            values = [str(field.get("value", ""))]
        data.setdefault(name, []).extend(values)
    return data


def tick(form: Tag, label: str) -> None:
    """Tick the checkbox staff see next to this label."""
    box = form.find("label", string=lambda text: text is not None and text.strip() == label)
    if box is None:  # Django's CheckboxSelectMultiple puts the input inside its label
        box = next(found for found in form.select("label") if found.get_text(strip=True) == label)
    checkbox = box.select_one("input[type=checkbox]") or form.select_one(f"input#{box['for']}")
    assert checkbox is not None
    checkbox["checked"] = "checked"


def untick(form: Tag, label: str) -> None:
    box = next(found for found in form.select("label") if found.get_text(strip=True) == label)
    checkbox = box.select_one("input[type=checkbox]")
    assert checkbox is not None
    del checkbox["checked"]


def ticked_labels(form: Tag) -> list[str]:
    return [
        label.get_text(strip=True)
        for label in form.select("#id_closed_on_holidays label")
        if label.select_one("input[checked]")
    ]


def test_a_new_location_offers_the_public_holidays_with_the_six_commonly_observed_ticked(admin_client):
    form = location_form(soup_of(admin_client.get(ADD_URL)))

    offered = [label.get_text(strip=True) for label in form.select("#id_closed_on_holidays label")]
    assert "Juneteenth National Independence Day" in offered and "Columbus Day" in offered
    assert ticked_labels(form) == list(COMMONLY_OBSERVED_HOLIDAYS)


def test_a_new_location_added_in_the_admin_is_closed_on_the_ticked_holidays_only(admin_client):
    form = location_form(soup_of(admin_client.get(ADD_URL)))
    data = as_posted(form)
    data.update({name: [value] for name, value in TEMPE.items()})
    data.update({"opening_hours-TOTAL_FORMS": ["5"]})
    for day in range(5):
        data.update({f"opening_hours-{day}-weekday": [str(day)], f"opening_hours-{day}-opens": ["09:00"]})
        data.update({f"opening_hours-{day}-closes": ["17:00"]})

    response = admin_client.post(ADD_URL, data)

    assert response.status_code == 302
    closed = dict(Location.objects.get(slug="tempe").closed_days.values_list("date", "reason"))
    assert closed[datetime.date(2026, 11, 26)] == "Thanksgiving Day"
    assert datetime.date(2026, 11, 11) not in closed  # Veterans Day: not ticked
    assert len(closed) == 12  # six a year, over two years


def test_staff_ticking_juneteenth_close_the_location_on_it(admin_client, location):
    add_public_holidays(location)
    form = location_form(soup_of(admin_client.get(change_url(location))))
    tick(form, "Juneteenth National Independence Day")

    response = admin_client.post(change_url(location), as_posted(form), follow=True)

    assert "Public holidays: 2 closed day(s) added, 0 reopened." in response.content.decode()
    location.refresh_from_db()
    assert "Juneteenth National Independence Day" in location.closed_on_holidays
    assert location.closed_days.get(date=datetime.date(2027, 6, 18)).reason == (
        "Juneteenth National Independence Day (observed)"
    )


def test_staff_unticking_a_holiday_reopen_its_dates_but_keep_their_own_closures(admin_client, location):
    add_public_holidays(location)
    ClosedDay.objects.filter(location=location, date=datetime.date(2026, 11, 26)).update(reason="Our Thanksgiving")
    form = location_form(soup_of(admin_client.get(change_url(location))))
    untick(form, "Thanksgiving Day")
    untick(form, "Christmas Day")

    admin_client.post(change_url(location), as_posted(form))

    closed = dict(location.closed_days.values_list("date", "reason"))
    assert closed[datetime.date(2026, 11, 26)] == "Our Thanksgiving"  # staff renamed it: theirs now
    assert datetime.date(2026, 12, 25) not in closed and datetime.date(2027, 11, 25) not in closed
    assert closed[datetime.date(2027, 1, 1)] == "New Year's Day"


def test_the_admin_refuses_a_closed_day_on_a_weekend_with_a_message(admin_client, location):
    form = location_form(soup_of(admin_client.get(change_url(location))))
    data = as_posted(form)
    data.update({"closed_days-0-date": ["2026-12-26"], "closed_days-0-reason": ["Staff party"]})

    response = admin_client.post(change_url(location), data)

    assert response.status_code == 200
    errors = " ".join(soup_of(response).select_one("#closed_days-group .errorlist").get_text(" ").split())
    assert errors == (
        "Saturdays are closed anyway by the weekly opening hours: add only days the clinic would otherwise be open."
    )
    assert not location.closed_days.filter(date=datetime.date(2026, 12, 26)).exists()
