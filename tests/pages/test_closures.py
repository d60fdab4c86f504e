"""Public holidays and the clinic's own closed days: the reply promise and the waiting clock skip them."""

import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup

from appointments import response_clock
from appointments.abuse import sign_form_start
from pages.closures import add_public_holidays
from pages.models import ClosedDay, Location

from ..helpers import FORM_URL, page_text

pytestmark = pytest.mark.django_db

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")
THANKSGIVING_2026 = datetime.date(2026, 11, 26)


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(2026, month, day, hour, minute, tzinfo=PHOENIX)


def test_a_location_is_closed_on_the_federal_holidays_of_the_next_two_years(location):
    added = add_public_holidays(location, start=datetime.date(2026, 11, 1))

    closed = dict(location.closed_days.values_list("date", "reason"))
    assert added == len(closed) == 26
    assert closed[THANKSGIVING_2026] == "Thanksgiving Day"
    assert closed[datetime.date(2027, 7, 5)] == "Independence Day (observed)"
    assert min(closed) == datetime.date(2026, 11, 11) and max(closed) == datetime.date(2028, 10, 9)


def test_adding_holidays_again_keeps_the_clinics_own_reasons(location):
    ClosedDay.objects.create(location=location, date=THANKSGIVING_2026, reason="Closed for the holiday weekend")

    add_public_holidays(location, start=datetime.date(2026, 11, 1))
    assert add_public_holidays(location, start=datetime.date(2026, 11, 1)) == 0

    assert location.closed_days.get(date=THANKSGIVING_2026).reason == "Closed for the holiday weekend"


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


def test_a_new_location_added_in_the_admin_is_closed_on_public_holidays(admin_client):
    response = admin_client.post(
        "/admin/pages/location/add/",
        {
            "name": "Avesta Tempe", "slug": "tempe", "street_address": "1 Mill Avenue", "city": "Tempe",
            "region": "AZ", "postal_code": "85281", "phone": "+14805550150", "sms_number": "+14805550151",
            "email": "tempe@clinic.example", "display_order": "1", "appointment_recipients": "",
            "opening_hours-TOTAL_FORMS": "0", "opening_hours-INITIAL_FORMS": "0",
            "closed_days-TOTAL_FORMS": "0", "closed_days-INITIAL_FORMS": "0",
        },
    )  # fmt: skip

    assert response.status_code == 302
    assert Location.objects.get(slug="tempe").closed_days.count() >= 20


def test_staff_see_and_edit_the_coming_closed_days_on_the_location_page(admin_client, location):
    ClosedDay.objects.create(location=location, date=datetime.date(2020, 1, 1), reason="Long ago")
    add_public_holidays(location)

    page = BeautifulSoup(admin_client.get(f"/admin/pages/location/{location.pk}/change/").content, "html.parser")

    reasons = [field["value"] for field in page.select("input[name$='-reason']") if field.get("value")]
    assert "Thanksgiving Day" in reasons and "Long ago" not in reasons
