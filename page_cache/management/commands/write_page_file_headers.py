"""Write the nginx lines that give page files the headers Django gives the same pages.

A page the proxy serves from PAGE_FILES_ROOT never passes through Django's middleware, so the
proxy must add the security headers itself. Rather than copy them by hand into the nginx site
(where they would drift from the settings), this renders the home page as a visitor would get
it and writes its headers as `add_header` lines, for deploy/nginx/avesta.conf to include. Run
it on every deployment, after collectstatic (docs/operations.md, "Running in production").
"""

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.test import Client

# What a page file must carry, as Django sends it (incoming/headers.py, SecurityMiddleware, the page cache).
PAGE_HEADERS = [
    "Content-Security-Policy",
    "Permissions-Policy",
    "Reporting-Endpoints",
    "Strict-Transport-Security",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Cross-Origin-Resource-Policy",
    "Cache-Control",
]


def nginx_lines(headers: dict[str, str]) -> list[str]:
    lines = []
    for name in PAGE_HEADERS:
        if name in headers:
            value = headers[name].replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'add_header {name} "{value}" always;')
    return lines


class Command(BaseCommand):
    help = "Write the nginx add_header lines for pages the proxy serves from PAGE_FILES_ROOT."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="e.g. /srv/avesta/nginx/page-file-headers.conf")

    def handle(self, *args: Any, path: Path, **options: Any) -> None:
        site = urlsplit(settings.SITE_URL)
        response = Client(HTTP_HOST=site.netloc).get("/", secure=site.scheme == "https")
        if response.status_code != 200:
            raise CommandError(f"The home page answered {response.status_code}; no headers written.")
        lines = nginx_lines(dict(response.headers))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            "# Written by manage.py write_page_file_headers: the headers Django gives these pages.\n"
            + "\n".join(lines)
            + "\n"
        )
        self.stdout.write(f"Wrote {len(lines)} headers to {path}.")
