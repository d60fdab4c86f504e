"""The triage list as an inbox: open requests first, plain titles, urgent rows that stand out."""

import datetime

import pytest

from appointments.models import AppointmentRequest

from ..helpers import LIST_URL, change_url, listed_references, soup_of

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status


@pytest.fixture
def one_request_per_status(make_request) -> dict[str, str]:
    return {status: make_request(status=status).reference for status in Status.values}


def test_the_list_shows_open_requests_unless_staff_ask_for_all(desk_client, one_request_per_status):
    open_ones = {one_request_per_status[s] for s in [Status.NEW, Status.CONTACTED, Status.SCHEDULED]}

    assert set(listed_references(desk_client.get(LIST_URL))) == open_ones
    assert set(listed_references(desk_client.get(LIST_URL, {"status": "all"}))) == set(one_request_per_status.values())
    assert listed_references(desk_client.get(LIST_URL, {"status": "spam"})) == [one_request_per_status[Status.SPAM]]


def test_the_status_filter_offers_open_first_and_one_click_to_all(desk_client, make_request):
    make_request()

    soup = soup_of(desk_client.get(LIST_URL))
    choices = [link.get_text(strip=True) for link in soup.select("#changelist-filter details")[0].select("li a")]
    selected = soup.select_one("#changelist-filter details li.selected a").get_text(strip=True)

    assert choices[0] == "Open (new, contacted, scheduled)" and choices[-1] == "All requests"
    assert selected == "Open (new, contacted, scheduled)"


def test_pages_have_plain_titles(desk_client, make_request):
    appointment = make_request(first_name="Jane", last_name="Doe")

    list_page = soup_of(desk_client.get(LIST_URL))
    change_page = soup_of(desk_client.get(change_url(appointment)))

    assert list_page.h1.get_text(strip=True) == "Appointment requests"
    assert change_page.h1.get_text(strip=True) == f"Request {appointment.reference} from Jane D."
    assert change_page.title.get_text().startswith(f"Request {appointment.reference} from Jane D. |")


def test_each_row_names_the_patient_briefly_with_the_reference_and_marks_urgent_ones(desk_client, make_request):
    urgent = make_request(first_name="Ana", last_name="Lopez", is_urgent=True)
    calm = make_request(first_name="Bo", last_name="Kim", age=datetime.timedelta(minutes=1))

    rows = {
        row.select_one(".reference").get_text(strip=True): row
        for row in soup_of(desk_client.get(LIST_URL)).select("#result_list tbody tr")
    }

    assert rows[urgent.reference].select_one(".field-request_summary").get_text(" ", strip=True) == (
        f"Urgent Ana L. {urgent.reference}"
    )
    assert rows[calm.reference].select_one(".urgent") is None
    assert rows[calm.reference].select_one(".field-location_name").get_text(strip=True) == "Phoenix"


def test_a_likely_duplicate_links_to_the_earlier_request(desk_client, make_request):
    first = make_request(age=datetime.timedelta(days=1))
    again = make_request(likely_duplicate_of=first)

    row = next(
        row for row in soup_of(desk_client.get(LIST_URL)).select("#result_list tbody tr") if again.reference in row.text
    )

    link = row.select_one(".field-duplicate_mark a")
    assert (link.get_text(strip=True), link["href"]) == (first.reference, first.get_absolute_url())
