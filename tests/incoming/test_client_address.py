"""The client's address comes from the proxy's header only when the request comes from a trusted proxy."""

import pytest

from appointments.models import AppointmentRequest
from incoming.client_address import client_ip

from ..helpers import FORM_URL, fresh_form


@pytest.fixture
def behind_proxy(settings):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]


def test_the_header_counts_on_a_request_from_a_trusted_proxy(rf, behind_proxy):
    request = rf.get("/", HTTP_X_REAL_IP="203.0.113.9", REMOTE_ADDR="10.1.2.3")

    assert client_ip(request) == "203.0.113.9"


def test_the_header_is_ignored_when_the_client_speaks_to_us_directly(rf, behind_proxy):
    request = rf.get("/", HTTP_X_REAL_IP="203.0.113.9", REMOTE_ADDR="198.51.100.7")

    assert client_ip(request) == "198.51.100.7"


def test_no_trusted_proxies_means_the_header_is_never_believed(rf, behind_proxy, settings):
    settings.TRUSTED_PROXIES = []
    request = rf.get("/", HTTP_X_REAL_IP="203.0.113.9", REMOTE_ADDR="127.0.0.1")

    assert client_ip(request) == "127.0.0.1"


def test_by_default_a_proxy_on_the_same_machine_is_trusted(rf, settings):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    request = rf.get("/", HTTP_X_REAL_IP="203.0.113.9", REMOTE_ADDR="::1")

    assert client_ip(request) == "203.0.113.9"


@pytest.mark.parametrize("remote", ["", "junk", "10.1.2.3:5000"])
def test_a_strange_socket_address_never_unlocks_the_header(rf, behind_proxy, remote):
    request = rf.get("/", HTTP_X_REAL_IP="203.0.113.9", REMOTE_ADDR=remote)

    assert client_ip(request) == remote


def test_a_botnet_cannot_spread_one_client_over_many_addresses_by_header(client, form_data, settings):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    settings.APPOINTMENT_RATE_LIMIT = "1/h"
    settings.APPOINTMENT_FORM_MIN_SECONDS = 0
    statuses = [
        client.post(
            FORM_URL, fresh_form(form_data), REMOTE_ADDR="198.51.100.7", HTTP_X_REAL_IP=f"203.0.113.{n}"
        ).status_code
        for n in range(2)
    ]

    assert statuses == [302, 429]
    assert AppointmentRequest.objects.count() == 1
