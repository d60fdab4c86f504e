from django.apps import AppConfig


class IncomingConfig(AppConfig):
    """Site-wide handling of every incoming request: the NUL guard and the client's address."""

    name = "incoming"
