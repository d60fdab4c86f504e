import os
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from appointments.roles import set_up_front_desk
from staff_signin import devices

from ...inbox import load_demo_requests
from ...logins import DEMO_PASSWORD


class Command(BaseCommand):
    help = (
        "Create (or reset) the demo staff logins for local development, and a morning's inbox of requests when "
        "there is none. Refuses when DEBUG is off."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError("The demo logins are for local development only (DEBUG is off).")
        users = get_user_model().objects
        lead, _ = users.get_or_create(username="staff")
        lead.is_staff = lead.is_superuser = True
        lead.first_name = "Dana"
        lead.set_password(DEMO_PASSWORD)
        lead.save()
        desk, _ = users.get_or_create(username="frontdesk")
        desk.is_staff = True
        desk.first_name = "Robin"  # replies are signed with it
        desk.set_password(DEMO_PASSWORD)
        desk.save()
        desk.groups.add(set_up_front_desk())
        requests = load_demo_requests(desk)
        port = os.environ.get("PORT", "8000")
        self.stdout.write(
            self.style.SUCCESS(f"Staff logins for http://127.0.0.1:{port}/admin/")
            + f"\n  staff / {DEMO_PASSWORD}       (everything: articles, pages, locations, requests)"
            + f"\n  frontdesk / {DEMO_PASSWORD}   (the Front desk group: triage only)"
            + "\nSign in with the password, then enter a recovery code below (each works once; run"
            + "\n`make run` again for new ones), or the app code (valid about 30 seconds):"
            + "".join(f"\n  {line}" for line in (second_factor(lead), second_factor(desk)))
            + (f"\n{requests} made-up appointment requests are waiting in the inbox." if requests else "")
        )


def second_factor(user: Any) -> str:
    """Give a demo login a confirmed authenticator and fresh recovery codes; one line to sign in with."""
    app = devices.confirmed_app(user)
    if app is None:
        app = devices.app_to_enrol(user)
        app.confirmed = True
        app.save()
    codes = devices.new_recovery_codes(user)
    return (
        f"{user.get_username():<10} recovery code {devices.show_recovery_code(codes[0])}"
        f"   app code {devices.current_code(app)}   app key {devices.secret_text(app)}"
    )
