from typing import Any

from django import template

from blog.models import Post
from blog.renditions import SLOTS

register = template.Library()


@register.inclusion_tag("blog/includes/picture.html")
def hero_picture(post: Post, slot: str) -> dict[str, Any]:
    """The post's hero as a <picture> sized for `slot` (a key of blog.renditions.SLOTS)."""
    return {"post": post, "picture": post.hero_picture, "slot": SLOTS[slot]}
