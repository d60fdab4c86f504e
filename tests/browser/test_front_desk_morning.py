"""A receptionist's morning: from the dashboard to the urgent request, a call, a reply, a booking."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from appointments.models import AppointmentRequest, Notification

from .conftest import axe_violations, log_in, save_screenshot

pytestmark = pytest.mark.django_db(transaction=True)

IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def tally(page, label: str):
    return page.locator(".tally", has_text=label).locator(".tally-count")


def test_a_receptionists_morning(page, front_desk, make_request, starter_replies, smtp_server, settings):
    settings.TASKS = IMMEDIATE_TASKS  # the reply goes to the SMTP server as soon as it is stored
    make_request(datetime.timedelta(minutes=40), first_name="Ben", last_name="Calm")
    urgent = make_request(
        datetime.timedelta(minutes=20), first_name="Ann", last_name="Urgent", email="ann@example.com",
        is_urgent=True, voicemail_opt_in=True, message="I have thoughts of suicide.",
    )  # fmt: skip
    log_in(page, front_desk, next_url="/admin/front-desk/")

    expect(tally(page, "Urgent")).to_have_text("1")
    expect(tally(page, "New")).to_have_text("2")
    page.get_by_role("link", name="1 Urgent").click()
    page.get_by_role("row", name=re.compile(urgent.reference)).get_by_role("link", name="Ann U.", exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(f"Request {urgent.reference} from Ann U.")
    expect(page.locator(".urgency-panel")).to_contain_text("Call now")
    call = page.get_by_role("link", name="Call (480) 555-0177")
    expect(call).to_have_attribute("href", "tel:+14805550177")
    save_screenshot(page, f"morning-1-urgent-request-{page.viewport_name}")

    page.get_by_role("button", name="Log a call").click()
    page.get_by_label("Spoke with the patient").check()
    page.get_by_label("Note (optional)").fill("Safe, with family. Wants a consultation this week.")
    save_screenshot(page, f"morning-2-log-a-call-{page.viewport_name}")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Save the call").click()
    expect(page.locator(".messagelist")).to_contain_text("Call logged.")

    page.get_by_role("button", name="Send a reply").click()
    page.get_by_label("Reply template").select_option(label="Let's find a time")
    page.get_by_role("button", name="Use this template").click()
    expect(page.get_by_label("Message")).to_have_value(re.compile(r"^Hello Ann,"))
    save_screenshot(page, f"morning-3-send-a-reply-{page.viewport_name}")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Send reply").click()
    expect(page.locator(".messagelist")).to_contain_text("Reply queued to send.")
    expect(page.locator(".contact-log")).to_contain_text("sent")

    page.get_by_role("button", name="Mark scheduled").click()
    next_open_day = datetime.date.today() + datetime.timedelta(days=1)
    while next_open_day.weekday() >= 5:  # the test clinic opens Monday to Friday
        next_open_day += datetime.timedelta(days=1)
    page.get_by_label("Date").fill(next_open_day.isoformat())
    page.get_by_label("Time").fill("10:30")
    save_screenshot(page, f"morning-4-schedule-{page.viewport_name}")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Book the consultation").click()
    expect(page.locator(".messagelist")).to_contain_text("Consultation booked.")
    save_screenshot(page, f"morning-5-request-after-{page.viewport_name}")

    page.get_by_role("link", name="Today").first.click()
    expect(tally(page, "Urgent")).to_have_text("0")
    expect(tally(page, "New")).to_have_text("1")
    upcoming = page.locator(".upcoming")
    expect(upcoming).to_contain_text(f"{next_open_day:%A}, {next_open_day:%B} {next_open_day.day}")
    expect(upcoming.get_by_role("link", name="10:30 am Ann U.")).to_be_visible()
    save_screenshot(page, f"morning-6-dashboard-after-{page.viewport_name}")
    assert axe_violations(page) == []

    [(recipients, reply)] = [(to, m) for to, m in smtp_server.messages if m["Subject"].startswith("About your")]
    assert recipients == ["ann@example.com"]
    assert reply["Subject"] == f"About your request {urgent.reference}"
    urgent.refresh_from_db()
    assert urgent.status == AppointmentRequest.Status.SCHEDULED
    assert [a.get_outcome_display() for a in urgent.contact_attempts.all()] == ["Spoke with the patient", "Email sent"]
    assert urgent.notifications.get(kind=Notification.Kind.REPLY).state == Notification.State.SENT
