"""The content generation: one number in the shared cache that every content save bumps.

Cached fragments (header, footer, an article's body, the form's layout) put it in their keys, so a saved
article, page, topic, author, location, opening hours, closed day or reference makes every server render
afresh, without anyone listing which keys to delete. Old fragments simply expire.
"""

import time
from typing import Any

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

GENERATION_KEY = "content-generation"
# What makes a page look different: (app label, model name).
CONTENT_MODELS = [
    ("blog", "Post"),
    ("blog", "Topic"),
    ("blog", "Author"),
    ("blog", "Reference"),
    ("pages", "Page"),
    ("pages", "Location"),
    ("pages", "OpeningHours"),
    ("pages", "ClosedDay"),
]


def content_generation() -> int:
    """The current generation. A lost key (Redis evicted it, a flush) starts again from the clock, which is
    past every number used before, so no fragment from before the loss is ever used again."""
    cache.add(GENERATION_KEY, time.time_ns())
    generation = cache.get(GENERATION_KEY)
    return int(generation) if generation is not None else time.time_ns()


def bump_content_generation() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no key yet (or evicted): a fresh start is a new generation too
        cache.add(GENERATION_KEY, time.time_ns())


def _content_changed(**kwargs: Any) -> None:
    bump_content_generation()


def connect_signals() -> None:
    """Called once from PagesConfig.ready(): bump on every save and delete of content."""
    for app_label, model_name in CONTENT_MODELS:
        model = apps.get_model(app_label, model_name)
        post_save.connect(_content_changed, sender=model, dispatch_uid=f"content-generation-save-{model_name}")
        post_delete.connect(_content_changed, sender=model, dispatch_uid=f"content-generation-delete-{model_name}")
    post_model = apps.get_model("blog", "Post")
    for field in post_model._meta.many_to_many:
        through = getattr(post_model, field.name).through
        m2m_changed.connect(_content_changed, sender=through, dispatch_uid=f"content-generation-m2m-{field.name}")
