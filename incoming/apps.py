from django.apps import AppConfig


class IncomingConfig(AppConfig):
    """Site-wide handling of every request: the NUL guard, the client's address, the security headers and log."""

    name = "incoming"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_login_failed

        from . import checks  # noqa: F401 - registers the system checks
        from .security_log import log_failed_login

        user_login_failed.connect(log_failed_login, dispatch_uid="incoming.security_log.failed_login")
