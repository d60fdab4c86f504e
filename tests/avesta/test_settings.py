"""The settings refuse unsafe configurations at start-up."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
# What this test process has that a fresh `manage.py` must not inherit: the test settings module
# (and the variables tests/settings.py sets by default), and Playwright's async allowance.
TEST_PROCESS_ONLY = {
    "DJANGO_SETTINGS_MODULE", "SECRET_KEY", "DEBUG", "SECURE_SSL_REDIRECT", "DJANGO_ALLOW_ASYNC_UNSAFE",
}  # fmt: skip


def production_process_env(environment: dict[str, str], unset: tuple[str, ...] = ()) -> dict[str, str]:
    """The environment `manage.py` gets in production: avesta.settings and only what is given."""
    inherited = {key: value for key, value in os.environ.items() if key not in {*TEST_PROCESS_ONLY, *unset}}
    return {**inherited, **environment}


def run_check(**environment: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=PROJECT_DIR,
        env=production_process_env(environment, unset=("DATABASE_URL",)),
        capture_output=True,
        text=True,
    )


def test_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run_check(DEBUG="false")

    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off." in result.stderr


def test_staff_emails_keep_patient_details_out_unless_told_otherwise():
    production = {"DJANGO_SETTINGS_MODULE": "avesta.settings", "DEBUG": "false", "SECRET_KEY": "x" * 50}
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.APPOINTMENT_EMAIL_PRIVACY_MODE)"],
        cwd=PROJECT_DIR,
        env=production_process_env(production, unset=("APPOINTMENT_EMAIL_PRIVACY_MODE",)),
        capture_output=True,
        text=True,
    )

    assert result.stdout == "True\n", result.stderr


def test_refuses_a_debug_value_that_is_not_a_boolean():
    result = run_check(DEBUG="maybe", SECRET_KEY="x" * 50)

    assert result.returncode != 0


PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "a-production-like-secret-key-with-more-than-fifty-characters-0123456789",
    "ALLOWED_HOSTS": "clinic.example",
    "SECURE_SSL_REDIRECT": "true",
    "DATABASE_URL": "postgres://avesta@127.0.0.1:5432/avesta",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
    "EMAIL_URL": "smtp+tls://mailer:secret@smtp.clinic.example:587",
    "CLIENT_IP_META_KEY": "HTTP_X_FORWARDED_FOR",
}
LOCAL_DEFAULTS = ("DATABASE_URL", "CACHE_URL", "EMAIL_URL")


def deploy_check(environment: dict[str, str], unset: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT_DIR,
        env=production_process_env(environment, unset),
        capture_output=True,
        text=True,
    )


def test_deploy_check_is_clean_with_production_settings():
    result = deploy_check(PRODUCTION)

    assert result.returncode == 0, result.stderr


def test_deploy_check_warns_when_every_client_would_share_the_proxys_address():
    result = deploy_check({**PRODUCTION, "CLIENT_IP_META_KEY": "REMOTE_ADDR"})

    assert result.returncode != 0
    assert "incoming.W001" in result.stderr


def test_deploy_check_refuses_the_local_defaults():
    production_without_services = {k: v for k, v in PRODUCTION.items() if k not in LOCAL_DEFAULTS}

    result = deploy_check(production_without_services, unset=LOCAL_DEFAULTS)

    assert result.returncode != 0
    for warning in ("appointments.W001", "appointments.W002", "appointments.W003"):
        assert warning in result.stderr
