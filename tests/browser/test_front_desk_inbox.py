"""The inbox in Chromium: call back the most urgent waiting patient and record it, counting clicks and page loads;
with JavaScript the row is updated in place, without it the plain form does the same in a few loads."""

import datetime
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from appointments.models import AppointmentRequest, ContactAttempt

from .conftest import axe_violations, log_in, save_screenshot, watched_page

pytestmark = pytest.mark.django_db(transaction=True)

DASHBOARD = "/admin/front-desk/"
NOTE = "Safe, with family. Wants a consultation this week."


@pytest.fixture
def a_morning(make_request) -> AppointmentRequest:
    """A few requests waiting, one of them urgent: the one to call first."""
    make_request(datetime.timedelta(minutes=40), first_name="Ben", last_name="Calm")
    make_request(datetime.timedelta(days=2), first_name="Cleo", last_name="Overdue", voicemail_opt_in=True)
    make_request(datetime.timedelta(hours=1), first_name="Dan", last_name="Email", phone="", contact_method="email")
    return make_request(
        datetime.timedelta(minutes=20), first_name="Ann", last_name="Urgent", phone="+14805550123",
        is_urgent=True, message="I have thoughts of suicide.",
    )  # fmt: skip


class Counter:
    """Clicks made through it, and the full page loads of the page's main frame since it started."""

    def __init__(self, page) -> None:
        page.wait_for_load_state("load")  # the page already open finishes loading before the count starts
        self.page = page
        self.clicks: list[str] = []
        self.loads = 0
        page.on("load", self.on_load)

    def on_load(self, _page) -> None:
        self.loads += 1

    def click(self, locator, name: str) -> None:
        self.clicks.append(name)
        locator.click()


@pytest.fixture
def page_without_javascript(browser, live_server, viewport, request, settings) -> Iterator:
    yield from watched_page(browser, live_server, viewport, request, settings, java_script_enabled=False)


def first_row(page):
    return page.locator("table.fd-inbox tr.fd-row").first


def test_call_back_the_most_urgent_patient_and_record_it_in_two_clicks_without_a_page_load(page, front_desk, a_morning):
    ann = a_morning
    log_in(page, front_desk, next_url=DASHBOARD)
    page.get_by_role("navigation", name="Front desk").get_by_role("link", name="Requests").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Requests")
    counted = Counter(page)

    row = first_row(page)
    expect(row).to_contain_text("Urgent")
    expect(row.get_by_role("link", name="Ann U.", exact=True)).to_be_visible()
    expect(row.get_by_role("link", name="Call Ann U.")).to_have_attribute("href", "tel:+14805550123")
    counted.click(row.get_by_text("Log outcome"), "Log outcome")
    row.get_by_label("Note (optional)").fill(NOTE)
    save_screenshot(page, f"front-desk-inbox-log-outcome-open-{page.viewport_name}")
    assert axe_violations(page) == []
    counted.click(row.get_by_role("button", name="Spoke with the patient"), "Spoke with the patient")

    status = page.locator("#front-desk-status")
    expect(status).to_have_text("Call with Ann U. logged: spoke with the patient.")
    updated = page.locator(f"#request-{ann.pk}")
    expect(updated.locator(".status")).to_have_text("Contacted")
    expect(updated).to_contain_text("Last contact: Spoke with the patient")
    expect(updated.locator(".urgent")).to_have_count(0)
    expect(updated.get_by_role("link", name="Ann U.", exact=True)).to_be_focused()
    assert counted.clicks == ["Log outcome", "Spoke with the patient"]
    assert counted.loads == 0
    attempt = ContactAttempt.objects.get()
    assert (attempt.appointment_request_id, attempt.by, attempt.outcome, attempt.note) == (
        ann.pk, front_desk, ContactAttempt.Outcome.SPOKE, NOTE
    )  # fmt: skip
    save_screenshot(page, f"front-desk-inbox-after-logging-{page.viewport_name}")
    assert axe_violations(page) == []


