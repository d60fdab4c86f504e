import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.test import override_settings
from django.utils import timezone
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from appointments import response_clock
from appointments.models import AppointmentRequest
from appointments.response_clock import add_business_hours, business_time_between
from pages.models import OpeningHours

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")
FOUR_HOURS = datetime.timedelta(hours=4)
LIST_URL = "/admin/appointments/appointmentrequest/"


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


# One definition of "answered" and "overdue", asked by both the triage order and the admin's red highlight.


@pytest.fixture
def requests_in_every_state(make_request, staff_user):
    """References of requests in each state a receptionist meets, by what they are."""
    now = timezone.now()
    days = datetime.timedelta(days=1)
    status = AppointmentRequest.Status
    made = {
        "fresh": make_request(age=datetime.timedelta(minutes=5)),
        "overdue": make_request(age=3 * days),
        "overdue urgent": make_request(age=2 * days, is_urgent=True),
        "contacted": make_request(age=3 * days, status=status.CONTACTED, first_response_at=now - 2 * days),
        "answered, status left new": make_request(age=3 * days, first_response_at=now - 2 * days),
        "answered urgent": make_request(
            age=3 * days, is_urgent=True, status=status.CONTACTED, first_response_at=now - 2 * days
        ),
        "spam": make_request(age=4 * days, status=status.SPAM),
        "closed": make_request(age=5 * days, status=status.CLOSED, first_response_at=now - 4 * days),
        "no hours soon": make_request(age=3 * days, respond_by=None),
    }
    return {name: appointment.reference for name, appointment in made.items()}


def red_references(admin_client) -> set[str]:
    soup = BeautifulSoup(admin_client.get(LIST_URL).content, "html.parser")
    return {
        row.select_one(".field-request_summary .reference").get_text(strip=True)
        for row in soup.select("#result_list tbody tr")
        if row.select_one(".overdue")
    }


def test_red_highlight_and_triage_order_agree_on_what_is_overdue(admin_client, requests_in_every_state):
    names = {reference: name for name, reference in requests_in_every_state.items()}

    ordered_overdue = {
        appointment.reference
        for appointment in AppointmentRequest.objects.triage_order()
        if appointment.triage_group == 1 or (appointment.is_urgent and appointment.is_overdue)
    }
    red = red_references(admin_client)

    assert {names[reference] for reference in red} == {"overdue", "overdue urgent"}
    assert red == ordered_overdue
    assert red == set(AppointmentRequest.objects.overdue().values_list("reference", flat=True))


def test_urgent_request_stays_on_top_only_until_it_is_answered(requests_in_every_state):
    references = list(AppointmentRequest.objects.triage_order().values_list("reference", flat=True))

    assert references[:2] == [requests_in_every_state["overdue urgent"], requests_in_every_state["overdue"]]
    assert references.index(requests_in_every_state["answered urgent"]) > references.index(
        requests_in_every_state["fresh"]
    )


def test_first_response_is_recorded_once_when_a_request_is_answered(make_request):
    appointment = make_request(age=datetime.timedelta(days=2))
    assert response_clock.is_overdue(appointment)

    appointment.status = AppointmentRequest.Status.CONTACTED
    response_clock.stamp_first_response(appointment)
    first = appointment.first_response_at
    appointment.status = AppointmentRequest.Status.SCHEDULED
    response_clock.stamp_first_response(appointment)

    assert first is not None and appointment.first_response_at == first
    assert not response_clock.is_overdue(appointment)


def test_spam_is_neither_an_answer_nor_overdue(make_request):
    appointment = make_request(age=datetime.timedelta(days=2), status=AppointmentRequest.Status.SPAM)
    response_clock.stamp_first_response(appointment)

    assert appointment.first_response_at is None
    assert not response_clock.is_overdue(appointment)


def test_python_and_database_answers_agree_for_every_request(requests_in_every_state):
    answered = set(AppointmentRequest.objects.filter(response_clock.answered_condition()))
    overdue = set(AppointmentRequest.objects.overdue())

    for appointment in AppointmentRequest.objects.all():
        assert response_clock.is_answered(appointment) is (appointment in answered), appointment.reference
        assert response_clock.is_overdue(appointment) is (appointment in overdue), appointment.reference


def test_a_deadline_that_falls_exactly_at_closing_time_is_that_day(settings):
    settings.TIME_ZONE = "America/Phoenix"

    assert add_business_hours(weekdays_nine_to_five(), at(0, 13), FOUR_HOURS) == at(0, 17)


def test_a_month_of_waiting_counts_every_open_hour(settings):
    settings.TIME_ZONE = "America/Phoenix"

    # Four full weeks of 40 open hours each, from Monday 9 am to Monday 9 am.
    four_weeks_later = at(0, 9) + datetime.timedelta(days=28)
    assert business_time_between(weekdays_nine_to_five(), at(0, 9), four_weeks_later) == datetime.timedelta(hours=160)


