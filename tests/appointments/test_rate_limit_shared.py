"""The rate limit lives in the shared cache (Redis), not in one server process's memory."""

import os
import uuid

import pytest
import redis
from django.core.cache import caches

from appointments.models import AppointmentRequest

from ..helpers import FORM_URL

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_available() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


@pytest.fixture
def redis_cache(settings):
    if not redis_available():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is not reachable at {REDIS_URL}; CI must test the shared rate limit.")
        pytest.skip(f"no Redis at {REDIS_URL}")
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL}}
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.mark.django_db
def test_limit_holds_for_a_new_server_process(client, form_data, settings, redis_cache):
    settings.APPOINTMENT_RATE_LIMIT = "2/h"

    def submit() -> int:
        form_data.update(submission_token=str(uuid.uuid4()))
        return client.post(FORM_URL, form_data).status_code

    assert [submit(), submit()] == [302, 302]
    # A fresh cache client, as in another gunicorn worker: it starts with no memory of its own.
    del caches["default"]

    assert submit() == 429
    assert AppointmentRequest.objects.count() == 2
