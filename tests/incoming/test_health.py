"""`/healthz` tells a load balancer whether this app server can serve pages, and tells the public nothing more."""

from unittest import mock

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

pytestmark = pytest.mark.django_db

SECRET_DETAIL = "password authentication failed for user avesta at 10.0.0.5"


def test_it_answers_ok_when_the_database_and_the_cache_answer(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "no-store" in response["Cache-Control"]


def test_it_answers_503_without_details_when_the_database_is_down(client):
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=OperationalError(SECRET_DETAIL)):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == b"unavailable\n"
    assert "no-store" in response["Cache-Control"]


def test_it_answers_503_without_details_when_the_cache_is_down(client):
    with mock.patch.object(LocMemCache, "set", side_effect=ConnectionError(SECRET_DETAIL)):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == b"unavailable\n"


def test_it_answers_503_when_the_cache_forgets_what_it_was_given(client):
    with mock.patch.object(LocMemCache, "get", return_value=None):
        response = client.get("/healthz")

    assert response.status_code == 503


def test_it_logs_which_part_is_down_by_kind_only(client, caplog):
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=OperationalError(SECRET_DETAIL)):
        client.get("/healthz")

    assert "database unavailable (OperationalError)" in caplog.text
    assert SECRET_DETAIL not in caplog.text


def test_a_load_balancer_may_ask_over_plain_http_when_https_is_enforced(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/healthz").status_code == 200
    assert client.get("/robots.txt").status_code == 301


def test_it_refuses_to_change_anything(client):
    assert client.post("/healthz").status_code == 405


def test_a_host_the_site_does_not_serve_is_refused(client):
    assert client.get("/healthz", HTTP_HOST="evil.example").status_code == 400
