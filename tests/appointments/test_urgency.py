"""Staff correct the crisis detector by hand, and the urgent mark follows the patient until someone reaches them."""

import datetime

import pytest
import time_machine

from appointments.models import AppointmentRequest, AuditEvent, ContactAttempt

from ..helpers import LIST_URL, change_url, listed_references, soup_of

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status
# Monday, November 30, 2026, 10 am in Phoenix: the test location is open 9 am to 5 pm on weekdays.
MONDAY_10AM = datetime.datetime(2026, 11, 30, 17, 0, tzinfo=datetime.UTC)


def urgency_form(client, appointment: AppointmentRequest, button: str):
    """The request page's urgency box: the form whose button has this name, as a person finds it."""
    page = soup_of(client.get(change_url(appointment)))
    for form in page.select(".urgency-panel form"):
        if form.select_one("button").get_text(strip=True) == button:
            return form
    return None


def press(client, appointment: AppointmentRequest, button: str, reason: str = ""):
    form = urgency_form(client, appointment, button)
    assert form is not None, f"no “{button}” button on the request page"
    data = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    return client.post(form["action"], {**data, "reason": reason})


def history(appointment: AppointmentRequest) -> list[str]:
    return list(appointment.audit_events.filter(action=AuditEvent.Action.CHANGED).values_list("detail", flat=True))


def test_staff_mark_a_request_urgent_from_its_page_and_it_goes_to_the_top(desk_client, make_request):
    older = make_request(age=datetime.timedelta(hours=1))
    missed = make_request(message="I have been feeling very low lately")

    response = press(desk_client, missed, "Mark urgent", reason="Said on the phone they feel hopeless")

    assert response.status_code == 302
    missed.refresh_from_db()
    assert missed.is_urgent
    assert history(missed) == ["marked urgent: Said on the phone they feel hopeless"]
    assert listed_references(desk_client.get(LIST_URL))[:2] == [missed.reference, older.reference]
    assert urgency_form(desk_client, missed, "Not urgent after all") is not None
    assert urgency_form(desk_client, missed, "Mark urgent") is None


def test_marking_urgent_needs_no_reason(desk_client, make_request):
    appointment = make_request()

    press(desk_client, appointment, "Mark urgent")

    appointment.refresh_from_db()
    assert appointment.is_urgent
    assert history(appointment) == ["marked urgent"]


def test_not_urgent_after_all_asks_why_and_keeps_the_reason(desk_client, make_request):
    flagged = make_request(is_urgent=True, message="The film 'Suicide Squad' gave me a migraine")

    refused = press(desk_client, flagged, "Not urgent after all", reason="")

    assert refused.status_code == 400
    assert "Say why it is not urgent" in refused.content.decode()
    flagged.refresh_from_db()
    assert flagged.is_urgent

    press(desk_client, flagged, "Not urgent after all", reason="A film title; spoke with her, she is fine")

    flagged.refresh_from_db()
    assert not flagged.is_urgent
    assert history(flagged) == ["not urgent after all: A film title; spoke with her, she is fine"]


def test_a_second_tab_cannot_mark_urgent_twice(desk_client, make_request):
    appointment = make_request(is_urgent=True)
    url = f"{change_url(appointment).removesuffix('change/')}next-step/mark-urgent/"

    response = desk_client.post(url, {"reason": ""}, follow=True)

    assert "Nothing to change" in response.content.decode()
    assert history(appointment) == []


def test_escalated_is_a_call_outcome_that_reaches_the_patient(desk_client, make_request):
    appointment = make_request(is_urgent=True)
    page = soup_of(desk_client.get(f"{change_url(appointment).removesuffix('change/')}next-step/log-call/"))
    labels = [label.get_text(" ", strip=True) for label in page.select("fieldset.choices label")]
    assert "Escalated (988, 911 or a clinician)" in labels

    desk_client.post(f"{change_url(appointment).removesuffix('change/')}next-step/log-call/", {"outcome": "escalated"})

    appointment.refresh_from_db()
    assert appointment.status == Status.CONTACTED
    assert not appointment.needs_urgent_call
    assert appointment.contact_attempts.get().get_outcome_display() == "Escalated (988, 911 or a clinician)"


def test_escalating_a_request_nobody_flagged_marks_it_urgent(desk_client, make_request):
    appointment = make_request()

    desk_client.post(f"{change_url(appointment).removesuffix('change/')}next-step/log-call/", {"outcome": "escalated"})

    appointment.refresh_from_db()
    assert appointment.is_urgent
    assert "marked urgent: escalated on a call" in history(appointment)


