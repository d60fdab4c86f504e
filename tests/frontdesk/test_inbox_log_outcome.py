"""Logging a call's outcome from the inbox's row: as a plain form (then back to the same list), or in place."""

import datetime

import pytest
from django.contrib.auth.models import Permission

from appointments.models import AppointmentRequest, AuditEvent, ContactAttempt

from ..helpers import log_in_verified, page_text, soup_of
from .conftest import INBOX_URL, listed_references

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status
Outcome = ContactAttempt.Outcome
FRAGMENT = {"HTTP_X_FRONT_DESK_FRAGMENT": "1"}


def outcome_url(appointment: AppointmentRequest) -> str:
    return f"/admin/front-desk/requests/{appointment.pk}/outcome/"


@pytest.fixture
def ann(make_request) -> AppointmentRequest:
    return make_request(first_name="Ann", last_name="Example", phone="+14805550100", is_urgent=True)


@pytest.mark.parametrize(
    ("outcome", "status", "said"),
    [
        (Outcome.NO_ANSWER, Status.NEW, "no answer"),
        (Outcome.SPOKE, Status.CONTACTED, "spoke with the patient"),
        (Outcome.ESCALATED, Status.CONTACTED, "escalated (988, 911 or a clinician)"),
    ],
)
def test_a_logged_call_is_stored_with_its_note_and_the_list_comes_back_as_it_was(
    desk_client, front_desk, ann, outcome, status, said
):
    back = f"{INBOX_URL}?q=Ann&page=1"

    response = desk_client.post(outcome_url(ann), {"outcome": outcome, "note": "Call after 3 pm.", "next": back})

    assert response.status_code == 303
    assert response["Location"] == back
    attempt = ContactAttempt.objects.get()
    assert (attempt.appointment_request, attempt.by, attempt.outcome, attempt.note) == (
        ann, front_desk, outcome, "Call after 3 pm."
    )  # fmt: skip
    ann.refresh_from_db()
    assert ann.status == status
    assert ann.first_response_at == attempt.at
    page = desk_client.get(response["Location"])
    assert soup_of(page).select_one(".messagelist .success").get_text() == f"Call with Ann E. logged: {said}."
    row = soup_of(page).select_one(f"#request-{ann.pk}")
    assert row.select_one(".status").get_text() == status.label
    assert "Last contact: " + outcome.label in row.get_text(" ", strip=True)


def test_after_logging_a_call_the_list_keeps_its_filter_and_page(desk_client, make_request):
    for minutes in range(61):
        make_request(is_urgent=True, age=datetime.timedelta(minutes=minutes))
    newest = AppointmentRequest.objects.order_by("-created_at").first()  # the urgent wait longest first: last
    back = f"{INBOX_URL}?show=urgent&page=2"

    response = desk_client.post(outcome_url(newest), {"outcome": Outcome.NO_ANSWER, "next": back}, follow=True)

    assert response.redirect_chain == [(back, 303)]
    assert "Urgent requests nobody has spoken with yet 51–61 of 61" in page_text(response)
    assert newest.reference in listed_references(response)


def test_without_a_next_it_goes_back_to_the_inbox_and_never_off_the_site(desk_client, ann):
    for wanted in ("", "https://elsewhere.example/", "//elsewhere.example/"):
        response = desk_client.post(outcome_url(ann), {"outcome": Outcome.NO_ANSWER, "next": wanted})
        assert response["Location"] == INBOX_URL, wanted


def test_without_an_outcome_nothing_is_saved_and_the_list_shows_why_with_the_note_kept(desk_client, ann):
    response = desk_client.post(outcome_url(ann), {"note": "Rang twice.", "next": f"{INBOX_URL}?show=urgent"})

    assert response.status_code == 400
    assert not ContactAttempt.objects.exists()
    soup = soup_of(response)
    summary = soup.select_one(".fd-error-summary")
    assert summary["role"] == "alert"
    assert summary.select_one("h2").get_text() == "Nothing saved for Ann E."
    assert summary.select_one("a").get_text() == "Choose what happened on the call."
    assert summary.select_one("a")["href"] == f"#request-{ann.pk}-outcome"
    row = soup.select_one(f"#request-{ann.pk}")
    assert row.select_one("details").has_attr("open")
    assert row.select_one("textarea").get_text() == "Rang twice."
    assert row.select_one(f"#request-{ann.pk}-outcome-error").get_text() == "Choose what happened on the call."
    assert listed_references(response) == [ann.reference]
    assert soup.select_one(".fd-filters a[aria-current=page]").get_text(" ", strip=True).startswith("Urgent")


