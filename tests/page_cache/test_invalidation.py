"""A cached page is never served after the save that changed what it shows, nor past a scheduled article's time."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from blog.models import Post, Reference
from pages.models import ClosedDay, OpeningHours, Page

from ..helpers import soup_of

pytestmark = pytest.mark.django_db

NOON = datetime.datetime(2026, 11, 27, 19, tzinfo=datetime.UTC)  # Friday, noon in Phoenix


def text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def warm(client, *urls: str) -> None:
    """Each page read twice: the second answer is the cached one."""
    for url in urls:
        text(client, url)
        text(client, url)


def test_an_edited_article_is_served_as_edited(reader, make_post):
    post = make_post(body="Take the old advice.")
    warm(reader, post.get_absolute_url())

    post.body = "Take the corrected advice."
    post.save()

    page = text(reader, post.get_absolute_url())
    assert "corrected advice" in page
    assert "old advice" not in page


def test_an_unpublished_article_is_gone_everywhere_at_once(reader, make_post):
    post = make_post(title="Soon withdrawn")
    warm(reader, post.get_absolute_url(), "/blog/", "/")

    post.status = Post.Status.DRAFT
    post.save()

    assert reader.get(post.get_absolute_url()).status_code == 404
    assert "Soon withdrawn" not in text(reader, "/blog/")
    assert "Soon withdrawn" not in text(reader, "/")


def test_a_published_draft_appears_on_the_list_and_the_home_page(reader, make_post):
    make_post(title="Already out")
    draft = make_post(title="Fresh from the editor", status=Post.Status.DRAFT)
    warm(reader, "/blog/", "/")

    draft.status = Post.Status.PUBLISHED
    draft.save()

    assert "Fresh from the editor" in text(reader, "/blog/")
    assert "Fresh from the editor" in text(reader, "/")
    assert "Fresh from the editor" in text(reader, draft.get_absolute_url())


def test_an_article_rescheduled_to_the_future_disappears(reader, make_post):
    make_post(title="Stays")
    post = make_post(title="Moved to next week")
    warm(reader, post.get_absolute_url(), "/blog/")

    post.published_at = timezone.now() + datetime.timedelta(days=7)
    post.save()

    assert reader.get(post.get_absolute_url()).status_code == 404
    assert "Moved to next week" not in text(reader, "/blog/")


def test_a_scheduled_article_goes_live_at_its_time_without_any_save(reader, make_post, django_assert_num_queries):
    with time_machine.travel(NOON, tick=False) as clock:
        make_post(title="Out already")
        scheduled = make_post(title="Out at five past", published_at=NOON + datetime.timedelta(minutes=5))
        warm(reader, "/blog/", "/")

        clock.move_to(NOON + datetime.timedelta(minutes=4, seconds=59))
        with django_assert_num_queries(0):  # still the cached page, rightly
            assert "Out at five past" not in text(reader, "/blog/")

        clock.move_to(NOON + datetime.timedelta(minutes=5))
        assert "Out at five past" in text(reader, "/blog/")
        assert "Out at five past" in text(reader, "/")
        assert reader.get(scheduled.get_absolute_url()).status_code == 200


def test_a_cached_page_expires_after_page_cache_seconds(reader, make_post, settings):
    settings.PAGE_CACHE_SECONDS = 60
    with time_machine.travel(NOON, tick=False) as clock:
        post = make_post(title="Before")
        warm(reader, post.get_absolute_url())
        Post.objects.filter(pk=post.pk).update(title="After")  # no signal, as a raw SQL fix would be

        assert "Before" in text(reader, post.get_absolute_url())
        clock.shift(61)
        assert "After" in text(reader, post.get_absolute_url())


def test_a_new_phone_number_reaches_the_header_and_footer_of_cached_pages(reader, make_post, location):
    post = make_post()
    warm(reader, post.get_absolute_url(), "/")

    location.phone = "+14805550199"
    location.save()

    assert "(480) 555-0199" in text(reader, post.get_absolute_url())
    assert "(480) 555-0100" not in text(reader, "/")


def test_changed_opening_hours_reach_the_footer(reader, make_post, location):
    warm(reader, "/")

    OpeningHours.objects.create(location=location, weekday=5, opens=datetime.time(10), closes=datetime.time(14))

    assert "10 am to 2 pm" in text(reader, "/")


def test_a_new_closed_day_reaches_the_contact_page(reader, location):
    warm(reader, "/contact/")
    day = timezone.localdate() + datetime.timedelta(days=3)

    closure = ClosedDay.objects.create(location=location, date=day, reason="Staff training")
    assert f"{day:%Y-%m-%d}" in text(reader, "/contact/")

    closure.delete()
    assert f"{day:%Y-%m-%d}" not in text(reader, "/contact/")


def test_a_renamed_topic_is_shown_by_its_new_name(reader, make_post, topic):
    post = make_post()
    warm(reader, post.get_absolute_url(), "/blog/topics/migraine/")

    topic.name = "Migraine and headache"
    topic.save()

    assert "Migraine and headache" in text(reader, post.get_absolute_url())
    assert "Migraine and headache" in text(reader, "/blog/topics/migraine/")


def test_an_article_moved_to_another_topic_leaves_the_old_topic_page(reader, make_post, topic):
    post = make_post(title="Moving on")
    warm(reader, "/blog/topics/migraine/")

    post.topics.remove(topic)

    topic_page = soup_of(reader.get("/blog/topics/migraine/")).select_one("main").get_text()
    assert "Moving on" not in topic_page


def test_an_authors_new_credentials_are_shown_on_their_articles(reader, make_post, author):
    post = make_post()
    warm(reader, post.get_absolute_url(), author.get_absolute_url())

    author.credentials = "MD, PhD"
    author.save()

    assert "Dana Reyes, MD, PhD" in text(reader, post.get_absolute_url())
    assert "MD, PhD" in text(reader, author.get_absolute_url())


def test_a_corrected_reference_is_shown(reader, make_post):
    post = make_post()
    reference = Reference.objects.create(post=post, number=1, authors="Doe J", title="Old title", source="J", year=2020)
    warm(reader, post.get_absolute_url())

    reference.title = "Corrected title"
    reference.save()

    assert "Corrected title" in text(reader, post.get_absolute_url())


def test_an_edited_page_is_served_as_edited(reader, db):
    page = Page.objects.create(title="FAQ", slug="faq", body="Old answer.")
    warm(reader, "/faq/")

    page.body = "New answer."
    page.save()

    assert "New answer." in text(reader, "/faq/")
