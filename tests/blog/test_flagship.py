"""The flagship article is served word for word from its Markdown source."""

import re
from pathlib import Path

import frontmatter
import pytest
from bs4 import BeautifulSoup

from pages.demo import CONTENT_DIR

from ..helpers import soup_of

FLAGSHIP = CONTENT_DIR / "posts" / "ketamine-therapy-migraine-relief.md"
FLAGSHIP_URL = "/blog/ketamine-therapy-migraine-relief/"


def markdown_blocks(path: Path) -> list[tuple[str, str]]:
    """(kind, text) for every heading, paragraph and list item of the source, in order."""
    blocks = []
    for chunk in frontmatter.load(path).content.strip().split("\n\n"):
        if heading := re.match(r"^(#+) (.*)$", chunk):
            blocks.append((f"h{len(heading.group(1))}", heading.group(2)))
        elif chunk.startswith("- "):
            blocks.extend(("li", line.removeprefix("- ")) for line in chunk.splitlines())
        else:
            blocks.append(("p", chunk))
    return blocks


def page_blocks(html: bytes) -> list[tuple[str, str]]:
    body = BeautifulSoup(html, "html.parser").select_one(".article-body")
    return [(element.name, element.get_text()) for element in body.find_all(["h2", "h3", "h4", "p", "li"])]


@pytest.mark.django_db
def test_flagship_article_text_matches_its_markdown_source(client, demo_content):
    response = client.get(FLAGSHIP_URL)

    assert response.status_code == 200
    assert page_blocks(response.content) == markdown_blocks(FLAGSHIP)


@pytest.mark.django_db
def test_flagship_article_has_its_title_lists_and_call_to_action(client, demo_content):
    soup = soup_of(client.get(FLAGSHIP_URL))

    assert soup.h1.get_text() == "Ketamine Therapy: A New Hope for Migraine Relief"
    lists = soup.select(".article-body ul")
    assert [len(ul.find_all("li")) for ul in lists] == [4, 7]
    assert soup.select_one(".hero-image")["alt"] == (
        "Thumbnail Image of Ketamine Therapy_ A New Hope for Migraine Relief by Avesta"
    )
    assert soup.select_one(".article-cta a").get_text() == "Request An Appointment Today!"
    assert [a.get_text() for a in soup.select(".topics a")] == ["Chronic Pain", "Ketamine Therapy", "Migraine"]
