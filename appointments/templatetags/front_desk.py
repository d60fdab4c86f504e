import datetime
from typing import Any

from django import template

from appointments.dashboard import what_is_waiting
from appointments.response_clock import hours_and_minutes

register = template.Library()


@register.inclusion_tag("admin/appointments/dashboard.html", takes_context=True)
def front_desk_dashboard(context: dict[str, Any]) -> dict[str, Any]:
    """What is waiting, for staff who may see requests; nothing at all for anyone else."""
    user = context["request"].user
    if not user.has_perm("appointments.view_appointmentrequest"):
        return {"waiting": None}
    return {"waiting": what_is_waiting(user)}


@register.filter
def business_hours(duration: datetime.timedelta) -> str:
    return hours_and_minutes(duration)
