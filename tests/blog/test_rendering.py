"""What an article's Markdown becomes on the page: the formatting staff use, and nothing that runs."""

import pytest

from ..helpers import soup_of

pytestmark = pytest.mark.django_db


def article_body(client, make_post, body: str):
    post = make_post(body=body)
    return soup_of(client.get(post.get_absolute_url())).select_one(".article-body")


def test_a_table_is_shown_as_a_table(client, make_post):
    body = article_body(client, make_post, "| Dose | Sessions |\n|---|---|\n| Low | 6 |\n")

    assert [th.get_text() for th in body.select("table thead th")] == ["Dose", "Sessions"]
    assert [td.get_text() for td in body.select("table tbody td")] == ["Low", "6"]


def test_phone_text_email_and_web_links_keep_working(client, make_post):
    body = article_body(
        client,
        make_post,
        "[Call us](tel:+14805550100), [text us](sms:+14805550101), [write](mailto:desk@clinic.example), "
        "[a study](https://example.org/study) or [an old site](http://example.org/).",
    )

    assert [a["href"] for a in body.select("a")] == [
        "tel:+14805550100",
        "sms:+14805550101",
        "mailto:desk@clinic.example",
        "https://example.org/study",
        "http://example.org/",
    ]


def test_every_link_tells_the_browser_not_to_pass_on_the_readers_page(client, make_post):
    body = article_body(client, make_post, "[a study](https://example.org/study) and [us](/contact/)")

    assert [a["rel"] for a in body.select("a")] == [["noopener", "noreferrer"], ["noopener", "noreferrer"]]


@pytest.mark.parametrize(
    "markdown",
    [
        'Hello <script>alert("x")</script>',
        '<p onclick="steal()">Click</p>',
        '<a href="https://example.org" onmouseover="steal()">hover</a>',
        "[link](javascript:alert(1))",
        "[link](data:text/html,<script>alert(1)</script>)",
        '<img src="x" onerror="steal()">',
        '<iframe src="https://evil.example"></iframe>',
    ],
)
def test_nothing_in_an_article_can_run_in_the_readers_browser(client, make_post, markdown):
    body = article_body(client, make_post, markdown)

    assert not body.select("script, iframe, img")
    for element in body.find_all(True):
        assert not [name for name in element.attrs if name.startswith("on")], element
        assert not element.get("href", "").startswith(("javascript:", "data:")), element


def test_links_to_other_kinds_of_addresses_are_not_kept(client, make_post):
    body = article_body(client, make_post, "[a file](ftp://example.org/x) and [a torrent](magnet:?xt=urn:btih:abc)")

    assert [a.get("href") for a in body.select("a")] == [None, None]
    assert body.get_text(" ", strip=True) == "a file and a torrent"


def test_styles_classes_and_ids_typed_by_staff_are_dropped_titles_kept(client, make_post):
    # The site's stylesheet decides how articles look; ids could collide with the page's own.
    body = article_body(
        client,
        make_post,
        '<p title="tip" class="big" style="color:red" id="top" lang="fr">Words</p>\n\n'
        '<abbr title="Transcranial magnetic stimulation">TMS</abbr> and [link](https://example.org "A study")',
    )

    assert body.p.attrs == {"title": "tip", "lang": "fr"}
    assert body.abbr.attrs == {"title": "Transcranial magnetic stimulation"}
    assert body.a["title"] == "A study"


def test_a_numbered_list_keeps_its_first_number(client, make_post):
    body = article_body(client, make_post, "Steps one and two are above.\n\n3. Sit back.\n4. Rest.\n")

    assert body.ol.get("start") == "3"


def test_a_footnote_link_leads_to_its_note(client, make_post):
    body = article_body(client, make_post, "Most people feel calm.[^1]\n\n[^1]: A 2024 study.\n")

    target = body.select_one("sup a")["href"].removeprefix("#")
    assert body.find(id=target) is not None


def test_an_article_cannot_give_its_elements_ids_of_its_own(client, make_post):
    # attr_list (part of "extra") lets a writer give a heading any id, e.g. the page's own "main".
    body = article_body(client, make_post, "## A heading {: #main }\n\nSome words.\n")

    assert body.find(id="main") is None
