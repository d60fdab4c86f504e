import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERNAME = "staff"
DEMO_PASSWORD = "avesta-demo"


class Command(BaseCommand):
    help = "Create (or reset) the demo staff login for local development. Refuses when DEBUG is off."

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("The demo login is for local development only (DEBUG is off).")
        user, _ = get_user_model().objects.get_or_create(username=DEMO_USERNAME)
        user.is_staff = user.is_superuser = True
        user.set_password(DEMO_PASSWORD)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(f"Staff login: http://127.0.0.1:{os.environ.get('PORT', '8000')}/admin/")
            + f"\n  username: {DEMO_USERNAME}\n  password: {DEMO_PASSWORD}"
        )
