"""The form's start stamp is ours, bound to its one-time token; the hidden trap field must come back empty."""

import uuid

import pytest

from appointments.abuse import sign_form_start
from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, THANK_YOU_URL, soup_of

pytestmark = pytest.mark.django_db

SOMETHING_WENT_WRONG = "Something went wrong with this form. Please check your details and send it again."


def refusal_shown(response) -> str:
    message = soup_of(response).select_one(".alert-warning p")
    return message.get_text(" ", strip=True) if message else ""


def test_a_stamp_cannot_open_a_second_request_under_a_token_the_client_made_up(client, form_data):
    assert client.post(FORM_URL, form_data)["Location"] == THANK_YOU_URL

    response = client.post(FORM_URL, {**form_data, "submission_token": str(uuid.uuid4()), "email": "b@example.com"})

    assert response.status_code == 400
    assert refusal_shown(response) == SOMETHING_WENT_WRONG
    assert AppointmentRequest.objects.count() == 1


def test_the_same_form_sent_many_times_stores_one_request(client, form_data):
    statuses = [client.post(FORM_URL, form_data).status_code for _ in range(5)]

    assert statuses == [302] * 5
    assert AppointmentRequest.objects.count() == 1


def test_a_stamp_signed_for_another_token_is_refused(client, form_data):
    form_data["form_started"] = sign_form_start(uuid.uuid4())

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert refusal_shown(response) == SOMETHING_WENT_WRONG
    assert soup_of(response).select_one("#id_first_name")["value"] == "Ann"
    assert not AppointmentRequest.objects.exists()


def test_a_form_without_the_trap_field_is_refused_like_a_filled_one(client, form_data):
    del form_data["website"]

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert refusal_shown(response) == "We could not accept this form. Please call or text us instead."
    assert not AppointmentRequest.objects.exists()


def test_the_form_shown_carries_a_stamp_for_its_own_token(client, form_data, settings):
    soup = soup_of(client.get(FORM_URL))
    shown = {name: soup.select_one(f"#id_{name}")["value"] for name in ["submission_token", "form_started"]}

    response = client.post(FORM_URL, {**form_data, **shown})

    assert response["Location"] == THANK_YOU_URL
    assert str(AppointmentRequest.objects.get().submission_token) == shown["submission_token"]
