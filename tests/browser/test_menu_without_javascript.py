"""With JavaScript off (blocked, failed to load, an old phone) a patient can still find their way and ask for help.

The phone menu is a `<details>` disclosure, which opens without a script; on a desktop the links are simply
there; the appointment form is an ordinary form.
"""

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from ..helpers import FORM_URL, THANK_YOU_URL
from .conftest import fill_request_form, watched_page

pytestmark = pytest.mark.django_db(transaction=True)

MENU_LINKS = {
    "Articles": "/blog/",
    "Conditions": "/conditions/",
    "FAQ": "/faq/",
    "About": "/about/",
    "Contact": "/contact/",
}


@pytest.fixture
def page_without_js(browser, live_server, viewport, request, settings) -> Iterator:
    """Like conftest's `page`, in a browser context that runs no JavaScript at all."""
    yield from watched_page(browser, live_server, viewport, request, settings, java_script_enabled=False)


def menu_link(page, name: str):
    return page.locator("header").get_by_role("navigation").get_by_role("link", name=name, exact=True)


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_the_phone_menu_opens_without_javascript(page_without_js, demo_content):
    page = page_without_js
    page.goto("/")
    menu = page.locator("header details > summary").filter(has_text=re.compile(r"^\s*Menu\s*$"))

    expect(menu).to_be_visible()
    for name in MENU_LINKS:
        expect(menu_link(page, name)).to_be_hidden()
    menu.click()
    for name, href in MENU_LINKS.items():
        expect(menu_link(page, name)).to_be_visible()
        expect(menu_link(page, name)).to_have_attribute("href", href)
    menu_link(page, "Articles").click()

    expect(page).to_have_url(re.compile(r"/blog/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_the_desktop_menu_shows_its_links_without_javascript(page_without_js, demo_content):
    page = page_without_js
    page.goto("/")

    for name, href in MENU_LINKS.items():
        expect(menu_link(page, name)).to_be_visible()
        expect(menu_link(page, name)).to_have_attribute("href", href)


def test_the_appointment_form_is_sent_without_javascript(page_without_js, demo_content):
    page = page_without_js
    page.goto(FORM_URL)

    fill_request_form(page, phone="(480) 555-0123", message="Migraines most weeks.")
    page.get_by_label("Service").select_option(label="Migraine")
    page.get_by_role("button", name="Send my request").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your request")
    assert page.url.endswith(THANK_YOU_URL)
