"""Mark scheduled asks when and where; the dashboard and the list show the coming consultations by day."""

import datetime
import zoneinfo

import pytest
import time_machine

from appointments.models import AppointmentRequest, AuditEvent
from pages.models import ClosedDay, Location, OpeningHours

from ..helpers import LIST_URL, change_form, change_url, listed_references, page_text, soup_of

pytestmark = pytest.mark.django_db

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")
MONDAY_9AM = datetime.datetime(2026, 11, 30, 9, 0, tzinfo=PHOENIX)
Status = AppointmentRequest.Status


def schedule_url(appointment: AppointmentRequest) -> str:
    return f"{change_url(appointment).removesuffix('change/')}next-step/schedule/"


@pytest.fixture(autouse=True)
def christmas_closed(location) -> None:
    ClosedDay.objects.create(location=location, date=datetime.date(2026, 12, 25), reason="Christmas Day")


@pytest.fixture
def second_location(location) -> Location:
    scottsdale = Location.objects.create(
        name="Avesta Scottsdale", short_name="Scottsdale", slug="scottsdale", street_address="2 Test Road",
        city="Scottsdale", region="AZ", postal_code="85251", phone="+14805550200", sms_number="+14805550201",
        email="scottsdale@clinic.example", display_order=1,
    )  # fmt: skip
    for day in range(5):
        OpeningHours.objects.create(location=scottsdale, weekday=day, opens=datetime.time(8), closes=datetime.time(16))
    return scottsdale


@time_machine.travel(MONDAY_9AM, tick=False)
def test_mark_scheduled_asks_for_date_time_and_location(desk_client, make_request, location):
    appointment = make_request()

    page = soup_of(desk_client.get(schedule_url(appointment)))

    labels = [label.get_text(strip=True) for label in page.select("form[method=post] label")]
    assert labels == ["Date:", "Time:", "Location:"]
    assert page.select_one("#id_location option[selected]").get_text() == location.name
    assert page.select_one("input[type=submit]")["value"] == "Book the consultation"


@time_machine.travel(MONDAY_9AM, tick=False)
def test_booking_a_consultation_schedules_the_request(desk_client, front_desk, make_request, second_location):
    appointment = make_request(age=datetime.timedelta(minutes=30))

    response = desk_client.post(
        schedule_url(appointment), {"date": "2026-12-01", "time": "10:30", "location": second_location.pk}, follow=True
    )

    assert "Consultation booked." in page_text(response)
    appointment.refresh_from_db()
    assert appointment.status == Status.SCHEDULED
    assert appointment.consultation_at == datetime.datetime(2026, 12, 1, 10, 30, tzinfo=PHOENIX)
    assert appointment.consultation_location == second_location
    assert appointment.first_response_at == MONDAY_9AM
    assert AuditEvent.objects.filter(
        user=front_desk, detail="scheduled for Tuesday, December 1 at 10:30 am, Scottsdale"
    ).exists()


@time_machine.travel(MONDAY_9AM, tick=False)
@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"date": "2026-11-27", "time": "10:00"}, "That time has passed"),
        ({"date": "", "time": "10:00"}, "Enter the consultation's date."),
        ({"date": "2026-12-01", "time": "25:00"}, "Enter a valid time"),
        ({"date": "2026-12-05", "time": "10:00"}, "Phoenix is closed then (Saturday 5 December, 10 am)"),
        ({"date": "2026-12-01", "time": "18:30"}, "Phoenix is closed then (Tuesday 1 December, 6:30 pm)"),
        ({"date": "2026-12-25", "time": "10:00"}, "Phoenix is closed then (Friday 25 December, 10 am)"),
    ],
    ids=["in the past", "no date", "no such time", "a saturday", "after hours", "christmas"],
)
def test_a_booking_without_a_valid_future_time_is_refused(desk_client, make_request, location, data, error):
    appointment = make_request()

    response = desk_client.post(schedule_url(appointment), {**data, "location": location.pk})

    assert response.status_code == 400
    assert error in page_text(response)
    appointment.refresh_from_db()
    assert (appointment.status, appointment.consultation_at) == (Status.NEW, None)


def test_the_status_menu_cannot_mark_scheduled_without_a_booking(desk_client, make_request):
    appointment = make_request()

    response = desk_client.post(change_url(appointment), change_form(status="scheduled"))

    assert response.status_code == 200
    assert "Use the Mark scheduled button" in page_text(response)
    appointment.refresh_from_db()
    assert appointment.status == Status.NEW


@pytest.fixture
def a_booked_week(make_request, location, second_location):
    def booked(day: int, hour: int, minute: int = 0, **fields) -> AppointmentRequest:
        when = MONDAY_9AM.replace(hour=hour, minute=minute) + datetime.timedelta(days=day)
        return make_request(status=Status.SCHEDULED, consultation_at=when, first_response_at=when, **fields)

    return {
        "monday 2 pm": booked(0, 14, first_name="Ann", last_name="Early"),
        "monday 8 am (done)": booked(0, 8, first_name="Bea", last_name="Before"),
        "tuesday 10:30": booked(1, 10, 30, first_name="Cal", last_name="Next", consultation_location=second_location),
        "in 8 days": booked(9, 9, first_name="Dee", last_name="Later"),
        "last week": make_request(
            status=Status.SCHEDULED, consultation_at=MONDAY_9AM - datetime.timedelta(days=7), first_name="Old"
        ),
    }


@time_machine.travel(MONDAY_9AM, tick=False)
def test_the_dashboard_lists_the_weeks_consultations_by_day(desk_client, a_booked_week):
    section = soup_of(desk_client.get("/admin/front-desk/")).select_one(".upcoming")

    days = [h3.get_text(strip=True) for h3 in section.select("h3")]
    entries = [" ".join(li.get_text(" ").split()) for li in section.select("li")]
    assert days == ["Monday, November 30", "Tuesday, December 1"]
    assert entries == ["8 am Bea B. · Phoenix", "2 pm Ann E. · Phoenix", "10:30 am Cal N. · Scottsdale"]


@time_machine.travel(MONDAY_9AM, tick=False)
def test_the_list_shows_the_weeks_consultations_soonest_first(desk_client, a_booked_week):
    response = desk_client.get(LIST_URL, {"consultation": "week"})

    week = a_booked_week
    expected = [week["monday 8 am (done)"], week["monday 2 pm"], week["tuesday 10:30"]]
    assert listed_references(response) == [appointment.reference for appointment in expected]
    badge = soup_of(response).select_one("td.field-status_badge").get_text(" ", strip=True)
    assert badge == "Scheduled Mon Nov 30, 8 am"


@time_machine.travel(MONDAY_9AM, tick=False)
def test_rebooking_starts_from_the_booked_date_and_time(desk_client, make_request, location):
    booked = datetime.datetime(2026, 12, 1, 14, 15, tzinfo=PHOENIX)
    appointment = make_request(status=Status.SCHEDULED, consultation_at=booked, consultation_location=location)

    page = soup_of(desk_client.get(schedule_url(appointment)))

    assert (page.select_one("#id_date")["value"], page.select_one("#id_time")["value"]) == ("2026-12-01", "14:15")
