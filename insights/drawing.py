"""Where each mark of a chart goes: figures in, shapes out, so that the SVG templates only place them.

Coordinates are in the SVG's own units (its viewBox); the browser scales the drawing to the page.
Colours are CSS classes (static/css/admin-charts.css): the site's CSP allows no inline style.
"""

import datetime
import math
from collections.abc import Sequence
from dataclasses import dataclass

from appointments.response_clock import hours_and_minutes, response_target
from appointments.status import Status

from .figures import OUTCOMES, Share, WeekOutcomes, WeekResponses
from .weeks import week_label

WIDTH = 720
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP = 56, WIDTH - 16, 24
COLUMN_HEIGHT = 300
AXIS_GAP = 40  # below the plot: the week labels
ROW_HEIGHT = 48  # a horizontal bar with its label above it


@dataclass(frozen=True)
class Tick:
    y: float
    label: str


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str


@dataclass(frozen=True)
class Column:
    label: str
    x: float  # its centre
    odd: bool  # every other label is left out on a phone
    segments: list[Rect]
    total_label: str
    total_y: float


@dataclass(frozen=True)
class LegendItem:
    css: str
    label: str


@dataclass(frozen=True)
class ColumnChart:
    width: int
    height: int
    baseline: float
    ticks: list[Tick]
    columns: list[Column]
    legend: list[LegendItem]
    plot_left: int = PLOT_LEFT
    plot_right: int = PLOT_RIGHT
    axis_label_y: float = COLUMN_HEIGHT - AXIS_GAP + 22


def nice_scale(largest: float, most_ticks: int = 5) -> list[float]:
    """Round gridline values from 0 up to at least `largest` (1, 2 or 5 times a power of ten apart)."""
    if largest <= 0:
        return [0, 1]
    magnitude = 10 ** math.floor(math.log10(largest / most_ticks))
    step = next(m * magnitude for m in (1, 2, 5, 10) if largest / (m * magnitude) <= most_ticks)
    return [step * index for index in range(math.ceil(largest / step) + 1)]


def _y(value: float, top_value: float, baseline: float) -> float:
    return round(baseline - (baseline - PLOT_TOP) * value / top_value, 1)


def _number(value: float) -> str:
    return f"{value:g}"


def outcome_columns(weeks: Sequence[WeekOutcomes]) -> ColumnChart:
    """Weeks side by side, each a column of its outcomes stacked in OUTCOMES order from the baseline up."""
    baseline = COLUMN_HEIGHT - AXIS_GAP
    scale = nice_scale(max((week.total for week in weeks), default=0))
    slot = (PLOT_RIGHT - PLOT_LEFT) / len(weeks)
    bar_width = round(slot * 0.6, 1)
    columns = []
    for index, week in enumerate(weeks):
        centre = round(PLOT_LEFT + slot * (index + 0.5), 1)
        running, segments = 0, []
        for outcome in OUTCOMES:
            count = week.counts[outcome.value]
            if count:
                top, bottom = _y(running + count, scale[-1], baseline), _y(running, scale[-1], baseline)
                title = f"{week_label(week.week)}: {count} {Status(outcome).label.lower()}"
                segments.append(Rect(centre - bar_width / 2, top, bar_width, bottom - top, f"outcome-{outcome}", title))
                running += count
        columns.append(
            Column(
                week_label(week.week),
                centre,
                index % 2 == 1,
                segments,
                str(week.total),
                _y(running, scale[-1], baseline) - 6,
            )
        )
    ticks = [Tick(_y(value, scale[-1], baseline), _number(value)) for value in scale]
    legend = [LegendItem(f"outcome-{outcome}", Status(outcome).label) for outcome in OUTCOMES]
    return ColumnChart(WIDTH, COLUMN_HEIGHT, baseline, ticks, columns, legend)


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    title: str

    # A square marker's corner.
    @property
    def left(self) -> float:
        return round(self.x - 5, 1)

    @property
    def top(self) -> float:
        return round(self.y - 5, 1)


