"""Search that finds what a patient types: best match first, a misspelling forgiven on PostgreSQL.

On PostgreSQL, full-text search ranks a title match over a summary match over a body match, and
trigram similarity on the title and summary finds "migrane" for "migraine". SQLite (a laptop, `make
run`) has neither: there every word must appear somewhere, and title matches come first.
"""

import functools
import operator
from collections.abc import Iterable
from typing import Any, TypeVar

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramWordSimilarity
from django.db import connection, models
from django.db.models.functions import Greatest, Length, Lower, Replace

from .models import Post, PostQuerySet

SEARCH_CONFIG = "english"
SEARCH_MAX_WORDS = 8
# How alike a typed word must be to a word of a title or summary (pg_trgm's word_similarity, 0 to 1).
# "migrane" scores 0.75 against "Migraine"; unrelated words of the demo content reach 0.3 ("ketamine"
# for "glutamate"): see the figures in the search commit and tests/blog/test_search.py.
SIMILARITY_THRESHOLD = 0.45

# Any queryset of a model with title, summary and body; what goes in comes back (a PostQuerySet stays one).
QS = TypeVar("QS", bound="models.QuerySet[Any]")


def search_articles(query: str) -> PostQuerySet:
    """Published articles matching the query, best match first, then newest."""
    return ranked_matches(Post.objects.published(), query, "-published_at")


def ranked_matches(queryset: QS, query: str, tie_break: str) -> QS:
    """Rows of a model with `title`, `summary` and `body` that match the query, best match first."""
    words = query.split()[:SEARCH_MAX_WORDS]
    if not words:
        return queryset.none()
    if connection.vendor == "postgresql":
        return _full_text_matches(queryset, " ".join(words), tie_break)
    return _every_word_matches(queryset, words, tie_break)


def _full_text_matches(queryset: QS, query: str, tie_break: str) -> QS:
    document = (
        SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("summary", weight="B", config=SEARCH_CONFIG)
        + SearchVector("body", weight="C", config=SEARCH_CONFIG)
    )
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
