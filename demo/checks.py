"""Deployment check: no demo login with the published demo password (`manage.py check --deploy`)."""

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import CheckMessage, Error, Tags, register
from django.db import DatabaseError

from .logins import DEMO_PASSWORD, DEMO_USERNAMES


@register(Tags.security, deploy=True)
def check_no_demo_logins(
    app_configs: Sequence[AppConfig] | None, databases: Sequence[str] | None = None, **kwargs: Any
) -> list[CheckMessage]:
    if settings.DEBUG or (databases is not None and "default" not in databases):
        return []
    try:
        demo = [
            user.get_username()
            for user in get_user_model().objects.filter(username__in=DEMO_USERNAMES)
            if user.check_password(DEMO_PASSWORD)
        ]
    except DatabaseError:  # not migrated yet, or not reachable: nothing to check
        return []
    if not demo:
        return []
    return [
        Error(
            f"Demo logins with the published demo password exist: {', '.join(demo)}.",
            hint="Delete them, or give them a new password: python manage.py changepassword <username>.",
            id="demo.E001",
        )
    ]
