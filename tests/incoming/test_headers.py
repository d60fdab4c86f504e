"""The security headers as a browser receives them, on pages and on every kind of error."""

import pytest
from django.test import Client

from appointments import views

from ..helpers import EXPECTED_POLICY, FORM_URL

pytestmark = pytest.mark.django_db


def policy_of(response) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";") if part.strip())


def assert_security_headers(response) -> None:
    assert policy_of(response) == EXPECTED_POLICY
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Reporting-Endpoints"] == 'csp="/csp-report/"'
    permissions = dict(item.split("=") for item in response["Permissions-Policy"].split(", "))
    assert {"camera", "microphone", "geolocation", "payment", "usb"} <= permissions.keys()
    assert set(permissions.values()) == {"()"}


def test_a_page_carries_every_security_header(client, location):
    response = client.get("/")

    assert response.status_code == 200
    assert_security_headers(response)


@pytest.mark.parametrize(
    ("url", "headers", "status"),
    [
        ("/blog/?page=%00", {}, 400),  # answered by the NUL guard, before any other middleware
        ("/", {"Host": "evil.example"}, 400),  # a bad Host header, refused by Django itself
        ("/no-such-page/", {}, 404),
    ],
)
def test_errors_carry_every_security_header(client, location, url, headers, status):
    response = client.get(url, headers=headers)

    assert response.status_code == status
    assert_security_headers(response)


def test_a_refused_form_post_carries_every_security_header(location):
    response = Client(enforce_csrf_checks=True).post(FORM_URL, {"first_name": "Ann"})

    assert response.status_code == 403
    assert_security_headers(response)


def test_a_server_error_carries_every_security_header(location, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "initial_form_data", broken)

    response = Client(raise_request_exception=False).get(FORM_URL)

    assert response.status_code == 500
    assert_security_headers(response)


def test_the_admin_login_carries_every_security_header(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert_security_headers(response)


def test_cookies_use_host_prefixed_names_over_https(client, location, form_data, settings, staff_user):
    settings.APPOINTMENT_FORM_MIN_SECONDS = 0
    client.get(FORM_URL)
    assert client.post("/admin/login/", {"username": "editor", "password": "a-long-test-password"}).status_code == 302

    session = client.cookies["__Host-sessionid"]
    csrf = client.cookies["__Host-csrftoken"]
    for cookie in (session, csrf):
        assert cookie["secure"] is True
        assert cookie["path"] == "/"
        assert not cookie["domain"]
    assert client.session["_auth_user_id"] == str(staff_user.pk)  # the renamed cookie carries the session
