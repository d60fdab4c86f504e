"""Protections that Django or our settings give, kept from quietly going away."""

import pytest

from appointments.models import AppointmentRequest

from ..helpers import EXPECTED_POLICY, FORM_URL

pytestmark = pytest.mark.django_db


def test_pages_carry_a_strict_content_security_policy(client, location):
    policy = client.get("/")["Content-Security-Policy"]

    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives == EXPECTED_POLICY


@pytest.mark.parametrize("url", ["/request-an-appointment/", "/blog/", "/admin/login/", "/no-such-page/"])
def test_every_kind_of_page_carries_the_policy(client, location, url):
    assert "default-src 'none'" in client.get(url)["Content-Security-Policy"]


def test_pages_cannot_be_framed_and_send_no_referrer_elsewhere(client, location):
    response = client.get("/")

    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_form_post_without_csrf_token_is_refused(location):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(FORM_URL, {"first_name": "Ann"})

    assert response.status_code == 403


def test_unknown_host_is_a_bad_request(client):
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400


def test_oversized_body_is_a_bad_request(client, form_data, settings, caplog):
    settings.APPOINTMENT_FORM_MIN_SECONDS = 0
    # A valid request with 3 MB of padding: only the body size limit (2.5 MB) can refuse it.
    response = client.post(FORM_URL, {**form_data, "padding": "x" * (3 * 1024 * 1024)})

    assert response.status_code == 400
    assert [record.name for record in caplog.records] == ["django.security.RequestDataTooBig"]
    assert not AppointmentRequest.objects.exists()


def test_too_many_fields_is_a_bad_request(client, form_data, settings, caplog):
    settings.APPOINTMENT_FORM_MIN_SECONDS = 0
    # A valid request with 1,200 extra fields: only the field count limit (1,000) can refuse it.
    extra_fields = {f"field{number}": "x" for number in range(1200)}

    response = client.post(FORM_URL, {**form_data, **extra_fields})

    assert response.status_code == 400
    assert [record.name for record in caplog.records] == ["django.security.TooManyFieldsSent"]
    assert not AppointmentRequest.objects.exists()


@pytest.mark.parametrize("url", ["/blog/?page=%00", "/blog/topics/%00/", "/admin/login/?next=%00"])
def test_nul_in_an_address_is_a_bad_request(client, url):
    assert client.get(url).status_code == 400
