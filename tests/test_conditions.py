"""The conditions the clinic treats: one list, and the services, topics and home page built from it agree."""

import pytest
from bs4 import BeautifulSoup

from appointments.models import Service
from blog.models import Post, Topic
from pages.conditions import CONDITIONS

pytestmark = pytest.mark.django_db


def test_every_service_but_other_is_a_condition_the_clinic_treats():
    assert [value for value in Service.values if value != Service.OTHER] == [c.slug for c in CONDITIONS]
    assert dict(Service.choices)["chronic-pain"] == "Chronic pain"


def test_every_condition_has_a_demo_topic_and_every_condition_topic_a_service(demo_content):
    topic_slugs = set(Topic.objects.values_list("slug", flat=True))

    assert {c.slug for c in CONDITIONS} <= topic_slugs
    assert topic_slugs - set(Service.values) == {"ketamine-therapy", "safety"}


def test_each_articles_call_to_action_preselects_its_condition_on_the_form(client, demo_content):
    articles = Post.objects.published().filter(condition__isnull=False).select_related("condition")
    assert articles.count() >= 3

    for article in articles:
        page = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
        form_link = page.find("main").find("a", string="Request An Appointment Today!")["href"]
        form = BeautifulSoup(client.get(form_link).content, "html.parser")
        chosen = form.select_one("select[name=service] option[selected]")
        assert chosen is not None and chosen["value"] == article.condition.slug, article.slug


def test_home_page_shows_every_condition(client, demo_content):
    page = BeautifulSoup(client.get("/").content, "html.parser")
    section = page.find(id="conditions-heading").find_parent("section")

    assert [h.get_text(strip=True) for h in section.select("h3")] == [c.name for c in CONDITIONS]
