"""The inbox: the list of requests, its search, and logging a call's outcome from a row."""

from urllib.parse import urlsplit

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from appointments.models import AppointmentRequest
from appointments.next_step_forms import LogCallForm
from frontdesk.access import acting_user, back_to, front_desk_view, screen_context, wants_fragment
from frontdesk.inbox import (
    CHANGE_PERMISSION,
    listing,
    load_rows,
    log_call_form,
    logged_message,
    not_saved_message,
    record_listing,
)


@front_desk_view
@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    return inbox_page(request, request.GET)


def inbox_page(request: HttpRequest, params: QueryDict, bound: LogCallForm | None = None) -> HttpResponse:
    """The list for these parameters; at 400 when it shows a row's form sent back with errors."""
    shown = listing(params, acting_user(request), bound)
    record_listing(acting_user(request), shown)
    here = f"{reverse('frontdesk:inbox')}?{params.urlencode()}" if params else reverse("frontdesk:inbox")
    context = screen_context(request, "Requests", listing=shown, bound=bound, here=here, front_desk_section="requests")
    return render(request, "frontdesk/inbox.html", context, status=400 if bound else 200)


@front_desk_view
@require_POST
def log_outcome(request: HttpRequest, pk: int) -> HttpResponse:
    """A call's outcome and note from the inbox's row: back to the same list (or, asked by frontdesk.js, the
    row alone, updated)."""
    if not request.user.has_perm(CHANGE_PERMISSION):
        raise PermissionDenied
    user = acting_user(request)
    form = log_call_form(get_object_or_404(AppointmentRequest, pk=pk), user, request.POST)
    back = back_to(request, reverse("frontdesk:inbox"))
    if form.is_valid():
        form.save()
        message = logged_message(form.appointment, form.cleaned_data["outcome"])
        if wants_fragment(request):
            return row_fragment(request, pk, message=message)
        messages.success(request, message)
        return see_other(back)
    if wants_fragment(request):
        return row_fragment(request, pk, form, not_saved_message(form))
    return inbox_page(request, QueryDict(urlsplit(back).query), form)


def row_fragment(request: HttpRequest, pk: int, bound: LogCallForm | None = None, message: str = "") -> HttpResponse:
    (row,) = load_rows([pk], acting_user(request), bound)
    context = {"row": row, "here": back_to(request, reverse("frontdesk:inbox")), "message": message}
    return render(request, "frontdesk/includes/inbox_row.html", context, status=400 if bound else 200)


def see_other(url: str) -> HttpResponseRedirect:
    """A 303: after a POST, the browser GETs the list again (a reload does not send the form twice)."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response
