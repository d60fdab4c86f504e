"""Who checked an article and when, its sources, and the reading aids a long article gets."""

import datetime
import json

import pytest
import time_machine

from blog.models import Author, Post

from ..helpers import log_in_verified, soup_of

pytestmark = pytest.mark.django_db

FLAGSHIP_URL = "/blog/ketamine-therapy-migraine-relief/"


def text_of(element) -> str:
    return " ".join(element.get_text().split())


def test_flagship_says_who_reviewed_it_when_and_when_the_next_review_is_due(client, demo_content):
    soup = soup_of(client.get(FLAGSHIP_URL))

    header = text_of(soup.select_one(".article-header"))
    assert "Medically reviewed by Dr. Leila Farahani, MD, Anesthesiology on October 14, 2026." in header
    end = text_of(soup.select_one(".review-dates"))
    assert end == (
        "Medically reviewed by Dr. Leila Farahani, MD, Anesthesiology on October 14, 2026. "
        "Next review due October 2027."
    )
    assert soup.select_one(".review-dates a")["href"] == "/blog/authors/leila-farahani/"


def test_flagship_cites_the_2020_study_and_the_journal_of_headache_and_pain_with_their_dois(client, demo_content):
    soup = soup_of(client.get(FLAGSHIP_URL))

    references = [text_of(li) for li in soup.select("section.references ol li")]
    assert references == [
        "Bilhimer MH, Groth ME, Holmes AK. Ketamine for Migraine in the Emergency Department. "
        "Advanced Emergency Nursing Journal. 2020. doi:10.1097/TME.0000000000000296",
        "Lauritsen C, Mazuera S, Lipton RB, Ashina S. Intravenous ketamine for subacute treatment of refractory "
        "chronic migraine: a case series. The Journal of Headache and Pain. 2016. doi:10.1186/s10194-016-0700-3",
    ]
    paragraph = soup.find("sup", class_="citation").find_parent("p")
    assert text_of(paragraph).startswith("A 2020 study shows")
    assert [a["href"] for a in paragraph.select("sup.citation a")] == ["#reference-1", "#reference-2"]


def test_a_long_article_lists_its_sections_with_links_to_each(client, demo_content):
    soup = soup_of(client.get(FLAGSHIP_URL))

    contents = soup.select_one("nav.contents")
    links = [(a.get_text(), a["href"]) for a in contents.select("a")]
    assert links[0] == (
        "Understanding Migraines: Symptoms, Triggers, and Traditional Treatments",
        "#section-understanding-migraines-symptoms-triggers-and-traditional-treatments",
    )
    assert len(links) >= 4
    for _, href in links:
        assert soup.select_one(f".article-body h2{href}")


def test_a_short_article_has_no_table_of_contents(client, make_post):
    post = make_post(body="## One\n\nText.\n\n## Two\n\nText.\n")

    assert not soup_of(client.get(post.get_absolute_url())).select("nav.contents")


def test_article_links_to_the_older_and_newer_articles(client, make_post):
    older, middle, newer = make_post(title="Older"), make_post(title="Middle"), make_post(title="Newer")
    Post.objects.filter(pk=older.pk).update(published_at=middle.published_at - datetime.timedelta(days=2))
    Post.objects.filter(pk=newer.pk).update(published_at=middle.published_at + datetime.timedelta(hours=2))

    nav = soup_of(client.get(middle.get_absolute_url())).select_one("nav.older-newer")

    assert nav.select_one("a[rel=prev]")["href"] == older.get_absolute_url()
    assert nav.select_one("a[rel=next]")["href"] == newer.get_absolute_url()


def test_reviewer_page_lists_the_articles_they_reviewed(client, demo_content):
    soup = soup_of(client.get("/blog/authors/marcus-reid/"))

    assert soup.h1.get_text() == "Dr. Marcus Reid"
    reviewed = [a.get_text(strip=True) for a in soup.select("section[aria-labelledby=reviewed-heading] .card-title a")]
    assert reviewed == ["Ketamine for Treatment-Resistant Depression"]


