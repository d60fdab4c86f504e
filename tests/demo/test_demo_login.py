"""`make run`'s demo logins get a newcomer into the admin, with a morning's inbox to work on."""

import re

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from appointments.models import AppointmentRequest

from ..helpers import soup_of

pytestmark = pytest.mark.django_db


def figures(client) -> dict[str, int]:
    soup = soup_of(client.get(reverse("frontdesk:dashboard")))
    return {
        tile.select_one(".tally-label").get_text(strip=True): int(tile.select_one(".tally-count").get_text(strip=True))
        for tile in soup.select(".front-desk-dashboard .tally")
    }


def printed_code(printed: str, username: str, kind: str = "recovery code") -> str:
    """The code `create_demo_login` printed for this login, as a newcomer would copy it."""
    line = next(line for line in printed.splitlines() if line.split()[:1] == [username] and kind in line)
    return re.search(rf"{kind} ([\d ]+?)(?:   |$)", line).group(1)


def test_the_demo_front_desk_login_opens_an_inbox_with_an_urgent_request(client, demo_content, settings, capsys):
    settings.DEBUG = True

    call_command("create_demo_login")

    printed = capsys.readouterr().out
    assert "made-up appointment requests are waiting" in printed
    client.post("/admin/login/", {"username": "frontdesk", "password": "avesta-demo", "next": "/admin/"})
    signed_in = client.post("/admin/sign-in/code/?next=/admin/", {"code": printed_code(printed, "frontdesk")})
    assert signed_in.status_code == 302
    waiting = {"New": 4, "Urgent": 1, "Overdue": 1, "Likely duplicates": 1, "Assigned to me": 1}
    assert figures(client).items() >= waiting.items()
    assert all(r.email.endswith("@example.com") for r in AppointmentRequest.objects.all())


def test_a_second_run_resets_the_logins_and_adds_no_requests(demo_content, settings):
    settings.DEBUG = True
    call_command("create_demo_login")
    count = AppointmentRequest.objects.count()

    call_command("create_demo_login")

    assert AppointmentRequest.objects.count() == count


def test_no_demo_logins_or_requests_with_debug_off(demo_content, settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="local development only"):
        call_command("create_demo_login")

    assert not AppointmentRequest.objects.exists()
