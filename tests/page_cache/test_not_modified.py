"""A 304 says `Vary` as its 200 does (RFC 9110, 15.4.5): a proxy that revalidates a compressed copy must not
hand it to a browser that cannot read gzip. Every cached page, from the cache and freshly rendered, with and
without compression; and the answers that are not cached pages (an upload, the form) alike.
"""

from pathlib import Path

import pytest
from django.urls import resolve

from page_cache.generation import invalidate
from pages.models import Page

from ..helpers import FORM_URL, jpeg_bytes
from .conftest import CACHED_URLS

pytestmark = pytest.mark.django_db

CACHED = [*CACHED_URLS, "/blog/?page=2"]
GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def vary(response) -> set[str]:
    return {word.strip().lower() for word in response.get("Vary", "").split(",") if word.strip()}


@pytest.fixture
def site(make_post, location):
    for _ in range(11):
        make_post()
    Page.objects.create(title="FAQ", slug="faq", body="Questions and answers.")
    Page.objects.create(title="About", slug="about", body="Who we are.")


@pytest.mark.parametrize("encoding", [{}, GZIP], ids=["plain", "gzip"])
@pytest.mark.parametrize("fresh", [False, True], ids=["from the cache", "freshly rendered"])
@pytest.mark.parametrize("url", CACHED)
def test_a_304_for_a_cached_page_varies_as_its_200(url, fresh, encoding, site, reader):
    page = reader.get(url, headers=encoding)
    assert page.status_code == 200 and "accept-encoding" in vary(page)
    if fresh:
        invalidate()  # the next answer is rendered again: the same page, the same ETag

    not_modified = reader.get(url, headers={**encoding, "If-None-Match": page["ETag"]})

    assert not_modified.status_code == 304
    assert vary(not_modified) == vary(page)
    assert not_modified["ETag"].removeprefix("W/") == page["ETag"].removeprefix("W/")


def test_a_304_for_an_upload_varies_as_its_200(reader):
    """Uploads are Django's to serve when SERVE_MEDIA is on (a laptop, or no proxy in front)."""
    url = "/media/blog/heroes/hero.jpg"
    # Where the URLconf serves uploads from: the MEDIA_ROOT of whichever test imported it first.
    folder = Path(resolve(url).kwargs["document_root"]) / "blog" / "heroes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hero.jpg").write_bytes(jpeg_bytes())
    upload = reader.get(url)

    not_modified = reader.get(url, headers={"If-Modified-Since": upload["Last-Modified"]})

    assert upload.status_code == 200 and not_modified.status_code == 304
    assert "accept-encoding" in vary(upload)
    assert vary(not_modified) == vary(upload)


@pytest.mark.parametrize("url", [FORM_URL, "/blog/search/?q=migraine", "/blog/?utm_source=newsletter"])
def test_pages_that_are_not_cached_are_answered_in_full_to_a_conditional_request(url, site, reader):
    page = reader.get(url)
    assert page.status_code == 200 and "ETag" not in page and "Last-Modified" not in page

    again = reader.get(url, headers={"If-None-Match": '"anything"', "If-Modified-Since": "Fri, 04 Dec 2099 00:00 GMT"})

    assert again.status_code == 200
    assert vary(again) == vary(page)
