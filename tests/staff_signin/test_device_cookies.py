"""A browser that signed in before keeps its own allowance of password tries: strangers cannot lock it out."""

import pytest
import time_machine
from django.core import signing
from django.core.cache import caches
from django.test import Client
from django_otp.oath import TOTP

from staff_signin import device_cookies, devices

from ..helpers import log_in_verified, page_text, soup_of, verified_device
from .conftest import CODE_URL, SET_UP_URL, give_code, give_password, link_path, opens_the_admin, sign_in

pytestmark = pytest.mark.django_db

ADDRESSES = [f"198.51.100.{n}" for n in range(1, 13)]
START = 1_800_000_000


def guess_from_everywhere(username: str = "editor", guesses: int = 60) -> None:
    for number in range(guesses):
        give_password(Client(), username, password=f"guess-{number}", address=ADDRESSES[number % len(ADDRESSES)])


def refused(response) -> bool:
    return "Too many tries for this username" in page_text(response)


def signed_in_before(user) -> Client:
    """The colleague's own browser: they signed in on it (both steps), then signed out."""
    browser = Client()
    sign_in(browser, user)
    browser.post("/admin/logout/")
    assert device_cookies.cookie_name() in browser.cookies
    return browser


def test_after_strangers_use_up_the_usernames_tries_the_colleagues_own_browser_signs_in_at_once(staff_user):
    verified_device(staff_user)
    own_browser = signed_in_before(staff_user)

    guess_from_everywhere()

    password_step = give_password(own_browser, address="192.0.2.50")
    assert password_step["Location"].startswith(CODE_URL)
    assert sign_in(own_browser, staff_user).status_code == 302
    assert opens_the_admin(own_browser)
    # The price: a browser that never signed in as them waits like any stranger.
    assert refused(give_password(Client(), address="192.0.2.50"))


def test_the_same_holds_across_server_processes_through_redis(staff_user, redis_cache):
    verified_device(staff_user)
    own_browser = signed_in_before(staff_user)
    guess_from_everywhere()
    del caches["default"]  # a fresh cache client, as in another gunicorn worker

    assert give_password(own_browser)["Location"].startswith(CODE_URL)
    assert refused(give_password(Client()))


def other_users_cookie(staff_user, front_desk) -> str:
    verified_device(front_desk)
    return signed_in_before(front_desk).cookies[device_cookies.cookie_name()].value


def own_cookie_altered(staff_user, front_desk) -> str:
    value = signed_in_before(staff_user).cookies[device_cookies.cookie_name()].value
    return value[:-3] + ("aaa" if not value.endswith("aaa") else "bbb")


def forged(staff_user, front_desk) -> str:
    """Right layout, right username, signed with a key that is not the site's."""
    return signing.dumps([["editor", "guessed-nonce", START]], key="not-the-secret-key", salt=device_cookies.SALT)


def signed_for_another_purpose(staff_user, front_desk) -> str:
    return signing.dumps([["editor", "guessed-nonce", START]], salt="another.salt")


def garbage(staff_user, front_desk) -> str:
    return "editor"


COOKIES_THAT_DO_NOT_HELP = [other_users_cookie, own_cookie_altered, forged, signed_for_another_purpose, garbage]


@pytest.mark.parametrize("cookie", COOKIES_THAT_DO_NOT_HELP, ids=lambda f: f.__name__)
def test_a_cookie_that_is_not_this_browsers_for_this_username_counts_for_nothing(staff_user, front_desk, cookie):
    verified_device(staff_user)
    value = cookie(staff_user, front_desk)
    guess_from_everywhere()
    browser = Client()
    browser.cookies[device_cookies.cookie_name()] = value

    assert refused(give_password(browser))


def test_a_cookie_for_one_user_does_not_speed_up_guessing_at_another(staff_user, front_desk):
    verified_device(front_desk)
    insider = signed_in_before(front_desk)

    answers = [give_password(insider, "editor", password=f"guess-{n}") for n in range(7)]

    assert [refused(a) for a in answers] == [False] * 5 + [True, True]  # the untrusted allowance, as for anyone
    assert refused(give_password(Client(), "editor"))  # and those tries were the username's


@pytest.mark.parametrize("typed", ["Editor", "EDITOR"])
def test_the_cookie_is_for_the_username_exactly_as_it_signed_in(staff_user, typed):
    verified_device(staff_user)
    own_browser = signed_in_before(staff_user)
    guess_from_everywhere()

    assert refused(give_password(own_browser, typed, password="guess"))