def test_a_voicemail_for_a_patient_who_did_not_agree_is_refused(desk_client, ann):
    response = desk_client.post(outcome_url(ann), {"outcome": Outcome.VOICEMAIL, "note": "", "next": INBOX_URL})

    assert response.status_code == 400
    assert "a voicemail only if they agreed to voicemail" in page_text(response)
    assert not ContactAttempt.objects.exists()


def test_in_place_the_answer_is_the_updated_row_with_what_to_announce(desk_client, ann):
    response = desk_client.post(
        outcome_url(ann), {"outcome": Outcome.SPOKE, "note": "Booked.", "next": INBOX_URL}, **FRAGMENT
    )

    assert response.status_code == 200
    soup = soup_of(response)
    (row,) = soup.select("tr")
    assert row["id"] == f"request-{ann.pk}"
    assert row["data-front-desk-status"] == "Call with Ann E. logged: spoke with the patient."
    assert row.select_one(".status").get_text() == "Contacted"
    assert row.select_one(".urgent") is None  # reached: no longer waiting for an urgent call
    assert not row.select_one("details").has_attr("open")
    assert row.select_one("input[name=next]")["value"] == INBOX_URL
    assert soup.select_one("html") is None
    assert ContactAttempt.objects.get().note == "Booked."


def test_in_place_an_error_answers_the_row_with_its_errors_and_the_note_at_400(desk_client, ann):
    response = desk_client.post(outcome_url(ann), {"note": "Rang twice.", "next": INBOX_URL}, **FRAGMENT)

    assert response.status_code == 400
    row = soup_of(response).select_one("tr")
    assert row["data-front-desk-status"] == "Nothing saved for Ann E.: Choose what happened on the call."
    assert row.select_one("details").has_attr("open")
    assert row.select_one("textarea").get_text() == "Rang twice."
    assert row.select_one("[data-error]").get_text() == "Choose what happened on the call."
    assert not ContactAttempt.objects.exists()


def test_a_logged_call_is_in_the_requests_access_history(desk_client, front_desk, ann):
    desk_client.post(outcome_url(ann), {"outcome": Outcome.NO_ANSWER, "next": INBOX_URL}, **FRAGMENT)

    event = AuditEvent.objects.get(appointment_request=ann)
    assert (event.user, event.action) == (front_desk, AuditEvent.Action.CHANGED)
    assert event.detail == "logged a call: no answer"


def test_staff_who_may_only_read_requests_cannot_log_a_call_and_see_no_form(client, django_user_model, ann):
    reader = django_user_model.objects.create_user(username="reader", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_appointmentrequest"))
    log_in_verified(client, reader)

    assert client.post(outcome_url(ann), {"outcome": Outcome.NO_ANSWER}).status_code == 403
    page = soup_of(client.get(INBOX_URL))
    assert page.select_one(f"#request-{ann.pk} a.fd-call") is not None
    assert page.select_one(f"#request-{ann.pk} details") is None
    assert not ContactAttempt.objects.exists()


def test_others_cannot_log_a_call(writer_client, ann):
    assert writer_client.post(outcome_url(ann), {"outcome": Outcome.NO_ANSWER}).status_code == 403
    assert not ContactAttempt.objects.exists()


def test_a_signed_out_visitor_is_sent_to_sign_in_and_nothing_is_saved(client, ann):
    response = client.post(outcome_url(ann), {"outcome": Outcome.NO_ANSWER})

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert not ContactAttempt.objects.exists()


def test_logging_a_call_is_a_post_and_an_unknown_request_is_not_found(desk_client, ann):
    assert desk_client.get(outcome_url(ann)).status_code == 405
    assert desk_client.post("/admin/front-desk/requests/999999/outcome/", {"outcome": "spoke"}).status_code == 404
