"""A reader's visit to an article is counted by the page itself, once it has loaded in the browser."""

import pytest
from django.core.cache import cache
from django.utils import timezone
from playwright.sync_api import expect

from blog.readership import counter_key

pytestmark = pytest.mark.django_db(transaction=True)

ARTICLE = "/blog/ketamine-therapy-migraine-relief/"


# Headless Chromium says so in its user agent, and crawlers are not readers (blog/readership.py).
A_PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1"


def test_opening_an_article_counts_one_reading_and_a_reload_no_more(browser, live_server, demo_content):
    context = browser.new_context(base_url=live_server.url, user_agent=A_PHONE)
    page = context.new_page()
    page.goto(ARTICLE)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.wait_for_load_state("networkidle")

    key = counter_key("ketamine-therapy-migraine-relief", timezone.localdate())
    assert cache.get(key) == 1
    page.reload()  # the same reader within the hour (blog/readership.py): still one reading
    page.wait_for_load_state("networkidle")
    assert cache.get(key) == 1
    context.close()
