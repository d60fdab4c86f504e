"""Anonymous readers get public pages from the shared cache; staff, forms and anything personal never do."""

import pytest
from django.conf import settings
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.cache import cache
from django.utils import timezone

from blog.models import Post
from blog.readership import counter_key

from ..helpers import FORM_URL, log_in_verified, soup_of

pytestmark = pytest.mark.django_db


def test_the_second_reader_of_an_article_gets_the_same_page_without_a_database_query(
    reader, other_reader, make_post, django_assert_num_queries
):
    post = make_post(title="Migraine relief")
    first = reader.get(post.get_absolute_url())

    with django_assert_num_queries(0):
        second = other_reader.get(post.get_absolute_url())

    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert "Migraine relief" in second.content.decode()


def test_a_cached_article_is_still_counted_as_a_reading(reader, other_reader, make_post):
    post = make_post()
    for visitor in (reader, other_reader):
        page = visitor.get(post.get_absolute_url())
        visitor.post(soup_of(page).select_one("[data-reading]")["data-reading"])  # static/js/reading.js

    assert cache.get(counter_key(post.slug, timezone.localdate())) == 2


@pytest.mark.parametrize(
    "url", ["/", "/blog/", "/blog/topics/migraine/", "/blog/authors/dana-reyes/", "/contact/", "/faq/", "/sitemap.xml"]
)
def test_home_lists_topics_authors_pages_and_the_sitemap_come_from_the_cache(
    url, reader, other_reader, make_post, location, django_assert_num_queries
):
    make_post()
    from pages.models import Page

    Page.objects.create(title="FAQ", slug="faq", body="Questions and answers.")
    first = reader.get(url)

    with django_assert_num_queries(0):
        second = other_reader.get(url)

    assert first.status_code == 200
    assert second.content == first.content


def test_a_browser_that_has_the_page_is_told_it_has_not_changed(reader, make_post):
    post = make_post()
    first = reader.get(post.get_absolute_url())

    again = reader.get(post.get_absolute_url(), headers={"If-None-Match": first["ETag"]})

    assert again.status_code == 304
    assert again.content == b""


def test_a_browser_that_only_knows_the_date_gets_the_page_again(reader, make_post):
    """Last-Modified counts whole seconds: a page corrected within the same second would look unchanged."""
    post = make_post()
    first = reader.get(post.get_absolute_url())

    since = reader.get(post.get_absolute_url(), headers={"If-Modified-Since": first["Last-Modified"]})

    assert since.status_code == 200
    assert since.content == first.content


def test_browsers_and_proxies_may_keep_a_public_page_but_must_ask_again(reader, make_post):
    response = reader.get(make_post().get_absolute_url())

    assert set(response["Cache-Control"].split(", ")) == {"public", "no-cache"}
    assert response["Last-Modified"]
    assert "Vary" not in response or "Cookie" not in response["Vary"]


def test_a_cached_page_sets_no_cookie_even_for_a_visitor_who_opened_the_form(reader, make_post, location):
    post = make_post()
    reader.get(FORM_URL)  # the form sets the CSRF cookie
    first = reader.get(post.get_absolute_url())
    second = reader.get(post.get_absolute_url())

    assert not first.cookies
    assert not second.cookies
    assert b"csrfmiddlewaretoken" not in second.content


def test_the_appointment_form_is_never_cached_and_every_visitor_gets_their_own_tokens(reader, other_reader, location):
    pages = [reader.get(FORM_URL), other_reader.get(FORM_URL), reader.get(FORM_URL)]

    def tokens(response) -> tuple[str, str]:
        soup = soup_of(response)
        return (
            soup.select_one("input[name=csrfmiddlewaretoken]")["value"],
            soup.select_one("input[name=submission_token]")["value"],
        )

    assert len({tokens(page) for page in pages}) == 3
    assert len({tokens(page)[1] for page in pages}) == 3
    assert all("no-store" in page["Cache-Control"] and "ETag" not in page for page in pages)
    cookie = settings.CSRF_COOKIE_NAME
    assert reader.cookies[cookie].value != other_reader.cookies[cookie].value


def test_staff_never_get_a_cached_page(client, reader, staff_user, make_post):
    post = make_post(title="First title")
    reader.get(post.get_absolute_url())
    Post.objects.filter(pk=post.pk).update(title="Changed without a save")  # no signal: the cache is stale
    log_in_verified(client, staff_user)

    staff_page = client.get(post.get_absolute_url())

    assert "Changed without a save" in staff_page.content.decode()
    assert {"private", "no-store"} <= set(staff_page["Cache-Control"].split(", "))
    assert "ETag" not in staff_page
    assert "First title" in reader.get(post.get_absolute_url()).content.decode()


def test_a_staff_preview_never_reaches_readers(client, reader, staff_user, make_post):
    draft = make_post(status=Post.Status.DRAFT)
    published = make_post()
    log_in_verified(client, staff_user)

    assert "Preview: this article is not public yet" in client.get(draft.get_absolute_url()).content.decode()
    client.get(published.get_absolute_url())

    assert reader.get(draft.get_absolute_url()).status_code == 404
    assert "Preview" not in reader.get(published.get_absolute_url()).content.decode()


def test_a_query_string_other_than_the_page_number_is_rendered_as_it_comes(reader, make_post):
    post = make_post()
    reader.get(post.get_absolute_url())

    response = reader.get(post.get_absolute_url() + "?utm_source=newsletter")

    assert response.status_code == 200
    assert "ETag" not in response


def test_each_page_of_the_article_list_is_cached_on_its_own(reader, other_reader, make_post):
    for number in range(11):
        make_post(title=f"Listed {number:02d}")

    first_page = reader.get("/blog/").content.decode()
    second_page = reader.get("/blog/?page=2").content.decode()

    assert other_reader.get("/blog/?page=2").content.decode() == second_page != first_page
    assert "Listed 10" not in first_page or "Listed 10" not in second_page


def test_a_cached_page_is_answered_before_the_session_and_csrf_middleware(reader, make_post, monkeypatch):
    post = make_post()
    reader.get(post.get_absolute_url())  # rendered and stored
    calls: list[str] = []
    monkeypatch.setattr(SessionMiddleware, "process_request", lambda self, request: calls.append("session"))

    response = reader.get(post.get_absolute_url())

    assert response.status_code == 200 and response["ETag"]
    assert "default-src 'none'" in response["Content-Security-Policy"]  # the security headers, as on every page
    assert calls == []
