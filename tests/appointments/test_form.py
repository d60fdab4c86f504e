"""The request form: its fields and labels, and how it explains what it cannot accept."""

import pytest

from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, field_error, soup_of

pytestmark = pytest.mark.django_db


def test_form_has_a_label_for_every_field(client, location):
    soup = soup_of(client.get(FORM_URL))

    for field in soup.select(
        "form.appointment-form input:not([type=hidden]), form.appointment-form select, form textarea"
    ):
        assert soup.find("label", attrs={"for": field["id"]}), field["name"]
    assert soup.find("label", attrs={"for": "id_first_name"}).get_text(strip=True).startswith("First name")
    assert soup.find("button", string="Send my request")


def test_service_and_only_location_are_preselected(client, location):
    soup = soup_of(client.get(FORM_URL + "?service=migraine"))

    assert soup.select_one("#id_service option[selected]")["value"] == "migraine"
    assert soup.select_one("#id_location option[selected]")["value"] == str(location.pk)


def test_unknown_service_in_the_address_is_ignored(client, location):
    soup = soup_of(client.get(FORM_URL + "?service=<script>"))

    assert soup.select_one("#id_service option[selected]")["value"] == ""


def test_the_page_the_patient_came_from_is_recorded(client, location):
    soup = soup_of(client.get(FORM_URL, headers={"Referer": "http://testserver/blog/some-article/"}))

    assert soup.select_one("#id_source_path")["value"] == "/blog/some-article/"


def test_another_sites_address_is_not_recorded_as_the_source(client, location):
    soup = soup_of(client.get(FORM_URL, headers={"Referer": "https://elsewhere.example/page/"}))

    assert soup.select_one("#id_source_path").get("value", "") == ""


def test_form_page_is_never_cached(client, location):
    assert "no-cache" in client.get(FORM_URL)["Cache-Control"]


def test_phone_is_optional_for_patients_who_choose_email(client, form_data):
    form_data.update(contact_method="email", phone="", sms_opt_in="")

    assert client.post(FORM_URL, form_data).status_code == 302
    assert AppointmentRequest.objects.get().phone == ""


@pytest.mark.parametrize("method", ["call", "text"])
def test_phone_is_required_to_be_called_or_texted(client, form_data, method):
    form_data.update(contact_method=method, phone="")

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "Please give a phone number so that we can call or text you" in field_error(response, "phone")
    assert not AppointmentRequest.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "12345", "Enter a phone number like (480) 555-0123"),
        ("email", "ann@", "Enter a valid email address"),
        ("first_name", "Ann\r\nBcc: x@evil.example", "on one line"),
        ("first_name", "", "Please enter your first name."),
        ("message", "x" * 1001, "at most 1000 characters"),
    ],
)
def test_bad_input_is_explained_and_the_rest_is_kept(client, form_data, field, value, message):
    form_data[field] = value

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert message in field_error(response, field)
    soup = soup_of(response)
    summary = soup.select_one(".error-summary")
    assert summary["role"] == "alert"
    assert summary.select_one(f'a[href="#id_{field}"]')
    assert soup.select_one("#id_last_name")["value"] == "Example"
    assert soup.select_one("#id_service option[selected]")["value"] == "migraine"
    assert soup.select_one("#id_message").get_text().strip() == form_data["message"]  # even when too long
    assert soup.select_one(f"#id_{field}")["aria-invalid"] == "true"
    assert not AppointmentRequest.objects.exists()


ONE_LINE = "Please use letters, spaces and punctuation only, on one line."
LINE_BREAKS = {"CR LF": "\r\n", "LF": "\n", "CR": "\r", "VT": "\x0b", "U+2028": "\u2028", "U+2029": "\u2029"}


@pytest.mark.parametrize("field", ["first_name", "last_name"])
@pytest.mark.parametrize("line_break", LINE_BREAKS.values(), ids=LINE_BREAKS.keys())
def test_a_name_with_a_line_break_is_refused_with_a_reason(client, form_data, field, line_break):
    # Names go near email headers: a line break could start a header of the sender's choosing.
    form_data[field] = f"Ann{line_break}Bcc: list@evil.example"

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert field_error(response, field) == ONE_LINE
    assert not AppointmentRequest.objects.exists()


@pytest.mark.parametrize("line_break", LINE_BREAKS.values(), ids=LINE_BREAKS.keys())
def test_an_email_address_with_a_line_break_is_refused_with_a_reason(client, form_data, line_break):
    form_data["email"] = f"ann@example.com{line_break}Bcc: list@evil.example"

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert field_error(response, "email") == EMAIL_CHARACTERS
    assert not AppointmentRequest.objects.exists()


EMAIL_CHARACTERS = "Please enter your email address without spaces, quotes or special characters."


