"""The inbox: open requests in triage order by default, filters as links with their counts, a page at a time."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from appointments.models import AppointmentRequest, AuditEvent

from ..helpers import page_text, soup_of
from .conftest import INBOX_URL, listed, listed_references

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status
HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


def test_the_default_list_shows_open_requests_most_urgent_first(desk_client, make_request):
    recent = make_request(age=HOUR, first_name="Recent")
    overdue = make_request(age=3 * DAY, first_name="Overdue")
    urgent = make_request(age=2 * HOUR, is_urgent=True, first_name="Urgent")
    contacted = make_request(age=5 * HOUR, status=Status.CONTACTED, first_name="Contacted")
    held = make_request(age=HOUR / 2, held_as_flood=True, first_name="Held")
    for status in (Status.CLOSED, Status.NOT_A_FIT, Status.SPAM):
        make_request(status=status)

    response = desk_client.get(INBOX_URL)

    assert response.status_code == 200
    assert listed_references(response) == [r.reference for r in (urgent, overdue, recent, contacted, held)]
    assert soup_of(response).select_one("h1").get_text(strip=True) == "Requests"
    assert "Open requests, most urgent first 1–5 of 5" in page_text(response)


def test_each_row_says_who_how_long_what_where_and_where_it_stands(desk_client, make_request, front_desk):
    make_request(
        age=3 * DAY, first_name="Ann", last_name="Example", service="migraine", assignee=front_desk, is_urgent=True
    )

    (row,) = listed(desk_client.get(INBOX_URL))

    assert row.select_one(".urgent").get_text() == "Urgent"
    assert row.select_one("a.fd-name").get_text() == "Ann E."
    assert row.select_one("a.fd-name")["href"].startswith("/admin/front-desk/requests/")
    assert "past the 4 h target" in row.select_one(".overdue").get_text()
    texts = [cell.get_text(" ", strip=True) for cell in row.select("td")]
    assert texts[1:5] == ["Migraine", "Phoenix", "New", "frontdesk"]


def test_the_row_offers_a_call_with_the_patients_number_only_when_they_gave_one(desk_client, make_request):
    make_request(first_name="Ann", last_name="Example", phone="+14805550100")
    make_request(first_name="Eve", last_name="Mail", phone="", contact_method="email")

    ann, eve = sorted(listed(desk_client.get(INBOX_URL)), key=lambda row: row.select_one(".fd-name").get_text())

    call = ann.select_one("a.fd-call")
    assert call["href"] == "tel:+14805550100"
    assert call.get_text(" ", strip=True) == "Call Ann E."
    assert eve.select_one("a.fd-call") is None
    assert [s.get_text(" ", strip=True) for s in ann.select("summary")] == ["Log outcome for Ann E."]


def test_the_log_outcome_form_offers_a_voicemail_only_to_those_who_agreed(desk_client, make_request):
    make_request(first_name="Ann", voicemail_opt_in=True)
    make_request(first_name="Ben", voicemail_opt_in=False)

    rows = {row.select_one(".fd-name").get_text()[:3]: row for row in listed(desk_client.get(INBOX_URL))}

    def buttons(row) -> list[str]:
        return [b.get_text(strip=True) for b in row.select("button[name=outcome]")]

    assert buttons(rows["Ann"]) == ["No answer", "Left a voicemail", "Spoke with the patient",
                                    "Escalated (988, 911 or a clinician)"]  # fmt: skip
    assert buttons(rows["Ben"]) == ["No answer", "Spoke with the patient", "Escalated (988, 911 or a clinician)"]
    assert "do not leave a message" in rows["Ben"].select_one(".fd-outcomes .help").get_text()
    assert rows["Ann"].select_one("label").get_text() == "Note (optional)"


@pytest.fixture
def a_mixed_inbox(make_request, front_desk, staff_user):
    now = datetime.datetime.now(datetime.UTC)
    fresh = make_request(age=10 * datetime.timedelta(minutes=1))
    return {
        "fresh": fresh,
        "duplicate": make_request(age=datetime.timedelta(minutes=5), likely_duplicate_of=fresh),
        "overdue": make_request(age=3 * DAY),
        "urgent": make_request(age=HOUR, is_urgent=True),
        "mine": make_request(age=HOUR, assignee=front_desk, status=Status.CONTACTED, first_response_at=now),
        "someone else's": make_request(age=HOUR, assignee=staff_user),
        "scheduled": make_request(
            age=2 * DAY, status=Status.SCHEDULED, consultation_at=now + DAY, first_response_at=now
        ),
        "held": make_request(age=HOUR, held_as_flood=True),
        "closed": make_request(age=5 * DAY, status=Status.CLOSED, first_response_at=now),
        "spam": make_request(age=HOUR, status=Status.SPAM, is_urgent=True),
    }


FILTER_LISTS = {
    "Open": {"fresh", "duplicate", "overdue", "urgent", "mine", "someone else's", "scheduled", "held"},
    "Urgent": {"urgent"},
    "Overdue": {"overdue"},
    "Mine": {"mine"},
    "New": {"fresh", "duplicate", "overdue", "urgent", "someone else's", "held", "spam"} - {"spam"},
    "Scheduled": {"scheduled"},
    "Likely duplicates": {"duplicate"},
    "Held as flood": {"held"},
    "All": {"fresh", "duplicate", "overdue", "urgent", "mine", "someone else's", "scheduled", "held", "closed", "spam"},
}


def filter_links(response) -> dict[str, tuple[str, str]]:
    """Each filter link's words without its count, its count ("" if none) and its address."""
    links = {}
    for link in soup_of(response).select(".fd-filters a"):
        count = link.select_one(".fd-count")
        label = link.get_text(" ", strip=True).removesuffix(count.get_text() if count else "").strip()
        links[label] = (count.get_text() if count else "", link["href"])
    return links


