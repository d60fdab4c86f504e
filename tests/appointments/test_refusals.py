"""What a person sees when the form is refused, and that sending it again then works."""

import time
from unittest import mock

import pytest

from appointments.abuse import sign_form_start
from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, THANK_YOU_URL, fresh_form, soup_of

pytestmark = pytest.mark.django_db

TRY_AGAIN = "Something went wrong with this form. Please check your details and send it again."


def refusal_shown(response) -> str:
    return soup_of(response).select_one(".alert[role=alert] p").get_text(strip=True)


def sent_back_as_shown(response) -> dict:
    """The re-rendered form's bookkeeping fields, as the browser sends them on the second try."""
    soup = soup_of(response)
    return {
        name: soup.select_one(f"#id_{name}").get("value", "")
        for name in ["submission_token", "form_started", "website"]
    }


def test_a_form_left_open_too_long_is_explained(client, form_data):
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 25 * 3600):
        form_data["form_started"] = sign_form_start(form_data["submission_token"])

    response = client.post(FORM_URL, form_data)

    assert refusal_shown(response) == (
        "This form was open for a long time, so please check your details and send it again."
    )


@pytest.mark.parametrize("stamp", ["not-signed", "", "MTc5NTc3MzAwMy44MjQxMTE:1xWsah:forged"])
def test_a_missing_or_forged_start_stamp_is_explained(client, form_data, stamp):
    form_data["form_started"] = stamp

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert refusal_shown(response) == TRY_AGAIN
    assert not AppointmentRequest.objects.exists()


def test_a_form_sent_too_fast_is_explained_and_the_second_try_is_stored(client, form_data, settings):
    settings.APPOINTMENT_FORM_MIN_SECONDS = 60
    refused = client.post(FORM_URL, form_data)
    assert refusal_shown(refused) == (
        "That was quicker than we expected. Please check your details and send the form again."
    )

    settings.APPOINTMENT_FORM_MIN_SECONDS = 0
    response = client.post(FORM_URL, {**form_data, **sent_back_as_shown(refused)})

    assert response["Location"] == THANK_YOU_URL
    assert AppointmentRequest.objects.get().first_name == "Ann"


def test_after_the_trap_field_was_filled_the_form_comes_back_empty_there_and_can_be_sent(client, form_data):
    # Browser autofill can fill the hidden field; the person must still get through on the second try.
    form_data["website"] = "http://autofilled.example"
    refused = client.post(FORM_URL, form_data)
    assert refusal_shown(refused) == "We could not accept this form. Please call or text us instead."
    assert sent_back_as_shown(refused)["website"] == ""

    response = client.post(FORM_URL, {**form_data, **sent_back_as_shown(refused)})

    assert response["Location"] == THANK_YOU_URL
    assert AppointmentRequest.objects.count() == 1


def test_too_many_requests_are_explained_with_what_to_do(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT = "1/h"
    client.post(FORM_URL, form_data)

    response = client.post(FORM_URL, fresh_form(form_data))

    assert response.status_code == 429
    assert refusal_shown(response) == (
        "We have received several requests from your connection in a short time. "
        "Please wait an hour and try again, or call or text us."
    )
    assert soup_of(response).select_one("#id_last_name")["value"] == "Example"


def test_requests_without_a_client_address_share_one_limit(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT = "1/h"
    statuses = [client.post(FORM_URL, fresh_form(form_data), REMOTE_ADDR="").status_code for _ in range(2)]

    assert statuses == [302, 429]
    assert AppointmentRequest.objects.count() == 1
