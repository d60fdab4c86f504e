"""The next steps on a request's page: each by a plain POST (then back to the page) and in place (the updated part of
the page); "Nothing to change" when another tab got there first; who may take them."""

import datetime
from collections.abc import Callable

import pytest
import time_machine
from django.contrib.auth.models import Permission

from appointments import not_a_fit
from appointments.contact_log import ContactAttempt, ReplyTemplate
from appointments.models import AppointmentRequest, AuditEvent, Notification

from ..helpers import PASSWORD, log_in_verified, page_text, soup_of
from .request_pages import IN_PLACE, actions_url, page_url, step_url, text_of

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status
TUESDAY_10AM = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-7)))


def reloaded(appointment: AppointmentRequest) -> AppointmentRequest:
    return AppointmentRequest.objects.get(pk=appointment.pk)


def marked_not_a_fit(appointment: AppointmentRequest, user) -> None:
    not_a_fit.mark_not_a_fit(appointment, user, "Outside our area")


# slug: (the request before, the answers the step needs, what it did, the message afterwards)
STEPS: dict[str, tuple[dict, Callable[[AppointmentRequest, object], dict], Callable, str]] = {
    "assign-to-me": ({}, lambda a, u: {}, lambda a, u: a.assignee == u, "Assigned to you."),
    "log-call": (
        {},
        lambda a, u: {"outcome": "no_answer"},
        lambda a, u: a.contact_attempts.get().by == u,
        "Call logged.",
    ),
    "send-reply": (
        {},
        lambda a, u: {"template": reply_template().pk, "body": "Hello Ben, call us back."},
        lambda a, u: a.contact_attempts.get().body == "Hello Ben, call us back.",
        "Reply queued to send.",
    ),
    "schedule": (
        {},
        lambda a, u: {"date": "2026-12-02", "time": "11:00", "location": a.location.pk},
        lambda a, u: a.status == Status.SCHEDULED,
        "Consultation booked. The patient has not been told yet: Send a reply to confirm it.",
    ),
    "contacted": ({}, lambda a, u: {}, lambda a, u: a.status == Status.CONTACTED, "Marked contacted."),
    "not-a-fit": (
        {},
        lambda a, u: {"reason": "outside_area"},
        lambda a, u: (a.status, a.not_a_fit_reason) == (Status.NOT_A_FIT, "Outside our area"),
        "Marked not a fit. You can undo it for 24 hours.",
    ),
    "spam": ({}, lambda a, u: {}, lambda a, u: a.status == Status.SPAM, "Marked as spam."),
    "mark-urgent": (
        {},
        lambda a, u: {"reason": "sounds hopeless"},
        lambda a, u: a.is_urgent,
        "Marked urgent: it is at the top",
    ),
    "not-urgent": (
        {"is_urgent": True},
        lambda a, u: {"reason": "quotes a film title"},
        lambda a, u: not a.is_urgent,
        "No longer urgent.",
    ),
    "undo-not-a-fit": (
        {"status": Status.CONTACTED},
        lambda a, u: marked_not_a_fit(a, u) or {},
        lambda a, u: a.status == Status.CONTACTED,
        "Not a fit undone: the request is back where it was.",
    ),
}
ONE_CLICK = ["assign-to-me", "contacted", "mark-urgent", "not-urgent", "undo-not-a-fit"]
WITH_A_PAGE = ["send-reply", "schedule", "not-a-fit", "spam"]  # and log-call, whose note is the call's own


def reply_template() -> ReplyTemplate:
    return ReplyTemplate.objects.get(name="Let's find a time")


@pytest.fixture(autouse=True)
def _tuesday_morning():
    with time_machine.travel(TUESDAY_10AM, tick=False):
        yield


@pytest.mark.parametrize("slug", list(STEPS))
def test_each_step_by_a_plain_post_goes_back_to_the_page_with_its_message(
    desk_client, front_desk, make_request, starter_replies, slug
):
    before, answers, did_it, message = STEPS[slug]
    appointment = make_request(**before)

    response = desk_client.post(step_url(appointment, slug), answers(appointment, front_desk))

    assert (response.status_code, response["Location"]) == (303, page_url(appointment))
    assert did_it(reloaded(appointment), front_desk)
    assert message in page_text(desk_client.get(page_url(appointment)))


