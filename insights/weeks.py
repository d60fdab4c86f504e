"""Weeks and day windows in the clinic's time zone: a week starts on Monday at midnight, local time."""

import datetime

from django.utils import timezone

WEEKS_SHOWN = 12


def week_start(day: datetime.date) -> datetime.date:
    """The Monday of the week this day is in."""
    return day - datetime.timedelta(days=day.weekday())


def recent_weeks(today: datetime.date, count: int = WEEKS_SHOWN) -> list[datetime.date]:
    """The Mondays of the last `count` weeks, oldest first, this (unfinished) week last."""
    this_week = week_start(today)
    return [this_week - datetime.timedelta(weeks=back) for back in range(count - 1, -1, -1)]


def local_midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_current_timezone())


def first_day_of_window(today: datetime.date, days: int) -> datetime.date:
    """The first day of the last `days` days, today included (“the last 30 days”)."""
    return today - datetime.timedelta(days=days - 1)


def week_label(monday: datetime.date) -> str:
    """“Nov 23”: the Monday a week starts on."""
    return f"{monday:%b} {monday.day}"
