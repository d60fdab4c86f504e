from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from page_cache import files
from page_cache.generation import current_generation


class Command(BaseCommand):
    help = (
        "Run every minute when PAGE_FILES_ROOT is set: start a new generation when a scheduled article's time "
        "has come (no request reaches Django for pages the proxy serves as files), follow a generation started "
        "elsewhere, and delete page files older than PAGE_CACHE_SECONDS."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        generation = current_generation()
        files.follow(generation.token)
        removed = files.remove_older_than(settings.PAGE_CACHE_SECONDS)
        self.stdout.write(f"Generation {generation.token}; {removed} old page files removed.")
