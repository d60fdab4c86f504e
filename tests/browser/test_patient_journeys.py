"""A patient reads the migraine article and asks for an appointment, by mouse and by keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from appointments.models import AppointmentRequest

from .conftest import fill_request_form, focus_is_visible, save_screenshot

pytestmark = pytest.mark.django_db(transaction=True)

ARTICLE = "/blog/ketamine-therapy-migraine-relief/"


@pytest.fixture
def site(demo_content):
    """The demo site: articles, pages and the Phoenix location."""


def test_patient_reads_the_article_and_requests_an_appointment(page, site):
    page.goto(ARTICLE, referer="https://search.example/?q=ketamine+migraine")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ketamine Therapy: A New Hope for Migraine Relief")
    page.get_by_role("heading", name="We can help you get Migraine Relief!").scroll_into_view_if_needed()

    page.locator(".article-cta").get_by_role("link", name="Request An Appointment Today!").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Request an appointment")
    expect(page.get_by_label("Service")).to_have_value("migraine")
    fill_request_form(page, phone="555-12", message="Migraines most weeks.")
    page.get_by_label("Morning").check()
    page.watch.expected_error_statuses.add(400)  # the form answers bad input with HTTP 400
    page.get_by_role("button", name="Send my request").click()

    phone = page.get_by_label("Phone number")
    expect(phone).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#div_id_phone .invalid-feedback")).to_contain_text("Enter a phone number like (480) 555-0123")
    expect(page.get_by_role("alert")).to_contain_text("Please correct 1 thing below")
    expect(page.get_by_label("First name")).to_have_value("Ann")
    expect(page.get_by_label("Message")).to_have_value("Migraines most weeks.")
    expect(page.get_by_label("Service")).to_have_value("migraine")
    save_screenshot(page, f"journey-form-error-{page.viewport_name}")

    phone.fill("(480) 555-0123")
    page.get_by_label("I consent").check()
    page.get_by_role("button", name="Send my request").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your request")
    expect(page.get_by_text("What happens next")).to_be_visible()
    assert page.url.endswith("/request-an-appointment/thank-you/")
    appointment = AppointmentRequest.objects.get()
    assert (appointment.service, appointment.source_path) == ("migraine", ARTICLE)
    assert str(appointment.phone) == "+14805550123"


def press_tab_until(page, selector: str, key: str = "Tab", limit: int = 120) -> None:
    """Move focus with the keyboard until `selector` has it, checking focus is visible at every stop."""
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate("() => document.activeElement !== document.body"):
            assert focus_is_visible(page), page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} is not reachable with {key}")


def test_the_same_journey_with_the_keyboard_alone(page, site):
    page.goto(ARTICLE)

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    press_tab_until(page, ".article-cta a")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Request an appointment")

    press_tab_until(page, "#id_first_name")
    page.keyboard.type("Ann")
    page.keyboard.press("Tab")
    page.keyboard.type("Example")
    page.keyboard.press("Tab")
    page.keyboard.type("ann@example.com")
    page.keyboard.press("Tab")
    page.keyboard.type("12")  # a mistake
    press_tab_until(page, "#id_contact_method")
    page.keyboard.press("ArrowDown")  # a closed select changes with the arrow keys
    expect(page.get_by_label("Preferred contact method")).to_have_value("call")
    press_tab_until(page, "#id_message")
    press_tab_until(page, "#id_service", key="Shift+Tab")  # back up to check the service
    expect(page.locator("#id_service")).to_have_value("migraine")
    press_tab_until(page, "#id_consent")
    page.keyboard.press("Space")
    page.watch.expected_error_statuses.add(400)
    press_tab_until(page, "button[type=submit]")
    page.keyboard.press("Enter")

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    press_tab_until(page, ".error-summary a")
    page.keyboard.press("Enter")
    expect(page.get_by_label("Phone number")).to_be_focused()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("480 555 0123")
    press_tab_until(page, "#id_consent")
    if not page.get_by_label("I consent").is_checked():
        page.keyboard.press("Space")
    press_tab_until(page, "button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your request")
    assert AppointmentRequest.objects.get().source_path == ARTICLE


def test_text_us_and_call_links_use_the_locations_numbers(page, site):
    page.goto("/")

    text_us = page.get_by_role("link", name="Text Us")
    call = page.get_by_role("link", name=re.compile(r"^Call \(480\) 555-0142$"))
    expect(text_us).to_be_visible()
    expect(call).to_be_visible()
    expect(text_us).to_have_attribute("href", "sms:+14805550143")
    expect(call).to_have_attribute("href", "tel:+14805550142")


def test_every_control_of_the_form_is_reachable_with_tab(page, site):
    page.goto("/request-an-appointment/?service=migraine")
    controls = set(
        page.evaluate(
            """() => [...document.querySelectorAll('form.appointment-form :is(input, select, textarea, button)')]
                .filter(el => el.type !== 'hidden' && el.offsetParent !== null && !el.closest('[aria-hidden=true]'))
                .map(el => el.id || el.name || el.textContent.trim())"""
        )
    )
    reached = set()

    for _ in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const el = document.activeElement; return el.id || el.name || el.textContent.trim(); }"
        )
        if focused in controls:
            assert focus_is_visible(page), focused
            reached.add(focused)
        # Radio groups take one Tab stop; the arrow keys move within them, as people expect.
        if page.evaluate("() => document.activeElement.type === 'radio'"):
            for _ in range(page.evaluate("() => document.getElementsByName(document.activeElement.name).length") - 1):
                page.keyboard.press("ArrowDown")
                reached.add(page.evaluate("() => document.activeElement.id"))

    assert len(controls) > 20  # names, contact, days, times, location, service, consent, the button...
    assert controls - reached == set()
    assert "id_website" not in reached  # the honeypot stays out of the way


@pytest.mark.parametrize(
    "label",
    [
        "First name",
        "Last name",
        "Email",
        "Phone",
        "Preferred contact method",
        "Location",
        "Service",
        "Message",
        "consent",
    ],
)
def test_each_field_is_found_by_its_everyday_name(page, site, label):
    page.goto("/request-an-appointment/")

    expect(page.get_by_label(label)).to_have_count(1)


def test_going_back_from_the_thank_you_page_after_an_error_shows_the_form_without_asking_to_resend(page, site):
    page.goto("/request-an-appointment/")
    fill_request_form(page, phone="(480) 555-0123")
    page.get_by_label("Service").select_option(label="Migraine")
    page.get_by_label("I consent").uncheck()
    page.watch.expected_error_statuses.add(400)
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_role("alert")).to_contain_text("Please correct 1 thing below")
    page.get_by_label("I consent").check()
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your request")

    page.go_back()

    # Without the fix Chromium shows its "Confirm Form Resubmission" page (ERR_CACHE_MISS) here.
    expect(page.get_by_role("heading", level=1)).to_have_text("Request an appointment")
    expect(page.get_by_role("button", name="Send my request")).to_be_visible()
    assert AppointmentRequest.objects.count() == 1
