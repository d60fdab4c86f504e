"""Markdown to safe HTML, and facts derived from an article's text."""

import math
import re

import markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "em", "h2", "h3", "h4", "h5", "h6", "hr",
    "li", "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody", "td", "th",
    "thead", "tr", "ul",
}  # fmt: skip
# Ids only where Markdown puts its footnote anchors ("fnref:1" on <sup>, "fn:1" on <li>) and on section
# headings ("section-…", for the table of contents), so that links lead somewhere.
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}, "ol": {"start"}, "sup": {"id"}, "li": {"id"},
    "h2": {"id"}, "h3": {"id"},
}  # fmt: skip
WORDS_PER_MINUTE = 200
# "[1]" in an article's text cites its reference number 1 (blog/references.py); never inside a link or code.
CITATION = re.compile(r"\[(\d{1,3})\](?![^<]*</(?:a|code)>)")
# A table of contents is shown from this many sections (h2 headings) up.
CONTENTS_MIN_SECTIONS = 4


def render_markdown(text: str) -> str:
    """Render staff-written Markdown to HTML that is safe to show as-is.

    Raw HTML in the source is removed by the sanitiser, not trusted; links get
    rel="noopener noreferrer" so an article cannot leak the reader's page.
    """
    return _clean(markdown.markdown(text, extensions=["extra", "sane_lists"], output_format="html"))


def render_article(text: str) -> tuple[str, list[tuple[str, str]]]:
    """An article's HTML, its sections' headings given ids, and its citations linked to its references.

    Returns the HTML and the (id, heading) of each section (h2), for the table of contents.
    """
    converter = markdown.Markdown(
        # "extra" without attr_list, with which a writer could give a heading an id of the page's own.
        extensions=["abbr", "def_list", "fenced_code", "footnotes", "tables", "sane_lists", "toc"],
        extension_configs={"toc": {"slugify": _section_id, "toc_depth": "2-3"}},
        output_format="html",
    )
    html = _clean(converter.convert(text))
    html = CITATION.sub(r'<sup class="citation"><a href="#reference-\1">[\1]</a></sup>', html)
    sections = [(token["id"], token["name"]) for token in converter.toc_tokens if token["level"] == 2]  # type: ignore[attr-defined]
    return html, sections


def removed_html(text: str) -> list[str]:
    """The HTML tags typed into the Markdown that the page will not show, e.g. ["iframe", "script"]."""
    tags = {tag.lower() for tag in re.findall(r"<([a-zA-Z][a-zA-Z0-9-]*)", text)}
    return sorted(tags - ALLOWED_TAGS)


def _section_id(heading: str, separator: str) -> str:
    # Prefixed, so that no heading can take an id the page itself uses ("main", "reference-1").
    return "section-" + re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def _clean(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_only_section_ids,
        url_schemes={"http", "https", "mailto", "tel", "sms"},
        link_rel="noopener noreferrer",
    )


def _only_section_ids(tag: str, attribute: str, value: str) -> str | None:
    if tag in {"h2", "h3"} and attribute == "id" and not value.startswith("section-"):
        return None
    return value


def reading_minutes(text: str) -> int:
    words = len(re.findall(r"\w+", text))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
