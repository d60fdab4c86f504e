"""System checks for the Content Security Policy, the cookie names and the client address (`manage.py check`)."""

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register

UNSAFE_SOURCES = ("'unsafe-inline'", "'unsafe-eval'")
REQUIRED_DIRECTIVES = ("object-src", "base-uri", "frame-ancestors", "form-action")


@register(Tags.security)
def check_content_security_policy(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    """An unsafe source undoes the policy; the four directives that do not fall back to default-src must be set."""
    policy = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
    directives: dict[str, Any] = policy.get("DIRECTIVES") or {}
    errors: list[CheckMessage] = []
    for name, sources in directives.items():
        values = [sources] if isinstance(sources, str) else list(sources or [])
        for unsafe in UNSAFE_SOURCES:
            if unsafe in values:
                errors.append(
                    Error(
                        f"The Content Security Policy allows {unsafe} in {name}.",
                        hint="Move the script or style into a static file instead.",
                        id="incoming.E001",
                    )
                )
    for name in REQUIRED_DIRECTIVES:
        if name not in directives:
            errors.append(
                Error(
                    f"The Content Security Policy has no {name} directive (it does not fall back to default-src).",
                    hint=f"Add {name!r} to CONTENT_SECURITY_POLICY['DIRECTIVES'].",
                    id="incoming.E002",
                )
            )
    return errors


@register(Tags.security)
def check_host_prefixed_cookies(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    """Browsers drop a "__Host-" cookie that is not Secure, not on Path=/ or has a Domain: nobody could sign in."""
    errors: list[CheckMessage] = []
    for kind in ("SESSION", "CSRF"):
        name = getattr(settings, f"{kind}_COOKIE_NAME")
        secure = getattr(settings, f"{kind}_COOKIE_SECURE")
        path = getattr(settings, f"{kind}_COOKIE_PATH")
        domain = getattr(settings, f"{kind}_COOKIE_DOMAIN")
        if name.startswith("__Host-") and (not secure or path != "/" or domain):
            errors.append(
                Error(
                    f"{kind}_COOKIE_NAME starts with __Host- but the cookie is not Secure on Path=/ without a Domain.",
                    id="incoming.E003",
                )
            )
    return errors


@register(Tags.security, deploy=True)
def check_client_address_behind_a_proxy(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    """Production runs behind nginx (deploy/): read from the socket, every patient has the proxy's address and
    all of them share one per-client limit (the form's, the sign-in's, the reading beacon's)."""
    if settings.DEBUG or settings.CLIENT_IP_META_KEY != "REMOTE_ADDR":
        return []
    return [
        Warning(
            "CLIENT_IP_META_KEY is REMOTE_ADDR: behind a proxy every client has the proxy's address and shares "
            "one rate limit.",
            hint="Set CLIENT_IP_META_KEY=HTTP_X_FORWARDED_FOR with deploy/nginx (which sets X-Forwarded-For), and "
            "TRUSTED_PROXIES to the proxy's addresses.",
            id="incoming.W001",
        )
    ]
