from collections.abc import Callable
from functools import wraps

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from . import tables
from .charts import CHARTS

# Whoever may read the requests may read their figures; nobody else.
PERMISSION = "appointments.view_appointmentrequest"


def for_staff_who_see_requests(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Inside the admin: its login for anyone signed out, 403 for staff without the permission."""

    @wraps(view)
    def checked(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return admin.site.admin_view(checked)


@for_staff_who_see_requests
def charts_page(request: HttpRequest) -> HttpResponse:
    context = {
        **admin.site.each_context(request),
        "title": "Charts",
        "front_desk_section": "charts",
        "charts": [chart() for chart in CHARTS.values()],
    }
    return TemplateResponse(request, "admin/insights/charts.html", context)


@for_staff_who_see_requests
def chart_csv(request: HttpRequest, name: str) -> HttpResponse:
    if name not in CHARTS:
        raise Http404("No such chart.")
    return tables.csv_response(name, CHARTS[name]().table)
