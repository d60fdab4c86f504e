import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from ..helpers import PASSWORD, verified_device

LOGIN_URL = "/admin/login/"
CODE_URL = "/admin/sign-in/code/"


@pytest.fixture
def app(staff_user) -> TOTPDevice:
    """The staff member's authenticator app, set up on an earlier sign-in."""
    return verified_device(staff_user)


def give_password(client, username: str = "editor", password: str = PASSWORD, address: str = "203.0.113.7"):
    return client.post(LOGIN_URL, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address)


def give_code(client, code: str):
    return client.post(f"{CODE_URL}?next=/admin/", {"code": code})


def opens_the_admin(client) -> bool:
    response = client.get("/admin/")
    return response.status_code == 200 and b"Today at the front desk" in response.content