def test_a_cookie_older_than_its_lifetime_counts_for_nothing(staff_user):
    verified_device(staff_user)
    with time_machine.travel(START, tick=False) as clock:
        own_browser = signed_in_before(staff_user)
        clock.shift(device_cookies.LIFETIME_DAYS * 24 * 60 * 60 + 60)
        guess_from_everywhere()

        assert refused(give_password(own_browser))


def test_a_browser_that_keeps_guessing_locks_only_its_own_cookie(staff_user):
    verified_device(staff_user)
    with time_machine.travel(START, tick=False) as clock:
        own_browser = signed_in_before(staff_user)
        for number in range(6):
            give_password(own_browser, password=f"mistyped-{number}")

        assert refused(give_password(own_browser))
        assert give_password(Client())["Location"].startswith(CODE_URL)  # strangers' allowance untouched
        clock.shift(61)
        assert give_password(own_browser)["Location"].startswith(CODE_URL)


def test_a_right_password_from_the_trusted_browser_leaves_the_strangers_count_as_it_was(staff_user):
    verified_device(staff_user)
    own_browser = signed_in_before(staff_user)
    guess_from_everywhere()

    sign_in(own_browser, staff_user)

    assert refused(give_password(Client(), password="guess-again"))


def test_several_colleagues_on_one_front_desk_computer_each_keep_their_own_allowance(staff_user, front_desk):
    for user in (staff_user, front_desk):
        verified_device(user)
    shared = Client()
    for user in (staff_user, front_desk):
        sign_in(shared, user)
        shared.post("/admin/logout/")

    guess_from_everywhere("editor")
    guess_from_everywhere("frontdesk")

    for username in ("editor", "frontdesk"):
        assert give_password(shared, username)["Location"].startswith(CODE_URL), username
        shared.post(CODE_URL, {"sign_out": "1"})


def test_only_a_complete_sign_in_gives_a_cookie(client, staff_user):
    app = verified_device(staff_user)
    name = device_cookies.cookie_name()
    wrong = "000000" if devices.current_code(app) != "000000" else "111111"

    answers = {
        "login page": client.get("/admin/login/"),
        "right password": give_password(client),
        "code step": client.get(CODE_URL),
        "wrong code": give_code(client, wrong),
    }

    assert {step: name in answer.cookies for step, answer in answers.items()} == dict.fromkeys(answers, False)


def first_sign_in_with_a_link(client, user):
    client.get(link_path(user))
    give_password(client)
    secret = soup_of(client.get(SET_UP_URL)).select_one("#secret").get_text()
    return client.post(SET_UP_URL, {"code": f"{TOTP(bytes.fromhex(devices.hex_key(secret))).token():06d}"})


def code_step_with_the_app(client, user):
    give_password(client)
    return give_code(client, devices.current_code(verified_device(user)))


def code_step_with_a_recovery_code(client, user):
    verified_device(user)
    return sign_in(client, user)


COMPLETE_SIGN_INS = [first_sign_in_with_a_link, code_step_with_the_app, code_step_with_a_recovery_code]


@pytest.mark.parametrize("finish", COMPLETE_SIGN_INS, ids=lambda f: f.__name__)
def test_every_complete_sign_in_gives_a_cookie_scripts_cannot_read_sent_only_to_this_site(client, staff_user, finish):
    answer = finish(client, staff_user)

    cookie = answer.cookies["__Host-staff-device"]  # production's settings (the tests use them)
    assert answer.status_code == 302
    assert cookie["httponly"] is True
    assert cookie["secure"] is True
    assert cookie["samesite"] == "Strict"
    assert cookie["path"] == "/"
    assert not cookie["domain"]


def test_without_https_under_make_run_the_cookie_is_not_marked_secure(client, staff_user, settings):
    settings.SESSION_COOKIE_SECURE = False

    answer = code_step_with_a_recovery_code(client, staff_user)

    assert answer.cookies["staff-device"]["secure"] == ""
    assert answer.cookies["staff-device"]["httponly"] is True


def test_the_helpers_sign_in_sets_no_cookie_and_needs_none(client, staff_user):
    log_in_verified(client, staff_user)

    assert opens_the_admin(client)
    assert device_cookies.cookie_name() not in client.cookies
