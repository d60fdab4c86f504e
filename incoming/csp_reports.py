"""Where browsers report what the Content Security Policy blocked.

A report names the page and the blocked address; either may carry a query string (a search
term, a token), so only scheme, host and path are logged, and nothing is stored.
"""

import ipaddress
import json
import logging
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from .client_address import client_ip

logger = logging.getLogger("security.csp")

MAX_BODY_BYTES = 8 * 1024
MAX_LOGGED_CHARS = 200
RATE_LIMIT_GROUP = "incoming.csp-report"
# Keywords a browser puts in place of an address ("inline", "eval", "data", ...).
KEYWORD_SOURCES = {"inline", "eval", "data", "blob", "self", "wasm-eval", "trusted-types-sink"}


def _client(group: str, request: HttpRequest) -> str:
    address = ipaddress.ip_address(client_ip(request) or "0.0.0.0")
    return str(ipaddress.ip_network(f"{address}/64", strict=False)) if address.version == 6 else str(address)


def without_query(value: object) -> str:
    """An address as scheme://host/path (no query, no fragment, no user), or a CSP keyword; printable, short."""
    text = str(value or "")
    if text in KEYWORD_SOURCES:
        return text
    parts = urlsplit(text)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    shown = f"{parts.scheme}://{host}{parts.path}" if parts.scheme and host else (parts.scheme or parts.path)
    return "".join(c if c.isprintable() else "?" for c in shown)[:MAX_LOGGED_CHARS]


def _violations(payload: Any) -> list[dict[str, Any]]:
    """The violations in a report-uri body ({"csp-report": {...}}) or a report-to one ([{"body": {...}}])."""
    if isinstance(payload, dict) and isinstance(payload.get("csp-report"), dict):
        report = payload["csp-report"]
        return [
            {
                "directive": report.get("effective-directive") or report.get("violated-directive"),
                "blocked": report.get("blocked-uri"),
                "page": report.get("document-uri"),
            }
        ]
    if isinstance(payload, list):
        return [
            {
                "directive": item["body"].get("effectiveDirective"),
                "blocked": item["body"].get("blockedURL"),
                "page": item["body"].get("documentURL"),
            }
            for item in payload
            if isinstance(item, dict) and item.get("type") == "csp-violation" and isinstance(item.get("body"), dict)
        ]
    return []


@csrf_exempt  # browsers send reports without a token, and a report changes nothing
@require_POST
def csp_report(request: HttpRequest) -> HttpResponse:
    """Log each reported violation (directive, blocked address and page, without query strings); answer 204."""
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > MAX_BODY_BYTES:
        return HttpResponse(status=413)
    limited = is_ratelimited(
        request, group=RATE_LIMIT_GROUP, key=_client, rate=settings.CSP_REPORT_RATE_LIMIT, method="POST", increment=True
    )
    if limited:
        return HttpResponse(status=429)
    body = request.read(MAX_BODY_BYTES + 1)
    if len(body) > MAX_BODY_BYTES:
        return HttpResponse(status=413)
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        return HttpResponse(status=400)
    for violation in _violations(payload):
        logger.warning(
            "CSP blocked %s for %s on %s",
            without_query(violation["blocked"]),
            "".join(c for c in str(violation["directive"] or "")[:40] if c.isalnum() or c == "-"),
            without_query(violation["page"]),
        )
    return HttpResponse(status=204)
