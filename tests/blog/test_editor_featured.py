"""One featured article: whichever way an article is made the featured one, the other stops being it, the
editor is told which, and the database refuses a write that would leave two."""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Permission
from django.db import IntegrityError, transaction

from blog.models import Post

from ..helpers import PASSWORD, log_in_verified, soup_of
from .test_admin import post_form

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/blog/post/"


@dataclass(frozen=True)
class Articles:
    before: Post  # featured until the write
    chosen: Post  # made the featured one by it


@pytest.fixture
def articles(make_post) -> Articles:
    return Articles(
        before=make_post(title="Ketamine and migraine", featured=True),
        chosen=make_post(title="Ketamine and sleep", status=Post.Status.DRAFT),
    )


def messages_of(response) -> list[str]:
    return [" ".join(item.get_text().split()) for item in soup_of(response).select(".messagelist li")]


def change_form(articles: Articles, author, topic):
    post = articles.chosen
    return post_form(
        author, topic, title=post.title, slug=post.slug, status=Post.Status.DRAFT, featured="on", summary=post.summary
    )


def through_the_change_form(client, articles: Articles, author, topic):
    return client.post(f"{LIST_URL}{articles.chosen.pk}/change/", change_form(articles, author, topic), follow=True)


def through_the_add_form(client, articles: Articles, author, topic):
    articles.chosen.delete()
    data = post_form(author, topic, title="Ketamine and sleep", slug="ketamine-and-sleep-2", featured="on")
    return client.post(f"{LIST_URL}add/", data, follow=True)


def through_the_lists_button(client, articles: Articles, author, topic):
    return client.post(f"{LIST_URL}{articles.chosen.pk}/feature/", {}, HTTP_REFERER=f"http://testserver{LIST_URL}")


def through_the_lists_action(client, articles: Articles, author, topic):
    data = {"action": "make_featured", "_selected_action": [articles.chosen.pk]}
    return client.post(LIST_URL, data, follow=True)


def through_save_in_a_shell(client, articles: Articles, author, topic):
    articles.chosen.featured = True
    articles.chosen.save()


def through_create_in_a_shell(client, articles: Articles, author, topic):
    articles.chosen.delete()
    Post.objects.create(title="Ketamine and sleep", slug="sleep", summary="S", body="B", author=author, featured=True)


@dataclass(frozen=True)
class WritePath:
    write: Callable
    says: bool  # whether the editor sees a message (the admin's paths)


WRITE_PATHS = {
    "the article's form": WritePath(through_the_change_form, says=True),
    "the new-article form": WritePath(through_the_add_form, says=True),
    "the list's Make featured button": WritePath(through_the_lists_button, says=True),
    "the list's action": WritePath(through_the_lists_action, says=True),
    "save() in a shell": WritePath(through_save_in_a_shell, says=False),
    "create() in a shell": WritePath(through_create_in_a_shell, says=False),
}


@pytest.mark.parametrize("name", WRITE_PATHS)
def test_every_way_of_featuring_an_article_leaves_exactly_one_featured(
    name, client, staff_user, articles, author, topic
):
    log_in_verified(client, staff_user)

    response = WRITE_PATHS[name].write(client, articles, author, topic)

    assert list(Post.objects.filter(featured=True).values_list("title", flat=True)) == ["Ketamine and sleep"]
    if WRITE_PATHS[name].says:
        if response.status_code == 302:  # the button sends the editor back to the list
            response = client.get(response["Location"])
        assert "“Ketamine and sleep” is now the featured article; “Ketamine and migraine” is no longer featured." in (
            " ".join(messages_of(response))
        )


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(lambda a: Post.objects.filter(pk=a.chosen.pk).update(featured=True), id="a queryset's update()"),
        pytest.param(
            lambda a: Post.objects.bulk_create(
                [Post(title="Two", slug="two", summary="S", body="B", author=a.before.author, featured=True)]
            ),
            id="bulk_create()",
        ),
    ],
)
def test_the_database_refuses_a_bulk_write_that_would_make_a_second_featured_article(write, articles):
    with pytest.raises(IntegrityError), transaction.atomic():
        write(articles)

    assert list(Post.objects.filter(featured=True)) == [articles.before]


