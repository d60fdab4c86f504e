from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from appointments.retention import purge_requests


class Command(BaseCommand):
    help = (
        "Delete closed and not-a-fit requests RETENTION_CLOSED_DAYS after their last change, spam RETENTION_SPAM_DAYS "
        "after it was marked spam and requests held as a flood, never released, RETENTION_SPAM_DAYS after they came, "
        "except those on legal hold; store a counts-only receipt. Run daily."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Count what would go; delete nothing.")

    def handle(self, *args: Any, dry_run: bool = False, **options: Any) -> None:
        receipt = purge_requests(dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {receipt.closed_purged} finished, {receipt.spam_purged} spam and {receipt.flood_purged} "
            f"held-as-flood request(s); kept {receipt.held_kept} on legal hold."
        )
