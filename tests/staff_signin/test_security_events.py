"""Wrong codes and throttled tries reach the security log with the account and the client's address, not the secret."""

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django_otp.oath import TOTP

from staff_signin import devices

from ..helpers import PASSWORD, soup_of, verified_device
from .conftest import CODE_URL, LOGIN_URL, SET_UP_URL, link_path, security_lines, sign_in

pytestmark = pytest.mark.django_db

# As production sees a client: through our proxy, which names the client's address in a header.
CLIENT = "198.51.100.4"
VIA_PROXY = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_REAL_IP": CLIENT}
START = 1_800_000_000


@pytest.fixture(autouse=True)
def _behind_our_proxy(settings):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]


def password(client, secret: str = PASSWORD):
    return client.post(LOGIN_URL, {"username": "editor", "password": secret, "next": "/admin/"}, **VIA_PROXY)


def code(client, typed: str):
    return client.post(f"{CODE_URL}?next=/admin/", {"code": typed}, **VIA_PROXY)


def wrong_app_code(app) -> str:
    return "000000" if devices.current_code(app) != "000000" else "111111"


def wrong_code_at_the_code_step(client, user) -> str:
    app = verified_device(user)
    password(client)
    typed = wrong_app_code(app)
    code(client, typed)
    return typed


def wrong_recovery_code_at_the_code_step(client, user) -> str:
    verified_device(user)
    password(client)
    code(client, "9876543210")
    return "9876543210"


def wrong_code_while_setting_up_the_app(client, user) -> str:
    client.get(link_path(user))
    password(client)
    assert soup_of(client.get(SET_UP_URL)).select_one("#secret") is not None
    client.post(SET_UP_URL, {"code": "024680"}, **VIA_PROXY)
    return "024680"


def code_step_while_waiting_after_wrong_codes(client, user) -> str:
    app = verified_device(user)
    password(client)
    for _ in range(3):
        code(client, wrong_app_code(app))
    right = devices.current_code(app)
    code(client, right)
    return right


def password_step_after_strangers_guessed(client, user) -> str:
    verified_device(user)
    for number in range(5):
        password(Client(), f"guess-{number}")
    password(client)
    return PASSWORD


def own_browser_after_its_own_wrong_guesses(client, user) -> str:
    verified_device(user)
    sign_in(client, user, address=CLIENT)
    client.post("/admin/logout/")
    for number in range(5):
        password(client, f"mistyped-{number}")
    password(client)
    return PASSWORD


SURFACES = {
    wrong_code_at_the_code_step: "wrong sign-in code for username 'editor' from 198.51.100.4",
    wrong_recovery_code_at_the_code_step: "wrong sign-in code for username 'editor' from 198.51.100.4",
    wrong_code_while_setting_up_the_app: "wrong set-up code for username 'editor' from 198.51.100.4",
    code_step_while_waiting_after_wrong_codes: "throttled code try for username 'editor' from 198.51.100.4 (",
    password_step_after_strangers_guessed: (
        "throttled password try for username 'editor' from 198.51.100.4 (untrusted clients: 60 s to wait)"
    ),
    own_browser_after_its_own_wrong_guesses: (
        "throttled password try for username 'editor' from 198.51.100.4 (this browser's device cookie: 60 s to wait)"
    ),
}


@pytest.mark.parametrize("surface", SURFACES, ids=lambda f: f.__name__)
def test_each_refusal_is_logged_with_the_username_and_the_clients_address_and_never_the_secret(
    client, staff_user, security_log, surface
):
    with time_machine.travel(START, tick=False):
        secret = surface(client, staff_user)

    expected = SURFACES[surface]
    lines = security_lines(security_log)
    assert [line for line in lines if line.startswith(expected)], lines
    assert secret not in security_log.text
    assert "10.0.0.2" not in " ".join(lines)  # the proxy's own address is not the client's


def test_a_username_with_a_line_break_cannot_forge_a_log_line(client, security_log):
    for _ in range(6):
        client.post(LOGIN_URL, {"username": "x\nthrottled password try for username 'editor'", "password": "p"})

    [throttled] = [line for line in security_lines(security_log) if line.startswith("throttled")]
    assert "\n" not in throttled
    assert throttled.startswith('throttled password try for username "x\\nthrottled')


def test_issuing_and_using_an_enrolment_link_is_logged_without_the_token(client, staff_user, security_log, capsys):
    call_command("issue_enrolment_link", "editor")
    token = capsys.readouterr().out.split("token=")[1].split()[0]
    client.get("/admin/sign-in/enrolment-link/?token=a-guessed-token", **VIA_PROXY)
    client.get(f"/admin/sign-in/enrolment-link/?token={token}")
    password(client)
    secret = soup_of(client.get(SET_UP_URL)).select_one("#secret").get_text()
    client.post(SET_UP_URL, {"code": f"{TOTP(bytes.fromhex(devices.hex_key(secret))).token():06d}"}, **VIA_PROXY)

    assert security_lines(security_log) == [
        "enrolment link issued for username 'editor' by 'manage.py issue_enrolment_link'",
        "unknown, used or expired enrolment link opened from 198.51.100.4",
        "authenticator app set up with an enrolment link for username 'editor' from 198.51.100.4",
    ]
    assert token not in security_log.text
    assert "a-guessed-token" not in security_log.text