@pytest.mark.parametrize("slug", list(STEPS))
def test_each_step_in_place_answers_the_updated_part_of_the_page(
    desk_client, front_desk, make_request, starter_replies, slug
):
    before, answers, did_it, message = STEPS[slug]
    appointment = make_request(**before)

    response = desk_client.post(step_url(appointment, slug), answers(appointment, front_desk), **IN_PLACE)

    assert response.status_code == 200
    part = soup_of(response).select_one("#request-page")
    assert part is not None and soup_of(response).select("h1, #header") == []
    assert message in text_of(part, ".step-done") and message in part["data-front-desk-status"]
    assert did_it(reloaded(appointment), front_desk)
    # The part shows the request again: a view, as the page after a plain POST is.
    assert AuditEvent.objects.filter(appointment_request=appointment, action="viewed", user=front_desk).count() == 1
    # Said in place, not again on the next page.
    assert message not in text_of(soup_of(desk_client.get(page_url(appointment))), ".messagelist")


def sent_as_the_page_sends_it(appointment: AppointmentRequest, slug: str) -> tuple[str, dict[str, str]]:
    """A one-click step's button belongs to the page's one form, with the note box; a step with a page of its own
    is sent from that page, whose form has a note box of its own."""
    if slug in ONE_CLICK:
        return actions_url(appointment), {"step": slug}
    return step_url(appointment, slug), {}


@pytest.mark.parametrize("slug", ONE_CLICK + WITH_A_PAGE)
def test_the_note_typed_is_saved_with_the_step(desk_client, front_desk, make_request, starter_replies, slug):
    before, answers, did_it, message = STEPS[slug]
    appointment = make_request(**before)
    url, button = sent_as_the_page_sends_it(appointment, slug)

    response = desk_client.post(
        url, {**answers(appointment, front_desk), **button, "note": "Prefers after 3 pm"}, follow=True
    )

    assert did_it(reloaded(appointment), front_desk)
    [note] = appointment.notes.all()
    assert (note.text, note.author) == ("Prefers after 3 pm", front_desk)
    assert text_of(soup_of(response), ".notes .entry-text") == "Prefers after 3 pm"
    assert f"{message}" in page_text(response) and "Note saved." in page_text(response)
    assert AuditEvent.objects.filter(appointment_request=appointment, detail="added a note", user=front_desk).exists()


@pytest.mark.parametrize("slug", ONE_CLICK)
def test_the_note_goes_along_in_place_too(desk_client, front_desk, make_request, slug):
    before, answers, did_it, _ = STEPS[slug]
    appointment = make_request(**before)

    response = desk_client.post(
        actions_url(appointment), {**answers(appointment, front_desk), "step": slug, "note": "Asked for Dana"},
        **IN_PLACE,
    )  # fmt: skip

    assert response.status_code == 200
    assert did_it(reloaded(appointment), front_desk) and appointment.notes.get().text == "Asked for Dana"
    part = soup_of(response).select_one("#request-page")
    assert text_of(part, ".notes .entry-text") == "Asked for Dana"
    assert part.select_one("textarea[name=note]").get_text().strip() == ""  # the box is empty again


def test_a_step_with_a_page_is_not_opened_in_place(desk_client, make_request):
    appointment = make_request()

    response = desk_client.post(actions_url(appointment), {"open": "log-call", "note": "Typed"}, **IN_PLACE)

    # Not 200 or 400: the front desk's script sends the form the ordinary way, which saves the note once.
    assert response.status_code == 409
    assert not appointment.notes.exists()


def test_a_calls_own_note_is_kept_with_the_call_not_twice(desk_client, make_request):
    appointment = make_request()

    desk_client.post(step_url(appointment, "log-call"), {"outcome": "no_answer", "note": "Rang twice"})

    assert appointment.contact_attempts.get().note == "Rang twice"
    assert not appointment.notes.exists()


