import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from blog.models import Post, Reference

from ..helpers import log_in_verified, page_text, soup_of

pytestmark = pytest.mark.django_db


def listed_titles(response) -> list[str]:
    """Titles of the article cards in the page's main content (not the footer's Latest Posts)."""
    return [a.get_text() for a in soup_of(response).select("main .post-card .card-title a")]


def test_article_page_shows_title_author_and_rendered_body(client, make_post, location):
    post = make_post(title="What to expect", body="## First visit\n\nYou will meet a nurse.")

    response = client.get(post.get_absolute_url())

    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.h1.get_text() == "What to expect"
    assert soup.select_one(".article-body h2").get_text() == "First visit"
    assert "By Dana Reyes, MD" in page_text(response)
    assert "1 min read" in page_text(response)


def test_draft_is_not_found_for_the_public(client, make_post):
    draft = make_post(status=Post.Status.DRAFT)

    assert client.get(draft.get_absolute_url()).status_code == 404


def test_scheduled_post_is_not_found_until_its_date(client, make_post):
    scheduled = make_post(published_at=timezone.now() + datetime.timedelta(days=2))

    assert client.get(scheduled.get_absolute_url()).status_code == 404
    assert scheduled.title not in page_text(client.get("/"))


def test_staff_can_preview_a_draft(client, make_post, staff_user):
    draft = make_post(status=Post.Status.DRAFT, title="Coming soon")
    log_in_verified(client, staff_user)

    response = client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert "Preview: this article is not public yet" in page_text(response)


def test_list_is_paginated_newest_first(client, make_post):
    posts = [make_post() for _ in range(12)]

    first_page = client.get("/blog/")
    second_page = client.get("/blog/?page=2")

    assert listed_titles(first_page) == [post.title for post in posts[:10]]
    assert "Page 1 of 2" in page_text(first_page)
    assert listed_titles(second_page) == [post.title for post in posts[10:]]


@pytest.mark.parametrize(("page", "status"), [("99", 404), ("abc", 404), ("-1", 404), ("%00", 400)])
def test_bad_page_numbers_are_client_errors_not_server_errors(client, make_post, page, status):
    make_post()

    assert client.get(f"/blog/?page={page}").status_code == status


def test_topic_page_lists_only_its_posts(client, make_post, topic):
    tagged = make_post(title="About migraine")
    untagged = make_post(title="About something else")
    untagged.topics.clear()

    response = client.get(topic.get_absolute_url())

    assert response.status_code == 200
    assert "Articles about Migraine" in page_text(response)
    assert listed_titles(response) == [tagged.title]


def test_url_does_not_change_when_the_title_is_edited(client, make_post):
    post = make_post(title="Old title")
    url = post.get_absolute_url()

    post.title = "A completely new title"
    post.save()

    assert post.get_absolute_url() == url
    assert "A completely new title" in page_text(client.get(url))


def test_markdown_cannot_inject_scripts(client, make_post):
    post = make_post(body='Hello <script>alert("x")</script> [link](javascript:alert(1))')

    html = client.get(post.get_absolute_url()).content.decode()

    assert "<script>alert" not in html
    assert "javascript:alert" not in html


def test_article_has_canonical_url_open_graph_and_json_ld(client, make_post):
    post = make_post(title="Structured")

    soup = soup_of(client.get(post.get_absolute_url()))

    assert soup.find("link", rel="canonical")["href"].endswith(post.get_absolute_url())
    assert soup.find("meta", property="og:title")["content"] == "Structured"
    assert '"headline": "Structured"' in soup.find("script", type="application/ld+json").string


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# Article page: the post, its topics, its references, related posts, the older and the newer article,
# locations, their hours, latest posts.
ARTICLE_PAGE_QUERIES = 9
# Once its fragments are cached (header, footer, body, keyed on the page cache's generation): the post only.
ARTICLE_PAGE_QUERIES_CACHED_FRAGMENTS = 1
# List page: count for pagination, the posts, locations, their hours, latest posts.
LIST_PAGE_QUERIES = 5
# With the header and footer cached: count for pagination, the posts.
LIST_PAGE_QUERIES_CACHED_FRAGMENTS = 2


