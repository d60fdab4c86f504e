"""Every way a change reaches the database ends the page cache's generation: a single save or delete, a
many-to-many change, the bulk writes (public holidays, the demo content, benchmark volume), the admin's
action and form, and the worker that makes an article's pictures. Pages read before show the change after.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal

from blog.models import Author, Post, Reference, Topic
from blog.tasks import make_pictures
from demo.content import load_demo_content
from page_cache.generation import GENERATION_KEY
from page_cache.store import pages_cache
from pages.closures import add_public_holidays, drop_unchosen_holidays
from pages.models import ClosedDay, Location, OpeningHours, Page

from ..helpers import jpeg_bytes, log_in_verified, page_text, soup_of

pytestmark = pytest.mark.django_db

# A Friday in early December: Christmas Day is among the contact page's coming closures.
DECEMBER = datetime.datetime(2026, 12, 4, 17, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _in_december():
    with time_machine.travel(DECEMBER, tick=False):
        yield


def token() -> str:
    return pages_cache().get(GENERATION_KEY)[0]


@dataclass(frozen=True)
class World:
    post: Post
    topic: Topic
    author: Author
    location: Location
    page: Page
    admin_client: object


@dataclass(frozen=True)
class WritePath:
    write: Callable[[World], None]
    url: Callable[[World], str]  # a page that shows what the write changed
    shows: str = ""  # the change as a reader sees it, or its markup ("" when the generation alone is checked)
    gone: str = ""  # what it no longer shows


def _add_reference(world: World) -> None:
    Reference.objects.create(post=world.post, number=1, authors="Ann A", title="A cited trial", source="J", year=2020)


def _admin_action(world: World) -> None:
    world.location.closed_on_holidays = ["Christmas Day"]
    Location.objects.filter(pk=world.location.pk).update(closed_on_holidays=["Christmas Day"])  # no signal
    response = world.admin_client.post(  # type: ignore[attr-defined]
        "/admin/pages/location/",
        {"action": "close_on_public_holidays", "_selected_action": [world.location.pk]},
    )
    assert response.status_code == 302


def _worker(world: World) -> None:
    make_pictures.call(world.post.pk)


def _make_renditions(world: World) -> None:
    call_command("make_renditions", stdout=None)


def _drop_unchosen_holidays(world: World) -> None:
    ClosedDay.objects.create(location=world.location, date=datetime.date(2026, 12, 25), reason="Christmas Day")
    token_before = token()
    world.location.closed_on_holidays = []
    Location.objects.filter(pk=world.location.pk).update(closed_on_holidays=[])  # no signal
    assert drop_unchosen_holidays(world.location) == 1
    assert token() != token_before


def _close_mondays_at_noon(world: World) -> None:
    hours = OpeningHours.objects.get(location=world.location, weekday=OpeningHours.Weekday.MONDAY)
    hours.closes = datetime.time(12)
    hours.save()


def _set_holidays(world: World) -> None:
    Location.objects.filter(pk=world.location.pk).update(closed_on_holidays=["Christmas Day"])  # no signal
    world.location.refresh_from_db()
    add_public_holidays(world.location)


WRITE_PATHS = {
    "post saved": WritePath(lambda w: w.post.save(), lambda w: w.post.get_absolute_url()),
    "post retitled": WritePath(
        lambda w: (setattr(w.post, "title", "Retitled"), w.post.save()), lambda w: "/blog/", "Retitled", "Picture"
    ),
    "post deleted": WritePath(lambda w: w.post.delete(), lambda w: "/blog/", gone="Picture"),
    "topic renamed": WritePath(
        lambda w: (setattr(w.topic, "name", "Headaches"), w.topic.save()),
        lambda w: w.post.get_absolute_url(),
        "Headaches",
    ),
    "topic deleted": WritePath(lambda w: w.topic.delete(), lambda w: w.post.get_absolute_url(), gone="Migraine"),
    "post taken off a topic": WritePath(
        lambda w: w.post.topics.remove(w.topic), lambda w: "/blog/topics/migraine/", gone="Picture"
    ),
    "topic's posts cleared": WritePath(
        lambda w: w.topic.posts.clear(), lambda w: "/blog/topics/migraine/", gone="Picture"
    ),
    "author's credentials": WritePath(
        lambda w: (setattr(w.author, "credentials", "MD, PhD"), w.author.save()),
        lambda w: w.post.get_absolute_url(),
        "MD, PhD",
    ),
    "reference added": WritePath(_add_reference, lambda w: w.post.get_absolute_url(), "A cited trial"),
    "page edited": WritePath(
        lambda w: (setattr(w.page, "body", "Answers, revised."), w.page.save()), lambda w: "/faq/", "Answers, revised."
    ),
    "location's phone": WritePath(
        lambda w: (setattr(w.location, "phone", "+14805550199"), w.location.save()), lambda w: "/contact/", "555-0199"
    ),
    "opening hours": WritePath(_close_mondays_at_noon, lambda w: "/contact/", "Monday 9 am to 12 pm"),
    "closed day added": WritePath(
        lambda w: ClosedDay.objects.create(
            location=w.location, date=datetime.date(2026, 12, 25), reason="Christmas Day"
        ),
        lambda w: "/contact/",
        "Christmas Day",
    ),
    "public holidays (bulk_create)": WritePath(_set_holidays, lambda w: "/contact/", "Christmas Day"),
    "public holidays (admin action)": WritePath(_admin_action, lambda w: "/contact/", "Christmas Day"),
    "public holidays dropped (queryset delete)": WritePath(_drop_unchosen_holidays, lambda w: "/contact/"),
    "demo content (bulk)": WritePath(lambda w: load_demo_content(), lambda w: "/blog/", "Ketamine Therapy"),
    "benchmark volume (bulk)": WritePath(
        lambda w: call_command("generate_volume", "--articles", "1", "--requests", "0", "--yes", stdout=None),
        lambda w: "/blog/",
    ),
    "pictures made by the worker": WritePath(_worker, lambda w: w.post.get_absolute_url(), "<picture>"),
    "pictures made by make_renditions": WritePath(_make_renditions, lambda w: "/blog/", "<picture>"),
}


@pytest.fixture
def world(client, admin_user, make_post, location, topic, author) -> World:
    post = make_post(title="Picture", hero_image=SimpleUploadedFile("hero.jpg", jpeg_bytes()), hero_image_alt="A room")
    Post.objects.filter(pk=post.pk).update(hero_renditions={})  # as saved, before the worker ran
    page = Page.objects.create(title="FAQ", slug="faq", body="Questions and answers.")
    log_in_verified(client, admin_user)
    return World(Post.objects.get(pk=post.pk), topic, author, location, page, client)


@pytest.mark.parametrize("name", WRITE_PATHS)
def test_every_write_path_ends_the_generation_and_the_page_shows_the_change(name, world, reader):
    path = WRITE_PATHS[name]
    url = path.url(world)
    before = reader.get(url)
    reader.get(url)  # now from the cache
    started = token()
    assert not path.shows or path.shows not in before.content.decode() + page_text(before)

    path.write(world)

    after = reader.get(url)
    assert token() != started
    if path.shows:
        assert path.shows in after.content.decode() + page_text(after)
    if path.gone:  # from the page's own content (the footer's latest posts are another matter)
        assert path.gone not in " ".join(soup_of(after).select_one("main").get_text(" ").split())


def test_pictures_made_after_a_page_was_cached_are_shown_on_it(world, reader):
    """The issue's case: a page rendered before the worker ran shows the plain upload until the next save."""
    url = world.post.get_absolute_url()
    assert soup_of(reader.get(url)).select_one("img.hero-image")["src"] == world.post.hero_image.url

    make_pictures.call(world.post.pk)

    picture = soup_of(reader.get(url)).select_one("article picture")
    assert picture is not None
    assert "/blog/renditions/" in picture.select_one("img")["src"]


def test_a_migration_or_a_deployment_ends_the_generation(world, reader):
    """Data migrations write through historical models, which send no signal to the page cache."""
    reader.get("/blog/")
    started = token()

    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")  # what `manage.py migrate` ends with

    assert token() != started
