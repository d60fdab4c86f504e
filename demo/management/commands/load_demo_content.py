from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

from ...content import load_demo_content


class Command(BaseCommand):
    help = (
        "Load the demo articles, pages and location, and make the articles' pictures. "
        "Safe to run again: it only adds what is missing."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        created = load_demo_content()
        summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
        # The pictures now rather than by the worker, so that the demo site shows them whether or not one runs.
        call_command("make_renditions")
        self.stdout.write(self.style.SUCCESS(f"Demo content ready (created {summary})."))
