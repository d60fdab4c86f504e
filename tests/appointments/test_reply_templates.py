"""The reply templates that ship: each one fills in whole, by email and by text; a text fits in two messages with no
health details; and the reply offered first is the one the request's state calls for."""

import datetime
import importlib
import zoneinfo

import pytest
import time_machine
from django.apps import apps
from django.contrib.auth.models import User

from appointments import sms, triage
from appointments.contact_log import STARTER_REPLIES, ContactAttempt, ReplyTemplate, add_starter_replies
from appointments.models import AppointmentRequest, Notification
from appointments.notifications import SENDERS
from appointments.placeholders import HEALTH_WORDS, placeholder_left_in, placeholder_values
from appointments.reply_choice import offered_replies, suggested_reply
from pages.models import Location

from ..helpers import change_url, page_text, soup_of

pytestmark = pytest.mark.django_db

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")
MONDAY_9AM = datetime.datetime(2026, 11, 30, 9, 0, tzinfo=PHOENIX)
WEDNESDAY_1030 = datetime.datetime(2026, 12, 2, 10, 30, tzinfo=PHOENIX)
MARKUP = '<a href="https://evil.example">click</a>'
ESCAPED = "&lt;a href=&quot;https://evil.example&quot;&gt;click&lt;/a&gt;"
NAMES = [reply.name for reply in STARTER_REPLIES]
Outcome = ContactAttempt.Outcome


@pytest.fixture(autouse=True)
def only_the_starter_replies(db) -> None:
    """The replies as they ship, and nothing else (the migrations added them already: start afresh)."""
    ReplyTemplate.objects.all().delete()
    add_starter_replies()


@pytest.fixture
def long_address(location) -> Location:
    """A location whose address is as long as a real one, so that a text's length is measured honestly."""
    location.street_address = "100 Example Avenue, Suite 200"
    location.save()
    return location


@pytest.fixture
def staff(front_desk) -> User:
    front_desk.first_name = "Christina"
    front_desk.save()
    return front_desk


def booked(appointment: AppointmentRequest, user: User) -> AppointmentRequest:
    with time_machine.travel(MONDAY_9AM, tick=False):
        return triage.schedule(appointment, user, WEDNESDAY_1030, appointment.location)


def step_url(appointment: AppointmentRequest) -> str:
    return f"{change_url(appointment).removesuffix('change/')}next-step/send-reply/"


@pytest.mark.parametrize("name", NAMES)
def test_every_reply_fills_in_whole_by_email(make_request, staff, long_address, name):
    appointment = booked(make_request(first_name="Alexandra"), staff)
    template = ReplyTemplate.objects.get(name=name)

    subject, body = template.fill(appointment, staff)

    values = placeholder_values(appointment, staff)
    assert subject == f"About your request {appointment.reference}"
    assert placeholder_left_in(body, values) == "" and "{" not in body
    assert body.startswith("Hello Alexandra,\n\n") and body.rstrip().endswith(
        ("Christina\nAvesta Test Clinic", "85004")
    )
    assert "(480) 555-0100" in body


@pytest.mark.parametrize("name", NAMES)
def test_every_reply_fills_in_whole_by_text_in_two_messages_at_most(make_request, staff, long_address, name, settings):
    settings.SITE_SHORT_NAME = "Avesta"
    appointment = booked(make_request(first_name="Alexandra"), staff)
    template = ReplyTemplate.objects.get(name=name)

    text = sms.compose(template.fill_text(appointment, staff))

    assert placeholder_left_in(text, placeholder_values(appointment, staff)) == "" and "{" not in text
    assert text.startswith("Avesta: Hello Alexandra, ") and text.endswith(" Christina\nReply STOP to opt out.")
    assert "(480) 555-0100" in text
    assert len(text) <= sms.TWO_SEGMENTS and sms.segments(text) <= 2, f"{len(text)} characters: {text}"
    # Nothing a lock screen should show: no condition, treatment or clinic's full name ("… Ketamine …").
    assert [word for word in HEALTH_WORDS if word in text.lower()] == []
    assert "Avesta Test Clinic" not in text


