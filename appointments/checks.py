"""Deployment checks (`manage.py check --deploy`) for what appointment requests rely on."""

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Tags, Warning, register

PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}
UNDELIVERED_EMAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
}
UNDELIVERED_SMS_BACKENDS = {
    "appointments.sms.console.ConsoleSmsSender",
    "appointments.sms.locmem.LocmemSmsSender",
}


@register(Tags.security, deploy=True)
def check_production_services(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    warnings: list[CheckMessage] = []
    if settings.CACHES["default"]["BACKEND"] in PROCESS_LOCAL_CACHES:
        warnings.append(
            Warning(
                "The cache is not shared between processes, so the appointment form's rate limit "
                "does not hold across app servers.",
                hint="Set CACHE_URL to Redis, e.g. redis://127.0.0.1:6379/1.",
                id="appointments.W001",
            )
        )
    if settings.EMAIL_BACKEND in UNDELIVERED_EMAIL_BACKENDS:
        warnings.append(
            Warning(
                "Emails are not delivered: staff are not told of new requests, and patient details "
                "end up in the output or on disk.",
                hint="Set EMAIL_URL to the SMTP server, e.g. smtp+tls://user:password@smtp.example.com:587.",
                id="appointments.W002",
            )
        )
    if settings.SMS_BACKEND in UNDELIVERED_SMS_BACKENDS and not settings.DEBUG:
        warnings.append(
            Warning(
                "Texts are not delivered: replies to patients who chose text are printed or kept in memory, "
                "never sent, and their phone numbers end up in the output.",
                hint="Set SMS_URL to the text provider (docs/sms.md), or to off:// to send those replies by email.",
                id="appointments.W004",
            )
        )
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        warnings.append(
            Warning(
                "SQLite is the local default; several app servers need one shared PostgreSQL.",
                hint="Set DATABASE_URL, e.g. postgres://avesta:password@127.0.0.1:5432/avesta.",
                id="appointments.W003",
            )
        )
    return warnings
