"""An editor writing an article in the admin: preview, warnings, plain words about publishing."""

import datetime

import pytest
import time_machine

from blog.models import Post

from ..helpers import log_in_verified, soup_of
from .test_admin import post_form

pytestmark = pytest.mark.django_db


def test_preview_shows_the_text_as_readers_will_see_it_without_saving(client, staff_user, author, topic):
    log_in_verified(client, staff_user)
    body = "## First\n\nSome **bold** words.[1]\n\n## Second\n\n## Third\n\n## Fourth\n"

    response = client.post("/admin/blog/post/preview/", post_form(author, topic, title="Draft title", body=body))

    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.h1.get_text() == "Draft title"
    assert soup.select_one(".article-body strong").get_text() == "bold"
    assert [a["href"] for a in soup.select("nav.contents a")][:2] == ["#section-first", "#section-second"]
    assert "nothing has been saved" in " ".join(soup.get_text().split())
    assert not Post.objects.exists()


def test_preview_and_save_warn_about_html_that_will_be_removed(client, staff_user, author, topic):
    log_in_verified(client, staff_user)
    body = 'Watch this: <iframe src="https://video.example"></iframe> and <b>this</b>.'

    preview = soup_of(client.post("/admin/blog/post/preview/", post_form(author, topic, body=body)))
    saved = client.post("/admin/blog/post/add/", post_form(author, topic, body=body), follow=True)

    assert "<iframe>" in preview.select_one("[role=alert]").get_text()
    warning = soup_of(saved).select_one(".messagelist .warning").get_text()
    assert "<b>, <iframe>" in warning and "was removed from the page" in warning
    assert "<iframe" not in Post.objects.get().body_html


def test_preview_is_for_staff_only(client, author, topic):
    response = client.post("/admin/blog/post/preview/", post_form(author, topic))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_staff_see_articles_not_posts(client, staff_user, make_post):
    make_post()
    log_in_verified(client, staff_user)

    index = soup_of(client.get("/admin/")).get_text()
    listing = soup_of(client.get("/admin/blog/post/"))

    assert "Articles" in index and "Posts" not in index
    assert listing.h1.get_text() == "Select article to change"


@time_machine.travel(datetime.datetime(2026, 11, 27, 18, tzinfo=datetime.UTC), tick=False)
def test_scheduled_publishing_is_said_plainly(client, staff_user, make_post):
    make_post(title="Later", published_at=datetime.datetime(2026, 12, 1, 16, tzinfo=datetime.UTC))  # 9 am in Phoenix
    make_post(title="Now", published_at=datetime.datetime(2026, 5, 12, 16, tzinfo=datetime.UTC))
    make_post(title="Unfinished", status=Post.Status.DRAFT)
    log_in_verified(client, staff_user)

    rows = soup_of(client.get("/admin/blog/post/")).select("#result_list tbody tr")
    states = {row.th.get_text(): row.select_one(".field-publishing_status").get_text(" ", strip=True) for row in rows}

    assert states == {"Later": "Scheduled Dec 1, 2026, 9 a.m.", "Now": "Published May 12, 2026", "Unfinished": "Draft"}


def test_the_title_field_is_wide_enough_for_a_whole_title(client, staff_user):
    log_in_verified(client, staff_user)

    title = soup_of(client.get("/admin/blog/post/add/")).select_one("input[name=title]")

    assert "article-title" in title["class"]