def test_the_booking_confirmation_gives_the_day_time_and_address_of_the_consultation(make_request, staff, long_address):
    appointment = booked(make_request(first_name="Ann"), staff)
    template = ReplyTemplate.objects.get(name="Booking confirmation")

    _, email = template.fill(appointment, staff)
    text = template.fill_text(appointment, staff)

    assert "Your consultation is booked for Wednesday, December 2 at 10:30 am." in email
    assert "Where: 100 Example Avenue, Suite 200, Phoenix, AZ 85004." in email
    assert text == (
        "Hello Ann, your consultation is booked for Wednesday, December 2 at 10:30 am, 100 Example Avenue, Suite 200, "
        "Phoenix, AZ 85004. To change it, call us at (480) 555-0100. Christina"
    )


@pytest.mark.parametrize("name", NAMES)
def test_every_reply_escapes_the_patients_name_in_the_html_email(make_request, staff, name, mailoutbox):
    appointment = booked(make_request(first_name=f"Ann{MARKUP}"), staff)
    template = ReplyTemplate.objects.get(name=name)
    triage.send_reply(appointment, staff, template, template.fill(appointment, staff)[1])

    SENDERS[Notification.Kind.REPLY](Notification.objects.get(kind=Notification.Kind.REPLY))

    [message] = mailoutbox
    [(html, _)] = message.alternatives
    assert MARKUP not in html
    assert f"Hello Ann{ESCAPED}," in html
    assert f"Hello Ann{MARKUP}," in message.body


@pytest.mark.parametrize("name", NAMES)
def test_every_reply_by_text_carries_the_patients_name_as_typed(make_request, staff, name, sms_outbox):
    appointment = booked(
        make_request(first_name=f"Ann{MARKUP}", contact_method=AppointmentRequest.ContactMethod.TEXT, sms_opt_in=True),
        staff,
    )
    template = ReplyTemplate.objects.get(name=name)
    triage.send_reply(appointment, staff, template, template.fill_text(appointment, staff))

    SENDERS[Notification.Kind.REPLY](Notification.objects.get(kind=Notification.Kind.REPLY))

    [text] = sms_outbox
    assert f"Hello Ann{MARKUP}, " in text.body and ESCAPED not in text.body  # a text is not HTML


# Which replies are offered, and which first, by the request's state.

NEW = "Let's find a time"
TRIED = "We tried to call you"
NOT_REACHED = "We could not reach you"
BOOKING = "Booking confirmation"


@pytest.mark.parametrize(
    ("calls", "is_booked", "offered", "first"),
    [
        ([], False, {NEW}, NEW),
        ([Outcome.NO_ANSWER], False, {NEW, TRIED}, TRIED),
        ([Outcome.VOICEMAIL], False, {NEW, TRIED}, TRIED),
        ([Outcome.NO_ANSWER, Outcome.VOICEMAIL], False, {NEW, TRIED, NOT_REACHED}, NOT_REACHED),
        ([Outcome.SPOKE], False, {NEW}, NEW),
        ([Outcome.NO_ANSWER, Outcome.NO_ANSWER, Outcome.SPOKE], False, {NEW}, NEW),
        ([Outcome.SPOKE, Outcome.NO_ANSWER], False, {NEW, TRIED}, TRIED),
        ([Outcome.ESCALATED], False, {NEW}, NEW),
        ([], True, {BOOKING}, BOOKING),
        ([Outcome.NO_ANSWER, Outcome.NO_ANSWER], True, {BOOKING, TRIED, NOT_REACHED}, BOOKING),
    ],
    ids=[
        "new",
        "one call, no answer",
        "one voicemail",
        "two calls, no answer",
        "spoke with them",
        "spoke with them after two tries",
        "no answer after speaking once",
        "escalated",
        "booked",
        "booked, then two calls with no answer",
    ],
)
def test_the_reply_offered_first_is_the_one_the_requests_state_calls_for(
    make_request, staff, calls, is_booked, offered, first
):
    appointment = make_request(voicemail_opt_in=True)
    for minutes, outcome in enumerate(calls):
        with time_machine.travel(MONDAY_9AM + datetime.timedelta(minutes=minutes), tick=False):
            triage.log_call(appointment, staff, outcome)
    if is_booked:
        booked(appointment, staff)

    replies = offered_replies(appointment)

    assert {reply.name for reply in replies} == offered
    assert suggested_reply(appointment, replies).name == first


