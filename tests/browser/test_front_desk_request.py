"""A request's page at the front desk, in Chromium at phone and desktop sizes: a note typed then a button pressed is
kept; "Not a fit" asks why and can be undone; with JavaScript the page updates in place, without it by plain forms."""

import pytest
from playwright.sync_api import expect

from appointments.models import AppointmentRequest

from .conftest import axe_violations, log_in, save_screenshot, watched_page

pytestmark = pytest.mark.django_db(transaction=True)

Status = AppointmentRequest.Status


def request_page(appointment: AppointmentRequest) -> str:
    return f"/admin/front-desk/requests/{appointment.pk}/"


@pytest.fixture
def page_without_javascript(browser, live_server, viewport, request, settings):
    yield from watched_page(browser, live_server, viewport, request, settings, java_script_enabled=False)


def count_page_loads(page) -> list[str]:
    loads: list[str] = []
    page.on("framenavigated", lambda frame: loads.append(frame.url) if frame == page.main_frame else None)
    return loads


def test_a_note_typed_then_mark_contacted_is_kept_without_a_page_load(page, front_desk, make_request):
    appointment = make_request(first_name="Ann", last_name="Example", sms_opt_in=True)
    log_in(page, front_desk, next_url=request_page(appointment))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Request {appointment.reference} from Ann E.")
    expect(page.get_by_role("link", name="Call (480) 555-0177")).to_have_attribute("href", "tel:+14805550177")
    save_screenshot(page, f"front-desk-request-{page.viewport_name}")
    assert axe_violations(page) == []
    loads = count_page_loads(page)

    page.get_by_label("Add a note").fill("Prefers a call after 3 pm")
    page.get_by_role("button", name="Mark contacted").click()

    expect(page.locator(".step-done")).to_have_text("Marked contacted. Note saved.")
    expect(page.locator(".notes .entry-text")).to_have_text("Prefers a call after 3 pm")
    expect(page.locator("#front-desk-status")).to_have_text("Marked contacted. Note saved.")
    expect(page.get_by_label("Add a note")).to_have_value("")
    expect(page.locator(".who .status")).to_have_text("Contacted")
    assert loads == []
    assert axe_violations(page) == []
    assert appointment.notes.get().text == "Prefers a call after 3 pm"


def test_without_javascript_the_note_goes_along_by_a_plain_form(page_without_javascript, front_desk, make_request):
    page = page_without_javascript
    appointment = make_request()
    log_in(page, front_desk, next_url=request_page(appointment))

    page.get_by_label("Add a note").fill("Asked about cost")
    page.get_by_role("button", name="Log a call").click()

    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(f"Log a call: request {appointment.reference} from Ben S.")
    expect(page.locator(".messagelist")).to_contain_text("Note saved.")
    page.get_by_label("No answer").check()
    page.get_by_role("button", name="Save the call").click()
    expect(page.locator(".messagelist")).to_contain_text("Call logged.")
    expect(page.locator(".notes .entry-text")).to_have_text("Asked about cost")
    expect(page.locator(".contact-log .entries li")).to_contain_text("Phone call: no answer")


def test_not_a_fit_asks_why_and_can_be_undone(page, front_desk, make_request, starter_replies):
    appointment = make_request(first_name="Ann", last_name="Example", status=Status.CONTACTED)
    log_in(page, front_desk, next_url=request_page(appointment))

    page.watch.expected_error_statuses.add(400)  # the form sent without a reason comes back with its error
    page.get_by_role("button", name="Not a fit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Not a fit: request {appointment.reference} from Ann E.")
    page.get_by_role("button", name="Mark not a fit").click()
    expect(page.get_by_role("alert")).to_contain_text("please correct")
    expect(page.locator(".field-reason")).to_contain_text("Choose why it is not a fit")
    save_screenshot(page, f"front-desk-not-a-fit-errors-{page.viewport_name}")
    assert axe_violations(page) == []
    page.get_by_label("Outside our area").check()
    page.get_by_label("In a few words").fill("Lives in Denver")
    page.get_by_role("button", name="Mark not a fit").click()

    decision = page.locator(".not-a-fit-decision")
    expect(decision.get_by_role("heading")).to_have_text("Not a fit (Outside our area: Lives in Denver)")
    save_screenshot(page, f"front-desk-not-a-fit-decided-{page.viewport_name}")
    assert axe_violations(page) == []
    decision.get_by_role("button", name="Undo").click()

    expect(page.locator(".step-done")).to_have_text("Not a fit undone: the request is back where it was.")
    expect(page.locator(".not-a-fit-decision")).to_have_count(0)
    expect(page.locator(".who .status")).to_have_text("Contacted")
    assert AppointmentRequest.objects.get(pk=appointment.pk).status == Status.CONTACTED


def test_enter_in_the_urgent_reason_presses_its_own_button(page, front_desk, make_request):
    appointment = make_request(is_urgent=True)
    log_in(page, front_desk, next_url=request_page(appointment))
    save_screenshot(page, f"front-desk-request-urgent-{page.viewport_name}")
    assert axe_violations(page) == []

    page.get_by_label("Reason: why is it not urgent?").fill("Quotes a film title; spoke with her")
    page.get_by_label("Reason: why is it not urgent?").press("Enter")

    expect(page.locator(".step-done")).to_contain_text("No longer urgent.")
    expect(page.get_by_role("heading", name="Not marked urgent")).to_be_visible()
    appointment.refresh_from_db()
    assert (appointment.is_urgent, appointment.assignee) == (False, None)
