"""Page titles and descriptions that fit what search engines show: 60 and 160 characters."""

import html

from django import template
from django.conf import settings
from django.utils.html import strip_tags

register = template.Library()

TITLE_MAX = 60
DESCRIPTION_MAX = 160


@register.filter
def page_title(title: str) -> str:
    """“Title · Site name”, or with the short name, or the title alone: the longest that fits."""
    title = " ".join(title.split())
    if not title:
        return str(settings.SITE_NAME)
    for site in (settings.SITE_NAME, settings.SITE_SHORT_NAME):
        if len(candidate := f"{title} · {site}") <= TITLE_MAX:
            return candidate
    return shortened(title, TITLE_MAX)


@register.filter
def meta_description(text: str) -> str:
    return shortened(" ".join(text.split()), DESCRIPTION_MAX)


def shortened(text: str, limit: int) -> str:
    """The text, cut at the last whole word that leaves room for “…” when it is longer than limit."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " ":  # the cut fell inside a word: leave that word out
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:·-–") + "…"


class CaptureNode(template.Node):
    def __init__(self, nodelist: template.NodeList, name: str) -> None:
        self.nodelist = nodelist
        self.name = name

    def render(self, context: template.Context) -> str:
        # Plain text: the page escapes it once where it is used.
        context[self.name] = html.unescape(strip_tags(self.nodelist.render(context))).strip()
        return ""


@register.tag
def capture(parser: template.base.Parser, token: template.base.Token) -> CaptureNode:
    """{% capture as name %}…{% endcapture %}: render once, use twice (the <title> and og:title)."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])
