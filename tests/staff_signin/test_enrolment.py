"""Setting up the authenticator app needs the password and a one-time enrolment link a superuser issued."""

import hashlib
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from staff_signin import devices
from staff_signin.models import EnrolmentLink

from ..helpers import log_in_verified, page_text, soup_of, verified_device
from .conftest import CODE_URL, SET_UP_URL, give_code, give_password, link_path, opens_the_admin

pytestmark = pytest.mark.django_db

START = 1_800_000_000


def app_code(set_up_page) -> str:
    """What the person's app shows once they typed in the page's secret."""
    secret = soup_of(set_up_page).select_one("#secret").get_text()
    return f"{TOTP(bytes.fromhex(devices.hex_key(secret))).token():06d}"


def shows_a_secret(response) -> bool:
    page = soup_of(response)
    return page.select_one("#secret") is not None or page.select_one(".signin-qr") is not None


def test_a_password_alone_is_told_to_ask_for_an_enrolment_link_and_sees_no_secret(client, staff_user):
    response = give_password(client)
    assert response["Location"].startswith(SET_UP_URL)

    pages = {
        "set-up page": client.get(response["Location"]),
        "set-up page, a code posted": client.post(SET_UP_URL, {"code": "123456"}),
        "code step (sends on to set-up)": client.get(CODE_URL, follow=True),
        "recovery codes page": client.get("/admin/sign-in/recovery-codes/", follow=True),
        "admin (sends back to sign-in)": client.get("/admin/", follow=True),
    }

    for surface, page in pages.items():
        assert not shows_a_secret(page), surface
    assert pages["set-up page"].status_code == 200
    assert "Ask an administrator (a superuser) for an enrolment link" in page_text(pages["set-up page"])
    assert not TOTPDevice.objects.exists()  # no secret made, so none to show later
    assert not opens_the_admin(client)


def test_the_link_then_the_password_set_up_the_app_then_ten_recovery_codes_are_shown_once(client, staff_user):
    opened = client.get(link_path(staff_user), follow=True)
    assert "Sign in with your username and password to set up your authenticator app" in page_text(opened)

    set_up = client.get(give_password(client)["Location"])
    assert soup_of(set_up).select_one(".signin-qr svg path") is not None
    confirmed = client.post(SET_UP_URL, {"code": app_code(set_up)})

    shown = client.get(confirmed["Location"])
    codes = [code.get_text() for code in soup_of(shown).select(".signin-codes code")]
    assert len(set(codes)) == 10
    assert opens_the_admin(client)
    assert client.get(confirmed["Location"])["Location"] == "/admin/front-desk/"  # shown once; where staff land
    other = Client()
    give_password(other)
    assert give_code(other, codes[0]).status_code == 302


def test_the_password_then_the_link_in_the_same_browser_work_too(client, staff_user):
    give_password(client)

    opened = client.get(link_path(staff_user))

    assert opened["Location"] == SET_UP_URL
    set_up = client.get(SET_UP_URL)
    assert client.post(SET_UP_URL, {"code": app_code(set_up)}).status_code == 302
    assert opens_the_admin(client)


def test_a_link_works_once(client, staff_user):
    path = link_path(staff_user)
    client.get(path)
    set_up = client.get(give_password(client)["Location"])
    client.post(SET_UP_URL, {"code": app_code(set_up)})
    TOTPDevice.objects.all().delete()  # the phone is lost; the old link must not set up another
    other = Client()

    reopened = other.get(path)
    give_password(other)

    assert reopened.status_code == 400
    assert "This link does not work" in page_text(reopened)
    assert not shows_a_secret(other.get(SET_UP_URL))


@pytest.mark.parametrize("late_step", ["opening the link", "giving the password", "typing the app's code"])
def test_a_link_stops_working_after_24_hours_whichever_step_is_late(client, staff_user, late_step):
    with time_machine.travel(START, tick=False) as clock:
        path = link_path(staff_user)

        def late(step: str) -> None:
            if step == late_step:
                clock.shift(24 * 60 * 60 + 1)

        late("opening the link")
        client.get(path)
        late("giving the password")
        give_password(client)
        set_up = client.get(SET_UP_URL)
        late("typing the app's code")
        if shows_a_secret(set_up):
            client.post(SET_UP_URL, {"code": app_code(set_up)})

        assert not TOTPDevice.objects.filter(confirmed=True).exists()
        assert not opens_the_admin(client)


def test_a_link_just_under_24_hours_old_still_works(client, staff_user):
    with time_machine.travel(START, tick=False) as clock:
        path = link_path(staff_user)
        clock.shift(24 * 60 * 60 - 60)
        client.get(path)
        set_up = client.get(give_password(client)["Location"])

        assert client.post(SET_UP_URL, {"code": app_code(set_up)}).status_code == 302
        assert opens_the_admin(client)


def test_a_link_for_someone_else_does_not_let_a_password_set_up_an_app(client, staff_user, front_desk):
    client.get(link_path(front_desk))

    give_password(client, "editor")

    assert not shows_a_secret(client.get(SET_UP_URL))
    assert not TOTPDevice.objects.filter(user=staff_user).exists()


