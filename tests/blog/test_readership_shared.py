"""Readings are counted in the shared cache (Redis), so every app server adds to the same total."""

import pytest
from django.core.cache import caches

from blog.models import ArticleView
from blog.readership import flush_views

pytestmark = pytest.mark.django_db

BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0"}


def test_readings_on_two_server_processes_make_one_total(client, make_post, redis_cache):
    post = make_post()
    client.post(f"{post.get_absolute_url()}read/", headers=BROWSER)  # the article page's beacon
    # A fresh cache client, as in another gunicorn worker: it starts with no memory of its own.
    del caches["default"]
    client.post(f"{post.get_absolute_url()}read/", headers=BROWSER)
    del caches["default"]  # and the timer's flush is a third process

    flush_views()

    assert ArticleView.objects.get(post=post).views == 2
