"""Deployment check: no password-only superuser, and every staff account with its second factor (demo/checks.py
refuses the demo logins).

It reads the database, on `python manage.py check --deploy` (with or without `--database default`):
a deploy check runs only when asked for, and an unmigrated or unreachable database is skipped.
"""

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import CheckMessage, Error, Tags, Warning, register
from django.db import DatabaseError


@register(Tags.security, deploy=True)
def check_staff_accounts(
    app_configs: Sequence[AppConfig] | None, databases: Sequence[str] | None = None, **kwargs: Any
) -> list[CheckMessage]:
    if settings.DEBUG or (databases is not None and "default" not in databases):
        return []
    users = get_user_model().objects
    try:
        # Without a confirmed app, the account's password is all that stands between anyone and the admin
        # until an enrolment link is used (staff_signin/enrolment.py).
        without_app = users.filter(is_staff=True, is_active=True).exclude(totpdevice__confirmed=True)
        password_only = list(without_app.filter(is_superuser=True).values_list("username", flat=True))
        # Sorted here, not by the database: SQLite and PostgreSQL order capitals differently.
        staff_without_app = sorted(without_app.values_list("username", flat=True), key=str.casefold)
    except DatabaseError:  # not migrated yet, or not reachable: nothing to check
        return []
    messages: list[CheckMessage] = []
    if password_only:
        messages.append(
            Error(
                f"Superusers without an authenticator app: {', '.join(password_only)}.",
                hint="Give each an enrolment link (python manage.py issue_enrolment_link <username>), or make the "
                "account an ordinary one.",
                id="staff_signin.E002",
            )
        )
    if staff_without_app:
        messages.append(
            Warning(
                f"Active staff accounts without an authenticator app: {', '.join(staff_without_app)}.",
                hint="Give each an enrolment link (the Users list in the admin, or python manage.py "
                "issue_enrolment_link <username>), or take away staff status until they need it.",
                id="staff_signin.W001",
            )
        )
    return messages
