"""Pages cost a fixed number of database queries, however many rows they show."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from appointments import triage
from appointments.models import AppointmentRequest, AuditEvent, ContactAttempt, Note, ReplyTemplate
from blog.models import Author

from .helpers import LIST_URL, change_url, jpeg_bytes, page_text

pytestmark = pytest.mark.django_db


def count_queries(client, url: str) -> int:
    # A staff session's first request also saves its sign-in clocks (staff_signin/sessions.py): not this page's cost.
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/sitemap.xml", "/blog/feed/rss/", "/blog/feed/atom/"])
def test_sitemap_and_feeds_cost_the_same_for_three_articles_or_twelve(client, make_post, url):
    for _ in range(3):
        make_post()
    with_three = count_queries(client, url)
    for _ in range(9):
        make_post()

    assert count_queries(client, url) == with_three


def test_a_reviewed_article_with_a_condition_costs_no_more_than_a_plain_one(client, make_post, location, topic):
    plain = make_post()
    reviewer = Author.objects.create(name="Lee Park", credentials="PharmD", bio="Pharmacist.")
    reviewed = make_post(medical_reviewer=reviewer, last_reviewed=datetime.date(2026, 11, 1), condition=topic)

    assert count_queries(client, reviewed.get_absolute_url()) == count_queries(client, plain.get_absolute_url())


def test_articles_with_pictures_cost_no_more_queries_than_articles_without(
    client, make_post, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    plain = [make_post() for _ in range(3)]
    costs_before = [count_queries(client, url) for url in ("/", "/blog/", plain[0].get_absolute_url())]
    with django_capture_on_commit_callbacks(execute=True):
        pictured = make_post(hero_image=SimpleUploadedFile("room.jpg", jpeg_bytes()), hero_image_alt="A room")
        for post in plain:
            post.hero_image, post.hero_image_alt = SimpleUploadedFile("room.jpg", jpeg_bytes()), "A room"
            post.save()

    costs_after = [count_queries(client, url) for url in ("/", "/blog/", pictured.get_absolute_url())]
    assert "<picture>" in client.get("/blog/").content.decode()
    assert costs_after == costs_before


def test_the_triage_list_costs_the_same_for_three_requests_or_thirty(admin_client, make_request):
    for _ in range(3):
        make_request(age=datetime.timedelta(hours=1))
    with_three = count_queries(admin_client, LIST_URL)
    for _ in range(27):
        make_request(age=datetime.timedelta(hours=2))

    assert count_queries(admin_client, LIST_URL) == with_three


@pytest.mark.parametrize(
    "query",
    ["?status=contacted", "?status=all", "?reply=overdue", "?is_urgent__exact=1", "?q=Sample", "?q=Sample&status=all"],
)
def test_the_triage_list_filtered_or_searched_costs_the_same_for_three_requests_or_thirty(
    admin_client, make_request, query
):
    for status in ["new", "contacted", "closed"]:
        make_request(age=datetime.timedelta(days=2), status=status, is_urgent=True)
    with_three = count_queries(admin_client, LIST_URL + query)
    for number in range(27):
        make_request(age=datetime.timedelta(days=3), status=["new", "contacted", "closed"][number % 3], is_urgent=True)

    assert count_queries(admin_client, LIST_URL + query) == with_three


def test_the_triage_list_costs_the_same_when_its_requests_are_assigned_and_duplicated(
    admin_client, make_request, django_user_model
):
    for _ in range(3):
        make_request(age=datetime.timedelta(hours=1))
    with_plain_ones = count_queries(admin_client, LIST_URL)
    for number in range(6):
        colleague = django_user_model.objects.create_user(username=f"colleague{number}", is_staff=True)
        original = make_request(age=datetime.timedelta(hours=3), assignee=colleague)
        make_request(age=datetime.timedelta(hours=2), assignee=colleague, likely_duplicate_of=original)

    assert count_queries(admin_client, LIST_URL) == with_plain_ones


def add_history(appointment: AppointmentRequest, authors: list, notes: int) -> None:
    """Notes, calls, replies and access-history events, each by the next of `authors` in turn."""
    for number in range(notes):
        author = authors[number % len(authors)]
        Note.objects.create(appointment_request=appointment, author=author, text=f"Called, note {number}.")
        AuditEvent.objects.create(
            appointment_request=appointment, reference=appointment.reference, user=author, action="changed"
        )
        triage.log_call(appointment, author, ContactAttempt.Outcome.NO_ANSWER, f"Call {number}")
        triage.send_reply(appointment, author, ReplyTemplate.objects.first(), f"Reply {number}")


def test_a_request_page_costs_the_same_with_one_note_or_eight_and_a_longer_history(
    admin_client, admin_user, make_request, django_user_model, starter_replies
):
    appointment = make_request(email="pat@example.com")
    add_history(appointment, [admin_user], notes=1)
    admin_client.get(change_url(appointment))  # the first visit fills caches (content types) later ones reuse
    with_one_note = count_queries(admin_client, change_url(appointment))
    colleagues = [django_user_model.objects.create_user(username=f"colleague{n}", is_staff=True) for n in range(3)]
    add_history(appointment, colleagues, notes=7)
    for age in range(1, 4):  # the same patient wrote before
        make_request(age=datetime.timedelta(days=age * 40), email="pat@example.com")

    assert count_queries(admin_client, change_url(appointment)) == with_one_note
    text = page_text(admin_client.get(change_url(appointment)))
    assert text.count("Called, note") == 8
    assert text.count("Phone call: no answer") == 8 and text.count("Email reply: email sent") == 8
