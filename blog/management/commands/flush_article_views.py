from django.core.management.base import BaseCommand

from blog.readership import flush_views


class Command(BaseCommand):
    help = (
        "Copy the article reading counters from the shared cache into the daily table (the last 7 days). "
        "Safe to run as often as you like; run it every hour or so (cron or a systemd timer)."
    )

    def handle(self, *args: object, **options: object) -> None:
        grown = flush_views()
        self.stdout.write(f"Updated {grown} daily article view total(s).")
