import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

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
def article_json_ld(post: Post) -> str:
    """schema.org Article data for search engines, escaped to be safe inside <script>."""
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage" if post.medical_reviewer_id else "Article",
        "headline": post.title,
        "description": post.summary,
        "datePublished": post.published_at.isoformat(),
        "dateModified": post.last_modified.isoformat(),
        "author": {"@type": "Person", "name": post.author.name},
        "mainEntityOfPage": settings.SITE_URL + post.get_absolute_url(),
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME},
    }
    if post.hero_image:
        data["image"] = settings.SITE_URL + post.hero_image.url
    if post.medical_reviewer is not None:
        data["reviewedBy"] = {"@type": "Person", "name": post.medical_reviewer.name}
    payload = json.dumps(data, cls=DjangoJSONEncoder).translate(JSON_IN_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
