"""A new member of staff signs in for the first time: enrolment link, password, app setup, recovery codes, the admin."""

import pytest
from django.conf import settings
from django_otp.oath import TOTP
from playwright.sync_api import expect

from staff_signin import devices, enrolment

from ..helpers import PASSWORD
from .conftest import axe_violations, fresh_code, save_screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def assert_accessible(page, name: str) -> None:
    save_screenshot(page, f"signin-{name}-{page.viewport_name}")
    assert axe_violations(page) == [], name


def give_password(page, username: str, password: str = PASSWORD) -> None:
    page.goto("/admin/login/")  # no page asked for: staff land at the front desk
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_a_new_member_of_staff_without_a_link_is_told_to_ask_for_one(page, staff_user):
    give_password(page, staff_user.username)

    expect(page.get_by_role("heading", name="Ask for an enrolment link")).to_be_visible()
    expect(page.locator("#secret")).to_have_count(0)
    assert_accessible(page, "needs-link")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("button", name="Log in")).to_be_visible()


def test_a_new_member_of_staff_opens_the_link_sets_up_the_app_and_reaches_the_admin(page, staff_user):
    token, _ = enrolment.issue(staff_user, issued_by=None)
    page.goto(enrolment.url_of(token).removeprefix(settings.SITE_URL))
    expect(page.get_by_text("Sign in with your username and password to set up")).to_be_visible()
    assert_accessible(page, "password")
    page.get_by_label("Username").fill(staff_user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    expect(page.get_by_role("heading", name="Set up your authenticator app")).to_be_visible()
    expect(page.get_by_role("img", name="QR code of the secret")).to_be_visible()
    assert_accessible(page, "set-up")
    secret = page.locator("#secret").inner_text()
    code = f"{TOTP(bytes.fromhex(devices.hex_key(secret))).token():06d}"
    page.get_by_label("Code from your authenticator app", exact=False).fill(code)
    page.get_by_role("button", name="Confirm").click()

    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    expect(page.get_by_role("list", name="Recovery codes").get_by_role("listitem")).to_have_count(10)
    assert_accessible(page, "recovery-codes")
    page.get_by_role("link", name="continue to the admin").click()

    expect(page.get_by_role("heading", name="Today at the front desk")).to_be_visible()


def test_a_returning_member_of_staff_types_the_apps_code(page, staff_user):
    code = fresh_code(staff_user)  # sets up the app, as on an earlier sign-in
    give_password(page, staff_user.username)

    expect(page.get_by_role("heading", name="Enter a code")).to_be_visible()
    assert_accessible(page, "code")
    field = page.get_by_label("Code from your authenticator app or a recovery code")
    field.fill("000000" if code != "000000" else "111111")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("alert")).to_contain_text("Please correct the error below")
    assert_accessible(page, "code-wrong")
    page.wait_for_timeout(2000)  # django-otp makes the next try wait a second after a wrong code
    field.fill(code)
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", name="Today at the front desk")).to_be_visible()


def test_a_throttled_password_step_says_how_long_to_wait(page, staff_user):
    for _ in range(6):
        give_password(page, staff_user.username, password="a-wrong-guess")

    expect(page.get_by_role("alert")).to_contain_text("Wait 1 minute")
    assert_accessible(page, "password-throttled")
