import logging
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from staff_signin import devices, enrolment

from ..helpers import PASSWORD, verified_device

LOGIN_URL = "/admin/login/"
CODE_URL = "/admin/sign-in/code/"
SET_UP_URL = "/admin/sign-in/set-up/"


@pytest.fixture
def app(staff_user) -> TOTPDevice:
    """The staff member's authenticator app, set up on an earlier sign-in."""
    return verified_device(staff_user)


def give_password(client, username: str = "editor", password: str = PASSWORD, address: str = "203.0.113.7"):
    return client.post(LOGIN_URL, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address)


def give_code(client, code: str, address: str = "203.0.113.7"):
    return client.post(f"{CODE_URL}?next=/admin/", {"code": code}, REMOTE_ADDR=address)


def sign_in(client, user, address: str = "203.0.113.7"):
    """Both steps, with a fresh recovery code (an app code works once per half minute); the code step's answer."""
    assert give_password(client, user.get_username(), address=address)["Location"].startswith(CODE_URL)
    return give_code(client, devices.new_recovery_codes(user)[0], address=address)


def opens_the_admin(client) -> bool:
    """The front desk, where staff land, opens (it is behind the admin's sign-in)."""
    response = client.get("/admin/front-desk/")
    return response.status_code == 200 and b"Today at the front desk" in response.content


def link_path(user) -> str:
    """A new enrolment link for the user, as the path (and query) a browser opens."""
    token, _ = enrolment.issue(user, issued_by=None)
    url = urlsplit(enrolment.url_of(token))
    return f"{url.path}?{url.query}"


@pytest.fixture
def security_log(caplog) -> Iterator[pytest.LogCaptureFixture]:
    """The "security" loggers do not propagate (their lines have their own handler): listen to them directly."""
    security = logging.getLogger("security")
    security.addHandler(caplog.handler)
    caplog.set_level(logging.DEBUG)
    yield caplog
    security.removeHandler(caplog.handler)


def security_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "security" or r.name.startswith("security.")]
