import json
from typing import Any

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from blog import structured_data
from blog.models import Post

register = template.Library()

LATEST_POSTS_COUNT = 5
# As Django's json_script: no "</script>" or HTML can break out of the JSON.
JSON_IN_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.inclusion_tag("blog/includes/latest_posts.html")
def latest_posts(heading_id: str, count: int = LATEST_POSTS_COUNT) -> dict:
    posts = Post.objects.published().only("title", "slug", "published_at")[:count]
    return {"latest_posts": posts, "heading_id": heading_id}


@register.simple_tag
def json_ld(*blocks: dict[str, Any] | list[dict[str, Any]]) -> str:
    """Each schema.org block in its own script element, escaped to be safe inside <script>."""
    flat = [item for block in blocks for item in (block if isinstance(block, list) else [block])]
    return format_html_join(
        "",
        '<script type="application/ld+json">{}</script>',
        ((mark_safe(json.dumps(item, cls=DjangoJSONEncoder).translate(JSON_IN_SCRIPT_ESCAPES)),) for item in flat),
    )


@register.simple_tag
def article_json_ld(post: Post) -> str:
    return json_ld(structured_data.article(post))
