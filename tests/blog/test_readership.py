"""Each reading of an article is counted on our server, without cookies or addresses, and kept as daily totals."""

import datetime
import io

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import ArticleView, Post
from blog.readership import counter_key, flush_views, views_per_article

from ..helpers import log_in_verified, soup_of

pytestmark = pytest.mark.django_db

BROWSER = {"User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1"}
# Friday 27 November 2026, 10 am in Phoenix.
FRIDAY_10AM = datetime.datetime(2026, 11, 27, 17, tzinfo=datetime.UTC)
FRIDAY = datetime.date(2026, 11, 27)


def read(client, post: Post, reader: int = 1, **headers: str):
    """Open the article and send what its page sends once loaded (static/js/reading.js), as reader number
    `reader` (each at an address of their own: an address counts once an hour)."""
    address = {"REMOTE_ADDR": f"198.51.100.{reader}"}
    page = client.get(post.get_absolute_url(), headers={**BROWSER, **headers}, **address)
    client.post(f"{post.get_absolute_url()}read/", headers={**BROWSER, **headers}, **address)
    return page


def counted_today(post: Post) -> int | None:
    return cache.get(counter_key(post.slug, FRIDAY))


@pytest.fixture(autouse=True)
def _friday():
    with time_machine.travel(FRIDAY_10AM, tick=False):
        yield


def test_a_reading_is_counted_without_a_cookie_or_a_database_write(client, make_post):
    post = make_post()

    with CaptureQueriesContext(connection) as queries:
        response = read(client, post)
    read(client, post, reader=2)

    assert response.status_code == 200
    assert response.cookies == {}
    assert not any(query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE")) for query in queries)
    assert counted_today(post) == 2


def test_the_article_page_asks_to_count_its_reading_once_loaded(client, make_post):
    post = make_post()

    page = soup_of(client.get(post.get_absolute_url(), headers=BROWSER))

    assert page.select_one("article[data-reading]")["data-reading"] == f"{post.get_absolute_url()}read/"
    assert page.select_one('script[src$="reading.js"]')
    assert client.get(f"{post.get_absolute_url()}read/", headers=BROWSER).status_code == 405
    assert counted_today(post) is None


def test_a_staff_preview_of_a_draft_asks_for_no_count(client, make_post, staff_user):
    draft = make_post(status=Post.Status.DRAFT)
    log_in_verified(client, staff_user)

    assert not soup_of(client.get(draft.get_absolute_url())).select("[data-reading]")


def test_staff_previews_and_checks_are_not_readings(client, make_post, staff_user):
    post = make_post()
    log_in_verified(client, staff_user)

    assert read(client, post).status_code == 200
    assert counted_today(post) is None


def test_drafts_and_missing_articles_are_not_counted(client, make_post):
    draft = make_post(status=Post.Status.DRAFT)

    assert read(client, draft).status_code == 404
    assert client.get("/blog/no-such-article/", headers=BROWSER).status_code == 404
    assert client.post("/blog/no-such-article/read/", headers=BROWSER).status_code == 204
    assert counted_today(draft) is None
    assert cache.get(counter_key("no-such-article", FRIDAY)) is None


@pytest.mark.parametrize("agent", ["Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", ""])
def test_crawlers_and_scripts_are_not_readers(client, make_post, agent):
    post = make_post()

    assert read(client, post, **{"User-Agent": agent}).status_code == 200
    assert counted_today(post) is None


def test_a_flush_stores_daily_totals_and_running_it_again_counts_nothing_twice(client, make_post):
    post, other = make_post(), make_post()
    for reader in range(3):
        read(client, post, reader)
    read(client, other)

    assert flush_views() == 2
    assert flush_views() == 0
    read(client, post, reader=4)
    call_command("flush_article_views", stdout=io.StringIO())

    assert sorted(ArticleView.objects.values_list("post__slug", "day", "views")) == [
        (post.slug, FRIDAY, 4),
        (other.slug, FRIDAY, 1),
    ]


def test_yesterdays_counter_is_flushed_the_next_morning(client, make_post):
    post = make_post()
    read(client, post, reader=1)
    read(client, post, reader=2)

    with time_machine.travel(FRIDAY_10AM + datetime.timedelta(days=1), tick=False):
        read(client, post, reader=1)
        flush_views()

    assert sorted(ArticleView.objects.values_list("day", "views")) == [
        (FRIDAY, 2),
        (FRIDAY + datetime.timedelta(days=1), 1),
    ]


def test_a_lost_cache_never_lowers_a_stored_total(client, make_post):
    post = make_post()
    for reader in range(5):
        read(client, post, reader)
    flush_views()
    cache.clear()  # as after a restart of Redis without persistence
    read(client, post, reader=6)

    flush_views()

    assert ArticleView.objects.get(post=post).views == 5


def test_views_are_summed_per_article_over_each_window(make_post):
    post = make_post()
    for back, views in [(0, 1), (10, 2), (40, 4), (400, 8)]:
        ArticleView.objects.create(post=post, day=FRIDAY - datetime.timedelta(days=back), views=views)

    since = [FRIDAY - datetime.timedelta(days=days - 1) for days in (30, 90, 365)]

    assert views_per_article(since) == {post.pk: [3, 7, 7]}


@pytest.mark.parametrize(
    ("readings", "counted"),
    [
        # (reader, article, minutes after the first reading)
        ([(1, 0, 0), (1, 0, 1), (1, 0, 59)], {0: 1}),  # reloads within the hour
        ([(1, 0, 0), (1, 0, 61)], {0: 2}),  # the same reader an hour later
        ([(1, 0, 0), (2, 0, 0)], {0: 2}),  # two readers
        ([(1, 0, 0), (1, 1, 0), (1, 1, 5)], {0: 1, 1: 1}),  # one reader, two articles
    ],
)
def test_one_reading_per_article_per_address_an_hour(client, make_post, readings, counted):
    posts = [make_post(), make_post()]

    for reader, article, minutes in readings:
        with time_machine.travel(FRIDAY_10AM + datetime.timedelta(minutes=minutes), tick=False):
            read(client, posts[article], reader)

    assert {number: counted_today(posts[number]) for number in counted} == counted


def test_the_reader_is_remembered_without_their_address(client, make_post):
    post = make_post()

    read(client, post, reader=7)

    stored = " ".join(f"{key} {value!r}" for key, value in cache._cache.items())  # the local cache of the tests
    assert "article-reader:" in stored
    assert "198.51.100.7" not in stored
