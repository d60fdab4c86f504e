"""Failed staff logins go to the security log with username and address; nothing else of theirs, and only there."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..helpers import PASSWORD

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def failed_login(client, username: str, address: str = "203.0.113.7"):
    return client.post("/admin/login/", {"username": username, "password": "wrong-password"}, REMOTE_ADDR=address)


def test_a_failed_staff_login_is_logged_with_username_and_address(client, staff_user, security_log):
    failed_login(client, "editor")

    assert security_log.messages == ["failed staff login for username 'editor' from 203.0.113.7"]
    assert [record.name for record in security_log.records] == ["security.login"]
    assert "wrong-password" not in security_log.text


def test_the_address_is_the_clients_behind_our_proxy(client, staff_user, security_log, settings):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]  # the proxy the request comes through

    client.post(
        "/admin/login/",
        {"username": "editor", "password": "nope"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_REAL_IP="198.51.100.4",
    )

    assert security_log.messages == ["failed staff login for username 'editor' from 198.51.100.4"]


def test_a_successful_login_is_not_logged_as_failed(client, staff_user, security_log):
    client.post("/admin/login/", {"username": "editor", "password": PASSWORD}, REMOTE_ADDR="203.0.113.7")

    assert security_log.messages == []


def test_a_forged_username_cannot_forge_a_log_line_or_fill_the_log(client, db, security_log):
    failed_login(client, "x\nfailed staff login for username 'admin' from 10.0.0.1" + "y" * 200)

    [message] = security_log.messages
    assert "\n" not in message
    assert message.startswith('failed staff login for username "x\\nfailed staff login')
    assert len(message) < 250


def test_the_security_log_has_its_own_handler_and_file(tmp_path):
    """In a fresh process with production's logging: the line is in SECURITY_LOG_FILE, not in the app's output."""
    log_file = tmp_path / "security.log"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "SECURITY_LOG_FILE": str(log_file)}
    script = (
        "import django, logging; django.setup(); "
        "logging.getLogger('security.login').warning('failed staff login for username %r from %s', 'editor', "
        "'203.0.113.7'); "
        "logging.getLogger('appointments').warning('an application line')"
    )

    result = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )

    assert (
        "security security.login WARNING failed staff login for username 'editor' from 203.0.113.7"
        in log_file.read_text()
    )
    assert "an application line" not in log_file.read_text()
    assert "an application line" in result.stderr
    assert "failed staff login" not in result.stderr
