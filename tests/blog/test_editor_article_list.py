"""The article list shows each article's status, when its medical review is due and which one is featured,
and filters by them."""

import datetime

import pytest
import time_machine

from blog.models import Post

from ..helpers import soup_of

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/blog/post/"
# Friday, November 27, 2026, 11 am in Phoenix.
NOW = datetime.datetime(2026, 11, 27, 18, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _on_november_27():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def three_articles(make_post) -> None:
    make_post(title="Unfinished", status=Post.Status.DRAFT)
    make_post(
        title="Later",
        published_at=datetime.datetime(2026, 12, 1, 16, tzinfo=datetime.UTC),  # 9 am in Phoenix
        last_reviewed=datetime.date(2026, 10, 1),
    )
    make_post(
        title="Now",
        published_at=datetime.datetime(2026, 5, 12, 16, tzinfo=datetime.UTC),
        last_reviewed=datetime.date(2025, 11, 20),
        featured=True,
    )


def rows(response) -> dict[str, dict[str, str]]:
    """Each row's cells by their column, as the editor reads them on a wide screen (where a phone's words
    naming the column, such as “Review due”, are not shown)."""
    table = soup_of(response).select_one("#result_list")
    for phone_only in table.select(".cell-name"):
        phone_only.decompose()
    columns = ["publishing_status", "review_due", "featured_or_button", "byline"]
    return {
        row.th.get_text(strip=True): {
            column: row.select_one(f".field-{column}").get_text(" ", strip=True) for column in columns
        }
        for row in table.select("tbody tr")
    }


@pytest.mark.parametrize(
    ("title", "status", "review_due", "featured"),
    [
        ("Unfinished", "Draft", "Never reviewed (overdue)", "Make featured"),
        ("Later", "Scheduled Dec 1, 2026, 9 a.m.", "Oct 1, 2027", "Make featured"),
        ("Now", "Published May 12, 2026", "Nov 20, 2026 (overdue)", "★ Featured"),
    ],
)
def test_each_row_says_status_review_due_and_featured(editor, three_articles, title, status, review_due, featured):
    row = rows(editor.get(LIST_URL))[title]

    assert row == {
        "publishing_status": status,
        "review_due": review_due,
        "featured_or_button": featured,
        "byline": "Dana Reyes",
    }


def test_a_phone_names_the_review_date_and_the_author_in_their_cells(editor, three_articles):
    row = soup_of(editor.get(LIST_URL)).select_one("#result_list tbody tr:has(a:-soup-contains('Later'))")

    assert row.select_one(".field-review_due").get_text() == "Review due Oct 1, 2027"
    assert row.select_one(".field-byline").get_text() == "By Dana Reyes"


def test_an_overdue_review_is_marked_in_red_and_a_due_one_is_not(editor, three_articles):
    soup = soup_of(editor.get(LIST_URL))

    overdue = [cell.find_parent("tr").th.get_text(strip=True) for cell in soup.select(".field-review_due .overdue")]

    assert sorted(overdue) == ["Now", "Unfinished"]


def test_each_make_featured_button_names_its_article(editor, three_articles):
    buttons = soup_of(editor.get(LIST_URL)).select("#result_list .feature-button")

    assert sorted(button["aria-label"] for button in buttons) == ["Make featured: Later", "Make featured: Unfinished"]


def test_the_title_is_the_first_column_and_links_to_the_article(editor, three_articles):
    headers = [th.get_text(strip=True) for th in soup_of(editor.get(LIST_URL)).select("#result_list thead th")]

    assert headers[1:] == ["Title", "Status", "Review due", "Featured", "Author"]


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("status=draft", ["Unfinished"]),
        ("status=scheduled", ["Later"]),
        ("status=published", ["Now"]),
        ("featured__exact=1", ["Now"]),
        ("featured__exact=0", ["Later", "Unfinished"]),
        ("review=overdue", ["Now", "Unfinished"]),
        ("review=current", ["Later"]),
        ("topics__id__exact={topic}", ["Later", "Now", "Unfinished"]),
        ("q=Dana", ["Later", "Now", "Unfinished"]),
    ],
)
def test_the_list_filters_by_status_featured_review_and_topic_and_finds_by_author(
    editor, three_articles, topic, query, shown
):
    response = editor.get(f"{LIST_URL}?{query.format(topic=topic.pk)}")

    assert response.status_code == 200
    assert sorted(rows(response)) == shown


def test_a_scheduled_article_is_published_in_the_list_once_its_time_has_come(editor, three_articles):
    with time_machine.travel(datetime.datetime(2026, 12, 1, 17, tzinfo=datetime.UTC), tick=False):
        row = rows(editor.get(LIST_URL))["Later"]

    assert row["publishing_status"] == "Published Dec 1, 2026"


@pytest.mark.parametrize(
    "query", ["status=%00", "status=anything", "featured__exact=abc", "review=%00", "topics__id__exact=abc", "q=%00"]
)
def test_a_made_up_filter_value_never_breaks_the_list(editor, three_articles, query):
    response = editor.get(f"{LIST_URL}?{query}")

    assert response.status_code in (200, 302, 400)
