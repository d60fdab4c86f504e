"""Search that finds what a patient types: best match first, a misspelling forgiven on PostgreSQL.

On PostgreSQL, full-text search ranks a title match over a summary match over a body match, and
trigram similarity on the title and summary finds "migrane" for "migraine". SQLite (a laptop, `make
run`) has neither: there every word must appear somewhere, and title matches come first.
"""

import functools
import operator
from collections.abc import Iterable
from typing import Any, TypeVar

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connection, models
from django.db.models.functions import Coalesce, Greatest, Length, Lower, Replace

from .models import Post, PostQuerySet

SEARCH_CONFIG = "english"
SEARCH_MAX_WORDS = 8
# How alike the query must be to a title or summary (pg_trgm's word_similarity, 0 to 1). Measured on the
# demo content: misspellings score 0.54 ("insurence") to 0.75 ("depresion"), "migrane" 0.62; unrelated
# single words at most 0.30, but "ketamine depression" 0.46 against "...a Ketamine Infusion" (half of
# it matches). Above half, then.
SIMILARITY_THRESHOLD = 0.5

# Any queryset of a model with title, summary and body; what goes in comes back (a PostQuerySet stays one).
QS = TypeVar("QS", bound="models.QuerySet[Any]")


def search_articles(query: str) -> PostQuerySet:
    """Published articles matching the query, best match first, then newest."""
    return ranked_matches(Post.objects.published(), query, "-published_at", stored="search_document")


def ranked_matches(queryset: QS, query: str, tie_break: str, stored: str | None = None) -> QS:
    """Rows of a model with `title`, `summary` and `body` that match the query, best match first.

    `stored` names a column holding `weighted_document` of each row, kept by the model's save(); rows
    without one (a bulk insert) are still found, at the cost of working their document out on the spot.
    """
    words = query.split()[:SEARCH_MAX_WORDS]
    if not words:
        return queryset.none()
    if connection.vendor == "postgresql":
        return _full_text_matches(queryset, " ".join(words), tie_break, stored)
    return _every_word_matches(queryset, words, tie_break)


def weighted_document(title: Any = "title", summary: Any = "summary", body: Any = "body") -> models.Expression:
    """The words of a text, each marked with where it stands: the title (A) over the summary (B) over the body (C)."""
    return (
        SearchVector(title, weight="A", config=SEARCH_CONFIG)
        + SearchVector(summary, weight="B", config=SEARCH_CONFIG)
        + SearchVector(body, weight="C", config=SEARCH_CONFIG)
    )


def document_to_store(post: Post) -> models.Expression | None:
    """What Post.save() writes in `search_document`: the post's weighted words on PostgreSQL, else nothing."""
    if connection.vendor != "postgresql":
        return None
    return weighted_document(
        *(models.Value(text, output_field=models.TextField()) for text in (post.title, post.summary, post.body))
    )


def store_missing_documents() -> int:
    """Fill `search_document` where save() did not (a bulk insert); returns how many posts."""
    return Post.objects.filter(search_document__isnull=True).update(search_document=weighted_document())


def _full_text_matches(queryset: QS, query: str, tie_break: str, stored: str | None) -> QS:
    document: Any = weighted_document()
    if stored:
        # Working the body's words out for every row on every search took 1 to 2 s with 505 articles.
        document = Coalesce(stored, document, output_field=SearchVectorField())
    # websearch syntax takes anything a person types ("quotes", -minus, or) without a syntax error.
    terms = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    similarity = Greatest(TrigramWordSimilarity(query, "title"), TrigramWordSimilarity(query, "summary"))
    # A near miss counts only above the threshold, so stray shared trigrams never reorder real matches.
    near_miss = models.Case(
        models.When(similarity__gt=SIMILARITY_THRESHOLD, then=models.F("similarity")),
        default=0.0,
        output_field=models.FloatField(),
    )
    # alias, not annotate: the rows need none of this, the tsvector least of all.
    scored = queryset.alias(document=document, rank=SearchRank(document, terms), similarity=similarity)
    # Matching is @@ (every stemmed word present): ts_rank alone is above 0 for a partial match too.
    matches = scored.filter(models.Q(document=terms) | models.Q(similarity__gt=SIMILARITY_THRESHOLD))
    return matches.order_by((models.F("rank") + near_miss).desc(), tie_break)


def _every_word_matches(queryset: QS, words: list[str], tie_break: str) -> QS:
    """SQLite's fallback: every word somewhere. More of the words in the title first, then in the summary,
    then the more often they appear in the text."""
    for word in words:
        queryset = queryset.filter(
            models.Q(title__icontains=word) | models.Q(summary__icontains=word) | models.Q(body__icontains=word)
        )
    ranked = queryset.annotate(
        title_words=_sum(_one_if(models.Q(title__icontains=word)) for word in words),
        summary_words=_sum(_one_if(models.Q(summary__icontains=word)) for word in words),
        body_mentions=_sum(_occurrences("body", word) for word in words),
    )
    return ranked.order_by("-title_words", "-summary_words", "-body_mentions", tie_break)


def _one_if(condition: models.Q) -> models.Expression:
    return models.Case(models.When(condition, then=1), default=0, output_field=models.IntegerField())


def _occurrences(field: str, word: str) -> models.Expression:
    """How many times the word appears in the field, ignoring case (SQLite has no function for it)."""
    text = Lower(field)
    without = Replace(text, models.Value(word.lower()), models.Value(""))
    return (Length(text) - Length(without)) / len(word)


def _sum(expressions: Iterable[models.Expression]) -> models.Expression:
    return functools.reduce(operator.add, expressions)
