"""A new article is a draft until an editor publishes it, and it goes live dated when it is published.

The forms are sent as a browser would send them: every field as the page filled it in (hidden
initial values too), with only what the test names changed.
"""

import datetime

import pytest
from django.utils import timezone

from blog.models import Post

from ..helpers import soup_of

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/blog/post/add/"


def as_the_browser_sends_it(response, form_id: str = "post_form") -> dict[str, list[str]]:
    """Each field of the form with the value the page gave it (no file chosen, no button pressed)."""
    form = soup_of(response).select_one(f"form#{form_id}")
    data: dict[str, list[str]] = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name, kind = field["name"], field.get("type", "")
        if kind in {"file", "submit", "button"} or (kind in {"checkbox", "radio"} and not field.has_attr("checked")):
            continue
        if field.name == "select":
            values = [option.get("value", option.get_text()) for option in field.select("option[selected]")]
        elif field.name == "textarea":
            values = [field.get_text()]
        else:
            values = [field.get("value", "on" if kind == "checkbox" else "")]
        data.setdefault(name, []).extend(values)
    return data


def new_article(editor, author, topic, **changes: str) -> dict[str, list[str]]:
    data = as_the_browser_sends_it(editor.get(ADD_URL))
    fields = {
        "title": "Ketamine and sleep",
        "slug": "ketamine-and-sleep",
        "summary": "What we know.",
        "body": "Some words.",
        "author": str(author.pk),
        **changes,
    }
    data.update({name: [value] for name, value in fields.items()})
    data["topics"] = [str(topic.pk)]
    return data


def test_the_add_page_offers_a_draft(editor):
    page = soup_of(editor.get(ADD_URL))

    assert [option["value"] for option in page.select('select[name="status"] option[selected]')] == ["draft"]


def test_an_article_saved_without_touching_its_status_is_a_draft_readers_cannot_see(client, editor, author, topic):
    response = editor.post(ADD_URL, new_article(editor, author, topic))

    assert response.status_code == 302
    post = Post.objects.get()
    assert post.status == Post.Status.DRAFT
    client.logout()
    assert client.get(post.get_absolute_url()).status_code == 404
    assert post.slug not in client.get("/blog/").content.decode()


@pytest.fixture
def draft_written_last_week(editor, author, topic) -> Post:
    """A draft saved from the add page a week ago: its publish date is when that page was opened."""
    editor.post(ADD_URL, new_article(editor, author, topic))
    week_ago = timezone.now() - datetime.timedelta(days=7)
    Post.objects.update(published_at=week_ago, modified_at=week_ago)
    return Post.objects.get()


def publish(editor, post: Post, **changes: str) -> Post:
    change_url = f"/admin/blog/post/{post.pk}/change/"
    data = as_the_browser_sends_it(editor.get(change_url))
    data.update({"status": [Post.Status.PUBLISHED], **{name: [value] for name, value in changes.items()}})
    response = editor.post(change_url, data)
    assert response.status_code == 302
    post.refresh_from_db()
    return post


def test_a_draft_published_later_goes_live_dated_now_not_when_it_was_begun(editor, draft_written_last_week, make_post):
    yesterdays = make_post(title="Yesterday's article", published_at=timezone.now() - datetime.timedelta(days=1))

    before = timezone.now().replace(microsecond=0)  # the form's date has whole seconds

    post = publish(editor, draft_written_last_week)

    assert before <= post.published_at <= timezone.now()
    assert Post.objects.published().first() == post  # at the top of every list and feed, above yesterday's
    assert yesterdays in Post.objects.published()


@pytest.mark.parametrize(
    ("chosen", "live"),
    [(datetime.timedelta(days=-30), True), (datetime.timedelta(days=3), False)],
    ids=["a date in the past (moved from an old site)", "a date to come (scheduled)"],
)
def test_a_publish_date_the_editor_chose_is_kept(editor, draft_written_last_week, chosen, live):
    when = timezone.localtime() + chosen

    post = publish(
        editor, draft_written_last_week, published_at_0=f"{when:%Y-%m-%d}", published_at_1=f"{when:%H:%M:%S}"
    )

    assert post.published_at.replace(microsecond=0) == when.replace(microsecond=0)
    assert (post in Post.objects.published()) is live


def test_republishing_keeps_the_first_publish_date(editor, make_post):
    live_since = (timezone.now() - datetime.timedelta(days=40)).replace(microsecond=0)
    post = make_post(published_at=live_since)

    post = publish(editor, post, title="A corrected title")

    assert post.published_at == live_since