@pytest.mark.parametrize("label", list(FILTER_LISTS))
def test_each_filter_link_lists_what_it_counts(desk_client, a_mixed_inbox, label):
    by_reference = {appointment.reference: name for name, appointment in a_mixed_inbox.items()}
    count, url = filter_links(desk_client.get(INBOX_URL))[label]

    response = desk_client.get(url)

    assert {by_reference[r] for r in listed_references(response)} == FILTER_LISTS[label]
    assert count == ("" if label == "All" else str(len(FILTER_LISTS[label])))
    current = soup_of(response).select_one(".fd-filters a[aria-current=page]").get_text(" ", strip=True)
    assert current.startswith(label)


def test_an_unknown_filter_or_page_shows_the_open_list(desk_client, make_request):
    appointment = make_request()

    for query in ({"show": "nonsense"}, {"page": "x"}, {"page": "999"}, {"page": "-1"}):
        response = desk_client.get(INBOX_URL, query)
        assert response.status_code == 200, query
        assert listed_references(response) == [appointment.reference], query


@pytest.mark.parametrize("query", ["show=%00", "page=%00", "q=%00", "q=Ann%00"])
def test_a_nul_in_the_address_is_a_bad_request_not_a_crash(desk_client, make_request, query):
    make_request()

    assert desk_client.get(f"{INBOX_URL}?{query}").status_code == 400


def test_fifty_requests_to_a_page_with_links_to_the_others(desk_client, make_request):
    requests = [make_request(age=i * datetime.timedelta(minutes=1)) for i in range(120)]  # newest first

    first = desk_client.get(INBOX_URL)
    pages = {a.get_text(strip=True): a["href"] for a in soup_of(first).select(".fd-pages a")}
    third = desk_client.get(pages["3"])

    assert listed_references(first) == [r.reference for r in requests[:50]]
    assert listed_references(third) == [r.reference for r in requests[100:]]
    assert "Open requests, most urgent first 101–120 of 120" in page_text(third)
    assert soup_of(third).select_one(".fd-pages a[rel=prev]")["href"] == f"{INBOX_URL}?page=2"
    assert soup_of(third).select_one(".fd-pages a[rel=next]") is None


