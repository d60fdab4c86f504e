"""Staff-edited pages state the clinic's promises through placeholders filled from the code (pages/promises.py)."""

import datetime
import json

import pytest
from django.template import Context, Template

from pages.models import OpeningHours, Page

from ..helpers import FORM_URL, page_text, soup_of

pytestmark = pytest.mark.django_db


def text_of(client, url: str) -> str:
    return " ".join(soup_of(client.get(url)).select_one("main .article-body").get_text(" ").split())


@pytest.mark.parametrize(("hours", "promise"), [(4, "within 4 business hours"), (2, "within 2 business hours")])
def test_faq_promises_the_reply_time_the_settings_set(client, demo_content, settings, hours, promise):
    settings.APPOINTMENT_RESPONSE_TARGET_HOURS = hours

    assert f"Our front desk will contact you {promise} to answer your questions" in text_of(client, "/faq/")


def test_faq_and_form_promise_the_same_reply_time(client, demo_content, settings):
    settings.APPOINTMENT_RESPONSE_TARGET_HOURS = 1
    form_promise = Template("{% load reply_promise %}{% reply_target %}").render(Context())

    assert form_promise == "within 1 business hour"
    assert form_promise in text_of(client, "/faq/")
    assert form_promise in page_text(client.get(FORM_URL))


@pytest.mark.parametrize(
    ("closed_days", "spam_days", "closed_words", "spam_words"),
    [(730, 30, "two years", "30 days"), (365, 14, "one year", "14 days"), (400, 1, "400 days", "1 day")],
)
def test_privacy_page_says_how_long_requests_are_kept(
    client, demo_content, settings, closed_days, spam_days, closed_words, spam_words
):
    settings.RETENTION_CLOSED_DAYS, settings.RETENTION_SPAM_DAYS = closed_days, spam_days

    text = text_of(client, "/privacy/")

    assert f"we delete it {closed_words} after it was last updated" in text
    assert f"Messages we recognize as spam are deleted after {spam_words}." in text
    assert "12 months" not in text


def test_about_and_conditions_pages_name_every_condition_we_treat(client, demo_content):
    conditions = "migraine, depression, anxiety, PTSD, OCD and chronic pain"

    assert f"we care for people living with {conditions}, especially" in text_of(client, "/about/")
    assert f"We may consider ketamine therapy for {conditions}, especially" in text_of(client, "/conditions/")


def test_faq_gives_the_main_clinics_hours_and_a_change_of_hours_at_once(client, demo_content):
    assert "We are open Monday to Friday, 9 am to 5 pm." in text_of(client, "/faq/")  # now cached

    location = OpeningHours.objects.first().location
    OpeningHours.objects.create(location=location, weekday=5, opens=datetime.time(9), closes=datetime.time(13))

    assert "We are open Monday to Friday, 9 am to 5 pm; Saturday, 9 am to 1 pm." in text_of(client, "/faq/")


def test_a_time_in_the_hours_is_never_broken_over_two_lines(client, location):
    Page.objects.create(title="Hours", slug="hours", body="We are open {opening_hours}.")

    assert "Monday to Friday, 9\N{NO-BREAK SPACE}am to 5\N{NO-BREAK SPACE}pm" in client.get("/hours/").content.decode()


def test_hours_with_a_day_off_midweek_read_as_two_runs(client, location):
    OpeningHours.objects.filter(location=location, weekday=2).delete()
    Page.objects.create(title="Hours", slug="hours", body="We are open {opening_hours}.")

    assert (
        text_of(client, "/hours/") == "We are open Monday and Tuesday, 9 am to 5 pm; Thursday and Friday, 9 am to 5 pm."
    )


def test_a_page_about_hours_reads_well_before_any_location_exists(client, db):
    Page.objects.create(title="Hours", slug="hours", body="We answer calls {opening_hours}.")

    assert text_of(client, "/hours/") == "We answer calls during our opening hours."


@pytest.mark.parametrize("url", ["/faq/", "/privacy/", "/terms/"])
def test_pages_for_emergencies_give_988_as_links_and_911(client, demo_content, url):
    body = soup_of(client.get(url)).select_one("main .article-body")
    text = " ".join(body.get_text(" ").split())

    assert "If you are in crisis or having thoughts of suicide, call or text 988" in text
    assert "In a medical emergency, call 911." in text
    assert {a["href"] for a in body.find_all("a", string=["call", "text"])} == {"tel:988", "sms:988"}


@pytest.mark.parametrize(
    "body",
    ["Open:\n{opening_hours}", "## We reply {reply_target}", "*Soon*{reply_target}", "Two lines\n{crisis}\n"],
)
def test_a_placeholder_ending_a_paragraph_or_a_heading_is_filled_not_lost(client, location, body):
    Page.objects.create(title="Edge", slug="edge", body=body)

    text = text_of(client, "/edge/")

    assert "{" not in text
    assert any(words in text for words in ("Monday to Friday", "within 4 business hours", "call or text 988"))


def test_faq_answers_for_search_engines_have_their_placeholders_filled(client, demo_content):
    blocks = [json.loads(script.string) for script in soup_of(client.get("/faq/")).find_all(type="application/ld+json")]
    faq = next(block for block in blocks if block["@type"] == "FAQPage")
    answers = {q["name"]: q["acceptedAnswer"]["text"] for q in faq["mainEntity"]}

    assert "within 4 business hours" in answers["What happens after I request an appointment?"]
    assert "Monday to Friday, 9\N{NO-BREAK SPACE}am to 5\N{NO-BREAK SPACE}pm" in answers["When is the clinic open?"]
    assert not [answer for answer in answers.values() if "{" in answer]


def test_admin_refuses_a_page_with_an_unknown_placeholder(admin_client):
    response = admin_client.post(
        "/admin/pages/page/add/",
        {"title": "Hours", "slug": "hours", "summary": "", "body": "We reply {reply_time}.", "version": ""},
    )

    assert response.status_code == 200
    errors = soup_of(response).select_one(".field-body .errorlist").get_text(" ", strip=True)
    assert errors.startswith("Unknown placeholder {reply_time}. Use one of: {reply_target}, {retention_closed}")
    assert not Page.objects.filter(slug="hours").exists()


def test_admin_keeps_a_page_with_known_placeholders(admin_client, client, location):
    admin_client.post(
        "/admin/pages/page/add/",
        {"title": "Hours", "slug": "hours", "summary": "", "body": "We reply {reply_target}.", "version": ""},
    )

    assert text_of(client, "/hours/") == "We reply within 4 business hours."


def test_admin_lists_every_placeholder_under_the_body(admin_client):
    help_text = soup_of(admin_client.get("/admin/pages/page/add/")).select_one(".field-body .help").get_text()

    for name in ["reply_target", "retention_closed", "retention_spam", "conditions", "opening_hours", "crisis"]:
        assert f"{{{name}}}" in help_text
