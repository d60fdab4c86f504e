"""The demo content a fresh clone starts with (demo/content/): loaded once, never over staff edits."""

import pytest

from blog.models import Author, Post, Topic
from demo.content import load_demo_content
from pages.models import Location, Page

pytestmark = pytest.mark.django_db


def test_demo_content_loads_once_however_often_it_runs(demo_content):
    counts = (Post.objects.count(), Topic.objects.count(), Author.objects.count(), Page.objects.count())
    created = load_demo_content()

    assert created == {"topics": 0, "team": 0, "posts": 0, "pages": 0, "locations": 0}
    assert counts == (Post.objects.count(), Topic.objects.count(), Author.objects.count(), Page.objects.count())
    assert counts == (5, 8, 5, 7)  # 8 topics: six conditions, the therapy, safety; the clinical team and 4 clinicians
    assert Location.objects.count() == 1


def test_demo_content_keeps_staff_edits(demo_content):
    Page.objects.filter(slug="about").update(title="About our clinic")

    load_demo_content()

    assert Page.objects.get(slug="about").title == "About our clinic"


def test_demo_posts_end_with_a_medical_disclaimer(demo_content):
    demo_posts = Post.objects.exclude(slug="ketamine-therapy-migraine-relief")

    assert demo_posts.count() == 4
    for post in demo_posts:
        assert "Medical disclaimer" in post.body_html, post.slug
        assert "988" in post.body, post.slug