def test_opening_a_link_signs_out_whoever_else_was_half_signed_in(client, staff_user, front_desk):
    give_password(client, "editor")

    client.get(link_path(front_desk))

    assert client.get(SET_UP_URL)["Location"] == "/admin/login/"
    give_password(client, "frontdesk")
    assert shows_a_secret(client.get(SET_UP_URL))


def test_a_newer_link_replaces_the_older_one_and_its_secret(client, staff_user):
    older = link_path(staff_user)
    client.get(older)
    give_password(client)
    old_secret = soup_of(client.get(SET_UP_URL)).select_one("#secret").get_text()

    newer = link_path(staff_user)

    assert not shows_a_secret(client.get(SET_UP_URL))
    assert Client().get(older).status_code == 400
    client.get(newer)
    assert soup_of(client.get(SET_UP_URL)).select_one("#secret").get_text() != old_secret


@pytest.mark.parametrize("token", ["", "not-a-token", "x" * 5000, "%E2%80%A8"])
def test_a_wrong_token_is_a_clear_400(client, staff_user, token):
    link_path(staff_user)

    response = client.get(f"/admin/sign-in/enrolment-link/?token={token}")

    assert response.status_code == 400
    assert "Ask an administrator for a new one" in page_text(response)


def test_only_a_hash_of_the_token_is_stored(staff_user):
    token = parse_qs(urlsplit(link_path(staff_user)).query)["token"][0]

    [link] = EnrolmentLink.objects.values()

    assert token not in str(link)
    assert link["token_hash"] == hashlib.sha256(token.encode()).hexdigest()


def test_set_up_refuses_a_wrong_code_and_keeps_the_same_secret(client, staff_user):
    client.get(link_path(staff_user))
    secret = soup_of(client.get(give_password(client)["Location"])).select_one("#secret").get_text()

    response = client.post(SET_UP_URL, {"code": "12345"})

    assert "not right" in page_text(response)
    assert soup_of(response).select_one("#secret").get_text() == secret
    assert not opens_the_admin(client)


def test_the_qr_code_page_asks_nothing_of_other_hosts_and_keeps_the_strict_policy(client, staff_user):
    client.get(link_path(staff_user))

    response = client.get(give_password(client)["Location"])

    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert "style=" not in response.content.decode()
    assert "<script" not in response.content.decode().split("</header>")[-1]


# Issuing links: the management command, and the action on the admin's Users list (superusers only)


def test_the_command_prints_a_link_that_sets_up_the_app(client, staff_user, capsys, settings):
    call_command("issue_enrolment_link", "editor")

    printed = capsys.readouterr().out
    url = next(word for word in printed.split() if word.startswith(settings.SITE_URL))
    client.get(url.removeprefix(settings.SITE_URL))
    set_up = client.get(give_password(client)["Location"])
    assert client.post(SET_UP_URL, {"code": app_code(set_up)}).status_code == 302


@pytest.mark.parametrize(
    ("username", "message"),
    [
        ("nobody", "No account has the username 'nobody'"),
        ("EDITOR", "No account has the username 'EDITOR'"),
        ("has-app", "it has an authenticator app already"),
        ("not-staff", "it is not an active staff account"),
        ("inactive", "it is not an active staff account"),
    ],
)
def test_the_command_refuses_an_account_that_cannot_enrol(staff_user, django_user_model, username, message):
    verified_device(django_user_model.objects.create_user("has-app", is_staff=True))
    django_user_model.objects.create_user("not-staff")
    django_user_model.objects.create_user("inactive", is_staff=True, is_active=False)

    with pytest.raises(CommandError, match=message):
        call_command("issue_enrolment_link", username)

    assert not EnrolmentLink.objects.exists()


USERS_URL = "/admin/auth/user/"


def issue_from_the_users_list(client, *users):
    return client.post(USERS_URL, {"action": "issue_enrolment_links", "_selected_action": [u.pk for u in users]})


def test_a_superuser_issues_links_from_the_users_list_and_sees_each_once(admin_client, staff_user, front_desk):
    response = issue_from_the_users_list(admin_client, staff_user, front_desk)

    rows = soup_of(response).select(".enrolment-links tbody tr")
    assert [row.th.get_text() for row in rows] == ["editor", "frontdesk"]
    url = rows[1].select_one("code").get_text()
    browser = Client()
    browser.get(urlsplit(url).path + "?" + urlsplit(url).query)
    give_password(browser, "frontdesk")
    assert shows_a_secret(browser.get(SET_UP_URL))
    assert EnrolmentLink.objects.get(user=front_desk).issued_by.username == "admin"


def test_the_users_list_skips_an_account_with_an_app_and_says_why(admin_client, staff_user, front_desk):
    verified_device(staff_user)

    response = issue_from_the_users_list(admin_client, staff_user, front_desk)

    assert "editor: it has an authenticator app already" in page_text(response)
    assert list(EnrolmentLink.objects.values_list("user__username", flat=True)) == ["frontdesk"]


def test_staff_who_may_change_users_but_are_not_superusers_cannot_issue_links(client, front_desk, staff_user):
    front_desk.user_permissions.add(*Permission.objects.filter(codename__in=["view_user", "change_user"]))
    log_in_verified(client, front_desk)

    offered = [o["value"] for o in soup_of(client.get(USERS_URL)).select("select[name=action] option")]
    issue_from_the_users_list(client, staff_user)

    assert "issue_enrolment_links" not in offered
    assert not EnrolmentLink.objects.exists()
