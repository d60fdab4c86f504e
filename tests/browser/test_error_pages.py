"""The pages a patient meets when something goes wrong: readable, accessible, and never a dead end."""

from unittest import mock

import pytest
from django.db import OperationalError, connections
from playwright.sync_api import expect

from .conftest import fill_request_form
from .test_accessibility import PAGES, assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)


def database_down():
    """Every query fails as if the server had gone away (the connection object itself stays, as in production)."""
    gone = OperationalError("server closed the connection")
    return mock.patch.object(type(connections["default"]), "create_cursor", side_effect=gone)


def test_a_database_outage_shows_what_the_patient_typed_and_the_phone(page, demo_content):
    page.watch.expected_error_statuses.add(503)
    page.goto(PAGES["appointment-form"])
    fill_request_form(page, "480 555 0123", message="Migraines since May.\nMornings are best.")

    with database_down():
        page.get_by_role("button", name="Send my request").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("We cannot take requests for a few minutes")
        expect(page.locator(".typed-back")).to_contain_text("Migraines since May.")
        expect(page.get_by_role("link", name="(480) 555-0142").first).to_be_visible()
        assert_accessible(page, "form-database-down")


def test_an_expired_form_comes_back_filled_in_and_sends_on_the_second_try(page, demo_content):
    page.watch.expected_error_statuses.add(403)
    page.goto(PAGES["appointment-form"])
    fill_request_form(page, "480 555 0123", message="Please call after 3 pm.")
    page.context.clear_cookies()  # as when the browser dropped the security cookie

    page.get_by_role("button", name="Send my request").click()

    expect(page.get_by_role("alert")).to_contain_text("please check your details and send the form again")
    expect(page.get_by_label("Last name")).to_have_value("Example")
    assert_accessible(page, "form-csrf-failure")
    page.get_by_label("I consent").check()
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your request")


@pytest.mark.parametrize("status", [400, 403, 500, 503])
def test_error_pages_have_no_accessibility_violations(page, demo_content, status):
    page.watch.expected_error_statuses.add(status)
    if status in {400, 403}:
        # A POST from the page itself: a body in another charset (400), or no CSRF token (403).
        page.goto("/")
        charset = "; charset=latin-1" if status == 400 else ""
        page.evaluate(
            """([type]) => fetch('/contact/', {method: 'POST', headers: {'Content-Type': type}, body: 'a=b'})
                .then(r => r.text()).then(html => { document.open(); document.write(html); document.close(); })""",
            [f"application/x-www-form-urlencoded{charset}"],
        )
        page.wait_for_load_state()
    elif status == 500:
        with mock.patch("pages.views.HomeView.get_context_data", side_effect=RuntimeError("a bug")):
            page.goto("/")
    else:
        with database_down():
            page.goto("/")
            expect(page.get_by_role("heading", level=1)).to_be_visible()
            assert_accessible(page, f"error-{status}")
        return

    expect(page.get_by_role("link", name="(480) 555-0142").first).to_be_visible()
    assert_accessible(page, f"error-{status}")
