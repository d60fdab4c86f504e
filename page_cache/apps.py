import logging
from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate

logger = logging.getLogger(__name__)


class PageCacheConfig(AppConfig):
    """The models whose changes end the page cache's generation, and what ends it by itself, are registered
    by the apps that own them (blog/apps.py, pages/apps.py): this app imports none of them."""

    name = "page_cache"
    verbose_name = "Page cache"

    def ready(self) -> None:
        post_migrate.connect(migrated, sender=self, dispatch_uid="page-cache-migrated")


def migrated(**kwargs: Any) -> None:
    """A migration's data changes send no signal, and a deployment runs `migrate` with new templates: pages
    cached before it are not served after. A cache that does not answer must not fail the deployment; its
    pages then last PAGE_CACHE_SECONDS at most."""
    from .generation import start_generation

    try:
        start_generation()
    except Exception as error:
        logger.warning("page cache generation not renewed after migrate (%s)", type(error).__name__)