@pytest.mark.parametrize(
    "address",
    ['"a\x0bb"@example.org', '"a\x1cb"@example.org', '"a\x1db"@example.org', '"a\x1eb"@example.org',
     '"a\x0cb"@example.org', "ann@example.org\u2028x", '"ann smith"@example.org'],
    ids=["VT", "FS", "GS", "RS", "FF", "U+2028 after the domain", "quoted space"],
)  # fmt: skip
def test_an_address_django_would_accept_but_that_breaks_a_mail_header_is_refused(client, form_data, address):
    # Django's EmailField lets these through; in a To: header they add a line or cannot be encoded.
    form_data["email"] = address

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert field_error(response, "email") == EMAIL_CHARACTERS
    assert soup_of(response).select_one("#id_last_name")["value"] == "Example"
    assert not AppointmentRequest.objects.exists()


def test_missing_consent_is_refused_with_a_reason(client, form_data):
    del form_data["consent"]

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "Please agree to be contacted" in field_error(response, "consent")
    assert not AppointmentRequest.objects.exists()


def test_missing_contact_method_is_explained(client, form_data):
    del form_data["contact_method"]

    response = client.post(FORM_URL, form_data)

    assert "Please choose how we should contact you." in field_error(response, "contact_method")


def test_text_messages_need_the_patients_agreement(client, form_data):
    form_data.update(contact_method="text", sms_opt_in="")

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert "To be contacted by text message, please tick this box." in field_error(response, "sms_opt_in")
    assert not AppointmentRequest.objects.exists()


def test_error_list_links_a_choice_group_to_its_first_option(client, form_data):
    del form_data["patient_type"]

    response = client.post(FORM_URL, form_data)

    link = soup_of(response).select_one(".error-summary a")
    assert link.get_text() == "New or returning patient: Please tell us whether you have been to our clinic before."
    assert link["href"] == "#id_patient_type_0"
    assert soup_of(response).select_one("#id_patient_type_0")


def test_nul_character_in_a_field_is_refused_not_a_server_error(client, form_data):
    form_data["last_name"] = "Exa\x00mple"

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 400
    assert not AppointmentRequest.objects.exists()


def test_each_missing_contact_detail_is_explained_in_its_own_words(client, form_data):
    form_data.update(contact_method="text", phone="", sms_opt_in="")

    response = client.post(FORM_URL, form_data)

    assert field_error(response, "phone") == (
        "Please give a phone number so that we can call or text you, or choose email."
    )
    assert field_error(response, "sms_opt_in") == "To be contacted by text message, please tick this box."


def test_a_mistyped_phone_number_gets_one_explanation_not_two(client, form_data):
    form_data.update(contact_method="call", phone="12345")

    response = client.post(FORM_URL, form_data)

    assert field_error(response, "phone") == "Enter a phone number like (480) 555-0123, or one starting with +."
    assert [message for _, message in error_list(response)] == [
        "Phone number: Enter a phone number like (480) 555-0123, or one starting with +."
    ]


def test_a_patient_who_agreed_to_texts_can_choose_text_messages(client, form_data):
    form_data.update(contact_method="text", sms_opt_in="on")

    assert client.post(FORM_URL, form_data).status_code == 302
    assert AppointmentRequest.objects.get().contact_method == "text"


def error_list(response) -> list[tuple[str, str]]:
    """The error summary at the top of the page: (link target, text) of each line."""
    items = soup_of(response).select(".error-summary li")
    return [(item.a["href"] if item.a else "", item.get_text(" ", strip=True)) for item in items]


def test_error_summary_lists_every_problem_in_form_order_with_short_labels(client, form_data):
    form_data.update(first_name="", contact_method="text", sms_opt_in="", voicemail_opt_in="maybe")
    del form_data["consent"]

    response = client.post(FORM_URL, form_data)

    assert error_list(response) == [
        ("#id_first_name", "First name: Please enter your first name."),
        ("#id_consent", "Consent: Please agree to be contacted, so that we can answer your request."),
        ("#id_sms_opt_in", "Text messages: To be contacted by text message, please tick this box."),
    ]
    assert "Please correct 3 things below" in soup_of(response).select_one("#error-summary-heading").get_text()


def test_a_form_wide_error_is_listed_as_written_without_a_link(location):
    # No check of ours raises one today; a future one (e.g. a model constraint) must still be listed.
    from appointments.forms import AppointmentRequestForm

    form = AppointmentRequestForm({"first_name": "Ann"})
    form.add_error(None, "This form has expired.")
    form.add_error(None, "Please try again.")

    summary = form.error_summary()

    assert ("id_last_name", "Last name: Please enter your last name.") in summary
    assert ("id_consent", "Consent: Please agree to be contacted, so that we can answer your request.") in summary
    assert summary[-2:] == [("", "This form has expired."), ("", "Please try again.")]
