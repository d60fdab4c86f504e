"""The managers' charts page: no axe violations in light or dark mode, at phone and desktop sizes."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from appointments.models import AppointmentRequest
from blog.models import ArticleView, Post
from pages.models import Location

from .conftest import log_in, save_screenshot
from .test_accessibility import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)

Status = AppointmentRequest.Status
OUTCOMES = [Status.NEW, Status.CONTACTED, Status.SCHEDULED, Status.NOT_A_FIT, Status.CLOSED, Status.SPAM]


@pytest.fixture
def twelve_weeks_of_requests(demo_content, make_request):
    """Requests on weekday mornings with every outcome, most answered within hours, some from the flagship article."""
    phoenix = Location.objects.get(slug="phoenix")
    flagship = Post.objects.get(slug="ketamine-therapy-migraine-relief")
    today = timezone.localdate()
    for index in range(60):
        day = today - datetime.timedelta(days=index * 83 // 60)
        if day.weekday() >= 5:
            continue
        status = OUTCOMES[index % len(OUTCOMES)]
        created = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9 + index % 4)))
        answered = status not in (Status.NEW, Status.SPAM) and created < timezone.now()
        make_request(
            created_at=created,
            location=phoenix,
            status=status,
            first_response_at=created + datetime.timedelta(minutes=20 + 35 * (index % 9)) if answered else None,
            source_path=flagship.get_absolute_url() if index % 3 == 0 else "",
        )
    ArticleView.objects.create(post=flagship, day=today, views=1200)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_page_has_no_accessibility_violations(page, twelve_weeks_of_requests, front_desk, scheme):
    page.emulate_media(color_scheme=scheme)
    log_in(page, front_desk, next_url="/admin/front-desk/")
    page.get_by_role("link", name="Charts:").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Charts")
    expect(page.get_by_role("img", name="Requests per week, by outcome")).to_be_visible()
    assert_accessible(page, f"admin-charts-{scheme}")


def test_a_charts_figures_download_as_csv(page, twelve_weeks_of_requests, front_desk):
    log_in(page, front_desk, next_url="/admin/charts/")
    section = page.get_by_role("region", name="Requests by service")

    with page.expect_download() as download:
        section.get_by_role("link", name="Download these figures (CSV)").click()

    assert download.value.suggested_filename.startswith("requests-by-service-")
    save_screenshot(page, f"admin-charts-after-download-{page.viewport_name}")
