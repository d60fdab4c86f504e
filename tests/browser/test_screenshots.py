"""Every public page answers and fits the screen: nothing sticks out sideways at phone or desktop width.

A picture of each page, full length, lands in test-artifacts/screenshots/public-<page>-<viewport>.png
for a person to look at; the test itself checks the status and horizontal overflow.
"""

import pytest
from playwright.sync_api import expect

from ..helpers import FORM_URL
from .conftest import fill_request_form, save_screenshot

pytestmark = pytest.mark.django_db(transaction=True)

# name: (address, the status it answers); the two form steps are sent from the form page.
PAGES = {
    "home": ("/", 200),
    "article": ("/blog/ketamine-therapy-migraine-relief/", 200),
    "article-list": ("/blog/", 200),
    "topic": ("/blog/topics/migraine/", 200),
    "search": ("/blog/search/?q=ketamine", 200),
    "appointment-form": (f"{FORM_URL}?service=migraine", 200),
    "appointment-form-errors": (f"{FORM_URL}?service=migraine", 400),  # sent empty: the form answers 400
    "thank-you": (f"{FORM_URL}?service=migraine", 200),
    "contact": ("/contact/", 200),
    "about": ("/about/", 200),
    "faq": ("/faq/", 200),
    "cost-and-insurance": ("/cost-and-insurance/", 200),
    "conditions": ("/conditions/", 200),
    "privacy": ("/privacy/", 200),
    "not-found": ("/no-such-page/", 404),
}

# Visible elements whose right edge passes the viewport's, outermost first, unless an ancestor clips or
# scrolls them (a wide table in a scrolling box is fine); and whether the page itself scrolls sideways.
FIND_OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el) => {
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
            if (getComputedStyle(node).overflowX !== 'visible') return true;
        }
        return false;
    };
    const sticksOut = (el) => el.getBoundingClientRect().right > width + 1;
    const outermost = (el) => !(el.parentElement && sticksOut(el.parentElement));
    const wide = [...document.body.querySelectorAll('*')]
        .filter(el => el.checkVisibility() && sticksOut(el) && !clipped(el) && outermost(el));
    const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
        + [...el.classList].slice(0, 3).map(c => '.' + c).join('');
    return {
        scrollWidth: document.documentElement.scrollWidth,
        width,
        elements: wide.slice(0, 8)
            .map(el => `${name(el)}, right edge at ${Math.round(el.getBoundingClientRect().right)}px`),
    };
}"""


def open_page(page, name: str) -> int:
    """Go to the page as a patient would and return the status it answered with."""
    address, _ = PAGES[name]
    response = page.goto(address)
    if name in {"appointment-form-errors", "thank-you"}:
        if name == "thank-you":
            fill_request_form(page, phone="(480) 555-0123")
        with page.expect_navigation() as navigation:
            page.get_by_role("button", name="Send my request").click()
        response = navigation.value
    assert response is not None
    return response.status


def problems_of(page, name: str) -> list[str]:
    expected = PAGES[name][1]
    status = open_page(page, name)
    if name == "thank-you":
        expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your request")
    save_screenshot(page, f"public-{name}-{page.viewport_name}")
    overflow = page.evaluate(FIND_OVERFLOW)

    problems = [f"answered {status}, not {expected}"] if status != expected else []
    problems += [f"wider than the screen ({overflow['width']}px): {element}" for element in overflow["elements"]]
    if overflow["scrollWidth"] > overflow["width"]:
        problems.append(f"scrolls sideways: {overflow['scrollWidth']}px of content in {overflow['width']}px")
    return problems


def test_every_public_page_answers_and_fits_the_screen(page, demo_content):
    """One pass over all pages per viewport (one database and browser set-up, not fourteen)."""
    page.watch.expected_error_statuses.update(status for _, status in PAGES.values() if status != 200)

    problems = {name: problems_of(page, name) for name in PAGES}

    found = [f"{name}: {problem}" for name, listed in problems.items() for problem in listed]
    assert found == [], f"at {page.viewport_name}:\n" + "\n".join(found)
