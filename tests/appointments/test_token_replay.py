"""A stored form's token shows its thank-you page (reference, contact details, crisis panel) only to the browser
that sent it: a double click still lands there; anyone else posting the token is asked to send their own."""

import html

import pytest
from django.conf import settings
from django.test import Client

from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, THANK_YOU_URL, page_text, shared_caches_at, soup_of

pytestmark = pytest.mark.django_db

CRISIS_WORDS = "Some days I don't want to live anymore."
ANNS_PHONE = "(602) 555-0188"  # not the form's example number, which every form shows
ALREADY_SENT = (
    "This form was already sent. To send a request of your own, please check your details and send the form again."
)


def browser() -> Client:
    """A browser that opened the form: it holds the CSRF cookie every real POST carries."""
    opened = Client()
    opened.get(FORM_URL)
    return opened


@pytest.fixture
def sent(form_data) -> tuple[Client, dict, AppointmentRequest]:
    """Ann's browser, the form as it sent it (with crisis words), and her stored request."""
    ann = browser()
    form_data.update(message=CRISIS_WORDS, phone=ANNS_PHONE)
    assert ann.post(FORM_URL, form_data)["Location"] == THANK_YOU_URL
    return ann, form_data, AppointmentRequest.objects.get()


def forget_session(client: Client) -> None:
    """As a double click whose first answer (and the session cookie it set) never reached the browser."""
    client.cookies.pop(settings.SESSION_COOKIE_NAME)


# Who posts Ann's token, with what: (the browser, the form's words over Ann's), and whether it is Ann sending again.
CASES = {
    "a double click": ("ann", {}, True),
    "a double click whose first answer never arrived": ("ann, before her session cookie", {}, True),
    "another browser replaying Ann's whole form": ("another", {}, False),
    "another browser with Ann's token and its own words": (
        "another",
        {"first_name": "Eve", "email": "eve@example.com", "phone": "(480) 555-0999", "message": "Hello"},
        False,
    ),
    "the same browser, another person's words (back button)": (
        "ann",
        {"first_name": "Bo", "email": "bo@example.com"},
        False,
    ),
}


@pytest.mark.parametrize(("who", "words", "is_ann"), CASES.values(), ids=CASES.keys())
def test_a_stored_token_shows_its_request_only_to_the_browser_that_sent_it(sent, who, words, is_ann):
    ann, form_data, stored = sent
    poster = ann if who.startswith("ann") else browser()
    if who == "ann, before her session cookie":
        forget_session(poster)

    response = poster.post(FORM_URL, {**form_data, **words}, follow=True)
    text = page_text(response)

    assert AppointmentRequest.objects.count() == 1
    if is_ann:
        assert response.redirect_chain == [(THANK_YOU_URL, 302)]
        assert f"Your reference is {stored.reference}" in text
        assert soup_of(response).select_one(".crisis-panel")
        return
    assert response.status_code == 409
    assert soup_of(response).select_one(".alert[role=alert] p").get_text(strip=True) == ALREADY_SENT
    assert stored.reference not in text
    assert not soup_of(response).select(".crisis-panel, .contact-check")
    # What the poster sent comes back to them (in the form's fields), and nothing of Ann's they did not send.
    page = html.unescape(response.content.decode())
    for ann_detail in ("ann@example.com", ANNS_PHONE, CRISIS_WORDS):
        assert (ann_detail in page) is (ann_detail in {**form_data, **words}.values())


def test_after_being_refused_another_browser_sends_its_own_request(sent):
    _, form_data, stored = sent
    eve = browser()
    refused = eve.post(FORM_URL, {**form_data, "first_name": "Eve", "email": "eve@example.com"})
    fresh = {name: soup_of(refused).select_one(f"#id_{name}")["value"] for name in ["submission_token", "form_started"]}

    response = eve.post(FORM_URL, {**form_data, **fresh, "first_name": "Eve", "email": "eve@example.com"}, follow=True)

    eves = AppointmentRequest.objects.exclude(pk=stored.pk).get()
    assert eves.first_name == "Eve"
    assert f"Your reference is {eves.reference}" in page_text(response)
    assert stored.reference not in page_text(response)


def test_a_replay_is_refused_while_the_shared_cache_is_down(sent, settings):
    _, form_data, stored = sent
    settings.CACHES = shared_caches_at("redis://127.0.0.1:9/0")  # nothing listens there

    response = browser().post(FORM_URL, form_data)

    assert response.status_code == 409
    assert stored.reference not in page_text(response)


@pytest.mark.parametrize(
    "answers",
    [
        {},
        {"phone": "", "contact_method": "email", "sms_opt_in": ""},  # the optional answers left out
        {"preferred_days": [], "referral": "", "message": "", "preferred_time": "any"},
        {"phone": "+1 480-555-0123", "email": "Ann.Example@Example.com"},  # as typed, not as stored
        {"voicemail_opt_in": "on", "patient_type": "returning"},
    ],
)
def test_a_double_click_finds_its_request_whatever_was_answered(answers, form_data):
    ann = browser()
    form_data.update(answers)
    ann.post(FORM_URL, form_data)

    response = ann.post(FORM_URL, form_data, follow=True)

    assert response.redirect_chain == [(THANK_YOU_URL, 302)]
    assert f"Your reference is {AppointmentRequest.objects.get().reference}" in page_text(response)
