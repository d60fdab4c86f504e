"""The triage list at volume: its pages read the page's ids first (appointments/admin_paging.py), its date
drill-down offers the periods between the first and last request (admin_date_hierarchy.py); staff see the
same requests, in the same order, as a list sorted in one piece would show."""

import datetime
import itertools

import pytest
from django.contrib import admin

from appointments.admin import AppointmentRequestAdmin
from appointments.models import TRIAGE_ORDERING, AppointmentRequest

from ..helpers import LIST_URL, listed_references, soup_of

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status
HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def requests_in_every_group(make_request) -> list[AppointmentRequest]:
    """Urgent, overdue, fresh, answered, closed and held requests, some received at the same minute."""
    made = []
    for number in range(4):
        made.append(make_request(age=(30 + number) * HOUR, is_urgent=True))  # urgent, nobody spoke with them
        made.append(make_request(age=(20 + number) * HOUR))  # overdue
        made.append(make_request(age=number * HOUR / 4))  # fresh, not yet due
        made.append(make_request(age=(10 + number) * HOUR, status=Status.CONTACTED, first_response_at=None))
        made.append(make_request(age=(40 + number) * HOUR, status=Status.CLOSED))
        made.append(make_request(age=number * HOUR, held_as_flood=True))
    same_minute = made[-1].created_at
    made += [make_request(created_at=same_minute, consent_given_at=same_minute) for _ in range(3)]
    return made


def in_one_piece(requests) -> list[int]:
    """The ids as the changelist sorts them without paging: the triage order, then newest id first."""
    return list(requests.triage_order().order_by(*TRIAGE_ORDERING, "-pk").values_list("pk", flat=True))


def test_every_window_of_the_triage_order_is_read_as_the_whole_order_sorted_at_once(requests_in_every_group):
    requests = AppointmentRequest.objects.all()
    whole = in_one_piece(requests)
    now = datetime.datetime.now(datetime.UTC)

    for start, stop in itertools.combinations(range(len(whole) + 2), 2):
        assert requests.triage_page_ids(start, stop, now) == whole[start:stop], (start, stop)


def test_a_filtered_window_keeps_the_filter(requests_in_every_group):
    open_requests = AppointmentRequest.objects.open()
    whole = in_one_piece(open_requests)

    assert open_requests.triage_page_ids(0, 100) == whole
    assert open_requests.triage_page_ids(5, 9) == whole[5:9]


def listed_in_pages(client, query: str = "") -> list[str]:
    references, page = [], 1
    while True:
        response = client.get(f"{LIST_URL}?p={page}{query}")
        if response.status_code == 404 or page > 20:
            return references
        references += listed_references(response)
        if f"p={page + 1}" not in response.content.decode():
            return references
        page += 1


@pytest.mark.parametrize("query", ["", "&status=all", "&o=2", "&status=all&o=-2.1", "&q=Sample"])
def test_paging_through_the_list_shows_each_request_once_in_the_lists_order(
    desk_client, requests_in_every_group, monkeypatch, query
):
    monkeypatch.setattr(AppointmentRequestAdmin, "list_per_page", 4)
    paged = listed_in_pages(desk_client, query)

    monkeypatch.setattr(AppointmentRequestAdmin, "list_per_page", 100)
    assert paged == listed_references(desk_client.get(f"{LIST_URL}?{query.lstrip('&')}"))
    assert len(paged) == len(set(paged)) > 8


def test_the_row_checkbox_is_djangos_own(requests_in_every_group):
    model_admin = admin.site._registry[AppointmentRequest]
    appointment = requests_in_every_group[0]

    assert model_admin.action_checkbox(appointment) == admin.ModelAdmin.action_checkbox(model_admin, appointment)


def test_the_search_box_says_how_many_requests_the_list_holds(desk_client, make_request):
    for _ in range(3):
        make_request(last_name="Quill")
    make_request(last_name="Other")

    found = (
        soup_of(desk_client.get(LIST_URL, {"q": "quill"})).select_one("#changelist-search").get_text(" ", strip=True)
    )
    everyone = soup_of(desk_client.get(LIST_URL)).select_one("#changelist-search").get_text(" ", strip=True)

    assert "3 requests in this list" in found and "total" not in found
    assert "4 requests in this list" in everyone


def date_links(client, query: dict) -> list[str]:
    soup = soup_of(client.get(LIST_URL, query))
    return [link.get_text(strip=True) for link in soup.select("nav.toplinks a:not(.date-back)")]


def test_the_date_drill_down_offers_the_periods_from_the_first_request_to_the_last(desk_client, make_request):
    for received in [
        datetime.datetime(2024, 11, 5, 15, tzinfo=datetime.UTC),
        datetime.datetime(2026, 2, 9, 18, tzinfo=datetime.UTC),
    ]:
        make_request(created_at=received, consent_given_at=received)

    years = date_links(desk_client, {"status": "all"})
    months_of_2024 = date_links(desk_client, {"status": "all", "created_at__year": 2024})
    days = date_links(desk_client, {"status": "all", "created_at__year": 2026, "created_at__month": 2})
    only_day = date_links(
        desk_client, {"status": "all", "created_at__year": 2026, "created_at__month": 2, "created_at__day": 9}
    )

    assert years == ["2024", "2025", "2026"]
    assert months_of_2024 == ["November 2024"]
    assert days == ["February 9"]
    assert listed_references(desk_client.get(LIST_URL, {"status": "all", "created_at__year": 2025})) == []
    assert only_day == []
