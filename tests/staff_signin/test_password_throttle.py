"""Password guessing is throttled per account, from every address together, through the shared cache."""

import pytest
import time_machine
from django.core.cache import caches
from django.test import Client

from staff_signin import devices
from staff_signin.throttle import wait_after

from ..helpers import page_text, shared_caches_at
from .conftest import give_code, give_password, opens_the_admin

pytestmark = pytest.mark.django_db

ADDRESSES = [f"198.51.100.{n}" for n in range(1, 13)]


def guess_from_everywhere(username: str = "editor", guesses: int = 60) -> None:
    for number in range(guesses):
        give_password(Client(), username, password=f"guess-{number}", address=ADDRESSES[number % len(ADDRESSES)])


def test_sixty_guesses_from_twelve_addresses_then_the_right_password_from_a_thirteenth_is_refused(client, app):
    guess_from_everywhere()

    response = give_password(client, address="192.0.2.13")

    assert response.status_code == 200
    assert "Too many tries for this username" in page_text(response)
    assert not opens_the_admin(client)


def test_the_throttle_holds_across_server_processes_through_redis(client, app, redis_cache):
    guess_from_everywhere()
    # A fresh cache client, as in another gunicorn worker: it starts with no memory of its own.
    del caches["default"]

    response = give_password(client, address="192.0.2.13")

    assert "Too many tries for this username" in page_text(response)
    assert "_auth_user_id" not in client.session


def test_the_first_five_tries_are_free_then_each_waits(client, app):
    with time_machine.travel(1_800_000_000, tick=False) as clock:
        guess_from_everywhere(guesses=5)

        assert "Wait 1 minute" in page_text(give_password(client))
        clock.shift(61)
        assert give_password(client).status_code == 302


def test_the_waits_double_from_one_minute_to_at_most_fifteen():
    assert [wait_after(tries) for tries in range(3, 12)] == [0, 0, 60, 120, 240, 480, 900, 900, 900]


def test_guessing_every_ten_seconds_for_an_hour_checks_at_most_eleven_passwords(client, app):
    checked = 0
    with time_machine.travel(1_800_000_000, tick=False) as clock:
        for number in range(360):
            response = give_password(Client(), password=f"guess-{number}", address=ADDRESSES[number % 12])
            checked += "Too many tries" not in page_text(response)
            clock.shift(10)
        refused_now = "Too many tries" in page_text(give_password(client))
        clock.shift(15 * 60)  # the guessing stops; the real user waits at most 15 minutes

        assert give_password(client).status_code == 302
    assert refused_now
    assert checked <= 11


def test_a_throttled_password_step_does_not_block_a_colleagues_code_step(client, app):
    give_password(client)  # the colleague, at the clinic, has given the password

    guess_from_everywhere()  # meanwhile someone guesses at the same account's password

    assert give_code(client, devices.current_code(app)).status_code == 302
    assert opens_the_admin(client)


def test_an_unknown_username_is_answered_like_a_real_one(client, app):
    guess_from_everywhere("editor")
    guess_from_everywhere("nobody-by-this-name")

    real = page_text(give_password(Client(), "editor"))
    unknown = page_text(give_password(Client(), "nobody-by-this-name"))

    assert real == unknown.replace("nobody-by-this-name", "editor")


def test_a_right_password_forgets_the_earlier_wrong_ones(client, app):
    guess_from_everywhere(guesses=4)
    give_password(Client())

    guess_from_everywhere(guesses=4)

    assert give_password(client).status_code == 302


@pytest.mark.parametrize("username", ["x" * 300, "editor\x00", ""])
def test_a_strange_username_is_a_form_error_not_a_server_error(client, app, username):
    response = client.post("/admin/login/", {"username": username, "password": "whatever"})

    assert response.status_code in (200, 400)
    assert not opens_the_admin(client)


def test_the_login_page_says_how_the_waits_work(client):
    assert "After 5 wrong passwords for a username" in page_text(client.get("/admin/login/"))


def test_a_count_that_expires_mid_try_starts_afresh(client, app, monkeypatch):
    from django.core.cache import cache

    def gone(key, delta=1):
        raise ValueError(f"Key '{key}' not found")

    monkeypatch.setattr(cache, "incr", gone)

    assert give_password(client).status_code == 302


def test_with_the_shared_cache_down_no_password_is_checked_unthrottled(client, app, settings, caplog):
    settings.CACHES = shared_caches_at("redis://127.0.0.1:9/0")

    response = give_password(client)

    assert response.status_code == 200
    assert "Signing in is unavailable for a moment" in page_text(response)
    assert "_auth_user_id" not in client.session
    assert "the shared cache did not answer" in caplog.text
