"""The charts page: each chart's figures, its drawing, a sentence that says what it shows, and its table."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.template.defaultfilters import pluralize

from appointments.response_clock import hours_and_minutes, target_description

from . import drawing, figures, tables
from .weeks import week_label


@dataclass(frozen=True)
class Chart:
    name: str  # in its CSV's address and file name, and its element ids
    title: str
    summary: str  # the SVG's description, and the sentence under the heading
    template: str  # the template that draws it
    drawing: drawing.ColumnChart | drawing.LineChart | drawing.BarChart
    table: tables.Table


def _requests(count: int) -> str:
    return f"{count} request{pluralize(count)}"


def requests_per_week(today: datetime.date | None = None) -> Chart:
    weeks = figures.requests_per_week(today)
    total, spam, this_week = sum(w.total for w in weeks), sum(w.spam for w in weeks), weeks[-1]
    summary = (
        f"{_requests(total)} in the 12 weeks from {week_label(weeks[0].week)} (and {spam} spam, not drawn); "
        f"{this_week.total} this week so far. Each column is a week, split by where its requests stand now."
    )
    return Chart(
        "requests-per-week",
        "Requests per week, by outcome",
        summary,
        "admin/insights/columns.html",
        drawing.outcome_columns(weeks),
        tables.outcomes_table(weeks),
    )


def first_response_times(today: datetime.date | None = None) -> Chart:
    weeks = figures.first_response_times_per_week(today)
    answered = sum(week.answered for week in weeks)
    within = sum(week.within_promise for week in weeks)
    waiting = sum(week.without_response for week in weeks)
    past = sum(week.waiting_past_promise for week in weeks)
    latest = next((week for week in reversed(weeks) if week.median is not None), None)
    latest_sentence = (
        f" In the week of {week_label(latest.week)}: median {hours_and_minutes(latest.median)}, "  # type: ignore[arg-type]
        f"90th percentile {hours_and_minutes(latest.percentile_90)}."  # type: ignore[arg-type]
        if latest
        else ""
    )
    summary = (
        f"Time from a request's arrival to its first response, in business hours, against the promise of a reply "
        f"{target_description()}. {within} of {_requests(answered)} answered within it; "
        f"{past} still waiting past it.{latest_sentence} "
        f"{_requests(waiting)} with no first response recorded {'is' if waiting == 1 else 'are'} left out of the times."
    )
    return Chart(
        "first-response-times",
        "Time to first response per week",
        summary,
        "admin/insights/lines.html",
        drawing.response_lines(weeks),
        tables.response_times_table(weeks),
    )


def _breakdown(name: str, title: str, column: str, shares: list[figures.Share]) -> Chart:
    listed = ", ".join(f"{share.label} {share.count}" for share in shares if share.count) or "no requests"
    summary = f"Requests of the last {figures.BREAKDOWN_DAYS} days (spam left out): {listed}."
    return Chart(
        name,
        title,
        summary,
        "admin/insights/bars.html",
        drawing.horizontal_bars(shares),
        tables.shares_table(column, shares),
    )


def requests_by_location(today: datetime.date | None = None) -> Chart:
    return _breakdown(
        "requests-by-location", "Requests by location", "Location", figures.requests_by_location(today=today)
    )


def requests_by_service(today: datetime.date | None = None) -> Chart:
    return _breakdown("requests-by-service", "Requests by service", "Service", figures.requests_by_service(today=today))


def articles(today: datetime.date | None = None) -> Chart:
    found = figures.articles_that_bring_requests(today)
    shares = [figures.Share(article.title, article.in_window(90).requests) for article in found]
    values = []
    for article in found:
        reach = article.in_window(90)
        rate = reach.per_thousand_views
        values.append(
            f"{reach.requests} · {rate} per 1,000 views" if rate is not None else f"{reach.requests} · no views"
        )
    top = next((article for article in found if article.in_window(90).requests), None)
    summary = (
        "Requests sent from each article's page in the last 90 days, and per 1,000 readings of it. "
        + (f"Most: {top.title}, {_requests(top.in_window(90).requests)}." if top else "No article brought a request.")
        + " The table has the last 30, 90 and 365 days. Readings are counted every hour."
    )
    return Chart(
        "articles",
        "Which articles bring requests",
        summary,
        "admin/insights/bars.html",
        drawing.horizontal_bars(shares, values, room_for_values=230),
        tables.articles_table(found),
    )


# Each chart by the name in its CSV's address.
CHARTS: dict[str, Callable[[], Chart]] = {
    "requests-per-week": requests_per_week,
    "first-response-times": first_response_times,
    "requests-by-location": requests_by_location,
    "requests-by-service": requests_by_service,
    "articles": articles,
}