def test_without_javascript_the_same_takes_two_clicks_and_two_page_loads(
    page_without_javascript, front_desk, a_morning
):
    page, ann = page_without_javascript, a_morning
    log_in(page, front_desk, next_url=DASHBOARD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Today at the front desk")
    counted = Counter(page)

    counted.click(page.get_by_role("link", name="1 Urgent"), "1 Urgent")
    row = first_row(page)
    expect(row.get_by_role("link", name="Ann U.", exact=True)).to_be_visible()
    counted.click(row.get_by_text("Log outcome"), "Log outcome")
    row.get_by_label("Note (optional)").fill(NOTE)
    counted.click(row.get_by_role("button", name="Spoke with the patient"), "Spoke with the patient")

    expect(page.locator(".messagelist")).to_have_text("Call with Ann U. logged: spoke with the patient.")
    assert page.url.endswith("/admin/front-desk/requests/?show=urgent")
    assert counted.loads <= 3
    assert counted.loads == 2  # the urgent list, then the same list again after the form
    assert ContactAttempt.objects.get().note == NOTE
    assert AppointmentRequest.objects.get(pk=ann.pk).status == AppointmentRequest.Status.CONTACTED
    expect(page.locator(f"#request-{ann.pk}")).to_have_count(0)  # reached: no longer in the urgent list


def test_when_the_in_place_answer_fails_the_form_is_sent_the_ordinary_way_and_nothing_typed_is_lost(
    page, front_desk, a_morning
):
    def drop_the_in_place_request(route) -> None:
        if route.request.headers.get("x-front-desk-fragment") == "1":
            route.abort("connectionreset")  # the network fails under the script's fetch
        else:
            route.continue_()

    page.route("**/outcome/", drop_the_in_place_request)
    log_in(page, front_desk, next_url="/admin/front-desk/requests/")
    row = first_row(page)
    row.get_by_text("Log outcome").click()
    row.get_by_label("Note (optional)").fill(NOTE)
    row.get_by_role("button", name="No answer").click()

    expect(page.locator(".messagelist")).to_have_text("Call with Ann U. logged: no answer.")
    attempt = ContactAttempt.objects.get()
    assert (attempt.appointment_request_id, attempt.outcome, attempt.note) == (
        a_morning.pk, ContactAttempt.Outcome.NO_ANSWER, NOTE
    )  # fmt: skip
    page.watch.console_errors.clear()  # the failed fetch's own report


def test_a_returning_patient_with_only_a_closed_request_is_found_by_phone(page, front_desk, make_request):
    closed = make_request(
        first_name="Ann", last_name="Back", phone="+14805550100", status=AppointmentRequest.Status.CLOSED
    )
    make_request(first_name="Ben", last_name="Other")
    log_in(page, front_desk, next_url="/admin/front-desk/requests/")

    page.get_by_label("Search requests").fill("(480) 555-0100")
    page.get_by_role("button", name="Search").click()

    expect(page.locator("tr.fd-row")).to_have_count(1)
    row = page.locator(f"#request-{closed.pk}")
    expect(row.locator(".status")).to_have_text("Closed")
    expect(page.get_by_text("Closed, not a fit and spam")).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_dashboard_and_the_inbox_fit_the_screen_with_no_accessibility_violations(
    page, front_desk, a_morning, make_request, scheme
):
    page.emulate_media(color_scheme=scheme)
    for number in range(8):
        make_request(datetime.timedelta(hours=3 * number), first_name="Maximiliana", last_name="Castellanos-Whitfield",
                     status=AppointmentRequest.Status.CONTACTED if number % 3 else AppointmentRequest.Status.NEW,
                     assignee=front_desk if number % 2 else None)  # fmt: skip
    log_in(page, front_desk, next_url=DASHBOARD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Today at the front desk")
    save_screenshot(page, f"front-desk-dashboard-{scheme}-{page.viewport_name}")
    assert axe_violations(page) == [], "dashboard"
    assert not scrolls_sideways(page), "dashboard"

    page.get_by_role("link", name=re.compile(r"^All open requests")).click()
    first_row(page).get_by_text("Log outcome").click()
    save_screenshot(page, f"front-desk-inbox-{scheme}-{page.viewport_name}")
    assert axe_violations(page) == [], "inbox"
    assert not scrolls_sideways(page), "inbox"


def scrolls_sideways(page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth")
