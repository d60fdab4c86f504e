"""Search finds what a patient types: best match first, pages as well as articles, never a dead end.

Tests marked `postgresql_only` need full-text search and pg_trgm: run them with
DATABASE_URL=postgres://postgres@127.0.0.1:5432/test.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from blog.models import Post
from pages.models import Page

from ..helpers import page_text, soup_of

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search and pg_trgm need PostgreSQL"
)
FLAGSHIP = "/blog/ketamine-therapy-migraine-relief/"


def search(client, query: str, **params: str):
    return client.get("/blog/search/", {"q": query, **params})


def article_links(response) -> list[str]:
    """The found articles' addresses, in the order shown."""
    return [a["href"] for a in soup_of(response).select("main .post-card .card-title a")]


def page_links(response) -> list[str]:
    return [a["href"] for a in soup_of(response).select("main .page-results .card-title a")]


def suggestion_links(response) -> list[str]:
    return [a["href"] for a in soup_of(response).select("main .suggested-topics a")]


def test_a_title_match_ranks_above_a_body_only_match(client, make_post):
    in_body = make_post(title="Living with headaches", body="Some people find infusion days restful.")
    in_title = make_post(
        title="What an infusion feels like",
        body="Most people feel calm.",
        published_at=timezone.now() - datetime.timedelta(days=30),  # older: rank beats recency
    )

    response = search(client, "infusion")

    assert article_links(response) == [in_title.get_absolute_url(), in_body.get_absolute_url()]
    assert "2 results for “infusion”" in page_text(response)


def test_every_word_must_match(client, make_post):
    calm = make_post(title="What an infusion feels like", body="Most people feel calm.")
    make_post(title="Ketamine and sleep", body="Some feel drowsy.")

    assert article_links(search(client, "infusion calm")) == [calm.get_absolute_url()]


def test_glutamate_finds_the_flagship_article_first(client, demo_content):
    links = article_links(search(client, "glutamate"))

    assert links[0] == FLAGSHIP
    assert len(links) == 3  # the depression and chronic pain articles mention it once each


@postgresql_only
def test_a_misspelt_migraine_still_finds_the_migraine_article(client, demo_content):
    links = article_links(search(client, "migrane"))

    assert links[0] == FLAGSHIP


@postgresql_only
def test_a_phrase_half_of_which_matches_a_title_does_not_bring_that_article(client, make_post):
    make_post(title="What to Expect During a Ketamine Infusion")

    assert article_links(search(client, "ketamine depression")) == []


def test_insurance_finds_cost_and_insurance_first_then_the_faq(client, demo_content):
    response = search(client, "insurance")

    assert page_links(response)[:2] == ["/cost-and-insurance/", "/faq/"]
    assert [p.get_text() for p in soup_of(response).select("main .page-results p")][:2] == [
        Page.objects.get(slug="cost-and-insurance").summary,
        Page.objects.get(slug="faq").summary,
    ]


def test_drafts_and_future_articles_never_appear(client, make_post):
    published = make_post(title="Infusion notes")
    make_post(title="Infusion draft", status=Post.Status.DRAFT)
    make_post(title="Infusion tomorrow", published_at=timezone.now() + datetime.timedelta(days=1))

    assert article_links(search(client, "infusion")) == [published.get_absolute_url()]


def test_the_box_keeps_the_query(client, make_post):
    make_post(title="Infusion notes")

    soup = soup_of(search(client, "  infusion notes "))

    assert soup.select_one("main input[name=q]")["value"] == "infusion notes"


def test_an_empty_search_suggests_topics_and_lists_nothing(client, make_post):
    make_post(title="Infusion notes")

    response = client.get("/blog/search/")

    assert response.status_code == 200
    assert soup_of(response).select_one("main input[name=q]")
    assert article_links(response) == []
    assert "results for" not in page_text(response)
    assert suggestion_links(response)[0] == "/blog/topics/migraine/"


def test_a_search_that_finds_nothing_says_so_and_suggests_where_to_go(client, make_post):
    make_post(title="Infusion notes")

    response = search(client, "zzzzqx")

    assert "No results for “zzzzqx”" in page_text(response)
    assert suggestion_links(response) == [
        "/blog/topics/migraine/",
        "/conditions/",
        "/faq/",
        "/request-an-appointment/",
    ]


def test_results_are_paginated_and_the_next_page_keeps_the_query(client, make_post):
    for _ in range(12):
        make_post(title="Infusion notes")

    first = search(client, "infusion")
    second = search(client, "infusion", page="2")

    assert len(article_links(first)) == 10
    assert soup_of(first).find("a", string="Older articles")["href"] == "?q=infusion&page=2"
    assert len(article_links(second)) == 2
    assert "12 results for “infusion”" in page_text(second)


def test_pages_are_listed_on_the_first_page_of_results_only(client, make_post):
    Page.objects.create(title="Infusion day", slug="infusion-day", summary="Your visit.", body="Come rested.")
    for _ in range(12):
        make_post(title="Infusion notes")

    assert page_links(search(client, "infusion")) == ["/infusion-day/"]
    assert page_links(search(client, "infusion", page="2")) == []


def count_queries(client, query: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert search(client, query).status_code == 200
    return len(queries)


@pytest.mark.parametrize("query", ["infusion", "zzzzqx", ""])
def test_a_search_costs_the_same_for_three_articles_or_thirty(client, make_post, query):
    for _ in range(3):
        make_post(title="Infusion notes")
    client.get("/blog/search/")  # the first request fills caches later ones reuse
    with_three = count_queries(client, query)
    for _ in range(27):
        make_post(title="Infusion notes")
    client.get("/blog/search/")  # new articles made the cached header and footer stale: fill them again

    assert count_queries(client, query) == with_three


@pytest.mark.parametrize("query", ["x" * 10_000, "%", "_", "   ", '"unclosed', "-", "a | b & !c", "(((", "ﬁ café ✓"])
def test_any_query_answers_without_an_error(client, make_post, query):
    make_post()

    assert search(client, query).status_code == 200


def test_a_nul_in_the_query_is_refused_not_a_server_error(client, make_post):
    make_post()

    assert search(client, "migraine\x00").status_code == 400


def test_an_edited_article_is_found_by_its_new_words_only(client, make_post):
    post = make_post(title="Infusion notes")
    post.title = "Sleep notes"
    post.save()

    assert article_links(search(client, "sleep")) == [post.get_absolute_url()]
    assert article_links(search(client, "infusion")) == []


def test_an_article_inserted_without_save_is_still_found(client, make_post):
    post = make_post(title="Infusion notes")
    Post.objects.filter(pk=post.pk).update(search_document=None)  # as after a bulk insert

    assert article_links(search(client, "infusion")) == [post.get_absolute_url()]
