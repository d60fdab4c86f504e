"""The charts page in the admin: each chart an SVG with a title, its figures in a table beside it and as CSV."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from appointments.models import AppointmentRequest
from pages.models import Location

from ..helpers import PASSWORD, csv_rows, log_in_verified, soup_of

pytestmark = pytest.mark.django_db

CHARTS_URL = "/admin/charts/"
Status = AppointmentRequest.Status


def chart_section(response, name: str):
    return soup_of(response).select_one(f"section[aria-labelledby='{name}-heading']")


def table_of(section) -> list[list[str]]:
    return [[cell.get_text(strip=True) for cell in row.select("th, td")] for row in section.select("table tr")]


def test_each_chart_is_an_svg_with_a_title_a_description_and_its_figures_in_a_table(desk_client, received):
    received(11, 23, 9)
    received(
        11, 24, 9, status=Status.CONTACTED, first_response_at=datetime.datetime(2026, 11, 24, 17, tzinfo=datetime.UTC)
    )

    response = desk_client.get(CHARTS_URL)

    assert response.status_code == 200
    soup = soup_of(response)
    headings = [h.get_text(strip=True) for h in soup.select(".chart h2")]
    assert headings == [
        "Requests per week, by outcome", "Time to first response per week", "Requests by location",
        "Requests by service", "Which articles bring requests",
    ]  # fmt: skip
    for svg in soup.select(".chart svg"):
        labelled_by = svg["aria-labelledby"].split()
        assert svg["role"] == "img"
        assert [soup.find(id=i).name for i in labelled_by] == ["title", "desc"]
        assert svg.find("title").get_text(strip=True) in headings
    weekly = chart_section(response, "requests-per-week")
    assert table_of(weekly)[-1] == ["Nov 23, 2026", "1", "1", "0", "0", "0", "2", "0"]
    assert [t.get_text() for t in weekly.select("svg .value")][-1] == "2"
    assert "2 requests in the 12 weeks from Sep 7 (and 0 spam, not drawn); 2 this week so far." in weekly.get_text()
    replies = chart_section(response, "first-response-times")
    assert table_of(replies)[-1] == ["Nov 23, 2026", "1", "1 h 00 min", "1 h 00 min", "1", "1", "1"]
    assert "1 of 1 request answered within it; 1 still waiting past it." in replies.get_text()
    assert replies.select_one(".promise-label").get_text() == "Promise: 4 business hours (dotted line)"


def test_the_csv_holds_the_tables_figures(desk_client, received):
    received(11, 23, 9)

    page_table = table_of(chart_section(desk_client.get(CHARTS_URL), "requests-by-service"))
    response = desk_client.get("/admin/charts/requests-by-service.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="requests-by-service-2026-11-27.csv"'
    assert csv_rows(response) == page_table


def test_csv_cells_cannot_start_a_formula(desk_client, received, make_post, location):
    Location.objects.filter(pk=location.pk).update(short_name='=HYPERLINK("evil.test")')
    post = make_post(title="+1 reasons to =SUM(A1)")
    received(11, 23, 9, source_path=post.get_absolute_url())

    by_location = csv_rows(desk_client.get("/admin/charts/requests-by-location.csv"))
    by_article = csv_rows(desk_client.get("/admin/charts/articles.csv"))

    assert by_location[1] == ['\'=HYPERLINK("evil.test")', "1"]
    assert by_article[1][0] == "'+1 reasons to =SUM(A1)"


def test_an_unknown_chart_has_no_csv(desk_client):
    assert desk_client.get("/admin/charts/no-such-chart.csv").status_code == 404


def test_staff_who_cannot_see_requests_are_refused(client, django_user_model):
    writer = django_user_model.objects.create_user(username="writer", password=PASSWORD, is_staff=True)
    log_in_verified(client, writer)

    assert client.get(CHARTS_URL).status_code == 403
    assert client.get("/admin/charts/articles.csv").status_code == 403
    assert "/admin/charts/" not in str(soup_of(client.get("/admin/")).select("#content a"))


def test_signed_out_visitors_are_sent_to_the_admin_login(client):
    response = client.get("/admin/charts/requests-per-week.csv")

    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/charts/requests-per-week.csv"


def test_the_front_desks_dashboard_links_the_charts(desk_client):
    link = soup_of(desk_client.get("/admin/front-desk/")).select_one(".charts-link a")

    assert link["href"] == CHARTS_URL
    assert link.get_text(" ", strip=True).startswith("Charts:")


def count_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(CHARTS_URL).status_code == 200
    return len(queries)


def test_the_page_costs_the_same_queries_for_few_or_many_requests(desk_client, received, make_post):
    post = make_post()
    received(11, 23, 9, source_path=post.get_absolute_url())
    count_queries(desk_client)  # the session's sign-in clocks start (and are saved) on the first request
    few = count_queries(desk_client)
    for day in range(1, 28):
        received(
            11, day, 10, status=Status.CONTACTED, first_response_at=datetime.datetime(2026, 11, 28, tzinfo=datetime.UTC)
        )
        make_post()

    assert count_queries(desk_client) == few
