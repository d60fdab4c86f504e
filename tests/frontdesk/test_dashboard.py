"""The front desk's dashboard tells what is waiting, each figure a link to exactly those requests in the inbox."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from appointments.models import AppointmentRequest, AuditEvent

from ..helpers import soup_of
from .conftest import DASHBOARD_URL, listed_references

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status


def tallies(client) -> dict[str, tuple[int, str]]:
    soup = soup_of(client.get(DASHBOARD_URL))
    return {
        tile.select_one(".tally-label").get_text(strip=True): (
            int(tile.select_one(".tally-count").get_text(strip=True)),
            tile.select_one("a")["href"],
        )
        for tile in soup.select(".front-desk-dashboard .tally")
    }


@pytest.fixture
def monday_10am():
    """A fixed clock for the figures: Monday, November 30, 2026, 10 am in Phoenix."""
    with time_machine.travel(datetime.datetime(2026, 11, 30, 17, 0, tzinfo=datetime.UTC), tick=False):
        yield


@pytest.fixture
def a_mixed_morning(monday_10am, make_request, front_desk, staff_user):
    days, hours = datetime.timedelta(days=1), datetime.timedelta(hours=1)
    fresh = make_request(age=datetime.timedelta(minutes=10))
    return {
        "fresh": fresh,
        "duplicate": make_request(age=datetime.timedelta(minutes=5), likely_duplicate_of=fresh),
        "overdue": make_request(age=3 * days),
        "urgent": make_request(age=hours, is_urgent=True),
        "urgent and overdue": make_request(age=2 * days, is_urgent=True),
        "urgent, called back": make_request(
            age=hours, is_urgent=True, status=Status.CONTACTED, first_response_at=datetime.datetime.now(datetime.UTC)
        ),
        "mine, contacted": make_request(
            age=2 * days,
            status=Status.CONTACTED,
            first_response_at=datetime.datetime.now(datetime.UTC),
            assignee=front_desk,
        ),
        "mine, new": make_request(age=hours, assignee=front_desk),
        "someone else's": make_request(age=hours, assignee=staff_user),
        "held": make_request(age=hours, held_as_flood=True),
        "spam": make_request(age=hours, status=Status.SPAM, is_urgent=True),
        "closed": make_request(
            age=5 * days, status=Status.CLOSED, first_response_at=datetime.datetime.now(datetime.UTC)
        ),
    }


def test_each_figure_counts_what_its_link_lists_in_the_inbox(desk_client, a_mixed_morning):
    by_reference = {appointment.reference: name for name, appointment in a_mixed_morning.items()}
    figures = tallies(desk_client)

    listed = {
        label: {by_reference[r] for r in listed_references(desk_client.get(url))} for label, (_, url) in figures.items()
    }

    assert {label: count for label, (count, _) in figures.items()} == {
        "New": 8, "Urgent": 2, "Overdue": 2, "Likely duplicates": 1, "Assigned to me": 2, "Held as flood": 1,
    }  # fmt: skip
    assert all(url.startswith("/admin/front-desk/requests/?show=") for _, url in figures.values())
    assert listed["Urgent"] == {"urgent", "urgent and overdue"}
    assert listed["Overdue"] == {"overdue", "urgent and overdue"}
    assert listed["Assigned to me"] == {"mine, contacted", "mine, new"}
    assert listed["Likely duplicates"] == {"duplicate"}
    assert listed["Held as flood"] == {"held"}
    assert all(len(listed[label]) == count for label, (count, _) in figures.items())


def test_the_dashboard_is_titled_for_the_day_and_marks_today_in_the_navigation(desk_client):
    soup = soup_of(desk_client.get(DASHBOARD_URL))

    assert soup.select_one("h1").get_text() == "Today at the front desk"
    assert soup.select_one(".front-desk-nav a[aria-current=page]").get_text() == "Today"


def test_the_oldest_unanswered_request_is_named_with_how_long_it_has_waited(desk_client, make_request, location):
    monday_9 = datetime.datetime(2026, 11, 23, 16, tzinfo=datetime.UTC)  # 9 am in Phoenix
    with time_machine.travel(monday_9 + datetime.timedelta(hours=6, minutes=5), tick=False):
        oldest = make_request(created_at=monday_9, first_name="Jane", last_name="Doe")
        make_request(created_at=monday_9 + datetime.timedelta(hours=2))
        soup = soup_of(desk_client.get(DASHBOARD_URL))

    text = soup.select_one(".front-desk-dashboard .oldest").get_text()
    assert " ".join(text.split()) == (
        f"Waiting longest for a first reply: Request {oldest.reference} from Jane D., 6 h 05 min in business hours."
    )
    assert soup.select_one(".oldest a")["href"] == f"/admin/front-desk/requests/{oldest.pk}/"


def test_an_urgent_patient_not_reached_in_15_minutes_is_named_first_in_red_with_a_call_link(
    desk_client, make_request, monday_10am
):
    late = make_request(age=datetime.timedelta(minutes=40), is_urgent=True, first_name="Ann", last_name="Late")

    box = soup_of(desk_client.get(DASHBOARD_URL)).select_one(".late-urgent")

    assert box.select_one("h2").get_text() == "Urgent: not reached after 15 minutes"
    assert box.select_one("a")["href"] == f"/admin/front-desk/requests/{late.pk}/"
    assert box.select_one("a[href^=tel]")["href"] == "tel:+14805550177"


def test_upcoming_consultations_link_to_their_requests(desk_client, make_request, location):
    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=2)
    booked = make_request(status=Status.SCHEDULED, consultation_at=when, consultation_location=location)

    upcoming = soup_of(desk_client.get(DASHBOARD_URL)).select_one(".upcoming")

    assert upcoming.select_one(".consultations a")["href"] == f"/admin/front-desk/requests/{booked.pk}/"
    assert upcoming.select("p a")[-1]["href"] == "/admin/front-desk/requests/?show=scheduled"


def test_the_dashboard_view_is_in_the_access_history(desk_client, front_desk, make_request, monday_10am):
    make_request(age=datetime.timedelta(hours=1), is_urgent=True)

    desk_client.get(DASHBOARD_URL)

    event = AuditEvent.objects.get()
    assert (event.user, event.action, event.detail) == (front_desk, AuditEvent.Action.LISTED, "the dashboard: 1 named")


def test_staff_who_cannot_see_requests_are_sent_to_the_admins_home(writer_client, make_request):
    make_request()

    response = writer_client.get(DASHBOARD_URL)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert not AuditEvent.objects.exists()


def test_a_signed_out_visitor_is_sent_to_the_staff_sign_in(client):
    response = client.get(DASHBOARD_URL)

    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/front-desk/"


def test_the_dashboard_costs_the_same_queries_for_few_or_many_requests(desk_client, make_request, location):
    def booked(hours: int) -> AppointmentRequest:
        when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=hours)
        return make_request(status=Status.SCHEDULED, consultation_at=when, consultation_location=location)

    for hours in range(3):
        make_request(age=datetime.timedelta(days=2))
        booked(hours + 1)
    make_request(age=datetime.timedelta(hours=3), is_urgent=True)  # the urgent box's queries, once
    desk_client.get(DASHBOARD_URL)  # the session's sign-in clocks start (and are saved) on the first request
    with CaptureQueriesContext(connection) as few:
        desk_client.get(DASHBOARD_URL)
    for hours in range(30):
        make_request(age=datetime.timedelta(hours=3), is_urgent=True)
        booked(hours * 5 + 1)
    with CaptureQueriesContext(connection) as many:
        response = desk_client.get(DASHBOARD_URL)

    assert len(many) == len(few)
    assert len(soup_of(response).select(".upcoming li")) > 3


def test_the_admins_home_is_for_configuration_with_a_line_to_the_front_desk(desk_client, make_request):
    make_request(is_urgent=True)

    soup = soup_of(desk_client.get("/admin/"))

    assert soup.select_one("h1").get_text() == "Configuration"
    assert soup.select_one(".front-desk-dashboard") is None
    link = soup.select_one(".front-desk-link a")
    assert (link.get_text(), link["href"]) == ("Today at the front desk", DASHBOARD_URL)
    assert link.find_next("div", class_="app-appointments") is not None  # above the list of apps


def test_the_admins_home_has_no_front_desk_line_for_staff_who_cannot_see_requests(writer_client):
    assert soup_of(writer_client.get("/admin/")).select_one(".front-desk-link") is None
