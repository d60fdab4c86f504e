from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and logins for `make run`, and the data the benchmarks generate; on top of every other app."""

    name = "demo"

    def ready(self) -> None:
        from . import checks  # noqa: F401 - registers the deploy check against demo logins