@pytest.mark.parametrize("number_of_posts", [3, 30])
def test_article_page_query_count_does_not_grow_with_posts(client, make_post, location, number_of_posts):
    posts = [make_post() for _ in range(number_of_posts)]

    assert count_queries(client, posts[0].get_absolute_url()) == ARTICLE_PAGE_QUERIES
    assert count_queries(client, posts[0].get_absolute_url()) == 0  # the whole page from the page cache
    # Rendered again (a query string passes the page cache by), from its cached fragments.
    assert count_queries(client, posts[0].get_absolute_url() + "?ref=x") == ARTICLE_PAGE_QUERIES_CACHED_FRAGMENTS


@pytest.mark.parametrize("number_of_posts", [3, 30])
def test_list_page_query_count_does_not_grow_with_posts(client, make_post, location, number_of_posts):
    for _ in range(number_of_posts):
        make_post()

    assert count_queries(client, "/blog/") == LIST_PAGE_QUERIES
    assert count_queries(client, "/blog/?ref=x") == LIST_PAGE_QUERIES_CACHED_FRAGMENTS
    cache.clear()  # a new page-cache generation starts: it looks up the next scheduled article
    assert count_queries(client, "/blog/topics/migraine/") == LIST_PAGE_QUERIES + 2  # + that, + the topic


def test_feeds_and_sitemap_list_published_posts_only(client, make_post):
    public = make_post(title="Public one")
    draft = make_post(title="Secret draft", status=Post.Status.DRAFT)

    for url in ["/blog/feed/rss/", "/blog/feed/atom/", "/sitemap.xml"]:
        body = client.get(url).content.decode()
        assert public.slug in body, url
        assert draft.slug not in body, url


def test_article_lists_related_articles_sharing_a_topic(client, make_post, topic):
    post = make_post(title="Main article")
    sibling = make_post(title="Sibling article")
    stranger = make_post(title="Unrelated article")
    stranger.topics.clear()

    soup = soup_of(client.get(post.get_absolute_url()))

    related = [a.get_text() for a in soup.select(".related a")]
    assert related == [sibling.title]


def test_staff_see_no_preview_notice_on_a_published_article(client, make_post, staff_user):
    post = make_post()
    log_in_verified(client, staff_user)

    response = client.get(post.get_absolute_url())

    assert "Preview" not in page_text(response)
    assert not soup_of(response).find("meta", attrs={"name": "robots"})


def test_an_author_without_credentials_is_named_alone(client, make_post):
    from blog.models import Author

    post = make_post(author=Author.objects.create(name="Sam Lee"))

    assert "By Sam Lee ·" in page_text(client.get(post.get_absolute_url()))


def test_references_are_numbered_with_their_doi_and_cited_in_the_text(client, make_post):
    post = make_post(body="Ketamine was studied in the emergency department.[1] And elsewhere.[2]")
    Reference.objects.create(
        post=post, number=1, authors="Smith J", title="Ketamine for migraine", source="Headache", year=2024,
        doi="10.1000/xyz123",
    )  # fmt: skip
    Reference.objects.create(
        post=post,
        number=2,
        authors="Lee A",
        title="A second look",
        source="Pain",
        year=2021,
        url="https://example.org/a",
    )
    without = make_post()

    soup = soup_of(client.get(post.get_absolute_url()))

    section = soup.select_one("section.references")
    assert section.h2.get_text() == "References"
    items = section.select("ol li")
    assert [item["id"] for item in items] == ["reference-1", "reference-2"]
    assert " ".join(items[0].get_text().split()) == "Smith J. Ketamine for migraine. Headache. 2024. doi:10.1000/xyz123"
    assert items[0].a["href"] == "https://doi.org/10.1000/xyz123"
    assert items[1].a["href"] == "https://example.org/a"
    markers = soup.select(".article-body sup.citation a")
    assert [(a.get_text(), a["href"]) for a in markers] == [("[1]", "#reference-1"), ("[2]", "#reference-2")]
    assert not soup_of(client.get(without.get_absolute_url())).select("section.references")
