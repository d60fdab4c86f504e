"""Readings are counted in the shared cache (Redis), so every app server adds to the same total."""

import pytest
from django.core.cache import caches

from blog.models import ArticleView
from blog.readership import flush_views

from ..helpers import shared_caches_at

pytestmark = pytest.mark.django_db

BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0"}


def beacon(client, post, address: str):
    return client.post(f"{post.get_absolute_url()}read/", headers=BROWSER, REMOTE_ADDR=address)


@pytest.mark.parametrize(
    ("addresses", "total"),
    [
        (["198.51.100.1", "198.51.100.2"], 2),  # two readers
        (["198.51.100.1", "198.51.100.1"], 1),  # one reader, whose second beacon reached the other server
    ],
)
def test_readings_on_two_server_processes_make_one_total(client, make_post, redis_cache, addresses, total):
    post = make_post()
    beacon(client, post, addresses[0])
    # A fresh cache client, as in another gunicorn worker: it starts with no memory of its own.
    del caches["default"]
    beacon(client, post, addresses[1])
    del caches["default"]  # and the timer's flush is a third process

    flush_views()

    assert ArticleView.objects.get(post=post).views == total


def test_the_beacon_answers_204_while_redis_is_down(client, make_post, settings, caplog):
    post = make_post()
    settings.CACHES = shared_caches_at("redis://127.0.0.1:9/0")  # nothing listens there

    response = beacon(client, post, "198.51.100.1")

    assert response.status_code == 204
    assert "reading not counted, cache unavailable" in caplog.text
