"""No dead ends: every error page is the site's own, with its headers and the clinic's phone number."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

from ..helpers import FORM_URL, fresh_form, page_text

pytestmark = pytest.mark.django_db

PHONE = "(480) 555-0142"  # settings.CLINIC_PHONE's default, which needs no database
LATIN_1 = "application/x-www-form-urlencoded; charset=latin-1"


def database_down():
    return mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=OperationalError("refused"))


def bad_request(client: Client):
    return client.post(FORM_URL, data="first_name=Ann", content_type=LATIN_1)


def csrf_failure(client: Client):
    return Client(enforce_csrf_checks=True).post("/", {"anything": "x"})


def not_found(client: Client):
    return client.get("/no-such-page/")


def too_many(client: Client, form_data: dict, settings):
    settings.APPOINTMENT_FORM_MIN_SECONDS = 0
    settings.APPOINTMENT_RATE_LIMIT = "1/h"
    client.post(FORM_URL, form_data)
    return client.post(FORM_URL, fresh_form(form_data))


def server_error(client: Client):
    with mock.patch("appointments.views.initial_form_data", side_effect=RuntimeError("a bug")):
        return client.get(FORM_URL)


def unavailable(client: Client):
    with database_down():
        return client.get("/")


@pytest.mark.parametrize(
    ("provoke", "status"),
    [(bad_request, 400), (csrf_failure, 403), (not_found, 404), (too_many, 429), (server_error, 500),
     (unavailable, 503)],
)  # fmt: skip
def test_every_error_page_is_ours_with_the_phone_number_and_the_sites_headers(provoke, status, form_data, settings):
    client = Client(raise_request_exception=False)
    response = provoke(client, form_data, settings) if provoke is too_many else provoke(client)

    assert response.status_code == status
    text = page_text(response)
    assert PHONE in text or "(480) 555-0100" in text  # the error pages' number, or the location's on the form
    assert "Avesta" in text
    assert "call or text 988" in text.lower()
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_while_the_database_is_down_every_page_says_so_and_when_to_come_back():
    client = Client(raise_request_exception=False)

    with database_down():
        responses = [client.get(url) for url in ["/", "/blog/", FORM_URL, "/contact/"]]

    assert [response.status_code for response in responses] == [503] * 4
    assert all(response["Retry-After"] == "120" for response in responses)
    assert "Please try again in a few minutes Our system is briefly unavailable" in page_text(responses[0])


def test_pages_come_back_by_themselves_once_the_database_is_back(location, settings):
    client = Client(raise_request_exception=False)
    with database_down():
        assert client.get("/").status_code == 503

    assert client.get("/").status_code == 200
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


def test_a_body_in_another_charset_is_a_bad_request_even_before_the_csrf_check():
    response = Client(enforce_csrf_checks=True).post("/", data="q=caf%E9", content_type=LATIN_1)

    assert response.status_code == 400
    assert "We could not read that request" in page_text(response)


def test_a_csrf_failure_elsewhere_explains_and_gives_the_phone_number():
    response = Client(enforce_csrf_checks=True).post("/contact/", {"anything": "x"})

    assert response.status_code == 403
    assert "Please try that again" in page_text(response)
    assert PHONE in page_text(response)
