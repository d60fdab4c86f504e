"""`check --deploy --database default` fails while a demo login or a password-only superuser exists."""

import pytest
from django.core.checks import run_checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from pages.management.commands.create_demo_login import DEMO_PASSWORD

from ..helpers import verified_device

pytestmark = pytest.mark.django_db


def deploy_errors() -> list[str]:
    return sorted(
        m.id
        for m in run_checks(include_deployment_checks=True, databases=["default"])
        if m.id.startswith("staff_signin")
    )


def test_a_superuser_without_an_authenticator_app_fails_the_check(staff_user):
    with pytest.raises(SystemCheckError, match="Superusers without an authenticator app: editor"):
        call_command("check", "--deploy", "--database", "default")


def test_a_superuser_with_an_app_passes(staff_user):
    verified_device(staff_user)

    assert deploy_errors() == []


def test_a_demo_login_fails_the_check(django_user_model):
    django_user_model.objects.create_user(username="frontdesk", password=DEMO_PASSWORD, is_staff=True)

    assert deploy_errors() == ["staff_signin.E001"]


def test_a_demo_username_with_its_own_password_passes(django_user_model):
    django_user_model.objects.create_user(username="frontdesk", password="a-real-long-password", is_staff=True)

    assert deploy_errors() == []


def test_the_check_leaves_local_development_alone(staff_user, settings):
    settings.DEBUG = True

    assert deploy_errors() == []
