"""What ends a generation: a saved or deleted row of anything the public pages show.

The apps above this one register their models from their `ready()` (`watch(Post, Topic, ...)`): the page
cache knows no content model of its own. These are signal receivers, which the house rules keep for
nothing but this: the rule against signals is about side effects (email, tasks) a reader of save()
would not expect. Forgetting a cache is no such effect, and a receiver is the one place that hears every
save, the admin's, a shell's and a fixture's, inlines and many-to-many changes included. Writes that send
no signal (bulk_create, bulk_update, a queryset's update(), the rendition worker's update) call
`invalidate()` themselves.
"""

from typing import Any

from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save

from .generation import invalidate

_watched: list[type[Model]] = []


def content_changed(sender: Any, action: str = "post_", **kwargs: Any) -> None:
    if action.startswith("post_"):  # many-to-many changes are signalled before and after; once is enough
        invalidate()


def watch(*models: type[Model]) -> None:
    """Public pages show these models: a save or delete of any row, or a change of their many-to-many
    relations, ends the generation."""
    for model in models:
        label = model._meta.label
        post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-save-{label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-delete-{label}")
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            assert through is not None  # resolved once the apps are ready
            m2m_changed.connect(content_changed, sender=through, dispatch_uid=f"page-cache-m2m-{through._meta.label}")
        if model not in _watched:
            _watched.append(model)


def watched() -> list[type[Model]]:
    return list(_watched)
