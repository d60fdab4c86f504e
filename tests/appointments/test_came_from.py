"""Which page on this site led the patient to the form: kept with the request, never anything else."""

import pytest

from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, soup_of

pytestmark = pytest.mark.django_db


def recorded_source(client, **headers: str) -> str:
    soup = soup_of(client.get(FORM_URL, headers=headers))
    return soup.select_one("#id_source_path").get("value", "")


def test_opening_the_form_directly_records_no_source(client, location):
    assert recorded_source(client) == ""


def test_reloading_the_form_does_not_record_the_form_as_its_own_source(client, location):
    assert recorded_source(client, Referer=f"http://testserver{FORM_URL}") == ""


def test_the_source_pages_query_string_is_left_out(client, location):
    assert recorded_source(client, Referer="http://testserver/conditions/migraine/?utm=x") == "/conditions/migraine/"


def test_a_very_long_source_address_is_cut_to_what_is_stored(client, location):
    path = "/blog/" + "a" * 300

    assert recorded_source(client, Referer=f"http://testserver{path}") == path[:200]


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("/blog/x/", "/blog/x/"),
        ("//evil.example/x", ""),
        ("/a?b=c", ""),
        ("relative/page/", ""),
        ("https://evil.example/x", ""),
        ("", ""),
    ],
)
def test_only_a_plain_path_on_this_site_is_stored_as_the_source(client, form_data, sent, stored):
    form_data["source_path"] = sent

    assert client.post(FORM_URL, form_data).status_code == 302
    assert AppointmentRequest.objects.get().source_path == stored
