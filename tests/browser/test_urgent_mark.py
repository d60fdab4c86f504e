"""The urgent mark as the front desk meets it: red on the dashboard when an urgent patient waits, corrected by
hand on the request's page; and the thank-you page's calm 988 line for a mental-health request."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from appointments.models import AppointmentRequest
from pages.models import OpeningHours

from .conftest import axe_violations, fill_request_form, log_in, save_screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def open_all_week(location):
    """The clinic open every day, all day: the 15 minutes count whatever the clock says when the test runs."""
    location.opening_hours.all().delete()
    for day in range(7):
        OpeningHours.objects.create(
            location=location, weekday=day, opens=datetime.time(0), closes=datetime.time(23, 59)
        )


def test_the_front_desk_sees_a_late_urgent_request_in_red_and_corrects_the_mark(
    page, front_desk, make_request, open_all_week
):
    late = make_request(
        datetime.timedelta(minutes=25), first_name="Ann", last_name="Urgent", is_urgent=True,
        message="I can't see a way out anymore.",
    )  # fmt: skip
    calm = make_request(datetime.timedelta(minutes=5), first_name="Ben", last_name="Low", message="Feeling hopeless.")
    log_in(page, front_desk, next_url="/admin/front-desk/")

    box = page.locator(".late-urgent")
    expect(box.get_by_role("heading", level=2)).to_have_text("Urgent: not reached after 15 minutes")
    expect(box.get_by_role("link", name="Call (480) 555-0177")).to_have_attribute("href", "tel:+14805550177")
    save_screenshot(page, f"urgent-1-dashboard-{page.viewport_name}")
    assert axe_violations(page) == []

    box.get_by_role("link", name=re.compile(late.reference)).click()
    expect(page.locator(".urgency-panel")).to_contain_text("Call now")
    save_screenshot(page, f"urgent-2-request-{page.viewport_name}")
    assert axe_violations(page) == []

    page.get_by_label("Reason: why is it not urgent?").fill("Spoke with her sister: she is safe and with family")
    page.get_by_role("button", name="Not urgent after all").click()
    expect(page.locator("#request-page")).to_contain_text("No longer urgent.")
    expect(page.get_by_role("heading", name="Not marked urgent")).to_be_visible()

    page.goto(f"/admin/front-desk/requests/{calm.pk}/")
    page.get_by_label("Reason (optional)").fill("The message sounds hopeless")
    page.get_by_role("button", name="Mark urgent").click()
    expect(page.locator("#request-page")).to_contain_text("Marked urgent")
    save_screenshot(page, f"urgent-3-marked-by-hand-{page.viewport_name}")
    assert AppointmentRequest.objects.get(pk=calm.pk).is_urgent
    assert not AppointmentRequest.objects.get(pk=late.pk).is_urgent


def test_a_depression_request_sees_the_988_line_near_the_top(page, location):
    page.goto("/request-an-appointment/?service=depression")
    fill_request_form(page, phone="(480) 555-0123", message="Two medications have not helped.")
    page.get_by_role("button", name="Send my request").click()

    expect(page.get_by_role("heading", name="Support while you wait")).to_be_visible()
    expect(page.get_by_role("link", name="call 988")).to_have_attribute("href", "tel:988")
    expect(page.locator(".contact-check")).to_contain_text("If this is wrong, call us at")
    save_screenshot(page, f"thank-you-988-line-{page.viewport_name}")
    assert axe_violations(page) == []
