"""Cached fragments (header, footer, an article's body) never outlive the content they show."""

import pytest

from ..helpers import page_text

pytestmark = pytest.mark.django_db


def test_an_edited_article_shows_its_new_text_at_once(client, make_post, location):
    post = make_post(title="First title")
    client.get(post.get_absolute_url())  # its fragments are now cached

    post.title = "Second title"
    post.save()

    assert "Second title" in page_text(client.get(post.get_absolute_url()))


def test_a_changed_phone_number_shows_in_the_header_and_footer_at_once(client, make_post, location):
    post = make_post()
    client.get(post.get_absolute_url())

    location.phone = "+16025550142"
    location.save()

    assert page_text(client.get(post.get_absolute_url())).count("(602) 555-0142") >= 2


def test_an_article_given_a_new_topic_shows_it_at_once(client, make_post, location, topic):
    post = make_post()
    post.topics.clear()
    client.get(post.get_absolute_url())

    post.topics.add(topic)

    assert topic.name in page_text(client.get(post.get_absolute_url()))
