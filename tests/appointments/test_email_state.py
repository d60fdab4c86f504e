"""How the admin tells staff where each email stands: sent when, waiting, retrying when, given up."""

import datetime

import pytest

from appointments import triage
from appointments.models import Notification, ReplyTemplate

from ..helpers import LIST_URL, change_url, inline_rows, soup_of

pytestmark = pytest.mark.django_db

# 9:05 am in Phoenix (UTC-7 all year).
MORNING = datetime.datetime(2026, 1, 7, 16, 5, tzinfo=datetime.UTC)


def set_state(appointment, kind: str, **fields) -> None:
    Notification.objects.filter(appointment_request=appointment, kind=kind).update(**fields)


def email_titles(desk_client, appointment) -> list[str]:
    soup = soup_of(desk_client.get(change_url(appointment)))
    return inline_rows(soup, "notifications")


def email_column(desk_client) -> dict[str, str]:
    soup = soup_of(desk_client.get(LIST_URL))
    return {
        row.select_one(".reference").get_text(strip=True): row.select_one("td.field-notification_state").text
        for row in soup.select("#result_list tbody tr")
    }


def test_a_sent_email_and_one_retrying_after_its_first_failure(desk_client, make_request, settings):
    settings.TIME_ZONE = "America/Phoenix"
    appointment = make_request()
    set_state(appointment, "staff", state="sent", attempts=1, sent_at=MORNING, next_attempt_at=None)
    set_state(
        appointment, "patient", state="failed", attempts=1, last_error="mail server did not answer in time",
        next_attempt_at=MORNING + datetime.timedelta(hours=4, minutes=15),
    )  # fmt: skip

    reference = appointment.reference
    assert email_titles(desk_client, appointment) == [
        f"Patient acknowledgement for {reference}: failed after 1 attempt "
        "(mail server did not answer in time), retrying at 1:20 PM",
        f"Staff notification for {reference}: sent Jan 7, 9:05 AM",
    ]
    assert email_column(desk_client) == {reference: "staff sent, patient retrying"}


def test_an_email_given_up_on_and_one_still_waiting(desk_client, make_request):
    appointment = make_request()
    set_state(
        appointment, "staff", state="failed", attempts=2, last_error="mail server refused the connection",
        next_attempt_at=None,
    )  # fmt: skip

    reference = appointment.reference
    assert email_titles(desk_client, appointment) == [
        f"Patient acknowledgement for {reference}: pending",
        f"Staff notification for {reference}: failed after 2 attempts "
        "(mail server refused the connection), no more retries",
    ]
    assert email_column(desk_client) == {reference: "staff failed, patient pending"}


def test_the_list_shows_the_latest_reply_after_the_two_first_emails(
    desk_client, make_request, front_desk, starter_replies
):
    appointment = make_request()
    set_state(appointment, "staff", state="sent", attempts=1, sent_at=MORNING, next_attempt_at=None)
    set_state(appointment, "patient", state="sent", attempts=1, sent_at=MORNING, next_attempt_at=None)
    template = ReplyTemplate.objects.first()
    triage.send_reply(appointment, front_desk, template, "First reply")
    Notification.objects.filter(kind="reply").update(state="sent", sent_at=MORNING, next_attempt_at=None)
    triage.send_reply(appointment, front_desk, template, "Second reply")

    assert email_column(desk_client) == {appointment.reference: "staff sent, patient sent, reply pending"}
