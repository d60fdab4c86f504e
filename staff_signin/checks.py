"""Deployment check: no demo login and no password-only superuser in production.

It reads the database, so it runs only when asked for one:
`python manage.py check --deploy --database default`.
"""

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import CheckMessage, Error, Tags, register
from django.db import DatabaseError

from pages.management.commands.create_demo_login import DEMO_PASSWORD, DEMO_USERNAMES


@register(Tags.security, deploy=True)
def check_staff_accounts(
    app_configs: Sequence[AppConfig] | None, databases: Sequence[str] | None = None, **kwargs: Any
) -> list[CheckMessage]:
    if settings.DEBUG or not databases or "default" not in databases:
        return []
    users = get_user_model().objects
    try:
        demo = [u.get_username() for u in users.filter(username__in=DEMO_USERNAMES) if u.check_password(DEMO_PASSWORD)]
        password_only = list(
            users.filter(is_superuser=True, is_active=True)
            .exclude(totpdevice__confirmed=True)
            .values_list("username", flat=True)
        )
    except DatabaseError:  # not migrated yet: nothing to check
        return []
    errors: list[CheckMessage] = []
    if demo:
        errors.append(
            Error(
                f"Demo logins with the published demo password exist: {', '.join(demo)}.",
                hint="Delete them, or give them a new password: python manage.py changepassword <username>.",
                id="staff_signin.E001",
            )
        )
    if password_only:
        errors.append(
            Error(
                f"Superusers without an authenticator app: {', '.join(password_only)}.",
                hint="Each signs in once to set one up (admin sign-in asks), or is made an ordinary account.",
                id="staff_signin.E002",
            )
        )
    return errors