@pytest.mark.parametrize("slug", ["log-call", "send-reply", "schedule", "not-a-fit", "spam"])
def test_a_step_with_its_own_page_saves_the_note_at_once_and_opens_the_page(
    desk_client, front_desk, make_request, starter_replies, slug
):
    appointment = make_request()

    response = desk_client.post(actions_url(appointment), {"open": slug, "note": "Asked about cost"})

    assert (response.status_code, response["Location"]) == (303, step_url(appointment, slug))
    assert appointment.notes.get().text == "Asked about cost"
    opened = desk_client.get(response["Location"])
    assert opened.status_code == 200 and "Note saved." in page_text(opened)
    assert reloaded(appointment).status == Status.NEW  # opening the page did not take the step


def test_a_one_click_step_sent_as_a_page_to_open_is_simply_taken(desk_client, make_request):
    appointment = make_request()

    response = desk_client.post(actions_url(appointment), {"open": "contacted", "note": "Spoke briefly"})

    assert (response.status_code, response["Location"]) == (303, page_url(appointment))
    assert reloaded(appointment).status == Status.CONTACTED and appointment.notes.get().text == "Spoke briefly"


def test_opening_a_step_without_a_note_stores_no_note(desk_client, make_request):
    appointment = make_request()

    response = desk_client.post(actions_url(appointment), {"open": "log-call", "note": "  "})

    assert response.status_code == 303
    assert not appointment.notes.exists()


@pytest.mark.parametrize("slug", ["log-call", "send-reply", "schedule", "not-a-fit", "spam"])
def test_opening_a_steps_page_is_recorded_as_a_view(desk_client, front_desk, make_request, starter_replies, slug):
    appointment = make_request()

    response = desk_client.get(step_url(appointment, slug))

    assert response.status_code == 200
    event = AuditEvent.objects.get()
    label = " ".join(soup_of(response).select_one(".breadcrumbs").get_text().split()).rsplit("› ", 1)[1]
    assert (event.action, event.user, event.detail) == ("viewed", front_desk, f"opened “{label}”")


def test_a_step_form_with_errors_comes_back_with_the_note_still_in_its_box(desk_client, make_request):
    appointment = make_request(is_urgent=True)

    response = desk_client.post(step_url(appointment, "not-urgent"), {"reason": "", "note": "Her sister called back"})

    assert response.status_code == 400
    page = soup_of(response)
    assert page.select_one("textarea[name=note]").get_text().strip() == "Her sister called back"
    assert "Say why it is not urgent" in text_of(page, ".urgency-panel")
    assert page.select_one("#urgency-reason")["aria-invalid"] == "true"
    assert reloaded(appointment).is_urgent and not appointment.notes.exists()


def test_a_step_page_with_errors_keeps_the_note_typed_there(desk_client, make_request):
    appointment = make_request()

    response = desk_client.post(step_url(appointment, "schedule"), {"date": "", "note": "Wants Fridays"})

    assert response.status_code == 400
    page = soup_of(response)
    assert page.select_one("textarea[name=note]").get_text().strip() == "Wants Fridays"
    assert "Enter the consultation's date." in page_text(response)
    assert page.select_one("[role=alert]") is not None
    assert not appointment.notes.exists()


def test_errors_in_place_answer_the_part_with_the_errors(desk_client, make_request):
    appointment = make_request(is_urgent=True)

    response = desk_client.post(step_url(appointment, "not-urgent"), {"reason": "", "note": "Typed"}, **IN_PLACE)

    assert response.status_code == 400
    part = soup_of(response).select_one("#request-page")
    assert "Say why it is not urgent" in text_of(part, ".urgency-panel")
    assert part.select_one("textarea[name=note]").get_text().strip() == "Typed"


def test_save_note_stores_it_on_its_own(desk_client, front_desk, make_request):
    appointment = make_request()

    response = desk_client.post(actions_url(appointment), {"note": "Left a message with her husband"})

    assert (response.status_code, response["Location"]) == (303, page_url(appointment))
    assert appointment.notes.get().author == front_desk
    assert reloaded(appointment).status == Status.NEW


