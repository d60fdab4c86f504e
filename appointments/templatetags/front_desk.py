import datetime
from typing import Any

from django import template
from django.utils import timezone

from appointments.dashboard import record_dashboard_view, what_is_waiting
from appointments.response_clock import hours_and_minutes
from pages.models import spoken_time

register = template.Library()


@register.inclusion_tag("admin/appointments/dashboard.html", takes_context=True)
def front_desk_dashboard(context: dict[str, Any]) -> dict[str, Any]:
    """What is waiting, for staff who may see requests; nothing at all for anyone else."""
    user = context["request"].user
    if not user.has_perm("appointments.view_appointmentrequest"):
        return {"waiting": None}
    waiting = what_is_waiting(user)
    # The dashboard names patients (the urgent ones, the longest waiting, the week's consultations): its views
    # are in the access history like any list's. Recorded here, where it is built, since the admin's index
    # view is Django's own.
    record_dashboard_view(user, waiting)
    return {"waiting": waiting}


@register.filter
def business_hours(duration: datetime.timedelta) -> str:
    return hours_and_minutes(duration)


@register.filter
def clock_time(when: datetime.datetime) -> str:
    """“10:30 am” in the clinic's time, as the front desk says it."""
    return spoken_time(timezone.localtime(when))
