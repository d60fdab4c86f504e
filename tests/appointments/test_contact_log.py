"""Logging a call and sending a reply from a template, from the buttons at the top of a request's page."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import timezone

from appointments import triage
from appointments.contact_log import ContactAttempt, ReplyTemplate
from appointments.models import AppointmentRequest, AuditEvent, Notification
from appointments.status import needs_urgent_call_condition

from ..helpers import LIST_URL, change_url, inline_rows, listed_references, log_in_verified, page_text, soup_of

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status
TUESDAY_10AM = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-7)))
# The reply template form in the admin, but for the subject and body.
NEW_TEMPLATE = {"name": "Call back", "occasion": "any", "is_active": "on", "display_order": 0}


def step_url(appointment: AppointmentRequest, slug: str) -> str:
    return f"{change_url(appointment).removesuffix('change/')}next-step/{slug}/"


def button_href(client, appointment: AppointmentRequest, label: str) -> str:
    page = soup_of(client.get(change_url(appointment)))
    return next(a["href"] for a in page.select(".next-steps a") if a.get_text(strip=True) == label)


def tally(client, label: str) -> int:
    tile = next(t for t in soup_of(client.get("/admin/front-desk/")).select(".tally") if label in t.get_text())
    return int(tile.select_one(".tally-count").get_text(strip=True))


def outcome_labels(response) -> list[str]:
    return [label.get_text(strip=True) for label in soup_of(response).select(".field-outcome label")]


def test_log_a_call_offers_voicemail_only_to_patients_who_agreed(desk_client, make_request):
    agreed = make_request(voicemail_opt_in=True)
    did_not = make_request(voicemail_opt_in=False)

    assert outcome_labels(desk_client.get(button_href(desk_client, agreed, "Log a call"))) == [
        "No answer", "Left a voicemail", "Spoke with the patient", "Escalated (988, 911 or a clinician)",
    ]  # fmt: skip
    page = desk_client.get(button_href(desk_client, did_not, "Log a call"))
    assert outcome_labels(page) == ["No answer", "Spoke with the patient", "Escalated (988, 911 or a clinician)"]
    assert "did not agree to voicemail" in page_text(page)
    assert soup_of(page).select_one('a[href^="tel:"]').get_text(strip=True) == "Call (480) 555-0177"
    request_page = soup_of(desk_client.get(change_url(did_not)))
    assert request_page.select_one(".field-voicemail .readonly").get_text(strip=True) == (
        "Not agreed: do not leave a message"
    )


def test_a_voicemail_the_patient_did_not_agree_to_is_refused(desk_client, make_request):
    appointment = make_request(voicemail_opt_in=False)

    response = desk_client.post(step_url(appointment, "log-call"), {"outcome": "voicemail"})

    assert response.status_code == 400
    assert "a voicemail only if they agreed to voicemail" in page_text(response)
    assert not ContactAttempt.objects.exists()


@time_machine.travel(TUESDAY_10AM, tick=False)
def test_the_first_call_is_the_first_response_and_is_in_the_history(desk_client, front_desk, make_request):
    appointment = make_request(age=datetime.timedelta(hours=1))

    response = desk_client.post(
        step_url(appointment, "log-call"), {"outcome": "no_answer", "note": "Try after 3 pm."}, follow=True
    )

    assert response.redirect_chain[-1][0] == change_url(appointment)
    assert "Call logged." in page_text(response)
    appointment.refresh_from_db()
    assert (appointment.status, appointment.first_response_at) == (Status.NEW, TUESDAY_10AM)
    assert inline_rows(soup_of(response), "contact_attempts") == ["Phone call: no answer"]
    assert "Try after 3 pm." in soup_of(response).select_one("#contact_attempts-group").get_text()
    assert AuditEvent.objects.filter(user=front_desk, detail="logged a call: no answer").exists()


def test_a_later_call_keeps_the_first_response_time(desk_client, make_request):
    answered = datetime.datetime(2026, 11, 24, 10, 30, tzinfo=datetime.UTC)
    appointment = make_request(status=Status.CONTACTED, first_response_at=answered)

    desk_client.post(step_url(appointment, "log-call"), {"outcome": "spoke"})

    appointment.refresh_from_db()
    assert appointment.first_response_at == answered
    assert appointment.contact_attempts.get().outcome == ContactAttempt.Outcome.SPOKE


def test_a_reply_starts_from_a_template_filled_in_for_the_patient(desk_client, make_request, starter_replies):
    appointment = make_request(first_name="Ann")

    page = soup_of(desk_client.get(step_url(appointment, "send-reply")))

    body = page.select_one("textarea[name=body]").get_text().lstrip("\n")
    assert body.startswith("Hello Ann,")
    assert "(480) 555-0100" in body and "{" not in body
    envelope = page.select_one(".reply-envelope").get_text(" ", strip=True)
    assert appointment.email in envelope and f"About your request {appointment.reference}" in envelope
    # Nothing about calls before a call is logged, nothing to confirm before a booking.
    assert [o.get_text(strip=True) for o in page.select("#id_chosen_template option")] == ["Let's find a time"]


def test_another_template_is_one_choice_away(desk_client, make_request, starter_replies):
    appointment = make_request(first_name="Ann")
    chosen = ReplyTemplate.objects.get(name="Let's find a time")

    page = soup_of(desk_client.get(step_url(appointment, "send-reply"), {"template": chosen.pk}))

    assert "book your consultation at 1 Test Street" in page.select_one("textarea[name=body]").get_text()
    assert page.select_one("#id_chosen_template option[selected]").get_text(strip=True) == "Let's find a time"


@time_machine.travel(TUESDAY_10AM, tick=False)
def test_a_sent_reply_is_stored_delivered_and_shown_with_its_state(
    desk_client, front_desk, make_request, starter_replies, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    appointment = make_request(first_name="Ann", age=datetime.timedelta(hours=2))
    template = ReplyTemplate.objects.get(name="We tried to call you")
    ContactAttempt.objects.create(
        appointment_request=appointment, by=front_desk, channel="call", outcome="no_answer", at=TUESDAY_10AM
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = desk_client.post(
            step_url(appointment, "send-reply"), {"template": template.pk, "body": "Hello Ann,\n\nPlease call us."}
        )

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [appointment.email]
    assert message.subject == f"About your request {appointment.reference}"
    assert message.body.startswith("Hello Ann,\n\nPlease call us.")
    assert message.reply_to == ["desk@clinic.example"]
    reply = Notification.objects.get(kind=Notification.Kind.REPLY)
    assert (reply.state, reply.contact_attempt.body) == ("sent", "Hello Ann,\n\nPlease call us.")
    appointment.refresh_from_db()
    assert (appointment.status, appointment.first_response_at) == (Status.CONTACTED, TUESDAY_10AM)
    history = soup_of(desk_client.get(change_url(appointment))).select_one("#contact_attempts-group").get_text()
    assert "Email reply" in history and "sent Dec 1, 10:00 AM" in history
    assert AuditEvent.objects.filter(user=front_desk, detail="sent the reply “We tried to call you”").exists()


def test_a_reply_with_a_placeholder_left_in_is_not_sent(desk_client, make_request, starter_replies):
    appointment = make_request()
    template = ReplyTemplate.objects.first()

    response = desk_client.post(step_url(appointment, "send-reply"), {"template": template.pk, "body": "Hi {name}"})

    assert response.status_code == 400
    assert "Replace {name}" in page_text(response)
    assert not ContactAttempt.objects.exists() and not mail.outbox


def test_a_booking_reply_waits_for_a_booking(desk_client, make_request, starter_replies):
    appointment = make_request()
    template = ReplyTemplate.objects.get(name="Booking confirmation")

    response = desk_client.post(step_url(appointment, "send-reply"), {"template": template.pk, "body": "Booked."})

    assert response.status_code == 400
    assert "a booking reply needs a booked consultation" in page_text(response)
    assert not ContactAttempt.objects.exists()


@pytest.mark.parametrize(
    ("subject", "error"),
    [
        ("Your {first_name} request", "may only use {reference}; remove {first_name}"),
        ("About your migraine", "remove “migraine”"),
        ("Your ketamine consultation", "remove “ketamine”"),
        ("Your request to {clinic_name}", "remove {clinic_name}"),
        ("About your MIGRAINE", "remove “migraine”"),
        ("Your Ketamine Consultation", "remove “ketamine”"),
        ("Your Ptsd intake", "remove “ptsd”"),
        ("Chronic Pain clinic", "remove “chronic pain”"),
        ("Infusions next week", "remove “infusion”"),
    ],
    ids=[
        "a name",
        "a condition",
        "a treatment",
        "the clinic's name, which names the treatment",
        "capitals",
        "title case",
        "mixed case abbreviation",
        "a two-word condition",
        "a plural",
    ],
)
def test_a_reply_template_subject_never_carries_health_details(desk_client, subject, error):
    response = desk_client.post(
        "/admin/appointments/replytemplate/add/", {**NEW_TEMPLATE, "subject": subject, "body": "Hello {first_name}"}
    )

    assert response.status_code == 200
    assert error in page_text(response)
    assert not ReplyTemplate.objects.filter(name="Call back").exists()


def test_front_desk_edits_reply_templates_with_known_placeholders_only(desk_client):
    data = {**NEW_TEMPLATE, "subject": "Your request {reference}"}

    refused = desk_client.post("/admin/appointments/replytemplate/add/", {**data, "body": "Hi {nickname}"})
    saved = desk_client.post("/admin/appointments/replytemplate/add/", {**data, "body": "Hi {first_name}"})

    assert "Unknown placeholder {nickname}" in page_text(refused)
    assert saved.status_code == 302
    assert ReplyTemplate.objects.get(name="Call back").body == "Hi {first_name}"


def test_staff_who_may_only_view_requests_cannot_log_or_reply(client, django_user_model, make_request):
    appointment = make_request()
    viewer = django_user_model.objects.create_user(username="viewer", password="a-long-test-password", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_appointmentrequest"))
    log_in_verified(client, viewer)

    assert client.get(step_url(appointment, "log-call")).status_code == 403
    assert client.post(step_url(appointment, "log-call"), {"outcome": "spoke"}).status_code == 403
    assert not ContactAttempt.objects.exists()


def test_an_urgent_patient_stays_urgent_until_someone_speaks_with_them(desk_client, make_request):
    urgent = make_request(is_urgent=True, voicemail_opt_in=True)
    calm = make_request()

    for outcome in ["no_answer", "voicemail"]:
        desk_client.post(step_url(urgent, "log-call"), {"outcome": outcome})
        assert listed_references(desk_client.get(LIST_URL))[0] == urgent.reference
        assert tally(desk_client, "Urgent") == 1
    desk_client.post(step_url(urgent, "log-call"), {"outcome": "spoke"})

    urgent.refresh_from_db()
    assert urgent.status == Status.CONTACTED
    assert tally(desk_client, "Urgent") == 0
    assert listed_references(desk_client.get(LIST_URL))[0] == calm.reference


@pytest.mark.parametrize("status", [Status.NEW, Status.CONTACTED, Status.SCHEDULED, Status.SPAM])
@pytest.mark.parametrize("is_urgent", [True, False])
def test_needs_an_urgent_call_means_the_same_in_python_and_in_the_database(make_request, status, is_urgent):
    appointment = make_request(is_urgent=is_urgent, status=status)

    in_database = AppointmentRequest.objects.filter(needs_urgent_call_condition(), pk=appointment.pk).exists()

    assert appointment.needs_urgent_call is in_database is (is_urgent and status == Status.NEW)


def test_spam_asks_once_more_then_leaves_the_open_list(desk_client, make_request):
    appointment = make_request()

    page = desk_client.get(button_href(desk_client, appointment, "Spam"))
    assert "Only for messages that are not from a patient" in page_text(page)
    desk_client.post(step_url(appointment, "spam"))

    appointment.refresh_from_db()
    assert appointment.status == Status.SPAM
    assert appointment.reference not in listed_references(desk_client.get(LIST_URL))


def test_mark_contacted_on_a_scheduled_request_says_nothing_changed(desk_client, make_request):
    appointment = make_request(status=Status.SCHEDULED)

    response = desk_client.post(step_url(appointment, "contacted"), follow=True)

    assert "Nothing to change: the request is scheduled." in page_text(response)


def test_the_booking_reply_is_offered_only_once_a_consultation_is_booked(
    desk_client, front_desk, make_request, starter_replies
):
    appointment = make_request()

    before = soup_of(desk_client.get(step_url(appointment, "send-reply")))
    triage.schedule(appointment, front_desk, timezone.now() + datetime.timedelta(days=2), appointment.location)
    after = soup_of(desk_client.get(step_url(appointment, "send-reply")))

    assert [o.get_text(strip=True) for o in before.select("#id_chosen_template option")] == ["Let's find a time"]
    assert [o.get_text(strip=True) for o in after.select("#id_chosen_template option")] == ["Booking confirmation"]


@pytest.mark.parametrize("body", ["Hi {{ first_name }}", "50% off {today}", "Hi {", "Bye }"])
def test_a_template_body_with_stray_braces_is_refused(desk_client, body):
    data = {**NEW_TEMPLATE, "name": "Braces", "subject": "About your request"}

    response = desk_client.post("/admin/appointments/replytemplate/add/", {**data, "body": body})

    assert "is not a placeholder" in page_text(response) or "Unknown placeholder" in page_text(response)
    assert not ReplyTemplate.objects.filter(name="Braces").exists()


@pytest.mark.parametrize(
    ("first_name", "last_name"),
    [("{Ann}", "Lee"), ("Ann", "{Lee}"), ("{first_name}", "Lee"), ("Ann}", "Lee"), ("{{Ann", "Lee")],
    ids=["braced first name", "braced last name", "a placeholder's name", "a closing brace", "two opening braces"],
)
def test_a_patient_whose_name_has_braces_can_be_sent_the_reply_offered(
    desk_client, make_request, starter_replies, first_name, last_name
):
    appointment = make_request(first_name=first_name, last_name=last_name)
    page = soup_of(desk_client.get(step_url(appointment, "send-reply")))
    form = {"template": page.select_one('input[name="template"]')["value"], "body": page.select_one("textarea").text}

    response = desk_client.post(step_url(appointment, "send-reply"), form)

    assert response.status_code == 302, page_text(response)
    assert ContactAttempt.objects.get().body.startswith(f"Hello {first_name},")


def test_a_placeholder_left_in_beside_a_braced_name_is_still_caught(desk_client, make_request, starter_replies):
    appointment = make_request(first_name="{Ann}")
    template = ReplyTemplate.objects.first()

    response = desk_client.post(
        step_url(appointment, "send-reply"), {"template": template.pk, "body": "Hi {Ann}, {name}"}
    )

    assert response.status_code == 400
    assert "Replace {name}" in page_text(response)
