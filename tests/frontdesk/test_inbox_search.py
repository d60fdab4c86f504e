"""The inbox's search box finds any request, open or closed, by what staff have at hand when a patient calls."""

import pytest

from appointments.models import AppointmentRequest

from ..helpers import page_text, soup_of
from .conftest import INBOX_URL, listed, listed_references

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status

# How staff type what they know; each finds Ann Example (phone +14805550100, ann.example@mail.test).
TYPED = {
    "first name": lambda ann: "Ann",
    "last name, any case": lambda ann: "example",
    "full name": lambda ann: "Ann Example",
    "email": lambda ann: "ann.example@mail.test",
    "part of the email": lambda ann: "ann.example@",
    "phone as said": lambda ann: "(480) 555-0100",
    "end of the phone": lambda ann: "555-0100",
    "phone in E.164": lambda ann: "+14805550100",
    "reference": lambda ann: ann.reference,
    "reference without the dash": lambda ann: ann.reference.replace("-", ""),
    "reference in lower case": lambda ann: ann.reference.lower(),
    "reference, lower case, no dash": lambda ann: ann.reference.replace("-", "").lower(),
}


@pytest.fixture
def someone_else(make_request):
    return make_request(first_name="Zed", last_name="Other", email="zed@mail.test", phone="+16025550199")


@pytest.mark.parametrize("status", [Status.NEW, Status.CONTACTED, Status.CLOSED, Status.NOT_A_FIT, Status.SPAM])
@pytest.mark.parametrize("typed", list(TYPED))
def test_search_finds_a_request_by_name_email_phone_or_reference_whatever_its_status(
    desk_client, make_request, someone_else, typed, status
):
    ann = make_request(
        first_name="Ann", last_name="Example", email="ann.example@mail.test", phone="+14805550100", status=status
    )

    response = desk_client.get(INBOX_URL, {"q": TYPED[typed](ann)})

    assert response.status_code == 200
    assert listed_references(response) == [ann.reference]


@pytest.mark.parametrize("typed", ["Nobody", "555-0111", "ZZZZ-ZZZZ", "+14805550111"])
def test_search_finds_nothing_for_what_no_request_holds(desk_client, make_request, someone_else, typed):
    make_request(first_name="Ann", last_name="Example", email="ann.example@mail.test", phone="+14805550100")

    response = desk_client.get(INBOX_URL, {"q": typed})

    assert listed_references(response) == []
    assert f"No request matches “{typed}”" in page_text(response)


def test_open_requests_come_first_then_closed_ones_marked_with_spam_last(desk_client, make_request, someone_else):
    def anns(status: str) -> AppointmentRequest:
        return make_request(first_name="Ann", last_name="Example", phone="+14805550100", status=status)

    spam, closed, returning, not_a_fit, old_open = (
        anns(Status.SPAM), anns(Status.CLOSED), anns(Status.NEW), anns(Status.NOT_A_FIT), anns(Status.CONTACTED)
    )  # fmt: skip

    response = desk_client.get(INBOX_URL, {"q": "480 555 0100"})

    assert listed_references(response) == [r.reference for r in (old_open, returning, not_a_fit, closed, spam)]
    badges = [row.select_one(".status").get_text() for row in listed(response)]
    assert badges == ["Contacted", "New", "Not a fit", "Closed", "Spam"]
    group = soup_of(response).select_one("tr.fd-group")
    assert group.get_text(strip=True) == "Closed, not a fit and spam"
    assert group.find_next_sibling("tr")["id"] == f"request-{not_a_fit.pk}"
    assert [row["id"] for row in soup_of(response).select("tr.fd-closed")] == [
        f"request-{r.pk}" for r in (not_a_fit, closed, spam)
    ]


def test_a_returning_patient_with_only_a_closed_request_is_found(desk_client, make_request):
    closed = make_request(first_name="Ann", last_name="Example", phone="+14805550100", status=Status.CLOSED)

    response = desk_client.get(INBOX_URL, {"q": "(480) 555-0100"})

    assert listed_references(response) == [closed.reference]
    assert "1–1 of 1" in page_text(response)


def test_the_search_keeps_what_was_typed_and_no_filter_is_marked_current(desk_client, make_request):
    make_request(first_name="Ann")

    soup = soup_of(desk_client.get(INBOX_URL, {"q": "  Ann  "}))

    assert soup.select_one("#fd-search-term")["value"] == "Ann"
    assert soup.select_one("label[for=fd-search-term]").get_text() == "Search requests"
    assert soup.select(".fd-filters a[aria-current]") == []


def test_a_long_search_is_cut_not_refused(desk_client, make_request):
    make_request(first_name="Ann")

    response = desk_client.get(INBOX_URL, {"q": "Ann" + " x" * 400})

    assert response.status_code == 200
