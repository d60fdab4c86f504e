"""Keeping bots and floods out of the form without locking patients out."""

import time
from unittest import mock

import pytest

from appointments.abuse import sign_form_start
from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, fresh_form, shared_caches_at, soup_of

pytestmark = pytest.mark.django_db


def test_honeypot_submission_is_refused_politely(client, form_data):
    form_data["website"] = "http://spam.example"

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "We could not accept this form. Please call or text us instead." in response.content.decode()
    assert not AppointmentRequest.objects.exists()


def test_too_fast_submission_is_refused_and_can_be_sent_again(client, form_data, settings):
    settings.APPOINTMENT_FORM_MIN_SECONDS = 60

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "That was quicker than we expected" in response.content.decode()
    soup = soup_of(response)
    assert soup.select_one("#id_first_name")["value"] == "Ann"
    assert soup.select_one("#id_form_started")["value"] != form_data["form_started"]
    assert not AppointmentRequest.objects.exists()


def test_tampered_form_start_is_refused(client, form_data):
    form_data["form_started"] = "not-signed"

    assert client.post(FORM_URL, form_data).status_code == 400
    assert not AppointmentRequest.objects.exists()


def test_form_left_open_for_more_than_a_day_is_refused_with_input_kept(client, form_data):
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 25 * 3600):
        form_data["form_started"] = sign_form_start(form_data["submission_token"])

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "This form was open for a long time" in response.content.decode()
    assert soup_of(response).select_one("#id_last_name")["value"] == "Example"
    assert not AppointmentRequest.objects.exists()


def test_too_many_requests_from_one_client_are_refused_with_429(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT = "2/h"
    statuses = []
    for number in range(3):
        form_data.update(fresh_form(form_data), email=f"p{number}@example.com")
        statuses.append(client.post(FORM_URL, form_data).status_code)

    assert statuses == [302, 302, 429]
    assert AppointmentRequest.objects.count() == 2


def test_patient_fixing_mistakes_is_not_rate_limited(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT = "2/h"
    bad = {**form_data, "email": "nope"}

    for _ in range(4):
        assert client.post(FORM_URL, bad).status_code == 400
    assert client.post(FORM_URL, form_data).status_code == 302


def test_request_is_stored_when_the_rate_limit_cache_is_down(client, form_data, settings):
    settings.CACHES = shared_caches_at("redis://127.0.0.1:9/0")

    assert client.post(FORM_URL, form_data).status_code == 302
    assert AppointmentRequest.objects.count() == 1


@pytest.mark.parametrize("header", [None, "junk", "198.51.100.1, 203.0.113.9", "2001:db8::1"])
def test_client_address_header_of_any_shape_never_breaks_the_form(client, form_data, settings, header):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    headers = {"X-Real-IP": header} if header else {}

    assert client.post(FORM_URL, form_data, headers=headers).status_code == 302


def test_only_the_address_our_proxy_added_counts(rf, settings):
    from incoming.client_address import client_ip

    settings.CLIENT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    request = rf.get("/", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.9", REMOTE_ADDR="127.0.0.1")

    assert client_ip(request) == "203.0.113.9"


@pytest.mark.parametrize("value", ["hello", "Ann", "1", " ", "http://spam.example"])
def test_any_value_in_the_hidden_field_is_refused(client, form_data, value):
    form_data["website"] = value

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "We could not accept this form. Please call or text us instead." in response.content.decode()
    assert not AppointmentRequest.objects.exists()


def send_from(client, form_data, address: str) -> int:
    form_data.update(fresh_form(form_data))
    return client.post(FORM_URL, form_data, REMOTE_ADDR=address).status_code


def test_two_ipv6_addresses_in_one_64_network_share_one_limit(client, form_data, settings):
    # One household or phone usually holds a whole /64 and can pick any address in it.
    settings.APPOINTMENT_RATE_LIMIT = "1/h"

    assert send_from(client, form_data, "2001:db8:1:2::1") == 302
    assert send_from(client, form_data, "2001:db8:1:2:ffff:ffff:ffff:fffe") == 429
    assert AppointmentRequest.objects.count() == 1


def test_ipv6_addresses_in_different_64_networks_have_their_own_limits(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT = "1/h"

    assert send_from(client, form_data, "2001:db8:1:2::1") == 302
    assert send_from(client, form_data, "2001:db8:1:3::1") == 302
    assert AppointmentRequest.objects.count() == 2


def test_ipv4_addresses_each_have_their_own_limit(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT = "1/h"

    assert send_from(client, form_data, "203.0.113.7") == 302
    assert send_from(client, form_data, "203.0.113.8") == 302
    assert send_from(client, form_data, "203.0.113.8") == 429
