"""Patients see the coming closed days: on the contact page by each clinic's hours, and beside the form."""

import datetime
import zoneinfo

import pytest
import time_machine

from pages.closures import closure_sentences
from pages.models import ClosedDay, Location

from ..helpers import FORM_URL, soup_of

pytestmark = pytest.mark.django_db

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")
CHRISTMAS = "Closed Thursday, December 24 and Friday, December 25 (Christmas Eve and Christmas Day)."
NEW_YEAR = "Closed Friday, January 1 (New Year's Day)."


def on(month: int, day: int, year: int = 2026, at: datetime.time = datetime.time(12)) -> time_machine.travel:
    return time_machine.travel(datetime.datetime.combine(datetime.date(year, month, day), at, PHOENIX), tick=False)


@pytest.fixture
def demo_clinic(db) -> Location:
    """The demo clinic as loaded on December 20, 2026 (its holidays from then on), closed on Christmas Eve too."""
    from demo.content import load_demo_content

    with on(12, 20):
        load_demo_content()
    clinic = Location.objects.get(slug="phoenix")
    ClosedDay.objects.create(location=clinic, date=datetime.date(2026, 12, 24), reason="Christmas Eve")
    return clinic


def contact_hours_column(client) -> list[str]:
    """The closure sentences shown under a clinic's opening hours on the contact page."""
    column = soup_of(client.get("/contact/")).find("h3", string="Opening hours").parent
    return [" ".join(item.get_text(" ").split()) for item in column.select(".closures li")]


def aside_closures(client) -> list[str]:
    card = soup_of(client.get(FORM_URL)).find("h2", string="Rather talk to someone?").parent
    return [" ".join(item.get_text(" ").split()) for item in card.select(".closures li")]


def test_the_contact_page_lists_the_coming_closures_beside_the_opening_hours(client, demo_clinic):
    with on(12, 20):
        assert contact_hours_column(client) == [CHRISTMAS, NEW_YEAR]


def test_the_form_page_lists_the_coming_closures_in_rather_talk_to_someone(client, demo_clinic):
    with on(12, 20):
        assert aside_closures(client) == [CHRISTMAS, NEW_YEAR]


def test_a_closure_that_has_passed_is_gone_after_midnight_though_the_pages_were_cached(client, demo_clinic):
    with on(12, 25, at=datetime.time(23, 50)):
        assert aside_closures(client) == ["Closed Friday, December 25 (Christmas Day).", NEW_YEAR]
        assert contact_hours_column(client) == ["Closed Friday, December 25 (Christmas Day).", NEW_YEAR]

    # Twenty minutes on: the aside's cached fragment (an hour) would still be there, the page's (ten minutes) not.
    with on(12, 26, at=datetime.time(0, 10)):
        assert aside_closures(client) == [NEW_YEAR]
        assert contact_hours_column(client) == [NEW_YEAR]


def test_a_closure_shows_once_it_is_sixty_days_ahead(client, demo_clinic):
    ClosedDay.objects.create(location=demo_clinic, date=datetime.date(2027, 4, 1), reason="Staff training")

    with on(1, 30, 2027):  # April 1 is 61 days ahead
        assert "Closed Thursday, April 1 (Staff training)." not in aside_closures(client)
    with on(1, 31, 2027):
        assert "Closed Thursday, April 1 (Staff training)." in aside_closures(client)


def test_nothing_is_said_of_closures_when_none_are_coming(client, location):
    assert contact_hours_column(client) == []
    assert aside_closures(client) == []


def test_the_form_page_points_to_cost_and_insurance(client, location):
    card = soup_of(client.get(FORM_URL)).find("h2", string="Rather talk to someone?").parent

    link = card.find("a", string="Cost and insurance")
    assert link["href"] == "/cost-and-insurance/"
    assert "Questions about cost? See Cost and insurance." in " ".join(card.get_text().split())


def closed(*days: str, reason: str = "") -> list[ClosedDay]:
    return [ClosedDay(date=datetime.date.fromisoformat(day), reason=reason) for day in days]


@pytest.mark.parametrize(
    ("closures", "sentences"),
    [
        (
            closed("2026-12-24", reason="Christmas Eve") + closed("2026-12-25", reason="Christmas Day"),
            ["Closed Thursday, December 24 and Friday, December 25 (Christmas Eve and Christmas Day)"],
        ),
        (closed("2026-07-03", reason="Independence Day (observed)"), ["Closed Friday, July 3 (Independence Day)"]),
        (  # a Friday and the Monday after: one long weekend
            closed("2026-11-27", "2026-11-30", reason="Staff retreat"),
            ["Closed Friday, November 27 and Monday, November 30 (Staff retreat)"],
        ),
        (
            closed("2026-12-28", "2026-12-23", "2026-12-24", "2026-12-25", reason="Winter break"),
            ["Closed Wednesday, December 23 to Friday, December 25 and Monday, December 28 (Winter break)"],
        ),
        (
            closed("2026-12-25", reason="Christmas Day") + closed("2027-01-01", reason="New Year's Day"),
            ["Closed Friday, December 25 (Christmas Day)", "Closed Friday, January 1 (New Year's Day)"],
        ),
        ([], []),
    ],
)
def test_closures_read_as_a_sentence_per_group_of_near_dates(closures, sentences):
    assert closure_sentences(closures) == sentences


def test_a_cached_page_never_shows_yesterdays_closure_even_minutes_after_midnight(client, demo_clinic):
    with on(12, 25, at=datetime.time(23, 58)):
        assert contact_hours_column(client)[0] == "Closed Friday, December 25 (Christmas Day)."

    # Five minutes on, well within the page cache's ten: the day's end ended the cache generation.
    with on(12, 26, at=datetime.time(0, 3)):
        assert contact_hours_column(client) == [NEW_YEAR]
        assert aside_closures(client) == [NEW_YEAR]
