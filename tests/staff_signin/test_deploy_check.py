"""`check --deploy` fails while a demo login or a password-only superuser exists, and warns of every active
staff account without an authenticator app (the password alone is not a way in, but it is all they have)."""

import pytest
from django.core.checks import run_checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django_otp.plugins.otp_totp.models import TOTPDevice

from demo.logins import DEMO_PASSWORD

from ..helpers import PASSWORD, verified_device

pytestmark = pytest.mark.django_db


def deploy_messages(databases: list[str] | None = None) -> dict[str, str]:
    return {
        m.id: m.msg
        for m in run_checks(include_deployment_checks=True, databases=databases)
        if m.id and m.id.startswith(("staff_signin", "demo"))
    }


def deploy_errors() -> list[str]:
    return sorted(deploy_messages(["default"]))


def test_a_superuser_without_an_authenticator_app_fails_the_check(staff_user):
    with pytest.raises(SystemCheckError, match="Superusers without an authenticator app: editor"):
        call_command("check", "--deploy", "--database", "default")


def test_a_superuser_with_an_app_passes(staff_user):
    verified_device(staff_user)

    assert deploy_errors() == []


def test_a_demo_login_fails_the_check(django_user_model):
    verified_device(django_user_model.objects.create_user(username="frontdesk", password=DEMO_PASSWORD, is_staff=True))

    assert deploy_errors() == ["demo.E001"]


def test_a_demo_username_with_its_own_password_passes(django_user_model):
    verified_device(
        django_user_model.objects.create_user(username="frontdesk", password="a-real-long-password", is_staff=True)
    )

    assert deploy_errors() == []


def test_the_check_leaves_local_development_alone(staff_user, settings):
    settings.DEBUG = True

    assert deploy_errors() == []


@pytest.mark.parametrize("databases", [None, ["default"]], ids=["check --deploy", "check --deploy --database"])
def test_every_active_staff_account_without_an_app_is_named_in_a_warning(django_user_model, databases):
    def make(username: str, app: str = "", **fields):
        user = django_user_model.objects.create_user(username=username, password=PASSWORD, **fields)
        if app == "confirmed":
            verified_device(user)
        elif app == "unconfirmed":  # a setup begun and never finished is no second factor
            TOTPDevice.objects.create(user=user, name="half set up", confirmed=False)
        return user

    make("desk-a", is_staff=True)
    make("desk-b", app="unconfirmed", is_staff=True)
    make("Desk-C", is_staff=True, is_superuser=True)
    make("desk-d", app="confirmed", is_staff=True)
    make("gone", is_staff=True, is_active=False)
    make("patient-portal")  # not staff: no admin to open

    messages = deploy_messages(databases)

    assert (
        messages["staff_signin.W001"] == "Active staff accounts without an authenticator app: desk-a, desk-b, Desk-C."
    )
    assert messages["staff_signin.E002"] == "Superusers without an authenticator app: Desk-C."


def test_the_warning_fails_a_deploy_check_run_at_warning_level(django_user_model):
    django_user_model.objects.create_user(username="desk-a", password=PASSWORD, is_staff=True)

    with pytest.raises(SystemCheckError, match=r"staff_signin.W001.*desk-a"):
        call_command("check", "--deploy", "--fail-level", "WARNING")


def test_no_warning_once_every_staff_account_has_its_app(front_desk, staff_user):
    for user in (front_desk, staff_user):
        verified_device(user)

    assert deploy_messages() == {}
