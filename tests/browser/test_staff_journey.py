"""Front-desk staff find a new request in the admin and work it."""

import csv
import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from appointments import triage
from appointments.models import AppointmentRequest, AuditEvent, Note, ReplyTemplate

from .conftest import log_in, save_screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_front_desk_triages_the_newest_request(page, front_desk, make_request, tmp_path):
    make_request(datetime.timedelta(days=2), last_name="Older", status=AppointmentRequest.Status.CONTACTED)
    newest = make_request(datetime.timedelta(minutes=3), first_name="Ann", last_name="Newest")
    log_in(page, front_desk)

    page.locator(".model-appointmentrequest").get_by_role("link", name="Appointment requests").click()
    first_row = page.locator("#result_list tbody tr").first
    expect(first_row).to_contain_text(newest.reference)
    expect(first_row).to_contain_text("Ann N.")

    first_row.get_by_role("checkbox").check()
    page.get_by_label("Action:").select_option(label="Assign to me")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_text("Assigned 1 request(s) to you.")).to_be_visible()

    page.get_by_role("link", name=newest.reference).click()
    page.get_by_role("textbox", name=re.compile(r"^Note")).first.fill("Called, left a voicemail.")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.locator("#result_list tbody tr", has_text=newest.reference).get_by_role("checkbox").check()
    page.get_by_label("Action:").select_option(label="Mark contacted")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_text("Marked 1 new request(s) contacted.")).to_be_visible()

    page.locator("#result_list tbody tr", has_text=newest.reference).get_by_role("checkbox").check()
    page.get_by_label("Action:").select_option(label="Export selected as CSV")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Export 1 request as CSV")
    page.get_by_label("Why are you exporting these requests?").fill("Call-back list for Monday")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export as CSV").click()
    exported = tmp_path / "export.csv"
    download.value.save_as(exported)

    rows = list(csv.DictReader(exported.open()))
    assert [(row["Reference"], row["Status"], row["Assignee"]) for row in rows] == [
        (newest.reference, "Contacted", front_desk.username)
    ]
    newest.refresh_from_db()
    assert (newest.assignee, newest.status) == (front_desk, AppointmentRequest.Status.CONTACTED)
    assert newest.first_response_at is not None
    note = Note.objects.get()
    assert (note.author, note.text) == (front_desk, "Called, left a voicemail.")
    exported = AuditEvent.objects.get(action=AuditEvent.Action.EXPORTED)
    assert (exported.user, exported.detail) == (front_desk, "exported 1 request: Call-back list for Monday")


def test_front_desk_cannot_open_the_article_editor(page, front_desk):
    log_in(page, front_desk)
    page.watch.expected_error_statuses.add(403)

    response = page.goto("/admin/blog/post/add/")

    assert response.status == 403
    expect(page.get_by_role("link", name="Posts")).to_have_count(0)


def test_the_triage_list_fits_a_1280_pixel_screen_and_urgent_rows_stand_out(
    page, front_desk, make_request, starter_replies, viewport
):
    if viewport != "desktop":
        pytest.skip("the width is measured on the desktop size, 1280×800")
    for number in range(12):
        appointment = make_request(
            datetime.timedelta(hours=number * 7),
            first_name="Maximiliana",
            last_name="Castellanos-Whitfield",
            is_urgent=number == 3,
            likely_duplicate_of=None,
            status=AppointmentRequest.Status.SCHEDULED if number == 5 else AppointmentRequest.Status.NEW,
            consultation_at=timezone.now() + datetime.timedelta(days=3) if number == 5 else None,
        )
        if number == 5:  # the widest row: a booked consultation and a reply's email state
            triage.send_reply(appointment, front_desk, ReplyTemplate.objects.first(), "Hello")
    log_in(page, front_desk, next_url="/admin/appointments/appointmentrequest/")
    save_screenshot(page, "admin-triage-list-1280")

    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"the page scrolls sideways: {widths[0]} px of content in {widths[1]} px"
    # Django's admin puts the table in a box that scrolls on its own: every column must fit in it too.
    results = page.evaluate("(b => [b.scrollWidth, b.clientWidth])(document.querySelector('#changelist .results'))")
    columns = page.evaluate(
        "[...document.querySelectorAll('#result_list thead th')].map(th => th.className + ':' + th.offsetWidth)"
    )
    assert results[0] <= results[1], f"the table scrolls sideways: {results[0]} px in {results[1]} px: {columns}"
    urgent_cell = page.locator("#result_list tbody tr", has=page.locator(".urgent")).locator("td").first
    calm_cell = page.locator("#result_list tbody tr", has_not=page.locator(".urgent")).first.locator("td").first
    assert urgent_cell.evaluate("cell => getComputedStyle(cell).backgroundColor") != calm_cell.evaluate(
        "cell => getComputedStyle(cell).backgroundColor"
    )
