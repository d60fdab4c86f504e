"""In production the pages live in Redis, shared by every app server."""

import pytest
from django.core.cache import cache

from blog.models import Post
from page_cache.generation import GENERATION_KEY

from ..helpers import shared_caches_at

pytestmark = pytest.mark.django_db


def test_pages_cached_in_redis_are_served_without_a_query_and_forgotten_on_a_save(
    redis_cache, reader, other_reader, make_post, django_assert_num_queries
):
    post = make_post(body="Old advice.")
    reader.get(post.get_absolute_url())

    with django_assert_num_queries(0):
        assert b"Old advice." in other_reader.get(post.get_absolute_url()).content

    post.body = "New advice."
    post.save()
    assert b"New advice." in other_reader.get(post.get_absolute_url()).content


def test_a_generation_lost_from_the_cache_never_brings_old_pages_back(reader, make_post):
    post = make_post(title="Before")
    reader.get(post.get_absolute_url())

    Post.objects.filter(pk=post.pk).update(title="After")  # as if saved while the cache was restarting
    cache.delete(GENERATION_KEY)

    assert b"After" in reader.get(post.get_absolute_url()).content


def test_pages_are_still_served_while_the_shared_cache_is_down(reader, make_post, settings, caplog):
    make_post(title="Still readable")
    settings.CACHES = shared_caches_at("redis://127.0.0.1:1/0")

    response = reader.get("/blog/")

    assert response.status_code == 200
    assert b"Still readable" in response.content
    assert "page cache unavailable (ConnectionError)" in caplog.messages
