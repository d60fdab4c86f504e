"""Made-up addresses cannot fill the shared cache: a page is stored under its own address only, and once.

Every cached page is tried (`CACHED`): whatever is appended to its address (tracking tags, random values,
`?page=` spelt another way, a page past the last) is answered but adds no entry; a real page number of a
paginated list is stored once.
"""

import secrets

import pytest
from django.test import Client

from pages.models import Page

from .conftest import BROWSER, CACHED_URLS, stored_pages

pytestmark = pytest.mark.django_db

CACHED = CACHED_URLS
PAGINATED = ["/blog/", "/blog/topics/migraine/"]
POSTS_PER_PAGE = 10


def made_up_queries() -> list[str]:
    token = secrets.token_hex(4)
    return [
        f"?utm_source={token}",
        f"?{token}",
        f"?{token}=1",
        f"?page={token}",
        f"?page={secrets.randbelow(10**9) + 3}",  # past the last page
        "?page=1",  # the address without it
        "?page=01",
        "?page=02",
        "?page=+2",
        "?page=%32",
        "?page=2.0",
        "?page=%202",
        "?page=last",
        "?page=-1",
        "?page=0",
        "?page=",
        "?page",
        "?PAGE=2",
        "?page=2&page=2",
        "?page=2&page=3",
        f"?page=2&utm_source={token}",
        f"?utm_source={token}&page=2",
        "?page=2&",
        "?&page=2",
        "?page=2;x=1",
        "?page=%00",
        f"?page=1{'0' * 7}",
    ]


@pytest.fixture
def site(make_post, location):
    for _ in range(POSTS_PER_PAGE + 1):  # two pages of articles
        make_post()
    Page.objects.create(title="FAQ", slug="faq", body="Questions and answers.")
    Page.objects.create(title="About", slug="about", body="Who we are.")


@pytest.mark.parametrize("url", CACHED)
def test_made_up_query_strings_add_no_entry_to_the_cache(url, site, reader):
    assert reader.get(url).status_code == 200
    stored = stored_pages()
    assert stored >= 1

    statuses = {reader.get(url + query).status_code for _ in range(3) for query in made_up_queries()}

    assert stored_pages() == stored
    assert statuses <= {200, 400, 404}


@pytest.mark.parametrize("url", CACHED)
def test_a_made_up_query_string_is_never_answered_with_the_cached_page_of_another(url, site, reader):
    """`?page=2` stored for the list must not be what `/about/?page=2` gets, nor `?page=02` the list's page 2."""
    for query in ("", "?page=2"):
        reader.get(url + query)

    for query in made_up_queries():
        response = reader.get(url + query)
        assert "ETag" not in response, query


@pytest.mark.parametrize("url", PAGINATED)
def test_each_real_page_of_a_list_is_stored_once(url, site, reader, other_reader, django_assert_num_queries):
    before = stored_pages()
    first = reader.get(url + "?page=2")

    with django_assert_num_queries(0):
        second = other_reader.get(url + "?page=2")

    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert stored_pages() == before + 1
    reader.get(url + "?page=2")
    assert stored_pages() == before + 1


@pytest.mark.parametrize("url", PAGINATED)
@pytest.mark.parametrize(
    ("query", "status"), [("?page=3", 404), ("?page=0", 404), ("?page=abc", 404), ("?page=%00", 400)]
)
def test_a_page_past_the_last_or_not_a_number_is_a_cheap_client_error_never_stored(
    url, query, status, site, reader, django_assert_max_num_queries
):
    reader.get(url)  # the generation and the site's fragments are there, as on a live site
    before = stored_pages()

    # The count (or the topic and the count), then the error page from cached fragments.
    with django_assert_max_num_queries(3):
        response = reader.get(url + query)

    assert response.status_code == status
    assert "ETag" not in response
    assert stored_pages() == before


def test_a_flood_of_random_page_numbers_leaves_the_cache_as_it_was(site):
    """The issue's measurement: `/?page=<random>` stored one entry per request (2,000 at 146 a second)."""
    flooder = Client(headers=BROWSER)
    flooder.get("/")
    before = stored_pages()

    for _ in range(200):
        assert flooder.get(f"/?page={secrets.token_hex(6)}").status_code == 200
        assert flooder.get(f"/blog/?page={secrets.randbelow(10**6) + 3}").status_code == 404

    assert stored_pages() == before