def test_a_page_of_the_urgent_list_keeps_the_filter_in_its_links(desk_client, make_request):
    for _ in range(51):
        make_request(is_urgent=True)

    second = soup_of(desk_client.get(INBOX_URL, {"show": "urgent"})).select_one(".fd-pages a[rel=next]")["href"]

    assert second == f"{INBOX_URL}?show=urgent&page=2"
    assert len(listed_references(desk_client.get(second))) == 1


def test_the_list_view_is_in_the_access_history_without_names(desk_client, front_desk, make_request):
    make_request(last_name="Needle")
    make_request(last_name="Other", is_urgent=True)

    desk_client.get(INBOX_URL)
    desk_client.get(INBOX_URL, {"show": "urgent"})
    desk_client.get(INBOX_URL, {"q": "Needle"})

    events = [(e.user, e.action, e.detail, e.reference) for e in AuditEvent.objects.order_by("pk")]
    assert events == [
        (front_desk, AuditEvent.Action.LISTED, "2 shown; filters: open", ""),
        (front_desk, AuditEvent.Action.LISTED, "1 shown; filters: urgent", ""),
        (front_desk, AuditEvent.Action.SEARCHED, "1 shown; filters: none", ""),
    ]


def test_staff_who_may_not_read_requests_are_refused(writer_client, make_request):
    make_request()

    assert writer_client.get(INBOX_URL).status_code == 403
    assert writer_client.get(INBOX_URL, {"q": "Ben"}).status_code == 403


def test_a_signed_out_visitor_is_sent_to_the_staff_sign_in(client, make_request):
    make_request()

    response = client.get(INBOX_URL, {"show": "urgent"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/front-desk/requests/%3Fshow%3Durgent"


def test_the_inbox_answers_a_post_with_405(desk_client):
    assert desk_client.post(INBOX_URL).status_code == 405


def page_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# The most a page may cost, whatever it shows: the session and user, the filters' counts, the page's ids (group by
# group in the triage order), its rows with their locations' hours and assignees, the access history.
MOST_QUERIES = 16


@pytest.mark.parametrize("query", ["", "?show=all", "?show=scheduled", "?show=mine", "?q=Sample"])
def test_a_page_of_fifty_costs_no_more_queries_than_a_page_of_two(
    desk_client, make_request, front_desk, query, django_assert_max_num_queries
):
    add_busy_requests(make_request, front_desk, 2)
    desk_client.get(INBOX_URL)  # the session's sign-in clocks start (and are saved) on the first request
    with django_assert_max_num_queries(MOST_QUERIES):
        two = page_queries(desk_client, f"{INBOX_URL}{query}")
    add_busy_requests(make_request, front_desk, 100)

    assert len(listed(desk_client.get(f"{INBOX_URL}{query}"))) == 50
    # Fewer, if anything: a full page reads fewer of the triage order's groups.
    assert page_queries(desk_client, f"{INBOX_URL}{query}") <= two


def test_a_page_deep_in_the_list_costs_no_more_than_the_first(desk_client, make_request, front_desk):
    add_busy_requests(make_request, front_desk, 260)
    desk_client.get(INBOX_URL)

    counts = [page_queries(desk_client, f"{INBOX_URL}?page={page}") for page in (1, 3, 6)]

    assert max(counts) <= MOST_QUERIES
    assert len(listed(desk_client.get(f"{INBOX_URL}?page=6"))) == 10


def add_busy_requests(make_request, front_desk, count: int) -> None:
    """Requests of every kind the rows show: urgent, overdue, scheduled and assigned, each with a call logged."""
    now = datetime.datetime.now(datetime.UTC)
    for index in range(count):
        busy = {"status": Status.SCHEDULED, "consultation_at": now + DAY, "assignee": front_desk}
        appointment = make_request(age=index * HOUR, is_urgent=index % 7 == 0, **(busy if index % 2 else {}))
        appointment.contact_attempts.create(by=front_desk, channel="call", outcome="no_answer")
