"""The fresh form's markup comes from a layout rendered once (appointments/form_rendering.py): it must be
exactly what crispy-forms renders, with this visit's own token, stamp, origin and preselected condition."""

import re

import pytest
from bs4 import BeautifulSoup
from crispy_forms.utils import render_crispy_form
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import Location

from ..helpers import soup_of

FORM_URL = "/request-an-appointment/"


def crispy_markup(response) -> str:
    """What `{% crispy form %}` renders for the form the page was given (its own token and stamp)."""
    form = response.context["form"]
    return str(render_crispy_form(form, form.helper))


def controls(html: str) -> list[tuple]:
    """Every control and label with what assistive technology and the tests rely on."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag in soup.find_all(["input", "select", "textarea", "label", "fieldset", "legend", "option", "div"]):
        attrs = {k: v for k, v in tag.attrs.items() if k in {"id", "name", "for", "type", "value", "selected"}}
        attrs |= {k: v for k, v in tag.attrs.items() if k.startswith("aria-")}
        found.append((tag.name, sorted((k, str(v)) for k, v in attrs.items()), tag.get_text(" ", strip=True)[:80]))
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?service=migraine", "?service=not-a-service"])
def test_the_fresh_form_is_exactly_what_crispy_renders(client, location, query):
    client.get(FORM_URL + query)  # the layout is now rendered once; this visit reuses it

    response = client.get(FORM_URL + query, HTTP_REFERER="http://testserver/blog/some-article/")

    assert str(response.context["form_html"]) == crispy_markup(response)
    assert controls(response.context["form_html"]) == controls(crispy_markup(response))


@pytest.mark.django_db
def test_each_visit_gets_its_own_token_and_start_stamp(client, location):
    first, second = (soup_of(client.get(FORM_URL)) for _ in range(2))

    for name in ["submission_token", "form_started"]:
        assert first.find("input", attrs={"name": name})["value"] != second.find("input", attrs={"name": name})["value"]


@pytest.mark.django_db
def test_the_article_a_patient_came_from_is_kept_escaped(client, location):
    client.get(FORM_URL)
    response = client.get(FORM_URL, HTTP_REFERER='http://testserver/blog/a"b<c>/')

    source = soup_of(response).find("input", attrs={"name": "source_path"})
    assert source["value"] == '/blog/a"b<c>/'
    assert '"b<c>' not in response.content.decode()


@pytest.mark.django_db
def test_a_preselected_condition_is_selected(client, location):
    client.get(FORM_URL)
    response = client.get(FORM_URL + "?service=migraine")

    selected = soup_of(response).select("select[name=service] option[selected]")
    assert [option["value"] for option in selected] == ["migraine"]


@pytest.mark.django_db
def test_a_new_location_shows_in_the_form_at_once(client, location):
    client.get(FORM_URL)
    Location.objects.create(
        name="Second clinic", short_name="Second", slug="second", street_address="1 Main St", city="Mesa",
        region="AZ", postal_code="85201", phone="+16025550100", sms_number="+16025550101",
        email="second@example.org",
    )  # fmt: skip

    options = soup_of(client.get(FORM_URL)).select("select[name=location] option")
    assert "Second clinic" in [option.get_text(strip=True) for option in options]


@pytest.mark.django_db
def test_a_form_with_errors_still_shows_its_errors(client, location, form_data):
    client.get(FORM_URL)
    response = client.post(FORM_URL, {**form_data, "email": "not an email"})

    assert response.status_code == 400
    assert "form_html" not in response.context
    assert soup_of(response).find(id="id_email")["aria-invalid"] == "true"


@pytest.mark.django_db
def test_the_form_page_asks_the_database_once_when_its_fragments_are_cached(client, location):
    client.get(FORM_URL)
    with CaptureQueriesContext(connection) as queries:
        client.get(FORM_URL)

    assert [re.sub(r"\s+", " ", q["sql"])[:41] for q in queries] == ['SELECT "pages_location"."id" AS "pk" FROM']