@pytest.mark.parametrize(
    ("outcome", "said"),
    [
        (ContactAttempt.Outcome.SPOKE, "Reached: Dana Reyes spoke with them, Monday, November 30 at 10:20 am."),
        (
            ContactAttempt.Outcome.ESCALATED,
            "Reached: Dana Reyes escalated (988, 911 or a clinician), Monday, November 30 at 10:20 am.",
        ),
    ],
)
def test_the_banner_says_who_reached_the_patient_and_when(desk_client, front_desk, make_request, outcome, said):
    front_desk.first_name, front_desk.last_name = "Dana", "Reyes"
    front_desk.save()
    with time_machine.travel(MONDAY_10AM, tick=False):
        appointment = make_request(is_urgent=True)
    with time_machine.travel(MONDAY_10AM + datetime.timedelta(minutes=20), tick=False):
        desk_client.post(f"{change_url(appointment).removesuffix('change/')}next-step/log-call/", {"outcome": outcome})
        panel = soup_of(desk_client.get(change_url(appointment))).select_one(".urgency-panel")

    text = " ".join(panel.get_text(" ").split())
    assert said in text
    assert "Call now" not in text
    assert "Patient reached" in panel.select_one("h2").get_text(" ", strip=True)


def test_a_call_with_no_answer_keeps_the_banner_red_and_says_so(desk_client, make_request):
    with time_machine.travel(MONDAY_10AM, tick=False):
        appointment = make_request(is_urgent=True)
        desk_client.post(
            f"{change_url(appointment).removesuffix('change/')}next-step/log-call/", {"outcome": "no_answer"}
        )
        panel = soup_of(desk_client.get(change_url(appointment))).select_one(".urgency-panel")

    assert "urgency-call-now" in panel["class"]
    assert "Last try: no answer by frontdesk, Monday, November 30 at 10 am." in " ".join(panel.get_text(" ").split())


def late_urgent_references(client) -> list[str]:
    section = soup_of(client.get("/admin/front-desk/")).select_one(".late-urgent")
    if section is None:
        return []
    return [link.get_text(" ", strip=True).split()[1] for link in section.select("li > a:first-child")]


@pytest.mark.parametrize(
    ("arrived", "now", "shown"),
    [
        (MONDAY_10AM - datetime.timedelta(minutes=20), MONDAY_10AM, True),
        (MONDAY_10AM - datetime.timedelta(minutes=15), MONDAY_10AM, True),
        (MONDAY_10AM - datetime.timedelta(minutes=10), MONDAY_10AM, False),
        # Sent at 11 pm on Sunday: at 9:10 on Monday it has waited 10 minutes of opening hours, at 9:20 twenty.
        (MONDAY_10AM - datetime.timedelta(hours=11), MONDAY_10AM - datetime.timedelta(minutes=50), False),
        (MONDAY_10AM - datetime.timedelta(hours=11), MONDAY_10AM - datetime.timedelta(minutes=40), True),
    ],
    ids=["20 min", "15 min", "10 min", "night then 10 open min", "night then 20 open min"],
)
def test_an_urgent_request_not_reached_in_15_open_minutes_tops_the_dashboard_in_red(
    desk_client, make_request, arrived, now, shown
):
    with time_machine.travel(arrived, tick=False):
        urgent = make_request(is_urgent=True, phone="+14805550177")
    with time_machine.travel(now, tick=False):
        page = soup_of(desk_client.get("/admin/front-desk/"))
        assert late_urgent_references(desk_client) == ([urgent.reference] if shown else [])

    if shown:
        first_section = page.select_one(".front-desk-dashboard")
        assert "late-urgent" in first_section["class"]
        assert first_section.select_one('a[href="tel:+14805550177"]').get_text(strip=True) == "Call (480) 555-0177"


@pytest.mark.parametrize(
    "fields",
    [
        {"is_urgent": False},
        {"is_urgent": True, "status": Status.CONTACTED},
        {"is_urgent": True, "held_as_flood": True},
    ],
    ids=["not urgent", "reached", "held as a flood"],
)
def test_the_red_box_leaves_out_requests_that_need_no_urgent_call(desk_client, make_request, fields):
    with time_machine.travel(MONDAY_10AM - datetime.timedelta(hours=1), tick=False):
        make_request(**fields)
    with time_machine.travel(MONDAY_10AM, tick=False):
        assert late_urgent_references(desk_client) == []


def test_a_no_answer_call_does_not_take_an_urgent_request_out_of_the_red_box(desk_client, make_request):
    with time_machine.travel(MONDAY_10AM - datetime.timedelta(minutes=30), tick=False):
        urgent = make_request(is_urgent=True)
    with time_machine.travel(MONDAY_10AM - datetime.timedelta(minutes=25), tick=False):
        desk_client.post(f"{change_url(urgent).removesuffix('change/')}next-step/log-call/", {"outcome": "no_answer"})
    with time_machine.travel(MONDAY_10AM, tick=False):
        assert late_urgent_references(desk_client) == [urgent.reference]
