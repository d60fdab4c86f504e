"""The page cache in a Redis of its own that evicts under a ceiling, the limits in one that never evicts;
made-up addresses add nothing to the first, and a 304 through nginx says `Vary` as its 200 does.

Runs on the local stack (deploy/local-stack.sh, see conftest.py), whose two Redis servers are started from
the production files in deploy/redis/.
"""

import secrets

import pytest

from .client import Browser
from .conftest import Stack

pytestmark = pytest.mark.stack

FEED = "/blog/feed/rss/"  # cached by the app, never a page file: a conditional GET reaches Django


def test_the_page_cache_evicts_under_its_ceiling_and_the_limits_never_evict(stack: Stack):
    pages, limits = stack.redis("pages").config_get("maxmemory*"), stack.redis("limits").config_get("maxmemory*")

    assert pages["maxmemory-policy"] == "allkeys-lru"
    assert int(pages["maxmemory"]) == 256 * 1024 * 1024
    assert limits["maxmemory-policy"] == "noeviction"
    assert int(limits["maxmemory"]) > 0


def test_the_app_keeps_pages_in_the_one_and_limits_in_the_other(stack: Stack):
    browser = Browser(stack.host)
    assert browser.via_nginx(stack.https_port, "GET", FEED).status == 200

    assert stack.redis("pages").keys("*page-cache:page:*")
    assert not stack.redis("limits").keys("*page-cache*")


def test_made_up_addresses_through_nginx_add_nothing_to_the_page_cache(stack: Stack):
    browser = Browser(stack.host)
    for path in ("/", "/blog/", FEED):
        assert browser.via_nginx(stack.https_port, "GET", path).status == 200
    pages = stack.redis("pages")
    before = pages.dbsize()

    statuses = [
        browser.via_nginx(stack.https_port, "GET", f"{path}?{query}={secrets.token_hex(6)}").status
        for _ in range(20)
        for path in ("/", "/blog/", FEED)
        for query in ("page", "utm_source")
    ]

    assert set(statuses) <= {200, 404}
    assert pages.dbsize() == before


def test_a_304_through_nginx_varies_as_its_200(stack: Stack):
    browser = Browser(stack.host)
    page = browser.via_nginx(stack.https_port, "GET", FEED)
    assert page.status == 200

    not_modified = browser.via_nginx(stack.https_port, "GET", FEED, headers={"If-None-Match": page.headers["ETag"]})

    assert not_modified.status == 304
    assert "Accept-Encoding" in page.headers["Vary"]
    assert not_modified.headers["Vary"] == page.headers["Vary"]
