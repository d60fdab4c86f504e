import pytest

from blog.models import Topic
from pages.models import Location, Page

from ..helpers import soup_of

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    ("/", "Relief when other treatments have not worked"),
    ("/blog/", "Articles"),
    ("/blog/ketamine-therapy-migraine-relief/", "Ketamine Therapy: A New Hope for Migraine Relief"),
    ("/blog/what-to-expect-during-a-ketamine-infusion/", "What to Expect During a Ketamine Infusion"),
    ("/blog/topics/migraine/", "Articles about Migraine"),
    ("/blog/topics/depression/", "Articles about Depression"),
    ("/about/", "About Us"),
    ("/conditions/", "Conditions We Treat"),
    ("/faq/", "Frequently Asked Questions"),
    ("/privacy/", "Privacy Policy"),
    ("/terms/", "Terms of Use and Medical Disclaimer"),
    ("/contact/", "Contact us"),
    ("/blog/search/?q=migraine", "Search"),
]


@pytest.mark.parametrize(("url", "heading"), PUBLIC_PAGES)
def test_public_page_answers_with_its_heading(client, demo_content, url, heading):
    response = client.get(url)

    assert response.status_code == 200
    assert soup_of(response).h1.get_text(strip=True) == heading


@pytest.mark.parametrize(("url", "heading"), PUBLIC_PAGES)
def test_every_page_has_the_shared_layout(client, demo_content, url, heading):
    soup = soup_of(client.get(url))

    assert soup.select_one("a.skip-link")["href"] == "#main"
    assert soup.find("main", id="main")
    assert soup.find("a", string="Request An Appointment Today!")
    assert soup.find("h2", string="Latest Posts")
    crisis_cards = soup.select(".crisis-card")
    assert len(crisis_cards) == 1
    assert crisis_cards[0].h2.get_text() == "If you are in crisis"
    assert crisis_cards[0].select_one(".crisis-action").get_text() == "Call or text 988"


def test_header_links_to_text_and_call_the_main_location(client, location):
    soup = soup_of(client.get("/"))

    links = {" ".join(link.get_text().split()): link["href"] for link in soup.select(".contact-bar a")}
    assert links == {"Text Us (480) 555-0101": "sms:+14805550101", "Call (480) 555-0100": "tel:+14805550100"}


def test_footer_shows_every_location_with_its_hours(client, location):
    Location.objects.create(
        name="Second Clinic", slug="second", street_address="2 Side Road", city="Mesa", region="AZ",
        postal_code="85201", phone="+14805550110", sms_number="+14805550111", email="mesa@clinic.example",
    )  # fmt: skip

    footer = soup_of(client.get("/")).select_one("footer").get_text(" ", strip=True)

    assert "Avesta Test Clinic" in footer
    assert "1 Test Street" in footer
    assert "Monday 9 am to 5 pm" in footer
    assert "Saturday Closed" in footer
    assert "Second Clinic" in footer


def test_edited_phone_number_shows_on_every_page(client, location):
    location.phone = "+14805550199"
    location.save()

    assert "tel:+14805550199" in client.get("/contact/").content.decode()


def test_staff_edited_page_is_served_from_the_database(client):
    Page.objects.create(title="Parking", slug="parking", body="## Where to park\n\nBehind the building.")

    soup = soup_of(client.get("/parking/"))

    assert soup.h1.get_text() == "Parking"
    assert soup.select_one(".article-body h2").get_text() == "Where to park"


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: " in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_home_page_condition_without_articles_links_to_the_conditions_page(client, location, make_post):
    make_post()  # a published article about migraine
    Topic.objects.create(name="PTSD", slug="ptsd")  # a topic with no articles yet

    soup = soup_of(client.get("/"))

    assert soup.find("a", string="Migraine")["href"] == "/blog/topics/migraine/"
    assert soup.find("a", string="PTSD")["href"] == "/conditions/"


def test_staff_pages_link_to_the_form_contact_and_privacy_pages(client, demo_content):
    def body_links(url: str) -> set[str]:
        return {a["href"] for a in soup_of(client.get(url)).select(".article-body a")}

    assert "/request-an-appointment/" in body_links("/about/")
    assert "/request-an-appointment/" in body_links("/faq/")
    assert "/contact/" in body_links("/privacy/")
    assert "/privacy/" in body_links("/terms/")


def test_second_page_of_a_list_is_its_own_canonical_page(client, make_post):
    for _ in range(11):
        make_post()

    soup = soup_of(client.get("/blog/?page=2&utm_source=x"))

    assert soup.find("link", rel="canonical")["href"].endswith("/blog/?page=2")
    assert soup.find("a", string="Newer articles")["href"] == "/blog/?utm_source=x"


def test_privacy_page_says_how_article_readings_are_counted(client, demo_content):
    text = " ".join(soup_of(client.get("/privacy/")).main.get_text(" ").split())

    assert "This is version 2026-11-27 of this policy." in text
    assert (
        "Our own server does the counting, without cookies, and without storing your IP address or anything else "
        "about you: all we keep is a total for each article for each day."
    ) in text
    assert "we also note which page of our website you came from" in text
    assert Page.objects.privacy_notice_version() == "2026-11-27"
