"""Every redirect of signing in follows `next` only to a path on this site; anything else goes to the front desk."""

from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from staff_signin import devices
from staff_signin.steps import is_local_path

from ..helpers import PASSWORD, log_in_verified, soup_of, verified_device
from .conftest import CODE_URL, LOGIN_URL, SET_UP_URL, give_password, link_path

pytestmark = pytest.mark.django_db

HOME = "/admin/front-desk/"  # where staff land (LOGIN_REDIRECT_URL)


@pytest.fixture(autouse=True)
def _quick_passwords(settings):
    """Some 250 sign-ins: a fast hasher (set before the user is made) keeps them to seconds, not minutes."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


WANTED = "/admin/appointments/appointmentrequest/?status=new"
ELSEWHERE = [
    "//other.host/",
    "///other.host/",
    "https://other.host/",
    "HTTPS://other.host/",
    "http://testserver/admin/",  # this host's own absolute address: a path is all the sign-in needs
    "/\\other.host",
    "\\/other.host",
    "\\\\other.host",
    "/\t/other.host",
    "/\n/other.host",
    "http:other.host",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "other.host/admin/",
]


def carried(location: str) -> str:
    """The `next` a sign-in page's address carries on to the following step."""
    return parse_qs(urlsplit(location).query)["next"][0]


def query(wanted: str) -> str:
    return urlencode({"next": wanted})


def recovery_code(user) -> str:
    verified_device(user)
    return devices.new_recovery_codes(user)[0]


def password_step(client, user, wanted):
    response = client.post(LOGIN_URL, {"username": "editor", "password": PASSWORD, "next": wanted})
    return carried(response["Location"])


def password_step_next_in_the_address(client, user, wanted):
    response = client.post(f"{LOGIN_URL}?{query(wanted)}", {"username": "editor", "password": PASSWORD})
    return carried(response["Location"])


def code_step(client, user, wanted):
    code = recovery_code(user)
    give_password(client)
    return client.post(f"{CODE_URL}?{query(wanted)}", {"code": code})["Location"]


def code_step_next_in_the_form(client, user, wanted):
    code = recovery_code(user)
    give_password(client)
    return client.post(CODE_URL, {"code": code, "next": wanted})["Location"]


def enrol(client, user):
    TOTPDevice.objects.filter(user=user).delete()
    client.get(link_path(user))
    give_password(client)
    secret = soup_of(client.get(SET_UP_URL)).select_one("#secret").get_text()
    return f"{TOTP(bytes.fromhex(devices.hex_key(secret))).token():06d}"


def enrolment(client, user, wanted):
    code = enrol(client, user)
    return carried(client.post(f"{SET_UP_URL}?{query(wanted)}", {"code": code})["Location"])


def recovery_codes_page_link(client, user, wanted):
    code = enrol(client, user)
    shown = client.get(client.post(SET_UP_URL, {"code": code})["Location"].split("?")[0] + f"?{query(wanted)}")
    return soup_of(shown).select_one(".signin-continue a")["href"]


def recovery_codes_page_shown_already(client, user, wanted):
    log_in_verified(client, user)
    return client.get(f"/admin/sign-in/recovery-codes/?{query(wanted)}")["Location"]


def code_step_when_signed_in_already(client, user, wanted):
    log_in_verified(client, user)
    return client.get(f"{CODE_URL}?{query(wanted)}")["Location"]


def set_up_step_when_signed_in_already(client, user, wanted):
    log_in_verified(client, user)
    return client.get(f"{SET_UP_URL}?{query(wanted)}")["Location"]


def login_page_when_signed_in_already(client, user, wanted):
    log_in_verified(client, user)
    return client.get(f"{LOGIN_URL}?{query(wanted)}")["Location"]


def password_again_when_signed_in_already(client, user, wanted):
    """The password again, on top of a signed-in session: the code step again, carrying the same `next`."""
    log_in_verified(client, user)
    return carried(client.post(LOGIN_URL, {"username": "editor", "password": PASSWORD, "next": wanted})["Location"])


def log_out(client, user, wanted):
    log_in_verified(client, user)
    return client.post(f"/admin/logout/?{query(wanted)}")["Location"]


def log_out_next_in_the_form(client, user, wanted):
    log_in_verified(client, user)
    return client.post("/admin/logout/", {"next": wanted})["Location"]


REDIRECTS = [
    password_step,
    password_step_next_in_the_address,
    code_step,
    code_step_next_in_the_form,
    enrolment,
    recovery_codes_page_link,
    recovery_codes_page_shown_already,
    code_step_when_signed_in_already,
    set_up_step_when_signed_in_already,
    login_page_when_signed_in_already,
    password_again_when_signed_in_already,
    log_out,
    log_out_next_in_the_form,
]


@pytest.mark.parametrize("wanted", ELSEWHERE)
@pytest.mark.parametrize("redirect", REDIRECTS, ids=lambda f: f.__name__)
def test_no_step_sends_anyone_off_this_site(client, staff_user, redirect, wanted):
    assert redirect(client, staff_user, wanted) == HOME


@pytest.mark.parametrize("redirect", REDIRECTS, ids=lambda f: f.__name__)
def test_every_step_carries_on_to_the_page_on_this_site_that_was_asked_for(client, staff_user, redirect):
    assert redirect(client, staff_user, WANTED) == WANTED


@pytest.mark.parametrize("wanted", ELSEWHERE)
def test_the_rule_refuses_every_way_off_this_site(wanted):
    assert not is_local_path(wanted)


@pytest.mark.parametrize("wanted", ["/admin/", WANTED, "/admin/charts/?from=2026-01-01&to=2026-02-01", "/"])
def test_the_rule_accepts_paths_on_this_site(wanted):
    assert is_local_path(wanted)
