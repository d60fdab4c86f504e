"""The admin in the clinic's colours: every pair of colours it draws meets WCAG 2.2 AA, light and dark.

axe cannot check non-text contrast (input borders, focus rings), nor a theme it is not shown, so the
ratios are computed here from static/css/admin-theme.css itself.
"""

import re
from pathlib import Path

import django.contrib.admin
import pytest
from django.conf import settings

from staff_signin.devices import current_code

from ..helpers import PASSWORD, log_in_verified, page_text, soup_of, verified_device

THEME = Path(settings.BASE_DIR) / "static" / "css" / "admin-theme.css"
TEMPLATE = Path(settings.BASE_DIR) / "templates" / "admin" / "base_site.html"
DJANGO_BASE_CSS = Path(django.contrib.admin.__file__).parent / "static" / "admin" / "css" / "base.css"

TEXT = 4.5  # WCAG 1.4.3, normal text
NON_TEXT = 3.0  # WCAG 1.4.11, borders of fields and focus rings

# (foreground, background, minimum): what Django's admin CSS draws on what.
PAIRS = [
    ("body-fg", "body-bg", TEXT),
    ("body-fg", "darkened-bg", TEXT),
    ("body-quiet-color", "body-bg", TEXT),
    ("body-quiet-color", "darkened-bg", TEXT),
    ("body-medium-color", "body-bg", TEXT),
    ("body-medium-color", "darkened-bg", TEXT),
    ("link-fg", "body-bg", TEXT),
    ("link-fg", "darkened-bg", TEXT),
    ("link-fg", "selected-row", TEXT),
    ("link-hover-color", "body-bg", TEXT),
    ("link-selected-fg", "darkened-bg", TEXT),
    ("error-fg", "body-bg", TEXT),
    ("error-fg", "selected-row", TEXT),
    ("error-fg", "message-error-bg", TEXT),
    ("body-fg", "selected-row", TEXT),
    ("body-fg", "selected-bg", TEXT),
    ("body-fg", "message-success-bg", TEXT),
    ("body-fg", "message-warning-bg", TEXT),
    ("body-fg", "message-error-bg", TEXT),
    ("header-color", "header-bg", TEXT),
    ("header-link-color", "header-bg", TEXT),
    ("header-branding-color", "header-bg", TEXT),
    ("breadcrumbs-fg", "breadcrumbs-bg", TEXT),
    ("breadcrumbs-link-fg", "breadcrumbs-bg", TEXT),
    ("primary-fg", "primary", TEXT),
    ("header-link-color", "primary", TEXT),
    ("header-link-color", "secondary", TEXT),
    ("button-fg", "button-bg", TEXT),
    ("button-fg", "button-hover-bg", TEXT),
    ("button-fg", "default-button-bg", TEXT),
    ("button-fg", "default-button-hover-bg", TEXT),
    ("button-fg", "close-button-bg", TEXT),
    ("button-fg", "close-button-hover-bg", TEXT),
    ("button-fg", "delete-button-bg", TEXT),
    ("button-fg", "delete-button-hover-bg", TEXT),
    ("button-fg", "secondary", TEXT),
    ("object-tools-fg", "object-tools-bg", TEXT),
    ("object-tools-fg", "object-tools-hover-bg", TEXT),
    ("border-color", "body-bg", NON_TEXT),
    ("border-color", "darkened-bg", NON_TEXT),
    ("focus-ring", "body-bg", NON_TEXT),
    ("focus-ring", "darkened-bg", NON_TEXT),
    ("focus-ring", "breadcrumbs-bg", NON_TEXT),
    ("focus-ring", "selected-row", NON_TEXT),
    ("header-focus-ring", "header-bg", NON_TEXT),
]


def declarations(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([\w-]+):\s*([^;]+);", block))


def block_after(css: str, selector: str) -> str:
    start = css.index(selector)
    return css[css.index("{", start) + 1 : css.index("}", start)]


def themes() -> dict[str, dict[str, str]]:
    css = re.sub(r"/\*.*?\*/", "", THEME.read_text(), flags=re.S)
    media = css[css.index("@media (prefers-color-scheme: dark)") :]
    return {
        "light": declarations(block_after(css, 'html[data-theme="light"],\n:root')),
        "dark": declarations(block_after(css, 'html[data-theme="dark"]')),
        "dark (system setting)": declarations(block_after(media, ":root")),
    }


def resolve(theme: dict[str, str], name: str) -> str:
    value = theme[name].strip()
    while match := re.fullmatch(r"var\(--([\w-]+)\)", value):
        value = theme[match[1]].strip()
    return value


def luminance(colour: str) -> float:
    hex_digits = colour.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(digit * 2 for digit in hex_digits)
    channels = [int(hex_digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_is_computed_as_wcag_defines_it():
    assert contrast("#000", "#fff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme_name", ["light", "dark", "dark (system setting)"])
@pytest.mark.parametrize(("foreground", "background", "minimum"), PAIRS)
def test_each_colour_pair_meets_wcag_aa(theme_name, foreground, background, minimum):
    theme = themes()[theme_name]

    ratio = contrast(resolve(theme, foreground), resolve(theme, background))

    assert ratio >= minimum, f"{foreground} on {background}: {ratio:.2f}:1 in {theme_name}"


def test_dark_mode_is_the_same_whether_chosen_in_the_admin_or_by_the_system():
    assert themes()["dark"] == themes()["dark (system setting)"]


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_the_theme_sets_every_colour_django_admin_defines(theme_name):
    django_light = block_after(DJANGO_BASE_CSS.read_text(), 'html[data-theme="light"],\n:root')
    django_colours = {name for name in declarations(django_light) if not name.startswith("font-family")}

    assert django_colours - set(themes()[theme_name]) == set()


def test_admin_base_template_has_no_inline_style_or_script_for_the_csp_to_block():
    template = TEMPLATE.read_text()

    assert "<script" not in template
    assert "<style" not in template
    assert "style=" not in template


def test_admin_pages_wear_the_clinic_name_and_the_theme(client, staff_user):
    log_in_verified(client, staff_user)

    response = client.get("/admin/")

    soup = soup_of(response)
    assert soup.title.get_text(strip=True) == f"Configuration | {settings.SITE_NAME}"
    assert soup.select_one("#site-name").get_text(" ", strip=True) == f"{settings.SITE_NAME} Front desk"
    stylesheets = [link["href"] for link in soup.select("link[rel=stylesheet]")]
    assert stylesheets.index("/static/css/admin-theme.css") > stylesheets.index("/static/admin/css/dark_mode.css")


def test_login_page_shows_the_clinic_name_not_the_host(client):
    response = client.get("/admin/login/")

    assert f"{settings.SITE_NAME} Front desk" in page_text(response)
    assert "testserver" not in page_text(response)


def test_a_member_of_staff_can_still_log_in_through_the_themed_page_and_lands_at_the_front_desk(client, staff_user):
    app = verified_device(staff_user)
    code_step = client.post("/admin/login/", {"username": staff_user.username, "password": PASSWORD}, follow=True)
    assert "Enter a code" in page_text(code_step)
    response = client.post(code_step.redirect_chain[-1][0], {"code": current_code(app)}, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/admin/front-desk/"
    assert soup_of(response).select_one("h1").get_text() == "Today at the front desk"
