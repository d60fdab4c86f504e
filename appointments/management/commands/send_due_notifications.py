from django.core.management.base import BaseCommand

from appointments.tasks import send_due_notifications


class Command(BaseCommand):
    help = (
        "Queue appointment emails that are due: failed ones whose retry time has come, and pending ones "
        "a stopped worker never ran. Run it every few minutes (cron or a systemd timer)."
    )

    def handle(self, *args: object, **options: object) -> None:
        count = send_due_notifications()
        self.stdout.write(f"Queued {count} notification(s).")
