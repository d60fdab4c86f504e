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
# Ids only where Markdown puts its footnote anchors ("fnref:1" on <sup>, "fn:1" on <li>), so that
# footnote links lead somewhere; nothing else in an article may take an id from the page.
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}, "ol": {"start"}, "sup": {"id"}, "li": {"id"},
}  # fmt: skip
WORDS_PER_MINUTE = 200


def render_markdown(text: str) -> str:
    """Render staff-written Markdown to HTML that is safe to show as-is.

    Raw HTML in the source is escaped by the sanitiser, not trusted; links get
    rel="noopener noreferrer" so an article cannot leak the reader's page.
    """
    html = markdown.markdown(text, extensions=["extra", "sane_lists"], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel", "sms"},
        link_rel="noopener noreferrer",
    )


def reading_minutes(text: str) -> int:
    words = len(re.findall(r"\w+", text))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