def span_by_span(hours, start, end, closed):
    """The waiting time as the sum of each open span's overlap, one day after another (what the clock's
    arithmetic over whole weeks must equal)."""
    days = (end - start).days + 2
    spans = response_clock._open_spans(hours, start, days=days, closed=closed)
    return sum((max(min(closes, end) - max(opens, start), datetime.timedelta()) for opens, closes in spans),
               datetime.timedelta())  # fmt: skip


opening_spans = st.lists(
    st.tuples(st.integers(0, 6), st.integers(0, 23 * 4), st.integers(1, 6 * 4)).map(
        lambda t: OpeningHours(
            weekday=t[0],
            opens=datetime.time(t[1] // 4, t[1] % 4 * 15),
            closes=datetime.time(min(t[1] + t[2], 95) // 4, min(t[1] + t[2], 95) % 4 * 15),
        )
    ),
    max_size=10,
)


@given(
    hours=opening_spans,
    start_minutes=st.integers(0, 14 * 24 * 60),
    length_minutes=st.integers(0, 120 * 24 * 60),
    closed_offsets=st.sets(st.integers(-3, 130), max_size=12),
    zone=st.sampled_from(["America/Phoenix", "America/Denver", "Europe/Berlin"]),
)
@hypothesis_settings(max_examples=300, deadline=None)
def test_waiting_time_equals_the_sum_of_its_open_spans(hours, start_minutes, length_minutes, closed_offsets, zone):
    with override_settings(TIME_ZONE=zone), timezone.override(zone):
        start = datetime.datetime(2026, 10, 20, tzinfo=zoneinfo.ZoneInfo(zone)) + datetime.timedelta(
            minutes=start_minutes
        )
        end = start + datetime.timedelta(minutes=length_minutes)
        closed = {start.date() + datetime.timedelta(days=offset) for offset in closed_offsets}

        assert business_time_between(hours, start, end, closed) == span_by_span(hours, start, end, closed)


def test_a_year_of_waiting_counts_every_open_hour_but_closed_days(settings):
    settings.TIME_ZONE = "America/Phoenix"
    closed = {datetime.date(2026, 12, 25), datetime.date(2027, 1, 1), datetime.date(2027, 5, 29)}  # a Saturday too

    a_year_later = at(0, 9) + datetime.timedelta(weeks=52)
    assert business_time_between(weekdays_nine_to_five(), at(0, 9), a_year_later, closed) == datetime.timedelta(
        hours=52 * 40 - 2 * 8
    )


def test_a_wait_of_more_than_a_year_is_counted_in_full(settings):
    settings.TIME_ZONE = "America/Phoenix"

    # Until the clock counted whole weeks, it stopped at 366 days: a request left for two years showed one.
    two_years_later = at(0, 9) + datetime.timedelta(weeks=104)
    assert business_time_between(weekdays_nine_to_five(), at(0, 9), two_years_later) == datetime.timedelta(
        hours=104 * 40
    )


def test_a_request_is_overdue_only_after_its_deadline_has_passed(make_request):
    due = timezone.now() + datetime.timedelta(hours=1)
    appointment = make_request(respond_by=due)

    with time_machine.travel(due, tick=False):
        assert not response_clock.is_overdue(appointment)
        assert not AppointmentRequest.objects.overdue().exists()
    with time_machine.travel(due + datetime.timedelta(seconds=1), tick=False):
        assert response_clock.is_overdue(appointment)
        assert AppointmentRequest.objects.overdue().get() == appointment


@pytest.mark.parametrize(
    ("due", "zone"),
    [(datetime.datetime(2026, 7, 1, 12, tzinfo=datetime.UTC), "CEST"), (at(0, 12), "CET")],
    ids=["summer", "winter"],
)
def test_a_zone_without_a_friendly_name_shows_the_abbreviation_of_the_deadlines_date(settings, due, zone):
    settings.TIME_ZONE = "Europe/Berlin"

    assert response_clock.zone_name(due) == f"{zone} time"


def test_time_waited_stops_at_the_first_response(make_request, settings):
    settings.TIME_ZONE = "America/Phoenix"
    appointment = make_request(
        created_at=at(0, 10), first_response_at=at(0, 11, 30), status=AppointmentRequest.Status.CONTACTED
    )

    assert response_clock.time_waited(appointment, now=at(2, 10)) == datetime.timedelta(minutes=90)


def test_the_promise_names_the_zone_as_it_will_be_on_the_day_of_the_deadline(make_request, settings):
    settings.TIME_ZONE = "Europe/Berlin"
    summer_deadline = datetime.datetime(2027, 7, 1, 12, tzinfo=datetime.UTC)

    with time_machine.travel(at(0, 10), tick=False):  # promised in November, due in July
        promise = make_request(respond_by=summer_deadline).reply_promise

    assert promise == "We will call you by Thursday, July 1 at 2 pm (CEST time)."
