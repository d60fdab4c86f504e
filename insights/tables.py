"""Each chart's figures as a table: shown beside the chart on the page, and downloaded as CSV.

One table serves both, so the page and the file cannot disagree. CSV cells are made safe against
spreadsheet formulas by the triage export's own function.
"""

import csv
import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone

from appointments.export import neutralise_formula
from appointments.response_clock import hours_and_minutes
from appointments.status import Status

from .figures import ARTICLE_WINDOWS, BREAKDOWN_DAYS, OUTCOMES, ArticleSources, Share, WeekOutcomes, WeekResponses
from .weeks import week_label

Cell = str | int


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[Cell]]


def _week(monday: datetime.date) -> str:
    return f"{week_label(monday)}, {monday.year}"


def _duration(value: datetime.timedelta | None) -> str:
    return hours_and_minutes(value) if value is not None else "–"


def outcomes_table(weeks: Sequence[WeekOutcomes]) -> Table:
    header = ["Week of", *(Status(outcome).label for outcome in OUTCOMES), "Total", "Spam (not in total)"]
    return Table(header, [[_week(week.week), *week.counts.values(), week.total, week.spam] for week in weeks])


def response_times_table(weeks: Sequence[WeekResponses]) -> Table:
    header = [
        "Week of", "Answered", "Median", "90th percentile", "Within the promise", "No first response recorded",
        "Still waiting past the promise",
    ]  # fmt: skip
    rows: list[list[Cell]] = [
        [
            _week(week.week),
            week.answered,
            _duration(week.median),
            _duration(week.percentile_90),
            week.within_promise,
            week.without_response,
            week.waiting_past_promise,
        ]
        for week in weeks
    ]
    return Table(header, rows)


def shares_table(title: str, shares: Iterable[Share]) -> Table:
    return Table([title, f"Requests, last {BREAKDOWN_DAYS} days"], [[share.label, share.count] for share in shares])


def articles_table(articles: Sequence[ArticleSources]) -> Table:
    header = ["Article"]
    for days in ARTICLE_WINDOWS:
        header += [f"Requests, {days} days", f"Views, {days} days", f"Per 1,000 views, {days} days"]
    rows: list[list[Cell]] = []
    for article in articles:
        row: list[Cell] = [article.title]
        for reach in article.reach:
            rate = reach.per_thousand_views
            row += [reach.requests, reach.views, "–" if rate is None else str(rate)]
        rows.append(row)
    return Table(header, rows)


def csv_response(name: str, table: Table) -> HttpResponse:
    filename = f"{name}-{timezone.localdate():%Y-%m-%d}.csv"
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )
    writer = csv.writer(response)
    lines: list[Sequence[Cell]] = [table.header, *table.rows]
    for row in lines:
        writer.writerow([neutralise_formula(str(cell)) for cell in row])
    return response
