"""The publishing rule holds on every surface a reader can find an article by, not only on its own page.

One author writes, and one clinician reviews, three articles on the same topic: one published, one draft
and one scheduled for tomorrow. The draft and the scheduled one are featured and dated where a slip in
any listing would put them first (the featured slot, the nearest newer or older article). Every public
listing shows the published article and neither of the others, anywhere on the page; staff still
preview both.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.utils import timezone

from blog.models import Author, Post, Topic

from ..helpers import log_in_verified, page_text, soup_of

pytestmark = pytest.mark.django_db

CARDS = "main :is(.post-card .card-title, .featured h3) a"


@dataclass
class Articles:
    published: Post
    draft: Post
    scheduled: Post
    earlier: Post  # published too, before all the others: the neighbour older/newer links point at
    reviewer: Author

    @property
    def unpublished(self) -> list[Post]:
        return [self.draft, self.scheduled]


@pytest.fixture
def articles(make_post, author) -> Articles:
    now = timezone.now()
    reviewer = Author.objects.create(name="Dr. Sam Ortiz", credentials="MD")
    return Articles(
        earlier=make_post(title="Earlier article", slug="earlier-article", published_at=now - datetime.timedelta(4)),
        # Between the two published ones: the "newer" of the earlier one, the "older" of the later, if it slipped.
        draft=make_post(
            title="Draft article",
            slug="draft-article",
            status=Post.Status.DRAFT,
            featured=True,
            medical_reviewer=reviewer,
            published_at=now - datetime.timedelta(3),
        ),
        published=make_post(
            title="Published article",
            slug="published-article",
            medical_reviewer=reviewer,
            published_at=now - datetime.timedelta(2),
        ),
        scheduled=make_post(
            title="Scheduled article",
            slug="scheduled-article",
            featured=True,
            medical_reviewer=reviewer,
            published_at=now + datetime.timedelta(1),
        ),
        reviewer=reviewer,
    )


@dataclass(frozen=True)
class Listing:
    """A page, the links in it that make up the listing, and which articles they must be."""

    url: Callable[[Articles], str]
    links: str | None  # a CSS selector; None for XML (feeds, sitemap): the addresses anywhere in it
    shows: Callable[[Articles], list[Post]]


LISTINGS = {
    "home: the featured slot": Listing(lambda a: "/", "main .featured h3 a", lambda a: [a.published]),
    "home: the other articles": Listing(lambda a: "/", "main .post-card .card-title a", lambda a: [a.earlier]),
    "home: Latest Posts in the footer": Listing(
        lambda a: "/", '.site-footer [aria-labelledby="footer-latest-heading"] a', lambda a: [a.published, a.earlier]
    ),
    "the article list": Listing(lambda a: "/blog/", CARDS, lambda a: [a.published, a.earlier]),
    "the topic page": Listing(lambda a: "/blog/topics/migraine/", CARDS, lambda a: [a.published, a.earlier]),
    "the author's page": Listing(
        lambda a: a.published.author.get_absolute_url(),
        '[aria-labelledby="written-heading"] .card-title a',
        lambda a: [a.published, a.earlier],
    ),
    "the medical reviewer's page": Listing(
        lambda a: a.reviewer.get_absolute_url(),
        '[aria-labelledby="reviewed-heading"] .card-title a',
        lambda a: [a.published],
    ),
    "search results": Listing(lambda a: "/blog/search/?q=article", CARDS, lambda a: [a.published, a.earlier]),
    "the RSS feed": Listing(lambda a: "/blog/feed/rss/", None, lambda a: [a.published, a.earlier]),
    "the Atom feed": Listing(lambda a: "/blog/feed/atom/", None, lambda a: [a.published, a.earlier]),
    "sitemap.xml": Listing(lambda a: "/sitemap.xml", None, lambda a: [a.published, a.earlier]),
    "related articles beside another article": Listing(
        lambda a: a.earlier.get_absolute_url(), ".related a", lambda a: [a.published]
    ),
    "the newer article's link": Listing(
        lambda a: a.earlier.get_absolute_url(), '.older-newer a[rel="next"]', lambda a: [a.published]
    ),
    "the older article's link": Listing(
        lambda a: a.published.get_absolute_url(), '.older-newer a[rel="prev"]', lambda a: [a.earlier]
    ),
    "no newer article after the newest published one": Listing(
        lambda a: a.published.get_absolute_url(), '.older-newer a[rel="next"]', lambda a: []
    ),
    "Latest Posts beside an article": Listing(
        lambda a: a.earlier.get_absolute_url(),
        '[aria-labelledby="latest-heading"] a',
        lambda a: [a.published, a.earlier],
    ),
}


@pytest.mark.parametrize("listing", LISTINGS.values(), ids=LISTINGS.keys())
def test_every_public_listing_shows_published_articles_only(client, articles, listing):
    response = client.get(listing.url(articles))

    assert response.status_code == 200
    content = response.content.decode()
    if listing.links is None:
        shown = [post for post in (articles.published, articles.earlier) if post.get_absolute_url() in content]
        assert shown == listing.shows(articles)
    else:
        links = [a["href"] for a in soup_of(response).select(listing.links)]
        assert sorted(links) == sorted(post.get_absolute_url() for post in listing.shows(articles))
    for hidden in articles.unpublished:  # nowhere on the page, not only in the listing
        assert hidden.slug not in content
        assert hidden.title not in content


# Pages that link a topic or a person only if they have a published article.
LINKS_TO_WHAT_HAS_ARTICLES = {
    "sitemap.xml, a topic": ("/sitemap.xml", "/blog/topics/depression/"),
    "sitemap.xml, an author": ("/sitemap.xml", "/blog/authors/lee-park/"),
    "the home page's conditions": ("/", "/blog/topics/depression/"),
    "a search that finds nothing suggests topics": ("/blog/search/?q=zzzz", "/blog/topics/depression/"),
}


@pytest.mark.parametrize(("url", "link"), LINKS_TO_WHAT_HAS_ARTICLES.values(), ids=LINKS_TO_WHAT_HAS_ARTICLES.keys())
def test_a_topic_or_author_with_only_unpublished_articles_is_not_linked(client, make_post, url, link):
    depression = Topic.objects.create(name="Depression", slug="depression")
    writer = Author.objects.create(name="Lee Park")
    make_post(status=Post.Status.DRAFT, author=writer).topics.add(depression)
    make_post(published_at=timezone.now() + datetime.timedelta(days=1), author=writer).topics.add(depression)
    make_post()  # something published, so that the lists are not empty

    response = client.get(url)

    assert response.status_code == 200
    assert link not in response.content.decode()


@pytest.mark.parametrize("which", ["draft", "scheduled"])
def test_readers_cannot_open_an_unpublished_article_but_staff_preview_it(client, articles, staff_user, which):
    article = getattr(articles, which)

    assert client.get(article.get_absolute_url()).status_code == 404

    log_in_verified(client, staff_user)
    preview = client.get(article.get_absolute_url())

    assert preview.status_code == 200
    assert "Preview: this article is not public yet" in page_text(preview)
