"""What search engines and link previews read on every page the sitemap lists."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from .helpers import soup_of

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_paths(client) -> list[str]:
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return [urlsplit(loc.text).path for loc in root.findall("s:url/s:loc", SITEMAP_NS)]


def test_every_page_in_the_sitemap_has_a_short_title_and_description_and_open_graph(client, demo_content):
    paths = sitemap_paths(client)
    assert (
        "/blog/ketamine-therapy-migraine-relief/" in paths
        and "/faq/" in paths
        and "/blog/authors/leila-farahani/" in paths
    )

    problems = []
    for path in paths:
        soup = soup_of(client.get(path))
        title = soup.title.get_text()
        description = soup.find("meta", attrs={"name": "description"})["content"]
        if not 10 <= len(title) <= 60:
            problems.append(f"{path}: title of {len(title)} characters: {title!r}")
        if not 50 <= len(description) <= 160:
            problems.append(f"{path}: description of {len(description)} characters: {description!r}")
        for prop in ["og:title", "og:description", "og:type", "og:url", "og:image"]:
            if not (tag := soup.find("meta", property=prop)) or not tag["content"].strip():
                problems.append(f"{path}: no {prop}")
    assert problems == []


def test_a_long_title_keeps_whole_words_and_the_site_name_when_it_fits(client, make_post):
    short = make_post(title="Ketamine and sleep")
    long = make_post(title="A very long article title about ketamine, sleep, dreams and what the research says today")

    assert soup_of(client.get(short.get_absolute_url())).title.get_text() == (
        "Ketamine and sleep · Avesta Ketamine & Wellness"
    )
    assert soup_of(client.get(long.get_absolute_url())).title.get_text() == (
        "A very long article title about ketamine, sleep, dreams and…"
    )
