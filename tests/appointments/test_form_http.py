"""Every answer of the request form, whatever it says, is kept by nobody (Cache-Control: no-store, private): each
carries what a patient typed or is about to type. HEAD answers as GET does."""

from collections.abc import Callable
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from django.db import OperationalError
from django.test import Client

from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, THANK_YOU_URL, fresh_form, soup_of

pytestmark = pytest.mark.django_db

WORDS = "Cluster headaches every night since June."


def get(client: Client, form_data: dict, settings):
    return client.get(FORM_URL)


def head(client: Client, form_data: dict, settings):
    return client.head(FORM_URL)


def invalid(client: Client, form_data: dict, settings):
    return client.post(FORM_URL, {**form_data, "email": "not an address"})


def rate_limited(client: Client, form_data: dict, settings):
    settings.APPOINTMENT_RATE_LIMIT = "1/h"
    client.post(FORM_URL, fresh_form(form_data))
    return client.post(FORM_URL, form_data)


def csrf_failure(client: Client, form_data: dict, settings):
    checked = Client(enforce_csrf_checks=True)
    checked.get(FORM_URL)  # the cookie, but no token in the form sent
    return checked.post(FORM_URL, form_data)


def held_ceiling(client: Client, form_data: dict, settings):
    settings.APPOINTMENT_FLOOD_CEILING = "0/h"
    settings.APPOINTMENT_HELD_DAILY_CEILING = 0
    return client.post(FORM_URL, form_data)


def replayed(client: Client, form_data: dict, settings):
    first = Client()
    first.get(FORM_URL)
    first.post(FORM_URL, form_data)
    other = Client()
    other.get(FORM_URL)
    return other.post(FORM_URL, form_data)


def database_down(client: Client, form_data: dict, settings):
    with mock.patch.object(AppointmentRequest.objects, "filter", side_effect=OperationalError("refused")):
        return client.post(FORM_URL, form_data)


def thank_you(client: Client, form_data: dict, settings):
    client.post(FORM_URL, form_data)
    return client.get(THANK_YOU_URL)


# Each answer, its status, and whether it shows back what the patient typed.
ANSWERS: dict[str, tuple[Callable, int, bool]] = {
    "the form (GET)": (get, 200, False),
    "the form (HEAD)": (head, 200, False),
    "a form with a mistake": (invalid, 400, True),
    "too many requests from one client": (rate_limited, 429, True),
    "a CSRF failure": (csrf_failure, 403, True),
    "past the daily held ceiling": (held_ceiling, 429, True),
    "another browser's token": (replayed, 409, True),
    "the database down": (database_down, 503, True),
    "the thank-you page": (thank_you, 200, False),
}


def page_cache_keys() -> list[str]:
    """Keys of stored pages in every (local) cache of the tests."""
    stores = [caches[alias] for alias in django_settings.CACHES]
    return [key for store in stores for key in getattr(store, "_cache", {}) if "page-cache:page" in key]


@pytest.mark.parametrize(("answer", "status", "shows_words"), ANSWERS.values(), ids=ANSWERS.keys())
def test_no_answer_of_the_form_is_stored_anywhere(client, form_data, settings, answer, status, shows_words):
    form_data["message"] = WORDS

    response = answer(client, form_data, settings)

    assert response.status_code == status
    assert (WORDS in response.content.decode()) is shows_words
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"no-store", "private"} <= cache_control
    assert page_cache_keys() == []


def test_head_answers_as_get_does_without_a_body(client, location):
    got, headed = client.get(FORM_URL), client.head(FORM_URL)

    assert headed.status_code == got.status_code == 200
    assert headed.content == b""
    same = ["Content-Type", "Cache-Control", "Content-Security-Policy", "X-Frame-Options", "Vary"]
    assert {name: headed.get(name) for name in same} == {name: got.get(name) for name in same}
    assert not AppointmentRequest.objects.exists()


def honeypot_filled(client: Client, form_data: dict, settings):
    return client.post(FORM_URL, {**form_data, "website": "http://autofilled.example"})


@pytest.mark.parametrize("answer", [honeypot_filled, rate_limited, held_ceiling], ids=lambda answer: answer.__name__)
def test_every_refusal_that_asks_the_patient_to_call_gives_the_number(client, form_data, settings, answer):
    response = answer(client, form_data, settings)

    alert = soup_of(response).select_one(".alert[role=alert]")
    assert "call" in alert.select_one("p").get_text().lower()
    assert alert.select_one("a[href^='tel:']")["href"] == "tel:+14805550142"  # CLINIC_PHONE
    assert "(480) 555-0142" in alert.get_text()
