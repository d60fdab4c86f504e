"""Staff sessions end: idle, too old, on a password change and on deactivation."""

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django_otp.oath import TOTP

from staff_signin import devices

from ..helpers import PASSWORD, log_in_verified, page_text, soup_of, verified_device
from .conftest import SET_UP_URL, give_code, give_password, link_path, opens_the_admin

pytestmark = pytest.mark.django_db

START = 1_800_000_000


def test_thirty_minutes_without_activity_sign_staff_out_with_a_message(client, staff_user):
    with time_machine.travel(START, tick=False) as clock:
        log_in_verified(client, staff_user)
        assert opens_the_admin(client)
        clock.shift(30 * 60 + 61)

        response = client.get("/admin/appointments/appointmentrequest/", follow=True)

    assert response.redirect_chain[0][0].startswith("/admin/login/?next=/admin/appointments/")
    assert "You were signed out after 30 minutes without activity" in page_text(response)
    assert "_auth_user_id" not in client.session


def test_activity_keeps_the_session_alive(client, staff_user):
    with time_machine.travel(START, tick=False) as clock:
        log_in_verified(client, staff_user)
        for _ in range(8):
            assert opens_the_admin(client)
            clock.shift(25 * 60)
        assert opens_the_admin(client)


def test_twelve_hours_after_signing_in_the_session_ends_however_busy(client, staff_user):
    with time_machine.travel(START, tick=False) as clock:
        log_in_verified(client, staff_user)
        for _ in range(12 * 4):
            assert opens_the_admin(client)
            clock.shift(15 * 60)
        clock.shift(60)

        response = client.get("/admin/", follow=True)

    assert "You were signed out 12 hours after signing in" in page_text(response)
    assert not opens_the_admin(client)


def test_the_session_key_changes_at_sign_in(client, app):
    client.get("/admin/login/")
    client.session.save()
    before = client.session.session_key

    give_password(client)
    give_code(client, devices.current_code(app))

    assert client.session.session_key != before
    assert opens_the_admin(client)


def test_a_password_change_ends_the_other_sessions(client, staff_user):
    log_in_verified(client, staff_user)
    changing = Client()
    log_in_verified(changing, staff_user)

    response = changing.post(
        "/admin/password_change/",
        {
            "old_password": PASSWORD,
            "new_password1": "another-long-password-9",
            "new_password2": "another-long-password-9",
        },
    )

    assert response.status_code == 302
    assert opens_the_admin(changing)
    assert not opens_the_admin(client)


def test_deactivation_ends_every_session(client, staff_user):
    log_in_verified(client, staff_user)
    assert opens_the_admin(client)

    staff_user.is_active = False
    staff_user.save()

    assert not opens_the_admin(client)
    assert client.get("/admin/sign-in/code/")["Location"] == "/admin/login/"


def finish_with_the_apps_code(client, user):
    give_code(client, devices.current_code(verified_device(user)))


def finish_with_a_recovery_code(client, user):
    verified_device(user)
    give_code(client, devices.new_recovery_codes(user)[0])


def finish_by_setting_up_the_app(client, user):
    secret = soup_of(client.get(SET_UP_URL)).select_one("#secret").get_text()
    client.post(SET_UP_URL, {"code": f"{TOTP(bytes.fromhex(devices.hex_key(secret))).token():06d}"})


@pytest.mark.parametrize(
    "second_step", [finish_with_the_apps_code, finish_with_a_recovery_code, finish_by_setting_up_the_app]
)
def test_the_csrf_token_and_the_session_key_change_at_each_step_of_signing_in(client, staff_user, second_step):
    if second_step is finish_by_setting_up_the_app:
        client.get(link_path(staff_user))
    else:
        verified_device(staff_user)
    client.get("/admin/login/")
    seen = [(client.cookies[settings.CSRF_COOKIE_NAME].value, client.session.session_key)]

    give_password(client)
    seen.append((client.cookies[settings.CSRF_COOKIE_NAME].value, client.session.session_key))
    second_step(client, staff_user)
    seen.append((client.cookies[settings.CSRF_COOKIE_NAME].value, client.session.session_key))

    assert opens_the_admin(client)
    tokens, session_keys = zip(*seen, strict=True)
    assert len(set(tokens)) == 3  # before, after the password, after the second factor
    assert len(set(session_keys)) == 3
