"""The admin at the front desk's tablet: every button and link a finger can hit, focus always in view.

WCAG 2.2 asks for 24px targets (2.5.8); buttons and the links staff use all day get 44px.
"""

import re

import pytest
from playwright.sync_api import expect

from ..helpers import LIST_URL
from .conftest import focus_is_visible, log_in

pytestmark = pytest.mark.django_db(transaction=True)

FINGER = 44  # px: buttons, fields and the links used all day
MINIMUM = 24  # px: WCAG 2.2 SC 2.5.8, for small icon links beside a field


def undersized(page, selector: str, size: int) -> list[str]:
    """The visible matches of selector smaller than size in either direction, with their sizes."""
    boxes = [(element.inner_text() or selector, element.bounding_box()) for element in page.locator(selector).all()]
    assert boxes, f"nothing matches {selector}"
    return [
        f"{text.strip()[:30]}: {box['width']:.0f}x{box['height']:.0f}"
        for text, box in boxes
        if box and (box["width"] < size or box["height"] < size)
    ]


def test_triage_list_controls_are_tablet_sized(page, staff_user, make_request):
    make_request(first_name="Ann", last_name="Example")
    log_in(page, staff_user, next_url=LIST_URL)
    expect(page.locator("#result_list")).to_contain_text("Ann E.")

    for selector in [
        "#user-tools a",
        "#logout-form button",
        "div.breadcrumbs a",
        "#searchbar",
        "#changelist-search input[type=submit]",
        "#changelist .actions select",
        "#changelist .actions .button",
        "#changelist-filter li a",
    ]:
        assert undersized(page, selector, FINGER) == [], selector
    assert undersized(page, "#result_list tbody a", MINIMUM) == []


def test_request_page_buttons_are_tablet_sized(page, staff_user, make_request):
    appointment = make_request(first_name="Ann", last_name="Example")
    log_in(page, staff_user, next_url=f"{LIST_URL}{appointment.pk}/change/")
    expect(page.get_by_role("heading", name=re.compile(r"^Request [A-Z0-9]{4}-[A-Z0-9]{4} from "))).to_be_visible()

    for selector in [".submit-row input", ".submit-row a.deletelink", ".object-tools a", "select"]:
        assert undersized(page, selector, FINGER) == [], selector
    assert undersized(page, ".related-widget-wrapper-link:visible, .datetimeshortcuts a", MINIMUM) == []


def test_keyboard_focus_shows_a_ring_in_the_admin(page, staff_user):
    log_in(page, staff_user, next_url=LIST_URL)

    page.locator("#searchbar").focus()
    page.keyboard.press("Tab")

    assert focus_is_visible(page)
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineWidth") == "3px"
