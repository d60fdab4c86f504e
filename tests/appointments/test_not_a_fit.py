"""“Not a fit” keeps its reason and what it replaced, may say so to the patient, and is undone within 24 hours."""

import datetime

import pytest
import time_machine
from django.http import QueryDict

from appointments import not_a_fit
from appointments.contact_log import ContactAttempt, ReplyTemplate
from appointments.models import AppointmentRequest, AuditEvent, Notification
from appointments.not_a_fit import NotAFitForm, Reason

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status
TUESDAY_10AM = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-7)))


def form(appointment: AppointmentRequest, user, **data: str) -> NotAFitForm:
    return NotAFitForm(appointment, user, QueryDict(), data)


@time_machine.travel(TUESDAY_10AM, tick=False)
def test_the_decision_keeps_its_reason_its_time_and_the_status_it_replaced(make_request, front_desk):
    appointment = make_request(status=Status.CONTACTED)

    assert not_a_fit.mark_not_a_fit(appointment, front_desk, "Outside our area")

    appointment.refresh_from_db()
    assert (appointment.status, appointment.status_before_not_a_fit) == (Status.NOT_A_FIT, Status.CONTACTED)
    assert (appointment.not_a_fit_reason, appointment.not_a_fit_at) == ("Outside our area", TUESDAY_10AM)
    event = AuditEvent.objects.get(appointment_request=appointment)
    assert (event.action, event.detail) == ("changed", "marked not a fit: Outside our area")


def test_a_request_already_not_a_fit_is_left_as_it_was(make_request, front_desk):
    appointment = make_request()
    not_a_fit.mark_not_a_fit(appointment, front_desk, "Outside our area")

    assert not not_a_fit.mark_not_a_fit(appointment, front_desk, "Other words")

    appointment.refresh_from_db()
    assert (appointment.not_a_fit_reason, appointment.status_before_not_a_fit) == ("Outside our area", Status.NEW)
    assert AuditEvent.objects.count() == 1


def test_the_reply_is_the_template_filled_in_and_queued_like_every_reply(make_request, front_desk, starter_replies):
    appointment = make_request(first_name="Ann")
    template = ReplyTemplate.objects.get(name="Let's find a time")

    not_a_fit.mark_not_a_fit(appointment, front_desk, "Outside our area", reply=template)

    reply = ContactAttempt.objects.get(appointment_request=appointment)
    assert reply.body.startswith("Hello Ann,") and "{" not in reply.body
    assert Notification.objects.get(contact_attempt=reply).state == Notification.State.PENDING
    appointment.refresh_from_db()
    # Sending the reply does not turn the decision into "contacted", and undoing restores "new".
    assert (appointment.status, appointment.status_before_not_a_fit) == (Status.NOT_A_FIT, Status.NEW)


@time_machine.travel(TUESDAY_10AM, tick=False)
def test_undo_within_24_hours_restores_the_status_and_the_wait_for_a_first_answer(make_request, front_desk):
    appointment = make_request()
    not_a_fit.mark_not_a_fit(appointment, front_desk, "Outside our area")
    appointment.refresh_from_db()
    assert appointment.first_response_at == TUESDAY_10AM  # the decision answered them

    with time_machine.travel(TUESDAY_10AM + datetime.timedelta(hours=23, minutes=59), tick=False):
        assert not_a_fit.undo_offered(appointment)
        assert not_a_fit.undo(AppointmentRequest.objects.filter(pk=appointment.pk), front_desk) == 1

    appointment.refresh_from_db()
    assert (appointment.status, appointment.first_response_at) == (Status.NEW, None)
    assert (appointment.not_a_fit_at, appointment.not_a_fit_reason, appointment.status_before_not_a_fit) == (
        None, "", ""
    )  # fmt: skip
    assert AuditEvent.objects.filter(detail="undid not a fit (Outside our area): new").exists()


