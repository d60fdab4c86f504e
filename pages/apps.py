from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages and locations"

    def ready(self) -> None:
        # The page cache sits below this app and imports none of its models: it is told what to watch.
        from page_cache.invalidation import watch

        from .models import ClosedDay, Location, OpeningHours, Page

        watch(Page, Location, OpeningHours, ClosedDay)