def test_save_note_needs_words(desk_client, make_request):
    appointment = make_request()

    response = desk_client.post(actions_url(appointment), {"note": "   "})

    assert response.status_code == 400
    assert "Write the note first" in text_of(soup_of(response), ".note-box")
    assert not appointment.notes.exists()


def test_a_note_too_long_is_refused_with_the_step_and_comes_back(desk_client, make_request):
    appointment = make_request()
    long_note = "x" * 4001

    response = desk_client.post(step_url(appointment, "contacted"), {"note": long_note})

    assert response.status_code == 400
    assert soup_of(response).select_one("textarea[name=note]").get_text().strip() == long_note
    assert reloaded(appointment).status == Status.NEW


@pytest.mark.parametrize(
    ("slug", "before", "said"),
    [
        ("contacted", {"status": Status.CONTACTED}, "Nothing to change: the request is contacted."),
        ("not-a-fit", {"status": Status.NOT_A_FIT}, "Nothing to change: “Not a fit” is not offered now."),
        ("mark-urgent", {"is_urgent": True}, "Nothing to change: “Mark urgent” is not offered now."),
        ("undo-not-a-fit", {}, "Nothing to change: “Undo not a fit” is not offered now."),
    ],
)
def test_a_step_taken_in_another_tab_changes_nothing(desk_client, make_request, slug, before, said):
    appointment = make_request(**before)

    response = desk_client.post(step_url(appointment, slug), {"reason": "outside_area"}, follow=True)

    assert said in page_text(response)
    assert reloaded(appointment).status == appointment.status


def test_a_repeated_step_still_keeps_the_note(desk_client, make_request):
    appointment = make_request(status=Status.CONTACTED)

    response = desk_client.post(step_url(appointment, "contacted"), {"note": "Called again"}, follow=True)

    assert "Nothing to change" in page_text(response) and "Note saved." in page_text(response)
    assert appointment.notes.get().text == "Called again"


def test_a_step_page_no_longer_offered_goes_back_to_the_request(desk_client, make_request):
    appointment = make_request(status=Status.NOT_A_FIT)

    response = desk_client.get(step_url(appointment, "not-a-fit"), follow=True)

    assert response.redirect_chain[-1][0] == page_url(appointment)
    assert "Nothing to change" in page_text(response)


def test_a_one_click_step_is_never_taken_by_a_get(desk_client, make_request):
    appointment = make_request()

    assert desk_client.get(step_url(appointment, "contacted")).status_code == 405
    assert reloaded(appointment).status == Status.NEW


def test_an_unknown_step_or_request_is_not_found(desk_client, make_request):
    appointment = make_request()

    assert desk_client.post(step_url(appointment, "delete-everything")).status_code == 404
    assert desk_client.post(actions_url(appointment), {"step": "delete-everything"}).status_code == 404
    assert desk_client.post(actions_url(appointment), {"open": "contacted-twice"}).status_code == 404
    assert desk_client.post("/admin/front-desk/requests/999999/contacted/").status_code == 404


def test_staff_who_may_only_read_cannot_take_a_step_or_add_a_note(client, django_user_model, make_request):
    viewer = django_user_model.objects.create_user(username="viewer", password=PASSWORD, is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_appointmentrequest"))
    log_in_verified(client, viewer)
    appointment = make_request()

    assert client.post(step_url(appointment, "contacted"), {"note": "x"}).status_code == 403
    assert client.post(actions_url(appointment), {"note": "x"}).status_code == 403
    assert client.get(step_url(appointment, "log-call")).status_code == 403
    assert (reloaded(appointment).status, appointment.notes.count()) == (Status.NEW, 0)


def test_a_reply_sent_from_the_front_desk_is_queued_like_every_email(desk_client, make_request, starter_replies):
    appointment = make_request()
    _, answers, _, _ = STEPS["send-reply"]

    desk_client.post(step_url(appointment, "send-reply"), answers(appointment, None))

    reply = ContactAttempt.objects.get(appointment_request=appointment)
    assert Notification.objects.get(contact_attempt=reply).kind == Notification.Kind.REPLY