def test_a_draft_made_featured_is_said_to_wait_for_publishing_and_the_home_page_keeps_a_published_one(
    client, staff_user, articles, make_post
):
    log_in_verified(client, staff_user)

    response = client.post(f"{LIST_URL}{articles.chosen.pk}/feature/", follow=True)

    assert "The home page shows it once it is published." in " ".join(messages_of(response))
    home = soup_of(client.get("/")).select_one("main .featured h3")
    assert home is not None and home.get_text(strip=True) != "Ketamine and sleep"


def test_the_home_page_shows_the_article_made_featured(client, staff_user, articles, make_post):
    published = make_post(title="Ketamine for depression")
    log_in_verified(client, staff_user)
    assert soup_of(client.get("/")).select_one("main .featured h3").get_text(strip=True) == "Ketamine and migraine"

    client.post(f"{LIST_URL}{published.pk}/feature/")

    assert soup_of(client.get("/")).select_one("main .featured h3").get_text(strip=True) == "Ketamine for depression"


def test_the_action_refuses_more_than_one_article(client, staff_user, articles, make_post):
    other = make_post(title="Ketamine for depression")
    log_in_verified(client, staff_user)

    response = client.post(
        LIST_URL, {"action": "make_featured", "_selected_action": [articles.chosen.pk, other.pk]}, follow=True
    )

    assert messages_of(response) == ["Choose one article: only one is featured at a time."]
    assert list(Post.objects.filter(featured=True)) == [articles.before]


def test_the_article_form_names_the_article_now_featured(client, staff_user, articles):
    log_in_verified(client, staff_user)

    help_text = soup_of(client.get(f"{LIST_URL}{articles.chosen.pk}/change/")).select_one("#id_featured_helptext")

    assert "Now featured: “Ketamine and migraine”; ticking this box takes its place." in help_text.get_text()


def test_saving_the_featured_article_again_says_nothing_about_featuring(client, staff_user, articles, author, topic):
    log_in_verified(client, staff_user)
    before = articles.before
    data = post_form(author, topic, title=before.title, slug=before.slug, featured="on", summary=before.summary)

    response = client.post(f"{LIST_URL}{before.pk}/change/", data, follow=True)

    assert not any("featured" in message for message in messages_of(response))
    assert list(Post.objects.filter(featured=True)) == [before]


def test_the_feature_button_takes_posts_only_from_staff_who_may_change_articles(client, django_user_model, articles):
    viewer = django_user_model.objects.create_user(username="viewer", password=PASSWORD, is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_post"))
    log_in_verified(client, viewer)

    listing = soup_of(client.get(LIST_URL))
    refused = client.post(f"{LIST_URL}{articles.chosen.pk}/feature/")
    asked = client.get(f"{LIST_URL}{articles.chosen.pk}/feature/")

    assert listing.select(".feature-button") == []
    assert refused.status_code == 403
    assert asked.status_code == 405
    assert list(Post.objects.filter(featured=True)) == [articles.before]


def test_the_button_sends_the_editor_back_to_the_list_as_they_left_it(client, staff_user, articles):
    log_in_verified(client, staff_user)
    came_from = f"http://testserver{LIST_URL}?status=draft&q=sleep"

    back = client.post(f"{LIST_URL}{articles.chosen.pk}/feature/", HTTP_REFERER=came_from)
    elsewhere = client.post(f"{LIST_URL}{articles.before.pk}/feature/", HTTP_REFERER="https://evil.example/admin/")

    assert back["Location"] == came_from
    assert elsewhere["Location"] == LIST_URL
