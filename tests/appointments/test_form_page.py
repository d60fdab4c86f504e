"""The request form as a patient's browser receives it, and sending it back exactly as rendered."""

import pytest

from appointments.models import AppointmentRequest
from pages.models import Location

from ..helpers import FORM_URL, THANK_YOU_URL, soup_of

pytestmark = pytest.mark.django_db


def options(soup, field: str) -> list[tuple[str, str]]:
    return [(option.get("value"), option.get_text(strip=True)) for option in soup.select(f"#id_{field} option")]


def fields_as_rendered(soup) -> dict[str, str]:
    """What the browser sends for the untouched form: hidden fields as given, selects as preselected."""
    form = soup.select_one("form.appointment-form")
    data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden], input[type=text]")}
    data.update((choice["name"], choice["value"]) for choice in form.select("input[type=radio][checked]"))
    for select in form.select("select"):
        selected = select.select_one("option[selected]")
        data[select["name"]] = selected["value"] if selected else ""
    return data


def test_form_is_grouped_under_five_headings_with_the_optional_questions_together(client, location):
    response = client.get(FORM_URL)
    soup = soup_of(response)

    legends = [legend.get_text(strip=True) for legend in soup.select("form.appointment-form > fieldset > legend")]

    assert response.status_code == 200
    assert legends == [
        "About you",
        "How we should reach you",
        "Your visit",
        "Optional: anything that helps us prepare",
        "Consent",
    ]


def test_each_heading_holds_its_questions(client, location):
    soup = soup_of(client.get(FORM_URL))

    fieldsets = {
        fieldset.legend.get_text(strip=True): fieldset for fieldset in soup.select("form.appointment-form > fieldset")
    }
    expected = {
        "About you": ["first_name", "last_name", "email", "phone", "patient_type"],
        "How we should reach you": ["contact_method", "sms_opt_in", "voicemail_opt_in"],
        "Your visit": ["location", "service"],
        "Optional: anything that helps us prepare": ["preferred_days", "preferred_time", "referral", "message"],
        "Consent": ["consent"],
    }
    for legend, names in expected.items():
        for name in names:
            assert fieldsets[legend].select(f'[name="{name}"]'), (legend, name)


def test_every_optional_question_says_so_and_no_required_one_does(client, location):
    form = soup_of(client.get(FORM_URL)).select_one("form.appointment-form")
    optional_group = form.select_one("fieldset.optional-part")

    titles = [
        " ".join(title.get_text().split()) for title in optional_group.select("label.form-label, legend.form-label")
    ]
    required_titles = [
        " ".join(title.get_text().split())
        for title in form.select(".requiredField")
        if title.name in {"label", "legend"}
    ]

    assert titles == [
        "Preferred days (optional)",
        "Preferred time of day (optional)",
        "How did you hear about us? (optional)",
        "Message (optional)",
    ]
    assert required_titles and not any("optional" in title for title in required_titles)


def test_the_time_of_day_may_be_left_unanswered_and_means_any_time(client, location, form_data):
    del form_data["preferred_time"]

    response = client.post(FORM_URL, form_data)

    assert response.status_code == 302
    assert AppointmentRequest.objects.get().preferred_time == AppointmentRequest.TimeOfDay.ANY


def test_page_has_one_form_with_one_send_button(client, location):
    soup = soup_of(client.get(FORM_URL))

    assert len(soup.select("form")) == 1
    assert [button.get_text(strip=True) for button in soup.select("form button")] == ["Send my request"]


def test_the_trap_field_is_hidden_from_people_and_their_tools(client, location):
    # Screen readers, the tab key and autofill must never lead a patient into the bots' field.
    soup = soup_of(client.get(FORM_URL))

    trap = soup.select_one("div.form-trap")
    assert trap["aria-hidden"] == "true"
    website = trap.select_one("input#id_website")
    assert (website["tabindex"], website["autocomplete"]) == ("-1", "off")
    assert website.get("value", "") == ""


def test_form_carries_a_one_time_token_and_a_signed_start_time(client, location):
    soup = soup_of(client.get(FORM_URL))
    again = soup_of(client.get(FORM_URL))

    token = soup.select_one("input[type=hidden]#id_submission_token")["value"]
    assert len(token) == 36 and token.count("-") == 4
    assert token != again.select_one("#id_submission_token")["value"]
    assert soup.select_one("input[type=hidden]#id_form_started")["value"]


