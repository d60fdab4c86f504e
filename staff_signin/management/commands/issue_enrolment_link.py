from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from staff_signin import enrolment, security_events


class Command(BaseCommand):
    help = (
        "Print a one-time enrolment link for a member of staff who has no authenticator app yet (or lost it: "
        "delete their TOTP device first). It works once, within 24 hours; an earlier unused link stops working."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        users = get_user_model()._default_manager
        try:
            user = users.get_by_natural_key(options["username"])
        except users.model.DoesNotExist as error:
            raise CommandError(f"No account has the username {options['username']!r}.") from error
        reason = enrolment.why_not_issued(user)
        if reason:
            raise CommandError(f"No enrolment link for {user.get_username()}: {reason}.")
        token, link = enrolment.issue(user, issued_by=None)
        security_events.enrolment_link_issued(user.get_username(), "manage.py issue_enrolment_link")
        until = timezone.localtime(link.expires_at)
        self.stdout.write(
            f"Enrolment link for {user.get_username()} (works once, until {until:%Y-%m-%d %H:%M %Z}):\n"
            f"  {enrolment.url_of(token)}\n"
            "They open it in their browser, sign in with their password, and set up their authenticator app."
        )
