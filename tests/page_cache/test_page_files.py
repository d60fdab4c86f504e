"""With PAGE_FILES_ROOT set, cached pages are also files a proxy can serve, gone as soon as they are stale."""

import datetime
import gzip

import pytest
import time_machine
from django.core.management import call_command

from blog.models import Post

from ..helpers import log_in_verified

pytestmark = pytest.mark.django_db

NOON = datetime.datetime(2026, 11, 27, 19, tzinfo=datetime.UTC)


@pytest.fixture
def files_root(settings, tmp_path):
    settings.PAGE_FILES_ROOT = str(tmp_path / "page-files")
    return tmp_path / "page-files"


def served_file(root, path: str):
    """What a proxy's `try_files $uri/index.html` would find under the live folder."""
    return root / "live" / path.strip("/") / "index.html"


def test_a_cached_page_is_written_where_the_proxy_looks_for_it(files_root, reader, make_post):
    post = make_post()

    response = reader.get(post.get_absolute_url())

    page = served_file(files_root, post.get_absolute_url())
    assert page.read_bytes() == response.content
    assert gzip.decompress(page.with_name("index.html.gz").read_bytes()) == response.content
    assert served_file(files_root, "/").parent.is_dir() is True  # the live folder exists
    assert reader.get("/").content == (files_root / "live" / "index.html").read_bytes()


def test_a_save_removes_every_page_file_before_the_next_request(files_root, reader, make_post, location):
    post = make_post()
    reader.get(post.get_absolute_url())
    reader.get("/blog/")

    location.phone = "+14805550199"
    location.save()

    assert not served_file(files_root, post.get_absolute_url()).exists()
    assert not served_file(files_root, "/blog/").exists()
    assert list((files_root / "generations").iterdir()) == [(files_root / "live").resolve()]


def test_an_unpublished_article_leaves_no_file_behind(files_root, reader, make_post):
    post = make_post()
    reader.get(post.get_absolute_url())

    post.status = Post.Status.DRAFT
    post.save()
    reader.get(post.get_absolute_url())

    assert not served_file(files_root, post.get_absolute_url()).exists()


def test_pages_with_a_query_string_or_for_staff_are_never_written(files_root, client, reader, staff_user, make_post):
    for _ in range(11):
        post = make_post()
    log_in_verified(client, staff_user)

    client.get(post.get_absolute_url())
    reader.get("/blog/?page=2")

    assert not served_file(files_root, post.get_absolute_url()).exists()
    assert not list((files_root / "live").rglob("*.html"))


def test_the_minute_timer_removes_the_files_when_a_scheduled_article_goes_live(files_root, reader, make_post):
    with time_machine.travel(NOON, tick=False) as clock:
        make_post(published_at=NOON + datetime.timedelta(minutes=5))
        reader.get("/blog/")

        clock.move_to(NOON + datetime.timedelta(minutes=4))
        call_command("expire_page_files", stdout=None)
        assert served_file(files_root, "/blog/").exists()

        clock.move_to(NOON + datetime.timedelta(minutes=5))
        call_command("expire_page_files", stdout=None)
        assert not served_file(files_root, "/blog/").exists()


def test_the_minute_timer_removes_files_older_than_page_cache_seconds(files_root, reader, make_post, settings):
    settings.PAGE_CACHE_SECONDS = 60
    post = make_post()
    reader.get(post.get_absolute_url())
    page = served_file(files_root, post.get_absolute_url())

    call_command("expire_page_files", stdout=None)
    assert page.exists()

    with time_machine.travel(datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=61)):
        call_command("expire_page_files", stdout=None)
    assert not page.exists()
