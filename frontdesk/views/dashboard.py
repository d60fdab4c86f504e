"""The front desk's dashboard: what is waiting today, where staff land after signing in."""

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from appointments.dashboard import record_dashboard_view
from frontdesk.access import PERMISSION, acting_user, screen_context
from frontdesk.dashboard import dashboard as what_is_waiting


@admin.site.admin_view
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    # Staff who may not read requests (article writers) land here after signing in too: the admin's home is theirs.
    if not request.user.has_perm(PERMISSION):
        return redirect("admin:index")
    shown = what_is_waiting(acting_user(request))
    # It names patients (the late urgent calls, the longest waiting, the week's consultations).
    record_dashboard_view(acting_user(request), shown.waiting)
    context = screen_context(request, "Today at the front desk", dashboard=shown, front_desk_section="today")
    return render(request, "frontdesk/dashboard.html", context)