def test_we_tried_to_call_you_is_offered_only_after_a_call_is_logged(desk_client, make_request, staff):
    appointment = make_request(first_name="Ann")

    before = soup_of(desk_client.get(step_url(appointment)))
    triage.log_call(appointment, staff, Outcome.NO_ANSWER)
    after = soup_of(desk_client.get(step_url(appointment)))

    assert [option.get_text(strip=True) for option in before.select("#id_chosen_template option")] == [NEW]
    assert [option.get_text(strip=True) for option in after.select("#id_chosen_template option")] == [TRIED, NEW]
    assert after.select_one("#id_chosen_template option[selected]").get_text(strip=True) == TRIED
    assert "We tried to call you today" in after.select_one("textarea[name=body]").get_text()


def test_we_tried_to_call_you_is_refused_before_a_call(desk_client, make_request):
    appointment = make_request()
    template = ReplyTemplate.objects.get(name=TRIED)

    response = desk_client.post(step_url(appointment), {"template": template.pk, "body": "Hello"})

    assert response.status_code == 400
    assert "a reply about calls a call logged with no answer" in page_text(response)
    assert not ContactAttempt.objects.filter(channel=ContactAttempt.Channel.EMAIL).exists()


def test_the_booking_confirmation_is_chosen_first_once_scheduled(desk_client, make_request, staff):
    appointment = booked(make_request(first_name="Ann"), staff)

    page = soup_of(desk_client.get(step_url(appointment)))

    assert page.select_one("#id_chosen_template option[selected]").get_text(strip=True) == BOOKING
    assert "booked for Wednesday, December 2 at 10:30 am" in page.select_one("textarea[name=body]").get_text()


def test_an_inactive_reply_is_never_offered(make_request, staff):
    appointment = make_request()
    triage.log_call(appointment, staff, Outcome.NO_ANSWER)
    ReplyTemplate.objects.filter(name=TRIED).update(is_active=False)

    assert {reply.name for reply in offered_replies(appointment)} == {NEW}


# Editing a template's text version in the admin.

ADMIN_ADD = "/admin/appointments/replytemplate/add/"
TEMPLATE = {
    "name": "Call back",
    "occasion": "any",
    "subject": "About your request {reference}",
    "body": "Hello {first_name}",
    "is_active": "on",
    "display_order": 0,
}


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("Hello {first_name}, about your ketamine visit", "Keep health details out of texts"),
        ("Hello {first_name}, your PTSD consultation", "remove “ptsd”"),
        (
            "Hello {first_name}, this is {clinic_name}",
            "short name only (it shows on lock screens); remove {clinic_name}",
        ),
        ("Hello {first_name}, at {location}", "remove {location}"),
        ("Hello {nickname}", "Unknown placeholder {nickname}"),
        (
            "Hello {first_name}. " + "Please call us. " * 18,
            "Too long for a text: about 304 characters once filled in, and a text holds 289",
        ),
    ],
    ids=["a treatment", "a condition", "the clinic's full name", "the location's full name", "unknown", "too long"],
)
def test_a_text_version_with_health_details_or_too_long_is_refused(desk_client, text, error):
    response = desk_client.post(ADMIN_ADD, {**TEMPLATE, "text_body": text})

    assert response.status_code == 200
    assert error in page_text(response)
    assert not ReplyTemplate.objects.filter(name="Call back").exists()


