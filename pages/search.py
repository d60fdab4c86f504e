"""The site's search: the articles (blog/search.py) and the staff-editable pages, such as the FAQ.

It lives here because it covers both apps: pages may use blog, and blog knows nothing of pages
(DESIGN.md). The pages are ranked the same way as the articles.
"""

from django.db.models import QuerySet

from blog.models import Post, PostQuerySet, Topic
from blog.search import ranked_matches, search_articles

from .conditions import CONDITIONS
from .models import Page

SEARCH_QUERY_MAX_LENGTH = 100
PAGE_RESULTS_MAX = 5


def clean_query(text: str) -> str:
    """What we search for: the box's text trimmed, and never longer than the box allows."""
    return text.strip()[:SEARCH_QUERY_MAX_LENGTH].strip()


def search_pages(query: str) -> QuerySet[Page]:
    """The few pages that match best; there are only a handful of pages, so they are not paginated."""
    return ranked_matches(Page.objects.only("title", "slug", "summary"), query, "title")[:PAGE_RESULTS_MAX]


def matching_articles(query: str) -> PostQuerySet:
    return search_articles(query).for_listing()


def suggested_topics() -> QuerySet[Topic]:
    """Where to start when a search finds nothing: the conditions we treat that have published articles."""
    return (
        Topic.objects.filter(slug__in=[condition.slug for condition in CONDITIONS], posts__in=Post.objects.published())
        .only("name", "slug")
        .distinct()
    )
