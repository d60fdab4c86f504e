"""An article's end: “Is ketamine right for me?” under an article about a condition, and a call to action that
answers the question of cost before a patient has to ask it."""

import pytest

from blog.models import Post
from pages.models import Page

from ..helpers import soup_of

pytestmark = pytest.mark.django_db

FLAGSHIP = "/blog/ketamine-therapy-migraine-relief/"
BLOCK_SLUG = "is-ketamine-right-for-me"


def article_end(client, url: str):
    return soup_of(client.get(url)).select_one("main article.article")


def suitability_block(client, url: str):
    return article_end(client, url).find("section", attrs={"aria-labelledby": "suitability-heading"})


def test_every_articles_call_to_action_links_to_cost_and_insurance(client, demo_content):
    posts = Post.objects.published()
    assert FLAGSHIP in [post.get_absolute_url() for post in posts]

    for post in posts:
        cta = article_end(client, post.get_absolute_url()).select_one(".article-cta")
        assert "Questions about cost?" in cta.get_text(), post.slug
        assert cta.find("a", string="Cost and insurance")["href"] == "/cost-and-insurance/", post.slug


def test_the_cost_link_comes_after_the_request_button(client, demo_content):
    links = article_end(client, FLAGSHIP).select(".article-cta a")

    assert [a.get_text() for a in links] == ["Request An Appointment Today!", "Cost and insurance"]


def test_is_ketamine_right_for_me_shows_under_an_article_about_a_condition(client, demo_content):
    block = suitability_block(client, FLAGSHIP)

    assert block.h2.get_text() == "Is ketamine right for me?"
    text = " ".join(block.get_text(" ").split())
    assert "(migraine, depression, anxiety, PTSD, OCD and chronic pain)" in text
    assert "are pregnant or breastfeeding" in text
    assert "Typically six infusions over two to three weeks" in text
    assert "A clinician decides with you, at your consultation" in text


def test_the_block_comes_before_the_call_to_action(client, demo_content):
    sections = [tag.get("class") for tag in article_end(client, FLAGSHIP).find_all(["section", "aside"])]

    assert sections.index(["aside-card", "article-suitability"]) < sections.index(["article-cta"])


def test_an_article_without_a_condition_has_no_block(client, demo_content):
    assert suitability_block(client, "/blog/what-to-expect-during-a-ketamine-infusion/") is None


def test_an_edit_of_the_block_shows_under_articles_at_once(client, demo_content):
    suitability_block(client, FLAGSHIP)  # the article's fragments are now cached
    page = Page.objects.get(slug=BLOCK_SLUG)
    page.body = "Ask us at your consultation."
    page.save()

    assert suitability_block(client, FLAGSHIP).p.get_text() == "Ask us at your consultation."


def test_without_its_page_an_article_shows_no_block(client, make_post, topic, location):
    post = make_post(condition=topic)

    assert client.get(post.get_absolute_url()).status_code == 200
    assert suitability_block(client, post.get_absolute_url()) is None
    assert not Page.objects.filter(slug=BLOCK_SLUG).exists()