@time_machine.travel(TUESDAY_10AM, tick=False)
def test_undo_keeps_the_first_response_a_call_made(make_request, front_desk):
    appointment = make_request()
    called = ContactAttempt.objects.create(
        appointment_request=appointment, by=front_desk, channel=ContactAttempt.Channel.CALL,
        outcome=ContactAttempt.Outcome.NO_ANSWER, at=TUESDAY_10AM - datetime.timedelta(hours=1),
    )  # fmt: skip
    AppointmentRequest.objects.filter(pk=appointment.pk).update(first_response_at=called.at)
    not_a_fit.mark_not_a_fit(appointment, front_desk, "Outside our area")

    not_a_fit.undo(AppointmentRequest.objects.filter(pk=appointment.pk), front_desk)

    appointment.refresh_from_db()
    assert (appointment.status, appointment.first_response_at) == (Status.NEW, called.at)


@time_machine.travel(TUESDAY_10AM, tick=False)
def test_undo_of_a_contacted_request_keeps_its_first_response(make_request, front_desk):
    answered = TUESDAY_10AM - datetime.timedelta(days=1)
    appointment = make_request(status=Status.CONTACTED, first_response_at=answered)
    not_a_fit.mark_not_a_fit(appointment, front_desk, "Outside our area")

    not_a_fit.undo(AppointmentRequest.objects.filter(pk=appointment.pk), front_desk)

    appointment.refresh_from_db()
    assert (appointment.status, appointment.first_response_at) == (Status.CONTACTED, answered)


@time_machine.travel(TUESDAY_10AM, tick=False)
def test_after_24_hours_there_is_no_undo(make_request, front_desk):
    appointment = make_request()
    not_a_fit.mark_not_a_fit(appointment, front_desk, "Outside our area")
    appointment.refresh_from_db()

    with time_machine.travel(TUESDAY_10AM + datetime.timedelta(hours=24), tick=False):
        assert not not_a_fit.undo_offered(appointment)
        assert not_a_fit.undo(AppointmentRequest.objects.filter(pk=appointment.pk), front_desk) == 0

    appointment.refresh_from_db()
    assert appointment.status == Status.NOT_A_FIT


def test_a_request_marked_not_a_fit_by_hand_in_the_admin_has_nothing_to_undo(make_request, front_desk):
    appointment = make_request(status=Status.NOT_A_FIT)

    assert not not_a_fit.undo_offered(appointment)
    assert not_a_fit.undo(AppointmentRequest.objects.filter(pk=appointment.pk), front_desk) == 0


@pytest.mark.parametrize(
    ("reason", "details", "kept"),
    [
        (Reason.OUTSIDE_AREA, "", "Outside our area"),
        (Reason.NOT_A_CANDIDATE, "pregnant", "Not a candidate for ketamine: pregnant"),
        (Reason.OTHER, "Wants a home visit", "Wants a home visit"),
    ],
)
def test_the_reason_kept_is_the_choice_with_the_words_given(reason, details, kept):
    assert not_a_fit.reason_text(reason, details) == kept


def test_the_form_needs_a_reason(make_request, front_desk):
    checked = form(make_request(), front_desk)

    assert not checked.is_valid()
    assert checked.errors["reason"] == ["Choose why it is not a fit: the reason is kept with the request."]


def test_other_needs_a_few_words(make_request, front_desk):
    checked = form(make_request(), front_desk, reason="other", details="")

    assert not checked.is_valid()
    assert checked.errors["details"] == ["Say in a few words why it is not a fit."]


def test_sending_a_reply_needs_a_template(make_request, front_desk, starter_replies):
    checked = form(make_request(), front_desk, reason="outside_area", send_reply="on")

    assert not checked.is_valid()
    assert "Choose the reply to send" in checked.errors["template"][0]


def test_a_booking_reply_is_not_offered_before_a_booking(make_request, front_desk, starter_replies):
    offered = form(make_request(), front_desk).fields["template"].queryset

    assert ReplyTemplate.objects.filter(body__contains="{consultation").exists()
    assert offered.exists() and not offered.filter(body__contains="{consultation").exists()


def test_a_not_a_fit_template_is_suggested_when_there_is_one(make_request, front_desk, starter_replies):
    suggested = ReplyTemplate.objects.create(name="Not a fit for us", subject="About your request", body="Hello")

    assert form(make_request(), front_desk).initial["template"] == suggested.pk
