"""The triage list and the actions front desk staff take on requests."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from appointments.models import AppointmentRequest, Note

from ..helpers import LIST_URL, change_form, change_url, listed_references, run_action, soup_of

pytestmark = pytest.mark.django_db


def test_front_desk_sees_the_triage_list_with_what_it_needs(desk_client, make_request):
    appointment = make_request()

    response = desk_client.get(LIST_URL)

    assert response.status_code == 200
    row = soup_of(response).select_one("#result_list tbody tr").get_text(" ", strip=True)
    for expected in [appointment.reference, "Ben S.", "Depression", "Phoenix", "New", "staff pending"]:
        assert expected in row


def test_list_puts_urgent_first_then_overdue_oldest_first_then_newest(desk_client, make_request):
    old_handled = make_request(
        age=datetime.timedelta(days=9),
        status=AppointmentRequest.Status.CONTACTED,
        first_response_at=timezone.now() - datetime.timedelta(days=8),
    )
    newest = make_request(age=datetime.timedelta(minutes=5))
    overdue_older = make_request(age=datetime.timedelta(days=3))
    overdue_newer = make_request(age=datetime.timedelta(days=2))
    urgent = make_request(age=datetime.timedelta(minutes=30), is_urgent=True)

    assert listed_references(desk_client.get(LIST_URL)) == [
        a.reference for a in [urgent, overdue_older, overdue_newer, newest, old_handled]
    ]


def test_overdue_request_is_highlighted(desk_client, make_request):
    make_request(age=datetime.timedelta(days=7))

    response = desk_client.get(LIST_URL)

    assert "past the 4 h target" in soup_of(response).select_one(".overdue").get_text()


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Sample", True), ("(480) 555-0177", True), ("555-0177", True), ("0177", True), ("ben", True),
        ("555-0199", False), ("Nobody", False),
    ],
)  # fmt: skip
def test_search_by_name_email_phone_and_reference(desk_client, make_request, query, found):
    appointment = make_request()

    references = listed_references(desk_client.get(LIST_URL, {"q": query}))

    assert (appointment.reference in references) is found


def test_search_by_reference(desk_client, make_request):
    appointment = make_request()

    assert listed_references(desk_client.get(LIST_URL, {"q": appointment.reference})) == [appointment.reference]


@pytest.mark.parametrize("query", ["status__exact=%00", "q=%00", "location__id__exact=%00"])
def test_nul_in_admin_filters_is_a_bad_request_not_a_crash(desk_client, make_request, query):
    make_request()

    assert desk_client.get(f"{LIST_URL}?{query}").status_code == 400


def test_assign_to_me_and_mark_contacted(desk_client, front_desk, make_request):
    appointment = make_request()

    run_action(desk_client, "assign_to_me", appointment)
    run_action(desk_client, "mark_contacted", appointment)

    appointment.refresh_from_db()
    assert appointment.assignee == front_desk
    assert appointment.status == AppointmentRequest.Status.CONTACTED
    assert appointment.first_response_at is not None
    assert list(appointment.audit_events.values_list("detail", flat=True)) == [
        "marked contacted",
        "assigned to themselves",
    ]


def test_mark_spam(desk_client, make_request):
    appointment = make_request()

    run_action(desk_client, "mark_spam", appointment)

    appointment.refresh_from_db()
    assert appointment.status == AppointmentRequest.Status.SPAM


def test_resend_queues_the_emails_again(desk_client, make_request, settings, django_capture_on_commit_callbacks):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    appointment = make_request()
    appointment.notifications.filter(kind="staff").update(
        state="failed", attempts=5, next_attempt_at=None, last_error="mail server refused the connection"
    )
    sent_at = timezone.now() - datetime.timedelta(days=1)
    appointment.notifications.filter(kind="patient").update(state="sent", attempts=1, sent_at=sent_at)

    with django_capture_on_commit_callbacks(execute=True):
        run_action(desk_client, "resend_notifications", appointment)

    staff, patient = appointment.notifications.get(kind="staff"), appointment.notifications.get(kind="patient")
    assert (staff.state, staff.attempts) == ("sent", 1)
    assert (patient.state, patient.sent_at) == ("sent", sent_at)  # not sent to the patient twice
    assert len(mail.outbox) == 1


def test_what_the_patient_wrote_is_read_only(desk_client, make_request):
    appointment = make_request(message="Original words")

    desk_client.post(
        change_url(appointment), change_form(first_name="Changed", message="Changed words", status="contacted")
    )

    appointment.refresh_from_db()
    assert appointment.first_name == "Ben"
    assert appointment.message == "Original words"
    assert appointment.status == AppointmentRequest.Status.CONTACTED
    assert appointment.first_response_at is not None


def test_note_is_saved_with_its_author_and_time(desk_client, front_desk, make_request):
    appointment = make_request()

    response = desk_client.post(change_url(appointment), change_form(note="Left a voicemail."))

    assert response.status_code == 302
    note = Note.objects.get()
    assert (note.author, note.text) == (front_desk, "Left a voicemail.")
    assert note.created_at is not None


def test_urgent_request_is_marked_in_the_list_and_others_are_not(desk_client, make_request):
    urgent = make_request(is_urgent=True)
    calm = make_request()

    soup = soup_of(desk_client.get(LIST_URL))

    rows = {row.select_one(".reference").get_text(strip=True): row for row in soup.select("#result_list tbody tr")}
    assert rows[urgent.reference].select_one(".urgent").get_text() == "Urgent"
    assert rows[calm.reference].select_one(".urgent") is None


def test_likely_duplicate_links_to_the_earlier_request(desk_client, make_request):
    earlier = make_request()
    later = make_request(likely_duplicate_of=earlier)

    response = desk_client.get(change_url(later))

    assert f'href="{earlier.get_absolute_url()}"' in response.content.decode()  # the front desk's page


def test_overdue_label_names_the_configured_target(desk_client, make_request, settings):
    settings.APPOINTMENT_RESPONSE_TARGET_HOURS = 24
    make_request(age=datetime.timedelta(days=14))

    assert "past the 24 h target" in desk_client.get(LIST_URL).content.decode()


def test_list_offers_the_filters_front_desk_needs(desk_client, make_request):
    make_request()

    soup = soup_of(desk_client.get(LIST_URL))

    titles = [summary.get_text(" ", strip=True) for summary in soup.select("#changelist-filter summary")]
    for expected in ["status", "location", "service of interest", "assignee", "urgent", "received", "email state"]:
        assert any(expected in title.lower() for title in titles), expected


def test_an_urgent_request_that_was_answered_no_longer_sits_above_unanswered_ones(desk_client, make_request):
    answered_urgent = make_request(
        age=datetime.timedelta(minutes=10), is_urgent=True, status=AppointmentRequest.Status.CONTACTED
    )
    overdue = make_request(age=datetime.timedelta(days=2))
    waiting = make_request(age=datetime.timedelta(hours=1))
    unanswered_urgent = make_request(age=datetime.timedelta(hours=3), is_urgent=True)

    assert listed_references(desk_client.get(LIST_URL)) == [
        a.reference for a in [unanswered_urgent, overdue, answered_urgent, waiting]
    ]


def test_urgent_requests_are_listed_longest_waiting_first(desk_client, make_request):
    # Both sit above everything else: the patient who has waited longest is called first.
    fresh_urgent = make_request(age=datetime.timedelta(minutes=20), is_urgent=True)
    overdue_urgent = make_request(age=datetime.timedelta(days=2), is_urgent=True)
    overdue = make_request(age=datetime.timedelta(days=3))

    assert listed_references(desk_client.get(LIST_URL)) == [
        a.reference for a in [overdue_urgent, fresh_urgent, overdue]
    ]
