from typing import Any

from django.core.management.base import BaseCommand

from pages.demo import load_demo_content


class Command(BaseCommand):
    help = "Load the demo articles, pages and location. Safe to run again: it only adds what is missing."

    def handle(self, *args: Any, **options: Any) -> None:
        created = load_demo_content()
        summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content ready (created {summary})."))
