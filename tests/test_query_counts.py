"""Pages cost a fixed number of database queries, however many rows they show."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import Author

from .helpers import LIST_URL

pytestmark = pytest.mark.django_db


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/sitemap.xml", "/blog/feed/rss/", "/blog/feed/atom/"])
def test_sitemap_and_feeds_cost_the_same_for_three_articles_or_twelve(client, make_post, url):
    for _ in range(3):
        make_post()
    with_three = count_queries(client, url)
    for _ in range(9):
        make_post()

    assert count_queries(client, url) == with_three


def test_a_reviewed_article_with_a_condition_costs_no_more_than_a_plain_one(client, make_post, location, topic):
    plain = make_post()
    reviewer = Author.objects.create(name="Lee Park", credentials="PharmD", bio="Pharmacist.")
    reviewed = make_post(medical_reviewer=reviewer, last_reviewed=datetime.date(2026, 11, 1), condition=topic)

    assert count_queries(client, reviewed.get_absolute_url()) == count_queries(client, plain.get_absolute_url())


def test_the_triage_list_costs_the_same_for_three_requests_or_thirty(admin_client, make_request):
    for _ in range(3):
        make_request(age=datetime.timedelta(hours=1))
    with_three = count_queries(admin_client, LIST_URL)
    for _ in range(27):
        make_request(age=datetime.timedelta(hours=2))

    assert count_queries(admin_client, LIST_URL) == with_three
