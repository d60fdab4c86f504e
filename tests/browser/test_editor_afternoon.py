"""An editor's afternoon: feature a draft, preview an article, change a location's Saturday and add a closure,
from a browser in London; every page fits its screen and passes axe."""

import datetime
import re
import zoneinfo

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from blog.models import Post
from pages.models import Location

from .conftest import axe_violations, log_in, save_screenshot, watched_page

pytestmark = pytest.mark.django_db(transaction=True)

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")
FLAGSHIP = "Ketamine Therapy: A New Hope for Migraine Relief"


@pytest.fixture
def london_page(browser, live_server, viewport, request, settings):
    """A browser whose clock is London's, seven or eight hours ahead of the clinic."""
    yield from watched_page(browser, live_server, viewport, request, settings, timezone_id="Europe/London")


def fits_and_passes_axe(page, name: str) -> None:
    """No sideways scrolling, of the page or of a list inside it; axe finds nothing."""
    widths = page.evaluate(
        """() => [document.documentElement, ...document.querySelectorAll('.results')].map(
            element => [element.scrollWidth, element.clientWidth])"""
    )
    for scrolled, shown in widths:
        assert scrolled <= shown, f"{name}: {scrolled} px wide in {shown} px"
    save_screenshot(page, f"editor-{name}-{page.viewport_name}")
    assert axe_violations(page) == [], name


def a_coming_weekday(location: Location) -> datetime.date:
    """A weekday two weeks or more away that the location has not closed already."""
    day = timezone.localdate() + datetime.timedelta(days=14)
    closed = set(location.closed_days.values_list("date", flat=True))
    while day.weekday() >= 5 or day in closed:
        day += datetime.timedelta(days=1)
    return day


def test_an_editors_afternoon(london_page, staff_user, demo_content):
    page = london_page
    flagship = Post.objects.get(title=FLAGSHIP)
    Post.objects.create(title="Ketamine and sleep", slug="sleep", summary="Rest.", body="Rest.", author=flagship.author)
    location = Location.objects.get()
    closure_day = a_coming_weekday(location)
    log_in(page, staff_user)

    page.locator("#content-main").get_by_role("link", name="Articles", exact=True).last.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Select article to change")
    row = page.locator("#result_list tbody tr", has_text="Ketamine and sleep")
    expect(row).to_contain_text("Draft")
    fits_and_passes_axe(page, "articles")

    row.get_by_role("button", name="Make featured: Ketamine and sleep").click()
    expect(page.locator(".messagelist")).to_contain_text(
        f"“Ketamine and sleep” is now the featured article; “{FLAGSHIP}” is no longer featured."
    )
    expect(page.locator("#result_list tbody tr", has_text="Ketamine and sleep")).to_contain_text("★ Featured")

    page.get_by_role("link", name=FLAGSHIP).click()
    page.get_by_role("textbox", name="Title:", exact=True).fill("Ketamine and migraine: what helps")
    page.get_by_role("button", name="Refresh preview").click()
    preview = page.frame_locator("iframe[name='article-preview']")
    expect(preview.get_by_role("heading", level=1)).to_have_text("Ketamine and migraine: what helps")
    expect(page.get_by_role("status").filter(has_text="Preview updated")).to_be_visible()
    assert page.locator(".timezonewarning").count() > 0  # Django made its note: this browser is not in Arizona
    expect(page.locator(".timezonewarning:visible")).to_have_count(0)
    for note in page.get_by_text("ahead of server time").all():
        expect(note).to_be_hidden()
    expect(page.locator(".field-published_at")).to_contain_text("Clinic time (Arizona)")
    fits_and_passes_axe(page, "article-with-preview")

    page.locator(".field-updated_at").get_by_role("link", name="Now").click()
    filled = page.locator("#id_updated_at_1").input_value()
    clinic_now = datetime.datetime.now(PHOENIX)
    assert abs(
        datetime.datetime.combine(clinic_now.date(), datetime.time.fromisoformat(filled))
        - clinic_now.replace(tzinfo=None)
    ) < datetime.timedelta(minutes=2), f"“Now” filled {filled}, the clinic's time is {clinic_now:%H:%M:%S}"

    page.get_by_role("link", name="Home").first.click()
    page.locator("#content-main").get_by_role("link", name="Locations", exact=True).click()
    page.get_by_role("link", name=location.name).click()
    page.get_by_label("Saturday Closed").uncheck()
    page.get_by_label("Saturday opens", exact=True).fill("09:00")
    page.get_by_label("Saturday closes", exact=True).fill("13:00")
    page.get_by_label("Date of a new closure").first.fill(closure_day.isoformat())
    page.get_by_label("Reason", exact=True).first.fill("Staff training")
    fits_and_passes_axe(page, "location")
    page.get_by_role("button", name="Save and continue editing").click()

    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    expect(page.get_by_label("Saturday opens", exact=True)).to_have_value("09:00")
    expect(page.get_by_label(f"Reason for {closure_day:%A, %B} {closure_day.day}, {closure_day.year}")).to_have_value(
        "Staff training"
    )
    assert location.weekly_hours[5] == ("Saturday", "9 am to 1 pm")
    fits_and_passes_axe(page, "location-saved")


def test_a_mistake_in_the_week_is_said_beside_its_field(page, staff_user, location):
    log_in(page, staff_user, next_url=f"/admin/pages/location/{location.pk}/change/")

    page.get_by_label("Monday closes", exact=True).fill("08:00")
    page.get_by_role("button", name="Save and continue editing").click()

    closes = page.get_by_label("Monday closes", exact=True)
    expect(closes).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_hours_0_closes_0_error")).to_have_text("Enter a time after 9 am, when it opens.")
    fits_and_passes_axe(page, "location-mistake")


@pytest.fixture
def page_without_javascript(browser, live_server, viewport, request, settings):
    yield from watched_page(browser, live_server, viewport, request, settings, java_script_enabled=False)


def test_without_javascript_the_preview_button_still_shows_the_text(page_without_javascript, staff_user, make_post):
    page = page_without_javascript
    post = make_post(title="Ketamine and sleep")
    log_in(page, staff_user, next_url=f"/admin/blog/post/{post.pk}/change/")

    page.get_by_role("textbox", name="Title:", exact=True).fill("Ketamine, sleep and dreams")
    page.get_by_role("button", name="Refresh preview").click()

    preview = page.frame_locator("iframe[name='article-preview']")
    expect(preview.get_by_role("heading", level=1)).to_have_text("Ketamine, sleep and dreams")
    expect(page).to_have_url(re.compile(f"/admin/blog/post/{post.pk}/change/$"))  # the form stays where it was
