import csv
import datetime
import io

import pytest
from django.core import mail
from django.utils import timezone

from appointments.export import neutralise_formula
from appointments.models import AppointmentRequest, AuditEvent, Note

from ..helpers import PASSWORD, page_text, soup_of

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/appointments/appointmentrequest/"


def change_url(appointment: AppointmentRequest) -> str:
    return f"{LIST_URL}{appointment.pk}/change/"


@pytest.fixture
def desk_client(client, front_desk):
    client.force_login(front_desk)
    return client


def change_form(note: str = "", **fields: str) -> dict:
    """What the admin's change form posts: triage fields, an optional new note, the inlines' bookkeeping."""
    data = {
        "status": "new", "assignee": "", "first_response_at_0": "", "first_response_at_1": "",
        "notes-TOTAL_FORMS": "1" if note else "0", "notes-INITIAL_FORMS": "0", "notes-0-text": note,
        "notifications-TOTAL_FORMS": "2", "notifications-INITIAL_FORMS": "2",
        "audit_events-TOTAL_FORMS": "0", "audit_events-INITIAL_FORMS": "0",
    }  # fmt: skip
    return {**data, **fields}


def listed_references(response) -> list[str]:
    soup = soup_of(response)
    return [cell.get_text(strip=True) for cell in soup.select("#result_list tbody th.field-reference")]


def run_action(client, action: str, *appointments: AppointmentRequest):
    return client.post(LIST_URL, {"action": action, "_selected_action": [a.pk for a in appointments], "index": 0})


def test_front_desk_sees_the_triage_list_with_what_it_needs(desk_client, make_request):
    appointment = make_request()

    response = desk_client.get(LIST_URL)

    assert response.status_code == 200
    row = soup_of(response).select_one("#result_list tbody tr").get_text(" ", strip=True)
    for expected in [appointment.reference, "Ben Sample", "Depression", "Avesta Test Clinic", "New", "staff pending"]:
        assert expected in row


def test_list_puts_urgent_first_then_overdue_oldest_first_then_newest(desk_client, make_request):
    old_handled = make_request(age=datetime.timedelta(days=9), status=AppointmentRequest.Status.CONTACTED)
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
    [("Sample", True), ("(480) 555-0177", True), ("ben", True), ("Nobody", False)],
)
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


def test_csv_export_neutralises_spreadsheet_formulas(desk_client, make_request):
    appointment = make_request(first_name='=HYPERLINK("http://evil.example")', last_name="+1+2", email="a@example.com")

    response = run_action(desk_client, "export_as_csv", appointment)

    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:6] == ["Reference", "Received", "Status", "First name", "Last name", "Email"]
    assert rows[1][3] == '\'=HYPERLINK("http://evil.example")'
    assert rows[1][4] == "'+1+2"
    assert rows[1][6] == "(480) 555-0177"
    assert AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED).count() == 1


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_trigger_is_neutralised(value):
    assert neutralise_formula(value) == "'" + value


def test_what_the_patient_wrote_is_read_only(desk_client, make_request):
    appointment = make_request(message="Original words")

    desk_client.post(
        change_url(appointment), change_form(first_name="Changed", message="Changed words", status="scheduled")
    )

    appointment.refresh_from_db()
    assert appointment.first_name == "Ben"
    assert appointment.message == "Original words"
    assert appointment.status == AppointmentRequest.Status.SCHEDULED
    assert appointment.first_response_at is not None


def test_note_is_saved_with_its_author_and_time(desk_client, front_desk, make_request):
    appointment = make_request()

    response = desk_client.post(change_url(appointment), change_form(note="Left a voicemail."))

    assert response.status_code == 302
    note = Note.objects.get()
    assert (note.author, note.text) == (front_desk, "Left a voicemail.")
    assert note.created_at is not None


def test_viewing_a_request_is_recorded(desk_client, front_desk, make_request):
    appointment = make_request()

    desk_client.get(change_url(appointment))

    event = AuditEvent.objects.get()
    assert (event.user, event.action, event.appointment_request) == (front_desk, "viewed", appointment)


def test_front_desk_cannot_delete_requests(desk_client, make_request):
    appointment = make_request()

    assert desk_client.get(f"{LIST_URL}{appointment.pk}/delete/").status_code == 403
    run_action(desk_client, "delete_selected", appointment)
    assert AppointmentRequest.objects.filter(pk=appointment.pk).exists()


@pytest.mark.parametrize("url", ["/admin/blog/post/", "/admin/blog/post/add/", "/admin/pages/page/add/"])
def test_front_desk_cannot_edit_articles_or_pages(desk_client, url):
    assert desk_client.get(url).status_code == 403


def test_nobody_adds_requests_in_the_admin(admin_client):
    assert admin_client.get(f"{LIST_URL}add/").status_code == 403


def test_anonymous_visitor_sees_no_requests(client, make_request):
    appointment = make_request()

    for url in [LIST_URL, change_url(appointment)]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_superuser_can_delete_a_request(admin_client, make_request):
    appointment = make_request()

    response = admin_client.post(f"{LIST_URL}{appointment.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not AppointmentRequest.objects.exists()


def test_urgent_request_is_marked_in_the_list_and_others_are_not(desk_client, make_request):
    urgent = make_request(is_urgent=True)
    calm = make_request()

    soup = soup_of(desk_client.get(LIST_URL))

    rows = {
        row.select_one("th.field-reference").get_text(strip=True): row for row in soup.select("#result_list tbody tr")
    }
    assert rows[urgent.reference].select_one(".urgent").get_text() == "Urgent"
    assert rows[calm.reference].select_one(".urgent") is None


def test_adding_a_note_is_in_the_access_history(desk_client, make_request):
    appointment = make_request()

    desk_client.post(change_url(appointment), change_form(note="Texted back."))

    assert AuditEvent.objects.filter(detail="added a note").count() == 1


def test_likely_duplicate_links_to_the_earlier_request(desk_client, make_request):
    earlier = make_request()
    later = make_request(likely_duplicate_of=earlier)

    response = desk_client.get(change_url(later))

    assert f'href="{change_url(earlier)}"' in response.content.decode()


def test_access_history_outlives_a_deleted_request(admin_client, make_request):
    appointment = make_request()
    admin_client.get(change_url(appointment))

    admin_client.post(f"{LIST_URL}{appointment.pk}/delete/", {"post": "yes"})

    assert sorted(AuditEvent.objects.values_list("reference", "action")) == [
        (appointment.reference, "deleted"),
        (appointment.reference, "viewed"),
    ]


def test_staff_without_the_role_cannot_open_a_request_and_nothing_is_recorded(client, django_user_model, make_request):
    appointment = make_request()
    someone = django_user_model.objects.create_user(username="temp", password=PASSWORD, is_staff=True)
    client.force_login(someone)

    assert client.get(change_url(appointment)).status_code == 403
    assert not AuditEvent.objects.exists()


def test_opening_a_request_that_no_longer_exists_records_no_view(desk_client, make_request):
    appointment = make_request()
    url = change_url(appointment)
    appointment.delete()

    response = desk_client.get(url, follow=True)

    assert response.redirect_chain == [("/admin/", 302)]
    assert "doesn’t exist. Perhaps it was deleted?" in page_text(response)
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.VIEWED).exists()


def test_a_change_form_sent_back_with_errors_is_not_recorded_as_a_view(desk_client, make_request):
    appointment = make_request()

    response = desk_client.post(change_url(appointment), change_form(status="no-such-status"))

    assert response.status_code == 200
    assert "Select a valid choice." in page_text(response)
    assert not AuditEvent.objects.exists()


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
