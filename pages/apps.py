from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages and locations"

    def ready(self) -> None:
        from .content_version import connect_signals

        connect_signals()
