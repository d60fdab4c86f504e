"""A location's week of opening hours as the admin edits it: a grid of one row per weekday, each closed or
open in one or two spans (the gap between two is a break, such as lunch), saved as its OpeningHours rows.

The grid's fields are part of the location's own form, so that a closed day added in the same save is
checked against the hours being saved (ClosedDay.clean asks Location.closed_weekdays), not the old ones.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.db import transaction
from django.forms import BoundField

from .models import Location, OpeningHours, spoken_time

Span = tuple[datetime.time, datetime.time]
Week = dict[int, list[Span]]

# Two spans a day: the hours, and the hours after a break. A day stored with more keeps them all (see spans_for).
SPANS = 2
# A new location's week until staff change it: the weekdays nine to five, the weekend closed.
NEW_LOCATION_WEEK: Week = {
    day: [(datetime.time(9), datetime.time(17))] if day <= OpeningHours.Weekday.FRIDAY else []
    for day in OpeningHours.Weekday.values
}


def stored_week(location: Location) -> Week:
    """The location's weekly hours as stored, each day's spans in order; closed days have none."""
    week: Week = {day: [] for day in OpeningHours.Weekday.values}
    for hours in OpeningHours.objects.filter(location=location).order_by("weekday", "opens"):
        week[hours.weekday].append((hours.opens, hours.closes))
    return week


def save_week(location: Location, week: Week) -> list[int]:
    """Store the week, rewriting only the days that changed; return those days. Each row is saved or deleted
    on its own, so the page cache hears of every change (page_cache/invalidation.py)."""
    changed = [day for day, spans in week.items() if sorted(spans) != stored_week(location)[day]]
    with transaction.atomic():
        for day in changed:
            OpeningHours.objects.filter(location=location, weekday=day).delete()
            for opens, closes in sorted(week[day]):
                OpeningHours.objects.create(location=location, weekday=day, opens=opens, closes=closes)
    # What hold_week put in place of the stored hours is stored now: the next read asks the database.
    getattr(location, "_prefetched_objects_cache", {}).pop("opening_hours", None)
    return changed


def hold_week(location: Location, week: Week) -> None:
    """Until it is saved, `location.opening_hours.all()` gives this week: what the closed-day check reads."""
    if location._state.adding:  # a new location's closed days are checked against the default week
        return
    held = OpeningHours.objects.filter(location=location)
    # As prefetch_related leaves a result: the rows (unsaved here) in place of a query.
    held._result_cache = [
        OpeningHours(location=location, weekday=day, opens=opens, closes=closes)
        for day, spans in week.items()
        for opens, closes in spans
    ]
    held._prefetch_done = True  # type: ignore[attr-defined]
    cache = getattr(location, "_prefetched_objects_cache", {})
    location._prefetched_objects_cache = {**cache, "opening_hours": held}  # type: ignore[attr-defined]


def field_name(day: int, part: str, span: int = 0) -> str:
    return f"hours_{day}_{part}" if part == "closed" else f"hours_{day}_{part}_{span}"


def time_label(day: str, part: str, span: int) -> str:
    """“Monday opens”, “Monday closes”; after a break, “Monday opens after a break” and so on."""
    return f"{day} {part}" + (" after a break" if span else "")


@dataclass(frozen=True)
class TimeCell:
    field: BoundField
    words: str  # its label without the day's name: “opens”, “closes after a break”


@dataclass(frozen=True)
class DayRow:
    """A row of the grid: the weekday, its Closed box and its time fields (opens, closes, opens, closes...)."""

    label: str
    closed: BoundField
    times: list[TimeCell]


class WeekGridForm(forms.BaseForm):
    """The grid's fields, mixed into the location's form (add_week_fields, then checked_week in its clean)."""

    spans = SPANS

    def add_week_fields(self, location: Location) -> None:
        week = stored_week(location) if location.pk else NEW_LOCATION_WEEK
        self.spans = max(SPANS, *(len(spans) for spans in week.values()))
        time_input = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
        for day in OpeningHours.Weekday:
            spans = week[day.value]
            self.fields[field_name(day, "closed")] = forms.BooleanField(
                label=f"{day.label} closed", required=False, initial=not spans
            )
            for span in range(self.spans):
                opens, closes = spans[span] if span < len(spans) else (None, None)
                for part, initial in (("opens", opens), ("closes", closes)):
                    self.fields[field_name(day, part, span)] = forms.TimeField(
                        label=time_label(day.label, part, span), required=False, initial=initial, widget=time_input
                    )

    @property
    def time_headings(self) -> list[str]:
        return ["Opens", "Closes"] + ["Opens after a break", "Closes"] * (self.spans - 1)

    @property
    def week_rows(self) -> list[DayRow]:
        return [
            DayRow(
                day.label,
                self[field_name(day, "closed")],
                [
                    TimeCell(self[field_name(day, part, span)], time_label("", part, span).strip())
                    for span in range(self.spans)
                    for part in ("opens", "closes")
                ],
            )
            for day in OpeningHours.Weekday
        ]

    def checked_week(self) -> Week:
        """The week as entered, each error added next to its field; closed days have no spans."""
        week: Week = {}
        for day in OpeningHours.Weekday:
            week[day.value] = [] if self.cleaned_data.get(field_name(day, "closed")) else self._spans_of(day)
        return week

    def _spans_of(self, day: OpeningHours.Weekday) -> list[Span]:
        spans: list[Span] = []
        for span in range(self.spans):
            opens_name, closes_name = field_name(day, "opens", span), field_name(day, "closes", span)
            if opens_name in self.errors or closes_name in self.errors:
                continue  # not a time: its field says so
            opens, closes = self.cleaned_data.get(opens_name), self.cleaned_data.get(closes_name)
            if opens is None and closes is None:
                continue
            if opens is None or closes is None:
                missing, part = (opens_name, "opens") if opens is None else (closes_name, "closes")
                self.add_error(missing, f"Enter when {day.label} {part}{' after the break' if span else ''}.")
            elif closes <= opens:
                self.add_error(closes_name, f"Enter a time after {spoken_time(opens)}, when it opens.")
            elif spans and opens <= spans[-1][1]:
                self.add_error(opens_name, f"Enter a time after {spoken_time(spans[-1][1])}: the first hours end then.")
            else:
                spans.append((opens, closes))
        day_fields = [field_name(day, part, span) for span in range(self.spans) for part in ("opens", "closes")]
        if not spans and not any(name in self.errors for name in day_fields):
            self.add_error(field_name(day, "opens", 0), f"Enter when {day.label} opens and closes, or tick Closed.")
        return spans