def test_a_text_version_is_saved_with_when_it_is_offered(desk_client):
    text = "Hello {first_name}, please call us at {clinic_phone}. {staff_name}"

    response = desk_client.post(ADMIN_ADD, {**TEMPLATE, "occasion": "after_call", "text_body": text})

    assert response.status_code == 302
    saved = ReplyTemplate.objects.get(name="Call back")
    assert (saved.text_body, saved.occasion) == (text, ReplyTemplate.Occasion.AFTER_CALL)


# The data migration that brings existing databases along.

migration = importlib.import_module("appointments.migrations.0013_sms_reply_templates")
OLD_BOOKING = migration.OLD_BOOKING


def as_0004_left_them(**edited_bodies: str) -> None:
    """The three replies 0004 added, without text versions or occasions; some edited by staff."""
    ReplyTemplate.objects.all().delete()
    for order, (name, subject, body) in enumerate([*[reply[:3] for reply in STARTER_REPLIES[:2]], OLD_BOOKING]):
        ReplyTemplate.objects.create(
            name=name, subject=subject, body=edited_bodies.get(name, body), display_order=order
        )


def test_the_migration_ships_the_same_replies_as_a_new_clinic_gets():
    assert [tuple(reply) for reply in STARTER_REPLIES] == [tuple(reply) for reply in migration.REPLIES]


def test_the_migration_adds_text_versions_and_the_new_replies_and_keeps_what_staff_edited():
    edited = "Hello {first_name}, our own words."
    as_0004_left_them(**{TRIED: edited})
    booking_pk = ReplyTemplate.objects.get(name=OLD_BOOKING[0]).pk

    migration.add_text_versions(apps, None)

    replies = {reply.name: reply for reply in ReplyTemplate.objects.all()}
    assert set(replies) == {TRIED, NEW, BOOKING, NOT_REACHED}
    assert replies[BOOKING].pk == booking_pk  # renamed: the contact log still names it
    assert (replies[TRIED].body, replies[TRIED].text_body, replies[TRIED].occasion) == (edited, "", "after_call")
    for reply in STARTER_REPLIES:
        if reply.name != TRIED:
            assert (replies[reply.name].body, replies[reply.name].text_body) == (reply.body, reply.text)
            assert replies[reply.name].occasion == reply.occasion


def test_the_migration_keeps_a_booking_reply_staff_edited_and_adds_no_second_one():
    as_0004_left_them(**{OLD_BOOKING[0]: "Hello {first_name}, see you {consultation}."})

    migration.add_text_versions(apps, None)

    names = set(ReplyTemplate.objects.values_list("name", flat=True))
    assert names == {TRIED, NEW, OLD_BOOKING[0], NOT_REACHED}
    assert ReplyTemplate.objects.get(name=OLD_BOOKING[0]).occasion == "booked"


def test_the_migration_undone_restores_the_booking_reply_as_0004_shipped_it():
    as_0004_left_them()
    migration.add_text_versions(apps, None)

    migration.remove_text_versions(apps, None)

    assert set(ReplyTemplate.objects.values_list("name", "body")) == {
        (TRIED, STARTER_REPLIES[0].body),
        (NEW, STARTER_REPLIES[1].body),
        (OLD_BOOKING[0], OLD_BOOKING[2]),
    }


def test_the_migration_switches_off_the_old_booking_reply_when_the_new_one_is_there_already():
    as_0004_left_them()
    ReplyTemplate.objects.create(name=BOOKING, subject=STARTER_REPLIES[2].subject, body=STARTER_REPLIES[2].body)

    migration.add_text_versions(apps, None)

    old = ReplyTemplate.objects.get(name=OLD_BOOKING[0])
    assert (old.is_active, old.occasion) == (False, "booked")
    assert ReplyTemplate.objects.get(name=BOOKING).text_body == STARTER_REPLIES[2].text