@dataclass(frozen=True)
class Line:
    css: str
    name: str
    marker: str  # circle or square: the two lines differ by more than colour
    runs: list[str]  # polyline points, one string per run of weeks with a figure (a week without is a gap)
    points: list[Point]


@dataclass(frozen=True)
class AxisLabel:
    x: float
    label: str
    odd: bool


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    baseline: float
    ticks: list[Tick]
    weeks: list[AxisLabel]
    lines: list[Line]
    promise_y: float
    promise_label: str
    plot_left: int = PLOT_LEFT
    plot_right: int = PLOT_RIGHT
    axis_label_y: float = COLUMN_HEIGHT - AXIS_GAP + 22
    # Above the plot, where no point can hide it.
    promise_label_y: float = PLOT_TOP - 10


def _hours(duration: datetime.timedelta) -> float:
    return duration.total_seconds() / 3600


def response_lines(weeks: Sequence[WeekResponses]) -> LineChart:
    """The weekly median and 90th percentile in business hours, and the promise as a level line."""
    baseline = COLUMN_HEIGHT - AXIS_GAP
    target = _hours(response_target())
    largest = max([target, *(_hours(week.percentile_90) for week in weeks if week.percentile_90 is not None)])
    scale = nice_scale(largest)
    slot = (PLOT_RIGHT - PLOT_LEFT) / len(weeks)
    xs = [round(PLOT_LEFT + slot * (index + 0.5), 1) for index in range(len(weeks))]
    lines = []
    for css, name, marker, figure in (
        ("line-median", "Median", "circle", lambda week: week.median),
        ("line-p90", "90th percentile", "square", lambda week: week.percentile_90),
    ):
        runs: list[list[str]] = []
        run: list[str] = []
        points: list[Point] = []
        for x, week in zip(xs, weeks, strict=True):
            value = figure(week)
            if value is None:
                runs, run = [*runs, run] if run else runs, []
                continue
            point = Point(
                x,
                _y(_hours(value), scale[-1], baseline),
                f"{week_label(week.week)}: {name.lower()} {hours_and_minutes(value)}",
            )
            points.append(point)
            run.append(f"{point.x},{point.y}")
        runs = [*runs, run] if run else runs
        lines.append(Line(css, name, marker, [" ".join(r) for r in runs if len(r) > 1], points))
    return LineChart(
        WIDTH,
        COLUMN_HEIGHT,
        baseline,
        [Tick(_y(value, scale[-1], baseline), f"{_number(value)} h") for value in scale],
        [
            AxisLabel(x, week_label(week.week), index % 2 == 1)
            for index, (x, week) in enumerate(zip(xs, weeks, strict=True))
        ],
        lines,
        _y(target, scale[-1], baseline),
        f"Promise: {_number(target)} business hours",
    )


@dataclass(frozen=True)
class Bar:
    label: str
    label_y: float
    rect: Rect
    value_label: str
    value_x: float
    value_y: float


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    bars: list[Bar]


def horizontal_bars(shares: Sequence[Share], value_labels: Sequence[str] = (), room_for_values: int = 120) -> BarChart:
    """One row per share: its label, then its bar and value; the longest bar leaves room for the value."""
    longest = max((share.count for share in shares), default=0) or 1
    full = WIDTH - PLOT_LEFT / 2 - room_for_values
    bars = []
    for index, share in enumerate(shares):
        top = index * ROW_HEIGHT
        width = round(full * share.count / longest, 1)
        value = value_labels[index] if value_labels else str(share.count)
        rect = Rect(0, top + 22, max(width, 2), 18, "bar", f"{share.label}: {value}")
        bars.append(Bar(_shortened(share.label), top + 16, rect, value, rect.width + 8, top + 36))
    return BarChart(WIDTH, max(len(shares), 1) * ROW_HEIGHT, bars)


def _shortened(label: str, most: int = 90) -> str:
    return label if len(label) <= most else label[: most - 1].rstrip() + "…"