def test_choices_start_with_a_prompt_not_a_preselected_answer(client, location):
    Location.objects.create(name="Second Clinic", slug="second", city="Mesa", region="AZ", postal_code="85201")
    soup = soup_of(client.get(FORM_URL))

    assert options(soup, "location")[0] == ("", "Choose a location")
    assert options(soup, "service")[0] == ("", "Choose one")
    assert options(soup, "contact_method")[0] == ("", "Choose one")
    assert options(soup, "referral")[0] == ("", "Prefer not to say")
    assert [value for value, _ in options(soup, "contact_method")] == ["", "call", "text", "email"]
    assert [value for value, _ in options(soup, "referral")] == ["", "search", "doctor", "friend", "social", "other"]


def test_with_two_locations_neither_is_preselected(client, location):
    Location.objects.create(name="Second Clinic", slug="second", city="Mesa", region="AZ", postal_code="85201")

    soup = soup_of(client.get(FORM_URL))

    assert soup.select_one("#id_location option[selected]")["value"] == ""
    assert len(options(soup, "location")) == 3


def test_consent_label_links_to_the_privacy_policy(client, location):
    soup = soup_of(client.get(FORM_URL))

    label = soup.select_one("label[for=id_consent]")
    assert " ".join(label.get_text(" ").split()).startswith(
        "I consent to the clinic contacting me about this request, as described in the privacy policy ."
    )
    link = label.select_one("a")
    assert (link["href"], link.get_text()) == ("/privacy/", "privacy policy")


def test_form_sent_back_as_rendered_with_the_patients_answers_is_stored(client, location):
    soup = soup_of(client.get(FORM_URL, headers={"Referer": "http://testserver/blog/sleep/"}))
    data = fields_as_rendered(soup)
    data.update(
        first_name="Ann", last_name="Example", email="ann@example.com", phone="(480) 555-0123",
        contact_method="call", service="migraine", consent="on",
    )  # fmt: skip

    response = client.post(FORM_URL, data)

    assert response.status_code == 302
    assert response["Location"] == THANK_YOU_URL
    appointment = AppointmentRequest.objects.get()
    assert str(appointment.submission_token) == soup.select_one("#id_submission_token")["value"]
    assert (appointment.full_name, appointment.location, appointment.source_path) == (
        "Ann Example",
        location,
        "/blog/sleep/",
    )
    assert (appointment.referral, appointment.preferred_time) == ("", "any")


def test_form_page_and_a_form_sent_back_carry_the_csrf_token_and_the_clinics_number(client, location, form_data):
    form_data["email"] = "not an address"

    for response in [client.get(FORM_URL), client.post(FORM_URL, form_data)]:
        soup = soup_of(response)
        assert soup.select_one("form.appointment-form input[name=csrfmiddlewaretoken]")["value"]
        assert " ".join(soup.find("a", href="tel:+14805550100").get_text().split()) == "Call (480) 555-0100"


def test_first_and_last_name_share_a_row_on_wider_screens(client, location):
    pair = soup_of(client.get(FORM_URL)).select_one("#div_id_first_name").find_parent(class_="field-pair")

    assert [field.select_one("input")["name"] for field in pair.find_all("div", recursive=False)] == [
        "first_name",
        "last_name",
    ]


# The keystroke-level model (Card, Moran and Newell): seconds a person takes for each step.
THINK, POINT, CLICK, KEYSTROKE = 1.35, 1.1, 0.2, 0.28  # keystroke: an average typist, about 40 words a minute
READING_WORDS_PER_MINUTE = 200
SAMPLE_ANSWERS = {"first_name": "Ann", "last_name": "Example", "email": "ann.example@example.com"}


def test_the_required_questions_take_about_two_minutes_as_the_page_says(client, location):
    """The page promises "about two minutes": model the time a typical patient needs for what is required."""
    soup = soup_of(client.get(FORM_URL))
    form = soup.select_one("form.appointment-form")

    seconds = 0.0
    for control in form.select("[required]"):
        name = control["name"]
        chosen = control.select_one("option[selected]") if control.name == "select" else None
        if chosen and chosen["value"]:
            continue  # already answered (the only location)
        is_radio = control.get("type") == "radio"
        if is_radio and (form.select_one(f'input[name="{name}"][checked]') or not control["id"].endswith("_0")):
            continue  # answered by default, or counted once for the group
        seconds += THINK + POINT + CLICK
        if control.name == "select":
            seconds += POINT + CLICK  # open the list, pick the answer
        seconds += KEYSTROKE * len(SAMPLE_ANSWERS.get(name, ""))
    words = len(" ".join(soup.select_one("main").get_text(" ").split()).split())
    seconds += words / READING_WORDS_PER_MINUTE * 60 * 0.5  # people skim forms: half of the words read

    assert "It takes about two minutes." in soup.select_one("main .lead").get_text(" ")
    assert 60 <= seconds <= 150, f"{seconds:.0f} s"
