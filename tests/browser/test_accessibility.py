"""axe-core finds no WCAG 2.2 A/AA violations on any page, at phone and desktop sizes.

Every public page belongs in PAGES; a page added to the site joins this list in the same change.
Each page's screenshot is saved to test-artifacts/screenshots/ for a person to look at.
"""

import re

import pytest
from playwright.sync_api import expect

from ..helpers import PASSWORD
from .conftest import axe_violations, fill_request_form, fresh_code, log_in, save_screenshot

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = {
    "home": "/",
    "article": "/blog/ketamine-therapy-migraine-relief/",
    "article-list": "/blog/",
    "topic": "/blog/topics/migraine/",
    "about": "/about/",
    "conditions": "/conditions/",
    "faq": "/faq/",
    "cost-and-insurance": "/cost-and-insurance/",
    "privacy": "/privacy/",
    "terms": "/terms/",
    "contact": "/contact/",
    "search": "/blog/search/?q=ketamine",
    "appointment-form": "/request-an-appointment/?service=migraine",
    "not-found": "/no-such-page/",
}


def assert_accessible(page, name: str) -> None:
    save_screenshot(page, f"{name}-{page.viewport_name}")
    assert axe_violations(page) == [], name


@pytest.mark.parametrize("name", list(PAGES))
def test_public_page_has_no_accessibility_violations(page, demo_content, name):
    if name == "not-found":
        page.watch.expected_error_statuses.add(404)

    page.goto(PAGES[name])

    assert_accessible(page, name)


def send_form(page, phone: str, message: str = "") -> None:
    page.goto(PAGES["appointment-form"])
    fill_request_form(page, phone, method="Text message", message=message)
    page.get_by_role("button", name="Send my request").click()


def test_form_with_errors_has_no_accessibility_violations(page, demo_content):
    page.watch.expected_error_statuses.add(400)

    send_form(page, phone="not a number")

    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page, "appointment-form-errors")


def test_thank_you_page_has_no_accessibility_violations(page, demo_content):
    send_form(page, phone="480 555 0123")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your request")
    assert_accessible(page, "thank-you")


def test_thank_you_page_with_crisis_help_has_no_accessibility_violations(page, demo_content):
    send_form(page, phone="480 555 0123", message="I have thoughts of suicide.")

    expect(page.get_by_role("link", name="Call 988")).to_be_visible()
    assert_accessible(page, "thank-you-crisis")


def test_admin_triage_list_has_no_accessibility_violations(page, demo_content, front_desk):
    send_form(page, phone="480 555 0123")
    log_in(page, front_desk, next_url="/admin/appointments/appointmentrequest/")

    expect(page.locator("#result_list")).to_contain_text("Ann E.")
    assert_accessible(page, "admin-triage-list")


def test_admin_login_and_request_page_have_no_accessibility_violations(page, demo_content, front_desk):
    send_form(page, phone="480 555 0123")
    page.goto("/admin/login/")
    assert_accessible(page, "admin-login")
    page.get_by_label("Username").fill(front_desk.get_username())
    page.get_by_label("Password").fill(PASSWORD)
    code = fresh_code(front_desk)
    page.get_by_role("button", name="Log in").click()
    page.get_by_label("Code from your authenticator app or a recovery code").fill(code)
    page.get_by_role("button", name="Continue").click()

    page.goto("/admin/appointments/appointmentrequest/")
    page.locator("#result_list tbody th a").first.click()

    expect(page.get_by_role("heading", name=re.compile(r"^Request [A-Z0-9]{4}-[A-Z0-9]{4} from "))).to_be_visible()
    assert_accessible(page, "admin-request")

    page.get_by_role("link", name="History").click()
    expect(page.get_by_role("heading", name=re.compile(r"^Access history of request "))).to_be_visible()
    assert_accessible(page, "admin-request-access-history")


