"""“Not a fit” at the front desk: a reason asked on its own page, an optional reply to the patient, and for 24 hours
“Not a fit (reason) — Undo” on the request's page."""

import datetime

import pytest
import time_machine

from appointments.contact_log import ContactAttempt, ReplyTemplate
from appointments.models import AppointmentRequest, AuditEvent, Notification

from ..helpers import log_in_verified, page_text, soup_of
from .request_pages import IN_PLACE, page_url, step_buttons, step_url, text_of

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status
TUESDAY_10AM = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-7)))


@pytest.fixture(autouse=True)
def _tuesday_morning():
    with time_machine.travel(TUESDAY_10AM, tick=False):
        yield


def decided(client, appointment: AppointmentRequest, **answers: str):
    return client.post(step_url(appointment, "not-a-fit"), {"reason": "outside_area", **answers})


def test_not_a_fit_opens_its_own_page_asking_why(desk_client, make_request, starter_replies):
    appointment = make_request()
    assert step_buttons(desk_client.get(page_url(appointment)))["Not a fit"] == ("open", "not-a-fit")

    page = soup_of(desk_client.get(step_url(appointment, "not-a-fit")))

    assert page.select_one(".field-reason legend").get_text(strip=True) == "Why is it not a fit?"
    assert [label.get_text(strip=True) for label in page.select(".field-reason label")] == [
        "Not a candidate for ketamine", "Outside our area", "Wants a service we do not offer", "Other",
    ]  # fmt: skip
    assert page.select_one("label[for=id_send_reply]").get_text(strip=True) == "Send the patient a reply"
    assert page.select_one("select[name=template] option").get_text(strip=True) == "Choose a reply"
    assert page.select_one(".step-submit button").get_text(strip=True) == "Mark not a fit"


def test_a_reason_is_required(desk_client, make_request):
    appointment = make_request()

    response = desk_client.post(step_url(appointment, "not-a-fit"), {"note": "Lives in Denver"})

    assert response.status_code == 400
    assert "Choose why it is not a fit: the reason is kept with the request." in page_text(response)
    assert soup_of(response).select_one("textarea[name=note]").get_text().strip() == "Lives in Denver"
    assert AppointmentRequest.objects.get(pk=appointment.pk).status == Status.NEW
    assert not appointment.notes.exists()


def test_other_needs_a_few_words(desk_client, make_request):
    appointment = make_request()

    response = decided(desk_client, appointment, reason="other")

    assert response.status_code == 400
    assert "Say in a few words why it is not a fit." in text_of(soup_of(response), ".field-details")


def test_the_reason_is_kept_with_the_request_and_in_the_access_history(desk_client, front_desk, make_request):
    appointment = make_request()

    response = decided(desk_client, appointment, details="lives in Denver")

    assert response.status_code == 303
    appointment.refresh_from_db()
    assert (appointment.status, appointment.not_a_fit_reason) == (Status.NOT_A_FIT, "Outside our area: lives in Denver")
    assert AuditEvent.objects.filter(
        appointment_request=appointment, user=front_desk, detail="marked not a fit: Outside our area: lives in Denver"
    ).exists()
    assert not ContactAttempt.objects.exists()  # no reply unless asked


def test_a_reply_from_a_template_is_queued_when_asked(desk_client, make_request, starter_replies):
    appointment = make_request(first_name="Ann")
    template = ReplyTemplate.objects.get(name="Let's find a time")

    decided(desk_client, appointment, send_reply="on", template=str(template.pk))

    reply = ContactAttempt.objects.get(appointment_request=appointment)
    assert reply.reply_template == template and reply.body.startswith("Hello Ann")
    notification = Notification.objects.get(contact_attempt=reply)
    assert (notification.kind, notification.state) == (Notification.Kind.REPLY, Notification.State.PENDING)
    assert AuditEvent.objects.filter(appointment_request=appointment, detail__startswith="sent the reply").exists()


def test_a_template_chosen_without_the_box_ticked_sends_nothing(desk_client, make_request, starter_replies):
    appointment = make_request()
    template = ReplyTemplate.objects.get(name="Let's find a time")

    decided(desk_client, appointment, template=str(template.pk))

    assert not ContactAttempt.objects.exists()


def test_the_request_page_then_says_why_and_offers_undo_for_24_hours(desk_client, make_request):
    appointment = make_request()
    decided(desk_client, appointment)

    page = soup_of(desk_client.get(page_url(appointment)))

    assert text_of(page, ".not-a-fit-decision h2") == "Not a fit (Outside our area)"
    assert "undo it until Wed Dec 2, 10 am" in text_of(page, ".not-a-fit-decision")
    undo = page.select_one(".not-a-fit-decision button")
    assert (undo.get_text(strip=True), undo["form"], undo["name"], undo["value"]) == (
        "Undo", "request-actions", "step", "undo-not-a-fit"
    )  # fmt: skip
    assert "Not a fit" not in step_buttons(desk_client.get(page_url(appointment)))


def test_undo_restores_the_status_before_and_is_in_the_access_history(desk_client, front_desk, make_request):
    appointment = make_request(status=Status.CONTACTED, first_response_at=TUESDAY_10AM)
    decided(desk_client, appointment)

    with time_machine.travel(TUESDAY_10AM + datetime.timedelta(hours=23), tick=False):
        log_in_verified(desk_client, front_desk)  # signed in again: a session ends after 30 idle minutes
        response = desk_client.post(step_url(appointment, "undo-not-a-fit"), {"note": ""}, follow=True)

    appointment.refresh_from_db()
    assert (appointment.status, appointment.not_a_fit_reason) == (Status.CONTACTED, "")
    assert "Not a fit undone" in page_text(response)
    assert soup_of(response).select(".not-a-fit-decision") == []
    assert AuditEvent.objects.filter(
        appointment_request=appointment, user=front_desk, detail="undid not a fit (Outside our area): contacted"
    ).exists()


def test_undo_in_place_answers_the_page_without_the_decision(desk_client, make_request):
    appointment = make_request()
    decided(desk_client, appointment)

    response = desk_client.post(step_url(appointment, "undo-not-a-fit"), {}, **IN_PLACE)

    assert response.status_code == 200
    assert soup_of(response).select("#request-page .not-a-fit-decision") == []
    assert "Not a fit" in step_buttons(response)


def test_after_24_hours_the_decision_stays_without_undo(desk_client, front_desk, make_request):
    appointment = make_request()
    decided(desk_client, appointment)

    with time_machine.travel(TUESDAY_10AM + datetime.timedelta(hours=24, minutes=1), tick=False):
        log_in_verified(desk_client, front_desk)
        page = soup_of(desk_client.get(page_url(appointment)))
        refused = desk_client.post(step_url(appointment, "undo-not-a-fit"), follow=True)

    assert text_of(page, ".not-a-fit-decision") == "Not a fit (Outside our area)"
    assert page.select(".not-a-fit-decision button") == []
    assert "Nothing to change" in page_text(refused)
    assert AppointmentRequest.objects.get(pk=appointment.pk).status == Status.NOT_A_FIT
