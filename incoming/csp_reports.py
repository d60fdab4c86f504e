"""Where browsers report what the Content Security Policy blocked.

A report names the page and the blocked address; either may carry a query string (a search
term, a token), so only scheme, host and path are logged, and nothing is stored.

Anyone can post here, so a body is parsed in one place (`parse_reports`) that trusts nothing:
whatever no browser would send (another content type, JSON of another shape, a field missing
or of another type, an address that does not parse, control or non-ASCII characters) is a 400
with nothing logged, never a 500 whose traceback would carry the address into the error log.
"""

import ipaddress
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
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
# A Reporting API body may batch reports; past this many, one body would be a flood the rate limit misses.
MAX_LOGGED_PER_BODY = 10
RATE_LIMIT_GROUP = "incoming.csp-report"
# A directive's name ("script-src-elem"); CSP2's violated-directive adds the policy's sources after a space.
DIRECTIVE = re.compile(r"[a-z][a-z0-9-]{0,39}")
# What browsers put in place of a blocked address: a keyword ("inline", "eval", "trusted-types-sink") or,
# for an address they will not disclose, its scheme alone ("data", "blob", "chrome-extension").
BLOCKED_WORD = re.compile(r"[a-z][a-z0-9+.-]{0,39}")


class BadReport(ValueError):
    """A body no browser sends: answered 400, and nothing of it logged."""


@dataclass(frozen=True)
class Violation:
    """One blocked thing, each field already checked and fit to log (no query string, printable, short)."""

    directive: str
    blocked: str
    page: str


def parse_reports(content_type: str, body: bytes) -> list[Violation]:
    """The violations in a report-uri body ({"csp-report": {...}}, application/csp-report) or a
    Reporting API one ([{"type": "csp-violation", "body": {...}}, ...], application/reports+json).

    Raises BadReport for anything else; never another exception.
    """
    media_type = content_type.split(";", 1)[0].strip().lower()
    shape = SHAPES.get(media_type)
    if shape is None:
        raise BadReport("content type")
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):  # also bytes that are not UTF-8, and "[" nested thousands deep
        raise BadReport("not JSON") from None
    return shape(payload)


def _report_uri_violations(payload: Any) -> list[Violation]:
    report = payload.get("csp-report") if isinstance(payload, dict) else None
    if not isinstance(report, dict):
        raise BadReport("no csp-report")
    return [
        Violation(
            directive=_directive(report.get("effective-directive") or report.get("violated-directive")),
            blocked=_blocked(report.get("blocked-uri")),
            page=_page(report.get("document-uri")),
        )
    ]


def _reporting_api_violations(payload: Any) -> list[Violation]:
    if not isinstance(payload, list) or not payload:
        raise BadReport("not a list of reports")
    violations = []
    for item in payload:
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            raise BadReport("not a report")
        if item["type"] != "csp-violation":
            continue  # another kind of report, well formed: not ours to log
        body = item.get("body")
        if not isinstance(body, dict):
            raise BadReport("no body")
        # The specification allows a null blockedURL (nothing to name); a missing one is a malformed report.
        if "blockedURL" not in body:
            raise BadReport("no blockedURL")
        violations.append(
            Violation(
                directive=_directive(body.get("effectiveDirective")),
                blocked=_blocked(body["blockedURL"] if body["blockedURL"] is not None else ""),
                page=_page(body.get("documentURL")),
            )
        )
    return violations


def _either_shape(payload: Any) -> list[Violation]:
    # Older browsers declared application/json for report-uri bodies.
    return _reporting_api_violations(payload) if isinstance(payload, list) else _report_uri_violations(payload)


SHAPES: dict[str, Callable[[Any], list[Violation]]] = {
    "application/csp-report": _report_uri_violations,
    "application/reports+json": _reporting_api_violations,
    "application/json": _either_shape,
}


def _directive(value: object) -> str:
    name = value.split(" ", 1)[0].lower() if isinstance(value, str) else ""
    if not DIRECTIVE.fullmatch(name):
        raise BadReport("directive")
    return name


def _blocked(value: object) -> str:
    if isinstance(value, str) and (value == "" or BLOCKED_WORD.fullmatch(value)):
        return value
    return _without_query(value)


def _page(value: object) -> str:
    return _without_query(value)


def _without_query(value: object) -> str:
    """An absolute address as scheme://host/path (no query, no fragment, no user); BadReport if it is none."""
    # Browsers send addresses serialised: ASCII, percent-encoded, without spaces or control characters.
    if not isinstance(value, str) or not value.isascii() or any(not c.isprintable() or c.isspace() for c in value):
        raise BadReport("address characters")
    try:
        parts = urlsplit(value)
        port = parts.port  # "https://x:99999/" and "https://x:-1/" fail here, "https://[::1/" above
    except ValueError:
        raise BadReport("address") from None
    if not parts.scheme or (parts.netloc and not parts.hostname):
        raise BadReport("address")
    host = f"{parts.hostname}:{port}" if port else parts.hostname
    # Without a host ("data:…", "about:blank"), what follows the scheme may be content: only the scheme is kept.
    shown = f"{parts.scheme}://{host}{parts.path}" if host else parts.scheme
    return shown[:MAX_LOGGED_CHARS]


def _client(group: str, request: HttpRequest) -> str:
    try:
        address = ipaddress.ip_address(client_ip(request))
    except ValueError:  # a socket without an IP address (a Unix socket): one shared bucket
        return "unknown"
    return str(ipaddress.ip_network(f"{address}/64", strict=False)) if address.version == 6 else str(address)


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
        violations = parse_reports(request.content_type or "", body)
    except BadReport:
        return HttpResponse(status=400)
    for violation in violations[:MAX_LOGGED_PER_BODY]:
        logger.warning("CSP blocked %s for %s on %s", violation.blocked, violation.directive, violation.page)
    return HttpResponse(status=204)
