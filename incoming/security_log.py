"""The security log: failed staff logins and Content Security Policy reports, in a log of their own.

Staff usernames and addresses are kept there on purpose (who tried which account from where is what
an investigation needs, and django-axes masks both in its own lines); no patient data ever reaches it.
"""

import logging
import logging.config
from typing import Any, cast

from django.conf import settings
from django.http import HttpRequest

from .client_address import client_ip

logger = logging.getLogger("security.login")

# Django's usernames are at most 150 characters; a longer one is an attack, not a name.
MAX_USERNAME_CHARS = 150


def log_failed_login(
    sender: object, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    """Receiver of Django's user_login_failed (the only place a failed sign-in is known): the username
    (shortened, line breaks escaped by %r) and the client's address. The password never reaches here."""
    username = str(credentials.get("username", ""))[:MAX_USERNAME_CHARS]
    address = client_ip(request) if request is not None else "unknown"
    logger.warning("failed staff login for username %r from %s", username, address)


def configure_logging(config: dict[str, Any]) -> None:
    """settings.LOGGING, plus the security log's own handler (settings.LOGGING_CONFIG points here).

    The "security" loggers do not propagate: their lines go to that handler only, a file when
    SECURITY_LOG_FILE is set (kept apart, and longer, than the application's log), else stderr.
    """
    handler: dict[str, Any] = {"formatter": "security", "level": "INFO"}
    if settings.SECURITY_LOG_FILE:
        handler.update({"class": "logging.handlers.WatchedFileHandler", "filename": settings.SECURITY_LOG_FILE})
    else:
        handler["class"] = "logging.StreamHandler"
    full_config = {
        **config,
        "formatters": {
            **config.get("formatters", {}),
            "security": {"format": "%(asctime)s security %(name)s %(levelname)s %(message)s"},
        },
        "handlers": {**config.get("handlers", {}), "security": handler},
        "loggers": {
            **config.get("loggers", {}),
            "security": {"handlers": ["security"], "level": "INFO", "propagate": False},
        },
    }
    logging.config.dictConfig(cast(Any, full_config))
