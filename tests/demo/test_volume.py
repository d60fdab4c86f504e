"""`manage.py generate_volume`: a busy clinic's rows for benchmarks, never by accident in production."""

import pytest
from django.core.management import CommandError, call_command

from appointments.models import AppointmentRequest, ContactAttempt, Notification
from blog.models import Post

pytestmark = pytest.mark.django_db


def test_it_refuses_to_run_with_debug_off_unless_told_yes(settings, location):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="--yes"):
        call_command("generate_volume", "--articles", "2", "--requests", "20")

    assert AppointmentRequest.objects.count() == 0


def test_it_adds_articles_and_requests_with_their_history(settings, location, author, staff_user):
    settings.DEBUG = False

    call_command("generate_volume", "--articles", "3", "--requests", "60", "--yes", stdout=None)

    assert Post.objects.published().filter(slug__startswith="generated-").count() == 3
    assert AppointmentRequest.objects.count() == 60 + 4  # and the returning patient's four
    assert Notification.objects.filter(kind__in=Notification.ON_RECEIPT).count() == 2 * 64
    assert ContactAttempt.objects.exists()


def test_the_same_seed_gives_the_same_requests(settings, location, author, staff_user):
    settings.DEBUG = True
    call_command("generate_volume", "--articles", "0", "--requests", "30", "--seed", "3")
    first = list(AppointmentRequest.objects.order_by("created_at").values_list("email", "status", "created_at"))
    AppointmentRequest.objects.all().delete()

    call_command("generate_volume", "--articles", "0", "--requests", "30", "--seed", "3")

    second = list(AppointmentRequest.objects.order_by("created_at").values_list("email", "status", "created_at"))
    assert [row[:2] for row in second] == [row[:2] for row in first]
