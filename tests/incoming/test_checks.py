"""`manage.py check` refuses a weakened Content Security Policy and __Host- cookies that browsers would drop."""

import copy

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.core.management.base import SystemCheckError


def policy_with(**changes) -> dict:
    policy = copy.deepcopy(django_settings.CONTENT_SECURITY_POLICY)
    for name, sources in changes.items():
        if sources is None:
            del policy["DIRECTIVES"][name.replace("_", "-")]
        else:
            policy["DIRECTIVES"][name.replace("_", "-")] = sources
    return policy


def test_the_policy_as_configured_passes():
    call_command("check")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"style_src": ["'self'", "'unsafe-inline'"]}, "allows 'unsafe-inline' in style-src"),
        ({"script_src": ["'self'", "'unsafe-eval'"]}, "allows 'unsafe-eval' in script-src"),
        ({"object_src": None}, "has no object-src directive"),
        ({"base_uri": None}, "has no base-uri directive"),
        ({"frame_ancestors": None}, "has no frame-ancestors directive"),
        ({"form_action": None}, "has no form-action directive"),
    ],
)
def test_a_weakened_policy_fails_the_check(settings, changes, message):
    settings.CONTENT_SECURITY_POLICY = policy_with(**changes)

    with pytest.raises(SystemCheckError, match=message):
        call_command("check")


def test_host_prefixed_cookie_without_https_fails_the_check(settings):
    settings.SESSION_COOKIE_SECURE = False

    with pytest.raises(SystemCheckError, match="SESSION_COOKIE_NAME starts with __Host-"):
        call_command("check")