def test_admin_export_reason_page_has_no_accessibility_violations(page, demo_content, front_desk):
    send_form(page, phone="480 555 0123")
    log_in(page, front_desk, next_url="/admin/appointments/appointmentrequest/")
    page.locator("#result_list tbody tr").first.get_by_role("checkbox").check()
    page.get_by_label("Action:").select_option(label="Export selected as CSV")
    page.get_by_role("button", name="Go").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Export 1 request as CSV")
    assert_accessible(page, "admin-export-reason")

    page.watch.expected_error_statuses.add(400)
    page.get_by_role("button", name="Export as CSV").click()

    expect(page.locator(".errornote")).to_be_visible()
    assert_accessible(page, "admin-export-reason-errors")


@pytest.mark.parametrize("name", ["admin-login", "admin-triage-list", "admin-request"])
def test_admin_in_dark_mode_has_no_accessibility_violations(page, demo_content, front_desk, name):
    page.emulate_media(color_scheme="dark")
    send_form(page, phone="480 555 0123")
    if name == "admin-login":
        page.goto("/admin/login/")
    else:
        log_in(page, front_desk, next_url="/admin/appointments/appointmentrequest/")
        expect(page.locator("#result_list")).to_contain_text("Ann E.")
    if name == "admin-request":
        page.locator("#result_list tbody th a").first.click()
        expect(page.get_by_role("heading", name=re.compile(r"^Request [A-Z0-9]{4}-[A-Z0-9]{4} from "))).to_be_visible()

    assert_accessible(page, f"{name}-dark")


def test_admin_home_with_what_is_waiting_has_no_accessibility_violations(page, demo_content, front_desk):
    send_form(page, phone="480 555 0123", message="I have thoughts of suicide.")
    log_in(page, front_desk, next_url="/admin/front-desk/")

    expect(page.get_by_role("heading", name="What is waiting")).to_be_visible()
    page.get_by_role("link", name="1 Urgent").click()
    expect(page.locator("tr.fd-row")).to_have_count(1)
    page.go_back()
    assert_accessible(page, "admin-home")


@pytest.mark.parametrize("step", ["log-call", "send-reply", "schedule"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_next_step_pages_with_errors_have_no_accessibility_violations(
    page, demo_content, front_desk, starter_replies, make_request, step, scheme
):
    page.emulate_media(color_scheme=scheme)
    appointment = make_request(first_name="Ann", last_name="Example")
    log_in(page, front_desk, next_url=f"/admin/appointments/appointmentrequest/{appointment.pk}/change/")
    page.locator(".next-steps a").filter(has_text=re.compile(r"Log a call|Send a reply|Mark scheduled")).nth(
        ["log-call", "send-reply", "schedule"].index(step)
    ).click()
    assert_accessible(page, f"admin-{step}-{scheme}")

    page.watch.expected_error_statuses.add(400)
    if step == "send-reply":
        page.get_by_label("Message").fill("Hello {name}")
    page.locator(".submit-row input[type=submit]").click()
    expect(page.locator(".errornote")).to_be_visible()
    assert_accessible(page, f"admin-{step}-errors-{scheme}")


def test_reply_template_editor_has_no_accessibility_violations(page, demo_content, front_desk, starter_replies):
    log_in(page, front_desk, next_url="/admin/appointments/replytemplate/")
    assert_accessible(page, "admin-reply-templates")
    page.get_by_role("link", name="We tried to call you").click()
    expect(page.get_by_label("Subject")).to_have_value(re.compile("About your request"))
    assert_accessible(page, "admin-reply-template")


def test_spam_confirmation_has_no_accessibility_violations(page, demo_content, front_desk, make_request):
    appointment = make_request()
    log_in(page, front_desk, next_url=f"/admin/appointments/appointmentrequest/{appointment.pk}/change/")
    page.locator(".next-steps").get_by_role("link", name="Spam").click()

    expect(page.get_by_role("button", name="Yes, mark it as spam")).to_be_visible()
    assert_accessible(page, "admin-spam-confirmation")
