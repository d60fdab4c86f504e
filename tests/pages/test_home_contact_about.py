"""The home, contact and about pages a patient meets first: what they show and where they lead."""

import datetime
import json

import pytest
import time_machine

from blog.models import Author, Post
from pages.conditions import CONDITIONS
from pages.models import ClosedDay, Location

from ..helpers import soup_of

pytestmark = pytest.mark.django_db


def test_home_features_the_flagship_article_above_the_others(client, demo_content):
    soup = soup_of(client.get("/"))

    featured = soup.select_one("main .featured")
    assert featured.h3.get_text(strip=True) == "Ketamine Therapy: A New Hope for Migraine Relief"
    assert featured.img["alt"].startswith("Illustration of")
    others = [a.get_text(strip=True) for a in soup.select("main .post-card .card-title a")]
    assert len(others) == 3
    assert "Ketamine Therapy: A New Hope for Migraine Relief" not in others


def test_home_shows_every_condition_with_a_described_picture(client, demo_content):
    soup = soup_of(client.get("/"))

    cards = soup.select("section[aria-labelledby=conditions-heading] .card")
    assert [card.h3.get_text(strip=True) for card in cards] == [condition.name for condition in CONDITIONS]
    for card, condition in zip(cards, CONDITIONS, strict=True):
        assert card.img["src"].endswith(f"img/conditions/{condition.slug}.svg")
        assert card.img["alt"] == condition.picture_alt and condition.picture_alt.startswith("Illustration of")


def test_home_explains_the_three_steps_and_has_one_request_button_per_section(client, demo_content):
    soup = soup_of(client.get("/"))

    steps = soup.select_one("#how-it-works ol.steps")
    assert [h3.get_text(strip=True) for h3 in steps.select("h3")] == [
        "Send a request",
        "We call you",
        "Meet a clinician",
    ]
    hero = soup.select_one("main .hero")
    # The header's button serves the first screen; the hero offers a second path rather than a copy of it.
    assert not hero.find("a", string="Request An Appointment Today!")
    assert hero.select_one("img.hero-picture")["alt"].startswith("Illustration of a calm treatment room")


def test_home_and_about_introduce_the_team_with_photos_names_and_credentials(client, demo_content):
    for url in ["/", "/about/"]:
        soup = soup_of(client.get(url))

        members = soup.select("main .team-member")
        assert [member.h3.get_text(strip=True) for member in members] == [
            "Dr. Leila Farahani, MD, Anesthesiology",
            "Dr. Marcus Reid, MD, Psychiatry",
            "Priya Nair, DNP, PMHNP-BC",
            "Sam Ortega, RN",
        ]
        for member in members:
            assert member.img["src"].startswith("/media/team/")
            assert member.img["alt"].startswith("Illustrated portrait of")


def test_about_page_keeps_its_staff_written_text_above_the_team(client, demo_content):
    soup = soup_of(client.get("/about/"))

    assert soup.h1.get_text() == "About Us"
    assert soup.find("h2", string="Our approach")
    assert soup.find("h2", string="Our team")
    assert "Sam stays with you during infusions" in soup.select_one("main").get_text()


def test_team_lists_only_the_clinicians_staff_chose_in_their_order(client, demo_content):
    Author.objects.filter(name="Sam Ortega").update(on_team_page=False)
    Author.objects.filter(name="Priya Nair").update(team_order=0)
    Author.objects.filter(name="Dr. Leila Farahani").update(team_order=5)

    names = [h3.get_text(strip=True) for h3 in soup_of(client.get("/about/")).select("main .team-member h3")]

    assert names == [
        "Priya Nair, DNP, PMHNP-BC",
        "Dr. Marcus Reid, MD, Psychiatry",
        "Dr. Leila Farahani, MD, Anesthesiology",
    ]


def test_article_list_shows_the_featured_article_first(client, demo_content):
    titles = [a.get_text(strip=True) for a in soup_of(client.get("/blog/")).select("main .post-card .card-title a")]

    assert titles[0] == "Ketamine Therapy: A New Hope for Migraine Relief"
    assert titles[1:] == list(
        Post.objects.published().exclude(featured=True).order_by("-published_at").values_list("title", flat=True)
    )


def test_contact_page_shows_directions_parking_and_a_maps_link_from_the_admin(client, location):
    Location.objects.filter(pk=location.pk).update(
        directions="Second floor, lift by the pharmacy.", parking="Free in the garage on Test Lane."
    )

    soup = soup_of(client.get("/contact/"))

    section = soup.select_one("main section.location")
    text = section.get_text(" ", strip=True)
    assert "Second floor, lift by the pharmacy." in text
    assert "Free in the garage on Test Lane." in text
    maps = section.find("a", string="Open this address in your maps app")
    assert maps["href"] == "https://www.google.com/maps/search/?api=1&query=1+Test+Street%2C+Phoenix%2C+AZ+85004"
    assert not soup.find("iframe")


def test_contact_page_leaves_out_directions_and_parking_headings_when_staff_wrote_none(client, location):
    soup = soup_of(client.get("/contact/"))

    assert not soup.find("h3", string="Parking")
    assert not soup.find("h3", string="Finding us")


@time_machine.travel(datetime.datetime(2026, 12, 20, 12, tzinfo=datetime.UTC), tick=False)
def test_open_now_data_holds_the_weekly_hours_and_the_coming_closed_days_only(client, location):
    ClosedDay.objects.create(location=location, date=datetime.date(2026, 12, 25), reason="Christmas Day")
    ClosedDay.objects.create(location=location, date=datetime.date(2026, 12, 1), reason="Past")
    ClosedDay.objects.create(location=location, date=datetime.date(2027, 6, 1), reason="Far ahead")

    line = soup_of(client.get("/contact/")).select_one("[data-open-now]")

    data = json.loads(line["data-open-now"])
    assert data["weekly"] == {str(day): [["09:00", "17:00"]] for day in range(5)}
    assert data["closed"] == ["2026-12-25"]
    assert line["data-time-zone"] == "America/Phoenix"
    assert line.has_attr("hidden")  # shown by static/js/open-now.js; without JavaScript the hours table says it


def test_contact_page_is_the_same_whatever_the_time_of_day(client, location):
    """Open-now is worked out in the browser, so that the page can be cached all day."""
    with time_machine.travel(datetime.datetime(2026, 12, 1, 17, tzinfo=datetime.UTC), tick=False):  # 10 am there
        morning = soup_of(client.get("/contact/")).select_one("main")
    with time_machine.travel(datetime.datetime(2026, 12, 2, 5, tzinfo=datetime.UTC), tick=False):  # 10 pm there
        night = soup_of(client.get("/contact/")).select_one("main")

    assert str(morning) == str(night)
