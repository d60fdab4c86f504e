"""What ends a generation: a saved or deleted row of anything the public pages show.

These are signal receivers, which the house rules keep for nothing but this: the rule against
signals is about side effects (email, tasks) a reader of save() would not expect. Forgetting a cache
is no such effect, and a receiver is the one place that hears every save, the admin's, a shell's and
a fixture's, inlines and many-to-many changes included. Bulk writes send no signals: the few there
are (public holidays, the demo content) call `invalidate()` themselves.
"""

from typing import Any

from django.db.models.signals import m2m_changed, post_delete, post_save

from blog.models import Author, Post, Reference, Topic
from pages.models import ClosedDay, Location, OpeningHours, Page

from .generation import invalidate

SHOWN_ON_PUBLIC_PAGES = (Post, Page, Topic, Author, Reference, Location, OpeningHours, ClosedDay)


def content_changed(sender: Any, action: str = "post_", **kwargs: Any) -> None:
    if action.startswith("post_"):  # many-to-many changes are signalled before and after; once is enough
        invalidate()


def connect() -> None:
    for model in SHOWN_ON_PUBLIC_PAGES:
        post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}")
    m2m_changed.connect(content_changed, sender=Post.topics.through, dispatch_uid="page-cache-post-topics")
