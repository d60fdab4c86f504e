"""The article's form: one column with a preview panel, the clinic's time beside every date and time."""

import pytest

from ..helpers import soup_of
from .test_admin import post_form

pytestmark = pytest.mark.django_db

PREVIEW_URL = "/admin/blog/post/preview/"


@pytest.fixture(params=["add", "change"])
def form_page(request, editor, make_post):
    url = "/admin/blog/post/add/" if request.param == "add" else f"/admin/blog/post/{make_post().pk}/change/"
    return editor.get(url)


def test_the_preview_panel_sends_the_form_as_it_stands_into_a_sandboxed_frame(form_page):
    panel = soup_of(form_page).select_one(".article-editor .article-preview")

    refresh = panel.find("button", string="Refresh preview")
    frame = panel.select_one("iframe")
    assert refresh["form"] == "post_form" and refresh["formaction"] == PREVIEW_URL
    assert refresh["formtarget"] == frame["name"] == "article-preview"
    assert frame["sandbox"] == ["allow-same-origin"]  # no scripts, forms or pop-ups in the preview
    assert frame["title"] == "Preview of the article"
    in_a_tab = panel.find("button", string=lambda text: text and "Preview in a new tab" in " ".join(text.split()))
    assert in_a_tab["formtarget"] == "_blank" and in_a_tab["formaction"] == PREVIEW_URL


def test_the_form_page_may_frame_the_preview_and_the_preview_only_its_own_site(editor, author, topic, form_page):
    preview = editor.post(PREVIEW_URL, post_form(author, topic, title="Ketamine and sleep"))

    assert "frame-src 'self'" in form_page["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in preview["Content-Security-Policy"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert soup_of(preview).h1.get_text() == "Ketamine and sleep"


def test_other_admin_pages_still_may_not_be_framed(editor):
    response = editor.get("/admin/blog/post/")

    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_every_date_and_time_field_says_it_is_the_clinics_time(form_page):
    soup = soup_of(form_page)

    for name in ["published_at", "updated_at"]:
        help_text = soup.select_one(f".field-{name} .help").get_text(" ", strip=True)
        assert help_text.startswith("Clinic time (Arizona).")


def test_topics_are_boxes_to_tick_and_references_fold_away(form_page):
    soup = soup_of(form_page)

    assert soup.select("#id_topics input[type=checkbox]")
    assert soup.select_one("#sources-group fieldset.collapse") is not None


def test_the_form_loads_the_editor_style_and_script_and_no_inline_script(form_page):
    soup = soup_of(form_page)

    assert soup.select_one('link[href$="css/admin-editor.css"]') is not None
    assert soup.select_one('script[src$="js/admin-editor.js"]').has_attr("defer")
    assert all(script.has_attr("src") or not script.get_text(strip=True) for script in soup.select("script"))
