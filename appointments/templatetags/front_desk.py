import datetime

from django import template
from django.utils import timezone

from appointments.response_clock import hours_and_minutes
from pages.models import spoken_time

register = template.Library()


@register.filter
def business_hours(duration: datetime.timedelta) -> str:
    return hours_and_minutes(duration)


@register.filter
def clock_time(when: datetime.datetime) -> str:
    """“10:30 am” in the clinic's time, as the front desk says it."""
    return spoken_time(timezone.localtime(when))
