"""The admin's home tells the front desk what is waiting, each figure a link to exactly those requests."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from appointments.models import AppointmentRequest

from ..helpers import listed_references, log_in_verified, soup_of

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status


def tallies(client) -> dict[str, tuple[int, str]]:
    soup = soup_of(client.get("/admin/"))
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
        "spam": make_request(age=hours, status=Status.SPAM, is_urgent=True),
        "closed": make_request(
            age=5 * days, status=Status.CLOSED, first_response_at=datetime.datetime.now(datetime.UTC)
        ),
    }


def test_each_figure_counts_what_its_link_lists(desk_client, a_mixed_morning):
    by_reference = {appointment.reference: name for name, appointment in a_mixed_morning.items()}
    figures = tallies(desk_client)

    listed = {
        label: {by_reference[r] for r in listed_references(desk_client.get(url))} for label, (_, url) in figures.items()
    }

    assert {label: count for label, (count, _) in figures.items()} == {
        "New": 7, "Urgent": 2, "Overdue": 2, "Likely duplicates": 1, "Assigned to me": 2,
    }  # fmt: skip
    assert listed["Urgent"] == {"urgent", "urgent and overdue"}
    assert listed["Overdue"] == {"overdue", "urgent and overdue"}
    assert listed["Assigned to me"] == {"mine, contacted", "mine, new"}
    assert listed["Likely duplicates"] == {"duplicate"}
    assert all(len(listed[label]) == count for label, (count, _) in figures.items())


def test_the_oldest_unanswered_request_is_named_with_how_long_it_has_waited(desk_client, make_request, location):
    monday_9 = datetime.datetime(2026, 11, 23, 16, tzinfo=datetime.UTC)  # 9 am in Phoenix
    with time_machine.travel(monday_9 + datetime.timedelta(hours=6, minutes=5), tick=False):
        oldest = make_request(created_at=monday_9, first_name="Jane", last_name="Doe")
        make_request(created_at=monday_9 + datetime.timedelta(hours=2))
        text = soup_of(desk_client.get("/admin/")).select_one(".front-desk-dashboard .oldest").get_text()

    assert " ".join(text.split()) == (
        f"Waiting longest for a first reply: Request {oldest.reference} from Jane D., 6 h 05 min in business hours."
    )


def test_staff_who_cannot_see_requests_see_no_figures(client, django_user_model, make_request):
    make_request()
    editor = django_user_model.objects.create_user(username="writer", password="a-long-test-password", is_staff=True)
    log_in_verified(client, editor)

    assert soup_of(client.get("/admin/")).select_one(".front-desk-dashboard") is None


def test_the_dashboard_costs_the_same_queries_for_few_or_many_requests(desk_client, make_request, location):
    def booked(hours: int) -> AppointmentRequest:
        when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=hours)
        return make_request(status=Status.SCHEDULED, consultation_at=when, consultation_location=location)

    for hours in range(3):
        make_request(age=datetime.timedelta(days=2))
        booked(hours + 1)
    make_request(age=datetime.timedelta(hours=3), is_urgent=True)  # the urgent box's queries, once
    desk_client.get("/admin/")  # the session's sign-in clocks start (and are saved) on the first request
    with CaptureQueriesContext(connection) as few:
        desk_client.get("/admin/")
    for hours in range(30):
        make_request(age=datetime.timedelta(hours=3), is_urgent=True)
        booked(hours * 5 + 1)
    with CaptureQueriesContext(connection) as many:
        response = desk_client.get("/admin/")

    assert len(many) == len(few)
    assert len(soup_of(response).select(".upcoming li")) > 3
