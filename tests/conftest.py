import datetime
import os
import uuid

import pytest
import redis
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.utils import timezone

from appointments.abuse import sign_form_start
from appointments.contact_log import add_starter_replies
from appointments.models import AppointmentRequest, Notification
from appointments.roles import set_up_front_desk
from blog.models import Author, Post, Topic
from demo.content import load_demo_content
from pages.models import Location, OpeningHours

from .helpers import ANN_EXAMPLE, PASSWORD, log_in_verified, shared_caches_at
from .smtp import smtp_port, smtp_server  # noqa: F401 - fixtures for every test folder


@pytest.fixture(autouse=True)
def _isolated_files_and_cache(settings, tmp_path):
    """Uploads go to a temporary folder; static files need no collectstatic run."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    from django.core.cache import cache

    cache.clear()


REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_available() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


@pytest.fixture
def redis_cache(settings):
    """The shared cache as in production (Redis), for what must hold across server processes."""
    if not redis_available():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is not reachable at {REDIS_URL}; CI must test the shared cache.")
        pytest.skip(f"no Redis at {REDIS_URL}")
    settings.CACHES = shared_caches_at(REDIS_URL)
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def demo_content(db) -> None:
    load_demo_content()


@pytest.fixture
def location(db) -> Location:
    location = Location.objects.create(
        name="Avesta Test Clinic",
        slug="test-clinic",
        street_address="1 Test Street",
        city="Phoenix",
        region="AZ",
        postal_code="85004",
        phone="+14805550100",
        sms_number="+14805550101",
        email="desk@clinic.example",
    )
    for day in range(5):
        OpeningHours.objects.create(location=location, weekday=day, opens=datetime.time(9), closes=datetime.time(17))
    return location


@pytest.fixture
def form_data(location) -> dict:
    """What a patient sends: a valid request from Ann Example (send it with APPOINTMENT_FORM_MIN_SECONDS = 0)."""
    token = uuid.uuid4()
    return {
        **ANN_EXAMPLE,
        "preferred_days": list(ANN_EXAMPLE["preferred_days"]),
        "location": str(location.pk),
        "sms_opt_in": "on",
        "submission_token": str(token),
        "form_started": sign_form_start(token),
        "source_path": "/blog/ketamine-therapy-migraine-relief/",
        "website": "",
    }


@pytest.fixture
def author(db) -> Author:
    return Author.objects.create(name="Dana Reyes", credentials="MD", bio="Anesthesiologist.")


@pytest.fixture
def topic(db) -> Topic:
    return Topic.objects.create(name="Migraine", slug="migraine")


@pytest.fixture
def make_post(db, author, topic):
    counter = iter(range(10_000))

    def make(**fields) -> Post:
        number = next(counter)
        values = {
            "title": f"Article {number}",
            "slug": f"article-{number}",
            "summary": "A short summary.",
            "body": "## A heading\n\nSome words for the reader.\n\n- one\n- two\n",
            "status": Post.Status.PUBLISHED,
            "published_at": timezone.now() - datetime.timedelta(days=1, minutes=number),
            "author": author,
        }
        values.update(fields)
        post = Post.objects.create(**values)
        post.topics.add(topic)
        return post

    return make


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user(username="editor", password=PASSWORD, is_staff=True, is_superuser=True)


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's, past the second factor as well: a password alone does not open the admin."""
    log_in_verified(client, admin_user)
    return client


@pytest.fixture
def front_desk_group(db) -> Group:
    """The group the data migration creates. Transactional tests empty the tables after each
    test (permissions come back, data migrations' rows do not), so make it again the same way."""
    return set_up_front_desk()


@pytest.fixture
def front_desk(django_user_model, front_desk_group):
    """A member of staff with the Front desk role only."""
    user = django_user_model.objects.create_user(username="frontdesk", password=PASSWORD, is_staff=True)
    user.groups.add(front_desk_group)
    return user


@pytest.fixture
def starter_replies(db) -> None:
    """The reply templates the data migration adds (gone after a transactional test's flush)."""
    add_starter_replies()


@pytest.fixture
def make_request(location):
    """A stored request with its two emails pending, as if a patient had sent it `age` ago."""

    def make(age: datetime.timedelta = datetime.timedelta(), **fields) -> AppointmentRequest:
        created = timezone.now() - age
        values = {
            "first_name": "Ben",
            "last_name": "Sample",
            "email": f"ben{uuid.uuid4().hex[:6]}@example.com",
            "phone": "+14805550177",
            "contact_method": AppointmentRequest.ContactMethod.CALL,
            "location": location,
            "service": "depression",
            "consent_given_at": created,
            "privacy_notice_version": "2026-11-01",
            "submission_token": uuid.uuid4(),
            "created_at": created,
            "respond_by": created + datetime.timedelta(hours=4),
        }
        values.update(fields)
        appointment = AppointmentRequest.objects.create(**values)
        for kind in Notification.ON_RECEIPT:
            Notification.objects.create(appointment_request=appointment, kind=kind)
        return appointment

    return make
