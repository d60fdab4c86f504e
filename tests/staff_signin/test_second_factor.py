"""The admin opens only after the password and a second factor: a code from the app, or a recovery code."""

import pytest
import time_machine
from django.test import Client

from blog.models import Post
from staff_signin import devices

from ..helpers import page_text, soup_of
from .conftest import CODE_URL, give_code, give_password, opens_the_admin

pytestmark = pytest.mark.django_db


def test_a_password_alone_does_not_open_the_admin(client, app):
    response = give_password(client)

    assert response.status_code == 302
    assert response["Location"] == f"{CODE_URL}?next=%2Fadmin%2F"
    assert not opens_the_admin(client)
    assert client.get("/admin/appointments/appointmentrequest/").status_code == 302
    assert client.get("/admin/charts/").status_code == 302


def test_the_admin_sends_a_password_only_session_back_to_the_code_step(client, app):
    give_password(client)

    response = client.get("/admin/", follow=True)

    assert "Enter a code" in page_text(response)


def test_the_right_code_from_the_app_opens_the_admin(client, app):
    give_password(client)

    response = give_code(client, devices.current_code(app))

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert opens_the_admin(client)


def test_the_same_code_is_refused_the_second_time(client, app):
    code = devices.current_code(app)
    give_password(client)
    give_code(client, code)
    other = Client()
    give_password(other)

    response = give_code(other, code)

    assert response.status_code == 200
    assert "it was used already" in page_text(response)
    assert not opens_the_admin(other)


def test_a_code_from_the_previous_half_minute_is_refused_once_a_newer_one_was_used(client, app):
    with time_machine.travel(1_800_000_000, tick=False):
        earlier = devices.current_code(app)
    with time_machine.travel(1_800_000_030, tick=False):
        give_password(client)
        give_code(client, devices.current_code(app))
        other = Client()
        give_password(other)

        assert give_code(other, earlier).status_code == 200
        assert not opens_the_admin(other)


def test_a_recovery_code_works_once(client, app, staff_user):
    code = devices.new_recovery_codes(staff_user)[3]
    give_password(client)

    assert give_code(client, devices.show_recovery_code(code)).status_code == 302
    assert opens_the_admin(client)
    other = Client()
    give_password(other)
    assert "it was used already" in page_text(give_code(other, code))
    assert not opens_the_admin(other)


def test_a_wrong_code_is_refused_and_says_so_next_to_the_field(client, app):
    give_password(client)

    response = give_code(client, "000000" if devices.current_code(app) != "000000" else "111111")

    soup = soup_of(response)
    field = soup.select_one("#id_code")
    assert soup.select_one("[role=alert]") is not None
    assert "not right" in soup.select_one("#id_code_error").get_text()
    assert field["aria-invalid"] == "true"
    assert "id_code_error" in field["aria-describedby"]
    assert not opens_the_admin(client)


def test_wrong_codes_make_the_next_try_wait(client, app):
    give_password(client)
    right = devices.current_code(app)
    wrong = "000000" if right != "000000" else "111111"
    for _ in range(4):
        give_code(client, wrong)

    response = give_code(client, right)

    assert "Too many wrong codes" in page_text(response)
    assert not opens_the_admin(client)


def test_the_code_field_suits_an_app_code_on_a_phone(client, app):
    give_password(client)

    field = soup_of(client.get(CODE_URL)).select_one("#id_code")

    assert field["autocomplete"] == "one-time-code"
    assert field["inputmode"] == "numeric"
    label = soup_of(client.get(CODE_URL)).select_one("label[for=id_code]")
    assert label.get_text(strip=True) == "Code from your authenticator app or a recovery code:"


def test_sign_out_from_the_code_step_ends_the_session(client, app):
    give_password(client)

    response = client.post(CODE_URL, {"sign_out": "1"})

    assert response["Location"] == "/admin/login/"
    assert client.get(CODE_URL)["Location"] == "/admin/login/"


def test_the_code_step_is_only_for_someone_who_gave_the_password(client, app):
    assert client.get(CODE_URL)["Location"] == "/admin/login/"


def test_the_code_step_sends_on_only_to_this_site(client, app):
    give_password(client)

    response = client.post(f"{CODE_URL}?next=https://evil.example/", {"code": devices.current_code(app)})

    assert response["Location"] == "/admin/front-desk/"  # where staff land


def test_someone_with_an_app_cannot_set_up_another(client, app):
    give_password(client)

    assert client.get("/admin/sign-in/set-up/")["Location"].startswith(CODE_URL)


def test_a_password_alone_does_not_preview_draft_articles(client, app, make_post):
    draft = make_post(status=Post.Status.DRAFT)
    give_password(client)

    assert client.get(draft.get_absolute_url()).status_code == 404
    give_code(client, devices.current_code(app))
    assert client.get(draft.get_absolute_url()).status_code == 200
