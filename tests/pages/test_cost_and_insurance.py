"""What ketamine therapy costs and what insurance covers: a page patients find before they have to ask."""

import pytest

from ..helpers import soup_of

pytestmark = pytest.mark.django_db

COST_PAGE = "/cost-and-insurance/"


def main_text(client, url: str) -> str:
    return " ".join(soup_of(client.get(url)).main.get_text(" ").split())


def test_cost_page_gives_typical_prices_in_our_area(client, demo_content):
    text = main_text(client, COST_PAGE)

    assert "A first consultation with one of our physicians typically costs $200 to $400 in our area." in text
    assert "One IV ketamine infusion typically costs $400 to $800 in our area." in text
    assert "a first series costs $2,400 to $4,800 in total" in text
    assert "maintenance infusion" in text


def test_cost_page_says_what_insurance_usually_covers_and_how_to_claim(client, demo_content):
    text = main_text(client, COST_PAGE)

    assert "Most health plans do not cover IV ketamine" in text
    assert "esketamine nasal spray (Spravato)" in text
    assert "we can give you a superbill" in text
    assert "health savings account (HSA) or a flexible spending account (FSA)" in text


def test_cost_page_says_the_front_desk_confirms_prices_before_anything_is_booked(client, demo_content, settings):
    settings.APPOINTMENT_RESPONSE_TARGET_HOURS = 3

    text = main_text(client, COST_PAGE)

    assert "Our front desk will contact you within 3 business hours and confirm the current prices" in text
    assert "before you book a consultation or an infusion" in text


def test_cost_page_keeps_its_note_to_staff_out_of_the_page(client, demo_content):
    html = client.get(COST_PAGE).content.decode()

    assert "Replace them with your own" not in html


@pytest.mark.parametrize("query", ["cost", "price", "prices", "insurance", "Insurance cost"])
def test_search_finds_cost_and_insurance(client, demo_content, query):
    soup = soup_of(client.get("/blog/search/", {"q": query}))

    links = {a.get_text(): a["href"] for a in soup.select("main .page-results .card-title a")}
    assert links["Cost and Insurance"] == COST_PAGE


def test_faq_answers_about_cost_and_insurance_link_to_the_cost_page(client, demo_content):
    faq = soup_of(client.get("/faq/")).select_one("main .article-body")

    for question in ["How much does it cost?", "Is it covered by insurance?"]:
        answer = faq.find("h3", string=question).find_next_sibling("p")
        assert answer.find("a", string="Cost and insurance")["href"] == COST_PAGE, question
