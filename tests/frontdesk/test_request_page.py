"""A request's page at the front desk: who and how to reach them, what they asked, the log, who may see it."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from appointments.contact_log import ContactAttempt
from appointments.models import AppointmentRequest, AuditEvent, Note, Notification

from ..helpers import PASSWORD, log_in_verified, soup_of
from .request_pages import page_url, step_buttons, text_of

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status
TUESDAY_10AM = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-7)))


@pytest.fixture
def viewer_client(client, django_user_model):
    """Staff who may read requests but not change them."""
    viewer = django_user_model.objects.create_user(username="viewer", password=PASSWORD, is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_appointmentrequest"))
    log_in_verified(client, viewer)
    return client


def links(response) -> dict[str, str]:
    return {a.get_text(strip=True): a["href"] for a in soup_of(response).select(".who .reach a")}


def test_the_page_is_titled_with_the_reference_and_the_short_name(desk_client, make_request):
    appointment = make_request(first_name="Ann", last_name="Example")

    response = desk_client.get(page_url(appointment))

    assert response.status_code == 200
    assert soup_of(response).h1.get_text(strip=True) == f"Request {appointment.reference} from Ann E."
    assert text_of(soup_of(response), ".who h2").startswith("Ann Example New")


def test_call_text_and_email_are_a_tap_away_when_they_agreed_to_texts(desk_client, make_request):
    appointment = make_request(phone="+14805550123", email="ann@example.com", sms_opt_in=True)

    assert links(desk_client.get(page_url(appointment))) == {
        "Call (480) 555-0123": "tel:+14805550123",
        "Text (480) 555-0123": "sms:+14805550123",
        "Email ann@example.com": "mailto:ann@example.com",
    }


def test_no_text_link_for_a_patient_who_did_not_agree_to_texts(desk_client, make_request):
    appointment = make_request(phone="+14805550123", email="ann@example.com", sms_opt_in=False)

    assert list(links(desk_client.get(page_url(appointment))).values()) == [
        "tel:+14805550123", "mailto:ann@example.com",
    ]  # fmt: skip


def test_without_a_phone_number_only_email_is_offered(desk_client, make_request):
    appointment = make_request(phone="", email="ann@example.com", sms_opt_in=True)

    assert list(links(desk_client.get(page_url(appointment)))) == ["Email ann@example.com"]


def test_the_preferences_and_what_they_asked_are_shown_as_sent(desk_client, make_request):
    appointment = make_request(
        service="migraine", preferred_days=["mon", "wed"], preferred_time=AppointmentRequest.TimeOfDay.MORNING,
        voicemail_opt_in=False, message="I get migraines <b>twice</b> a week.\nMostly mornings.",
    )  # fmt: skip

    page = soup_of(desk_client.get(page_url(appointment)))

    who = text_of(page, ".who .facts")
    assert "Days Monday, Wednesday" in who and "Time of day Morning" in who
    assert "Voicemail Not agreed: do not leave a message" in who
    assert "Service Migraine" in text_of(page, ".asked .facts")
    message = page.select_one(".asked .message")
    assert message.get_text(" ", strip=True) == "I get migraines <b>twice</b> a week. Mostly mornings."
    assert page.select("textarea[name=message], input[name=message]") == []


@time_machine.travel(TUESDAY_10AM, tick=False)
def test_the_contact_log_is_newest_first_with_who_and_when_in_clinic_time(desk_client, front_desk, make_request):
    appointment = make_request()
    front_desk.first_name = "Dana"
    front_desk.save()
    for hours_ago, outcome, note in [(3, "no_answer", "First try"), (1, "spoke", "Booked a call back")]:
        ContactAttempt.objects.create(
            appointment_request=appointment, by=front_desk, channel=ContactAttempt.Channel.CALL, outcome=outcome,
            note=note, at=TUESDAY_10AM - datetime.timedelta(hours=hours_ago),
        )  # fmt: skip

    entries = soup_of(desk_client.get(page_url(appointment))).select(".contact-log .entries li")

    assert [" ".join(entry.get_text(" ").split()) for entry in entries] == [
        "Phone call: spoke with the patient Tue Dec 1, 9 am · Dana Booked a call back",
        "Phone call: no answer Tue Dec 1, 7 am · Dana First try",
    ]


def test_a_sent_reply_shows_its_subject_and_its_email_state(desk_client, front_desk, make_request):
    appointment = make_request()
    reply = ContactAttempt.objects.create(
        appointment_request=appointment, by=front_desk, channel=ContactAttempt.Channel.EMAIL,
        outcome=ContactAttempt.Outcome.EMAILED, subject=f"About your request {appointment.reference}", body="Hello",
    )  # fmt: skip
    Notification.objects.create(appointment_request=appointment, kind=Notification.Kind.REPLY, contact_attempt=reply)

    page = soup_of(desk_client.get(page_url(appointment)))

    entry = text_of(page, ".contact-log .entries li")
    assert f"About your request {appointment.reference}" in entry and "Email pending" in entry
    assert [" ".join(li.get_text().split()) for li in page.select(".emails li")] == [
        "Staff notification: pending", "Patient acknowledgement: pending", "Reply to the patient: pending",
    ]  # fmt: skip


def test_notes_are_listed_newest_first_with_their_author(desk_client, front_desk, make_request):
    appointment = make_request()
    for text in ["Older note", "Newer note"]:
        Note.objects.create(appointment_request=appointment, author=front_desk, text=text)

    page = soup_of(desk_client.get(page_url(appointment)))

    assert [text_of(li, ".entry-text") for li in page.select(".notes li")] == ["Newer note", "Older note"]
    assert text_of(page, ".notes li .entry-meta").startswith("frontdesk · ")


def test_each_view_of_the_page_is_in_the_access_history(desk_client, front_desk, make_request):
    appointment = make_request()

    desk_client.get(page_url(appointment))

    event = AuditEvent.objects.get()
    assert (event.appointment_request, event.user, event.action, event.detail) == (
        appointment, front_desk, AuditEvent.Action.VIEWED, ""
    )  # fmt: skip


def test_the_page_shows_the_latest_access_history_and_links_to_all_of_it(desk_client, make_request):
    appointment = make_request()
    desk_client.get(page_url(appointment))

    page = soup_of(desk_client.get(page_url(appointment)))

    rows = page.select(".access-history tbody tr")
    assert len(rows) == 1 and "Viewed" in rows[0].get_text()
    history = page.select_one(".access-history .more a")
    assert history["href"] == f"/admin/appointments/appointmentrequest/{appointment.pk}/history/"


def test_an_urgent_request_says_call_now_and_about_988(desk_client, make_request):
    urgent = make_request(is_urgent=True)

    box = text_of(soup_of(desk_client.get(page_url(urgent))), ".urgency-panel")

    assert box.startswith("Urgent Call now") and "call or text 988" in box and "911" in box
    assert "Not urgent after all" in box


def test_an_unknown_request_is_not_found(desk_client, make_request):
    assert desk_client.get("/admin/front-desk/requests/999999/").status_code == 404


def test_staff_who_may_not_read_requests_are_refused(writer_client, make_request):
    appointment = make_request()

    assert writer_client.get(page_url(appointment)).status_code == 403
    assert not AuditEvent.objects.exists()


def test_signed_out_visitors_are_sent_to_sign_in(client, make_request):
    appointment = make_request()

    response = client.get(page_url(appointment))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert not AuditEvent.objects.exists()


def test_staff_who_may_only_read_see_the_page_without_buttons(viewer_client, make_request):
    appointment = make_request(is_urgent=True)

    response = viewer_client.get(page_url(appointment))

    page = soup_of(response)
    assert response.status_code == 200 and "Call now" in text_of(page, ".urgency-panel")
    assert page.select("#request-page :is(button, form, textarea, input)") == []
    assert page.select(".access-history") == []  # nor the access history, without its own permission


def test_the_buttons_offer_the_usual_next_steps_in_order(desk_client, make_request):
    appointment = make_request()

    buttons = step_buttons(desk_client.get(page_url(appointment)))

    assert list(buttons) == [
        "Assign to me", "Log a call", "Send a reply", "Mark scheduled", "Mark contacted", "Not a fit", "Spam",
    ]  # fmt: skip
    assert (buttons["Mark contacted"], buttons["Log a call"]) == (("step", "contacted"), ("open", "log-call"))


def test_not_a_fit_and_spam_are_quieter_than_the_steps_that_reach_the_patient(desk_client, make_request):
    page = soup_of(desk_client.get(page_url(make_request())))

    quiet = [" ".join(b.get_text().split()) for b in page.select(".step-buttons .quiet-button")]
    assert quiet == ["Not a fit", "Spam"]


def test_the_request_links_to_the_patients_other_requests(desk_client, make_request):
    earlier = make_request(email="ann@example.com", status=Status.CLOSED, age=datetime.timedelta(days=90))
    appointment = make_request(email="ann@example.com")

    other = soup_of(desk_client.get(page_url(appointment))).select(".about .facts a")

    assert [(a.get_text(strip=True), a["href"]) for a in other] == [(earlier.reference, page_url(earlier))]


def test_the_requests_address_for_staff_is_its_front_desk_page(make_request):
    appointment = make_request()

    assert appointment.get_absolute_url() == page_url(appointment)


def test_the_page_reads_the_same_few_tables_however_long_its_history(
    desk_client, front_desk, make_request, django_assert_max_num_queries
):
    quiet, busy = make_request(), make_request(email="busy@example.com")
    for n in range(6):
        ContactAttempt.objects.create(
            appointment_request=busy, by=front_desk, channel=ContactAttempt.Channel.CALL, outcome="no_answer"
        )
        Note.objects.create(appointment_request=busy, author=front_desk, text=f"Note {n}")
        make_request(email="busy@example.com", age=datetime.timedelta(days=n + 1))
        desk_client.get(page_url(busy))

    with CaptureQueriesContext(connection) as for_quiet:
        desk_client.get(page_url(quiet))
    with django_assert_max_num_queries(len(for_quiet)):
        desk_client.get(page_url(busy))
    # The session, the user, the second factor and permissions; the request, its location's hours; the log, the
    # notes, the emails, the access history, the other requests; the view recorded.
    assert len(for_quiet) <= 18
