from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.template.loader import render_to_string

from incoming.errors import clinic_phone


class Command(BaseCommand):
    help = (
        "Write the page nginx shows when no app server answers (502/504) to PATH, in the site's look, with "
        "CLINIC_PHONE and the fingerprinted stylesheet. Run it after collectstatic on every deployment."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="e.g. /srv/avesta/errors/50x.html (nginx's error_page root)")

    def handle(self, *args: Any, path: Path, **options: Any) -> None:
        html = render_to_string(
            "errors/proxy_unavailable.html",
            {"clinic_phone": clinic_phone(), "site_name": settings.SITE_NAME, "status": 502},
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        self.stdout.write(f"Wrote {path}.")
