from django.apps import AppConfig


class IncomingConfig(AppConfig):
    """Site-wide handling of every request: the NUL guard, the client's address, the security headers."""

    name = "incoming"

    def ready(self) -> None:
        from . import checks  # noqa: F401 - registers the system checks