@time_machine.travel(datetime.datetime(2027, 1, 15, 12, tzinfo=datetime.UTC), tick=False)
def test_overdue_reviews_are_a_year_old_or_missing(make_post):
    due = make_post(title="Due", last_reviewed=datetime.date(2026, 1, 15))
    make_post(title="Recent", last_reviewed=datetime.date(2026, 6, 1))
    never = make_post(title="Never")

    assert set(Post.objects.review_overdue()) == {due, never}


@time_machine.travel(datetime.datetime(2027, 1, 15, 12, tzinfo=datetime.UTC), tick=False)
def test_admin_filters_articles_by_medical_review(client, staff_user, make_post):
    make_post(title="Due", last_reviewed=datetime.date(2026, 1, 1))
    make_post(title="Soon", last_reviewed=datetime.date(2026, 2, 20))
    make_post(title="Current", last_reviewed=datetime.date(2026, 12, 1))
    log_in_verified(client, staff_user)

    def listed(review: str) -> list[str]:
        soup = soup_of(client.get("/admin/blog/post/", {"review": review}))
        return sorted(a.get_text() for a in soup.select("#result_list tbody th a"))

    assert listed("overdue") == ["Due"]
    assert listed("soon") == ["Soon"]
    assert listed("current") == ["Current"]


def json_ld_blocks(soup) -> list[dict]:
    return [json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')]


def test_article_json_ld_names_the_reviewer_the_citations_and_the_team_as_an_organisation(client, demo_content):
    blocks = json_ld_blocks(soup_of(client.get(FLAGSHIP_URL)))

    page = next(block for block in blocks if block["@type"] == "MedicalWebPage")
    assert page["reviewedBy"]["name"] == "Dr. Leila Farahani"
    assert page["reviewedBy"]["@type"] == "Person"
    assert page["lastReviewed"] == "2026-10-14"
    assert (page["author"]["@type"], page["author"]["name"]) == ("Organization", "Avesta Clinical Team")
    assert page["author"]["url"].endswith("/blog/authors/avesta-clinical-team/")
    assert [c["identifier"]["value"] for c in page["citation"]] == [
        "10.1097/TME.0000000000000296",
        "10.1186/s10194-016-0700-3",
    ]
    assert page["about"] == {"@type": "MedicalCondition", "name": "Migraine"}
    crumbs = next(block for block in blocks if block["@type"] == "BreadcrumbList")
    assert [item["name"] for item in crumbs["itemListElement"]] == [
        "Home",
        "Articles",
        "Ketamine Therapy: A New Hope for Migraine Relief",
    ]


@pytest.mark.parametrize("url", ["/", "/contact/"])
def test_home_and_contact_describe_each_location_as_a_medical_clinic(client, demo_content, url):
    blocks = json_ld_blocks(soup_of(client.get(url)))

    clinic = next(block for block in blocks if block["@type"] == "MedicalClinic")
    assert clinic["address"]["streetAddress"] == "100 Example Avenue, Suite 200"
    assert clinic["telephone"] == "+14805550142"
    assert {"@type": "OpeningHoursSpecification", "dayOfWeek": "Monday", "opens": "09:00", "closes": "17:00"} in clinic[
        "openingHoursSpecification"
    ]


def test_faq_is_marked_up_as_questions_and_answers(client, demo_content):
    blocks = json_ld_blocks(soup_of(client.get("/faq/")))

    faq = next(block for block in blocks if block["@type"] == "FAQPage")
    questions = {q["name"]: q["acceptedAnswer"]["text"] for q in faq["mainEntity"]}
    assert "Coverage varies by plan" in questions["Is it covered by insurance?"]
    assert "Do I need a referral?" in questions


def test_a_team_byline_gets_a_page_address_of_its_own(db):
    first = Author.objects.create(name="Dr. Ana Lee")
    second = Author.objects.create(name="Ana Lee")

    assert (first.slug, second.slug) == ("ana-lee", "ana-lee-2")
