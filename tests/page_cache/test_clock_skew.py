"""Several app servers, one of whose clocks is behind: a scheduled article still appears at its time.

One process plays each server in turn by moving the clock: a server five minutes behind is the same moment
read five minutes earlier. Generations and entries carry absolute times, which each server compares with
its own clock; a server behind the one that started the generation stores nothing.
"""

import datetime

import pytest
import time_machine

from ..helpers import soup_of
from .conftest import stored_pages

pytestmark = pytest.mark.django_db

NOON = datetime.datetime(2026, 11, 27, 19, tzinfo=datetime.UTC)  # Friday, noon in Phoenix
GOES_LIVE = NOON + datetime.timedelta(minutes=5)
BEHIND = datetime.timedelta(minutes=5)
# Where a scheduled article shows once live: the list, the home page, its topic and its author.
LISTINGS = ["/blog/", "/", "/blog/topics/migraine/", "/blog/authors/dana-reyes/", "/blog/feed/rss/", "/sitemap.xml"]


def text(client, url: str) -> str:
    """The page's own content: its <main> (the footer's latest posts are a fragment of their own), or the feed."""
    response = client.get(url)
    assert response.status_code == 200, url
    if not response["Content-Type"].startswith("text/html"):
        return response.content.decode()
    return str(soup_of(response).select_one("main"))


@pytest.mark.parametrize("url", LISTINGS)
def test_a_page_stored_by_a_server_behind_is_not_served_past_the_articles_time(url, reader, make_post):
    with time_machine.travel(NOON, tick=False) as clock:
        make_post()
        make_post(slug="out-at-five-past", published_at=GOES_LIVE)  # the generation ends at GOES_LIVE

        clock.move_to(GOES_LIVE - datetime.timedelta(minutes=1) - BEHIND)  # the slow server, a minute before
        assert "/blog/out-at-five-past/" not in text(reader, url)  # stored

        clock.move_to(GOES_LIVE)  # a server whose clock is right, at the article's time
        assert "/blog/out-at-five-past/" in text(reader, url)


@pytest.mark.parametrize("url", LISTINGS)
def test_a_server_behind_never_stores_a_page_without_an_article_already_live(
    url, reader, make_post, settings, tmp_path
):
    settings.PAGE_FILES_ROOT = str(tmp_path / "page-files")
    with time_machine.travel(NOON, tick=False) as clock:
        make_post()
        make_post(slug="out-at-five-past", published_at=GOES_LIVE)

        clock.move_to(GOES_LIVE + datetime.timedelta(seconds=30))  # a right server: the article is live,
        text(reader, "/contact/")  # and the generation it starts runs until midnight
        stored = stored_pages()

        clock.move_to(GOES_LIVE + datetime.timedelta(seconds=40) - BEHIND)  # the slow server: not live yet
        assert "/blog/out-at-five-past/" not in text(reader, url)
        assert stored_pages() == stored  # not kept: everyone would be given it until midnight

        clock.move_to(GOES_LIVE + datetime.timedelta(minutes=1))  # a right server again
        assert "/blog/out-at-five-past/" in text(reader, url)
    assert not [
        page for page in (tmp_path / "page-files").rglob("index.html") if "out-at-five-past" not in page.read_text()
    ]
