"""The publishing rule holds everywhere a reader can find an article, not only on its own page.

Drafts and posts scheduled for later stay out of feeds, the sitemap, related articles, the
footer's latest posts, the home page, topic pages and search.
"""

import datetime

import pytest
from django.utils import timezone

from blog.models import Post, Topic

from ..helpers import soup_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def posts(make_post) -> dict[str, Post]:
    """One published article, one draft and one scheduled for tomorrow, all on the same topic."""
    return {
        "published": make_post(title="Published article", slug="published-article"),
        "draft": make_post(title="Draft article", slug="draft-article", status=Post.Status.DRAFT),
        "scheduled": make_post(
            title="Scheduled article",
            slug="scheduled-article",
            published_at=timezone.now() + datetime.timedelta(days=1),
        ),
    }


def assert_only_the_published_one(text: str, posts: dict[str, Post]) -> None:
    assert posts["published"].slug in text
    assert posts["draft"].slug not in text
    assert posts["scheduled"].slug not in text


@pytest.mark.parametrize("url", ["/blog/feed/rss/", "/blog/feed/atom/"])
def test_feeds_never_list_drafts_or_future_posts(client, posts, url):
    response = client.get(url)

    assert response.status_code == 200
    assert_only_the_published_one(response.content.decode(), posts)


def test_sitemap_never_lists_drafts_or_future_posts(client, posts):
    assert_only_the_published_one(client.get("/sitemap.xml").content.decode(), posts)


def test_sitemap_lists_no_topic_that_has_only_unpublished_posts(client, posts, make_post):
    waiting = Topic.objects.create(name="Anxiety", slug="anxiety")
    posts["draft"].topics.add(waiting)
    posts["scheduled"].topics.add(waiting)

    sitemap = client.get("/sitemap.xml").content.decode()

    assert "/blog/topics/migraine/" in sitemap
    assert "/blog/topics/anxiety/" not in sitemap


def test_related_articles_never_include_drafts_or_future_posts(client, posts, make_post):
    article = make_post(title="Main article")

    soup = soup_of(client.get(article.get_absolute_url()))

    assert [a.get_text() for a in soup.select(".related a")] == ["Published article"]


def test_latest_posts_in_the_footer_never_include_drafts_or_future_posts(client, posts):
    soup = soup_of(client.get("/"))

    footer_heading = soup.select_one(".site-footer").find("h2", string="Latest Posts")
    assert [a.get_text() for a in footer_heading.find_next("ul").select("a")] == ["Published article"]


@pytest.mark.parametrize("url", ["/", "/blog/", "/blog/topics/migraine/", "/blog/search/?q=article"])
def test_article_lists_never_include_drafts_or_future_posts(client, posts, url):
    cards = [a.get_text() for a in soup_of(client.get(url)).select("main :is(.post-card .card-title, .featured h3) a")]

    assert cards == ["Published article"]
