"""Each chart's figures, exactly, from fixed requests and a frozen clock (the same on SQLite and PostgreSQL)."""

import datetime

import pytest

from appointments.models import AppointmentRequest
from blog.models import ArticleView, Post
from insights import figures
from pages.models import Location

from .conftest import PHOENIX

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status
HOUR = datetime.timedelta(hours=1)


def local(month: int, day: int, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(2026, month, day, hour, minute, tzinfo=PHOENIX)


def test_requests_are_counted_in_the_clinics_weeks_by_where_they_stand(received):
    received(11, 23, 9)  # this week, Monday morning
    received(11, 24, 14, status=Status.CONTACTED)
    received(11, 26, 11, status=Status.SPAM)
    # Sunday 11:30 pm in Phoenix is already Monday in UTC: it still belongs to last week.
    received(11, 22, 23, 30, status=Status.SCHEDULED)
    received(11, 16, 9, status=Status.NOT_A_FIT)
    received(9, 7, 0, 5, status=Status.CLOSED)  # the first of the 12 weeks
    received(9, 6, 23, 55)  # the week before: not shown

    weeks = figures.requests_per_week()

    assert [week.week for week in weeks][::11] == [datetime.date(2026, 9, 7), datetime.date(2026, 11, 23)]
    assert len(weeks) == 12
    shown = {week.week: (week.counts, week.spam) for week in weeks if week.total or week.spam}
    zero = dict.fromkeys(["new", "contacted", "scheduled", "not_a_fit", "closed"], 0)
    assert shown == {
        datetime.date(2026, 9, 7): ({**zero, "closed": 1}, 0),
        datetime.date(2026, 11, 16): ({**zero, "scheduled": 1, "not_a_fit": 1}, 0),
        datetime.date(2026, 11, 23): ({**zero, "new": 1, "contacted": 1}, 1),
    }


def test_first_response_times_are_business_hours_with_median_and_90th_percentile(received):
    received(11, 16, 9, first_response_at=local(11, 16, 10))  # 1 h
    received(11, 16, 15, first_response_at=local(11, 17, 10))  # 2 h on Monday, 1 h on Tuesday: 3 h
    received(11, 20, 16, first_response_at=local(11, 23, 13))  # 1 h on Friday, 4 h on Monday: 5 h
    received(11, 18, 9)  # no response yet
    received(11, 18, 10, status=Status.SPAM, first_response_at=local(11, 25, 10))  # spam: not a request

    week = next(week for week in figures.first_response_times_per_week() if week.week == datetime.date(2026, 11, 16))

    assert week.times == [HOUR, 3 * HOUR, 5 * HOUR]
    assert (week.median, week.percentile_90) == (3 * HOUR, datetime.timedelta(hours=4, minutes=36))
    assert (week.answered, week.within_promise, week.without_response, week.waiting_past_promise) == (3, 2, 1, 1)


def test_a_week_without_answers_has_no_times(received):
    received(11, 23, 9)

    this_week = figures.first_response_times_per_week()[-1]

    assert (this_week.median, this_week.percentile_90, this_week.without_response) == (None, None, 1)


def test_requests_by_location_and_service_cover_the_last_90_days_without_spam(received, location):
    quiet = Location.objects.create(
        name="Avesta Tempe", short_name="Tempe", slug="tempe", street_address="2 Test Road", city="Tempe",
        region="AZ", postal_code="85281", phone="+14805550102", sms_number="+14805550103", email="t@clinic.example",
    )  # fmt: skip
    received(11, 27, 8, service="migraine")
    received(8, 30, 0, 1, service="migraine")  # the first of the 90 days
    received(8, 29, 23, 59, service="ptsd")  # the day before
    received(11, 20, 9, service="ptsd", status=Status.SPAM)

    by_location = figures.requests_by_location()
    by_service = figures.requests_by_service()

    assert [(share.label, share.count) for share in by_location] == [(location.short_label, 2), (quiet.short_label, 0)]
    assert [(share.label, share.count) for share in by_service][:2] == [("Migraine", 2), ("Anxiety", 0)]
    assert sum(share.count for share in by_service) == 2


def test_articles_count_the_requests_that_came_from_them_and_their_readings(received, make_post):
    flagship = make_post(title="Ketamine for migraine", slug="ketamine-for-migraine")
    quiet = make_post(title="A quiet article", slug="a-quiet-article")
    draft = make_post(title="A draft", slug="a-draft", status=Post.Status.DRAFT)
    path = flagship.get_absolute_url()
    for month, day in [(11, 27), (10, 29), (10, 28), (8, 30), (11, 27)]:
        received(month, day, 9, source_path=path)
    received(11, 20, 9, source_path=path, status=Status.SPAM)
    received(11, 20, 9, source_path="/blog/a-quiet-article/?utm=x")  # not the article's own address
    received(11, 20, 9, source_path=draft.get_absolute_url())
    for day, views in [(datetime.date(2026, 11, 27), 400), (datetime.date(2026, 9, 1), 600)]:
        ArticleView.objects.create(post=flagship, day=day, views=views)
    ArticleView.objects.create(post=quiet, day=datetime.date(2026, 1, 1), views=50)

    found = figures.articles_that_bring_requests()

    assert [article.title for article in found] == ["Ketamine for migraine", "A quiet article"]
    flagship_reach = [(r.days, r.requests, r.views, r.per_thousand_views) for r in found[0].reach]
    assert flagship_reach == [(30, 3, 400, 7.5), (90, 5, 1000, 5), (365, 5, 1000, 5)]
    assert [(r.requests, r.views, r.per_thousand_views) for r in found[1].reach] == [
        (0, 0, None),
        (0, 0, None),
        (0, 50, 0),
    ]
