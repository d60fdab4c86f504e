"""A request's page at the front desk, its one form (the note box and every button) and its next steps.

Every form works as a plain POST answered by a redirect (303), or by the page again with its errors (400); sent by
the front desk's script (FRAGMENT_HEADER), the answer is the updated part of the page, `#request-page`.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from appointments import triage
from appointments.models import AppointmentRequest, AuditEvent
from appointments.next_step_forms import NextStepForm
from appointments.next_steps import NextStep
from frontdesk.access import acting_user, back_to, front_desk_view, screen_context, wants_fragment
from frontdesk.notes import NoteForm, save_note
from frontdesk.request_page import (
    CHANGE_PERMISSION,
    NOTE_PERMISSION,
    find_step,
    page_context,
    page_title,
    shown_requests,
    step_page_context,
    step_page_title,
    step_url,
)
from frontdesk.steps import StepOutcome, carries_the_note, note_form_for, take_step

PAGE = "frontdesk/request.html"
PART = "frontdesk/includes/request_page.html"  # the in-place part: `#request-page`
STEP_PAGE = "frontdesk/next_step.html"
STEP_PART = "frontdesk/includes/request_step_form.html"  # `#next-step`


@front_desk_view
@require_GET
def request_page(request: HttpRequest, pk: int) -> HttpResponse:
    return _page(request, get_object_or_404(shown_requests(), pk=pk))


@front_desk_view
@require_POST
def request_actions(request: HttpRequest, pk: int) -> HttpResponse:
    """The request page's one form: the note, sent with the button pressed (a step's slug as `step`, a step with a
    page of its own as `open`), or on its own by "Save note"."""
    appointment = _changeable(request, pk)
    slug = request.POST.get("open") or request.POST.get("step")
    if not slug:
        return _save_note(request, appointment)
    chosen = _step(slug)
    if chosen.opens_a_page and "open" in request.POST:
        return _open_with_the_note(request, appointment, chosen)
    return _take(request, appointment, chosen)


@front_desk_view
def next_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    """One next step: in one click (POST), or through its own page (GET opens it, POST saves it)."""
    appointment = _changeable(request, pk)
    chosen = _step(step)
    if request.method == "GET" and chosen.opens_a_page:
        return _open_step_page(request, appointment, chosen)
    if request.method != "POST":
        return HttpResponse("Next steps are taken with the page's buttons.", status=405, headers={"Allow": "POST"})
    return _take(request, appointment, chosen)


def _changeable(request: HttpRequest, pk: int) -> AppointmentRequest:
    appointment = get_object_or_404(shown_requests(), pk=pk)
    if not request.user.has_perm(CHANGE_PERMISSION):
        raise PermissionDenied
    return appointment


def _check_note_permission(request: HttpRequest) -> None:
    if request.POST.get("note", "").strip() and not request.user.has_perm(NOTE_PERMISSION):
        raise PermissionDenied


def _step(slug: str) -> NextStep:
    chosen = find_step(slug)
    if chosen is None:
        raise Http404("No such step.")
    return chosen


def _save_note(request: HttpRequest, appointment: AppointmentRequest) -> HttpResponse:
    """ "Save note": the note on its own, which then needs words."""
    _check_note_permission(request)
    form = NoteForm(request.POST, required=True)
    if not form.is_valid():
        return _page(request, appointment, status=400, note_form=form)
    save_note(appointment, acting_user(request), form.cleaned_data["note"])
    return _done(request, appointment, StepOutcome(form, message="Note saved."))


def _take(request: HttpRequest, appointment: AppointmentRequest, step: NextStep) -> HttpResponse:
    """The step with the note typed beside it; the page (or the step's page) again if either has errors."""
    if carries_the_note(step):
        _check_note_permission(request)
    outcome = take_step(appointment, acting_user(request), step, request.POST, request.GET)
    if not outcome.has_errors:
        return _done(request, appointment, outcome)
    if step.opens_a_page and outcome.form is not None:
        return _step_page(request, appointment, step, outcome.form, outcome.note_form, status=400)
    return _page(request, appointment, status=400, note_form=outcome.note_form, urgency_form=outcome.form)


def _open_step_page(request: HttpRequest, appointment: AppointmentRequest, step: NextStep) -> HttpResponse:
    if not step.offered(appointment):  # another tab, or a colleague, got there first
        messages.warning(request, f"Nothing to change: “{step.label}” is not offered now.")
        return _see_other(appointment.get_absolute_url())
    assert step.form is not None  # opens_a_page
    form = step.form(appointment, acting_user(request), request.GET)
    # The step's page shows the patient's details: it is a view of the request.
    triage.record(acting_user(request), [appointment], AuditEvent.Action.VIEWED, f"opened “{step.label}”")
    return _step_page(request, appointment, step, form, note_form_for(step, None))


def _open_with_the_note(request: HttpRequest, appointment: AppointmentRequest, step: NextStep) -> HttpResponse:
    """A step with a page of its own, pressed on the request's page: the note typed there is saved at once."""
    if wants_fragment(request):
        # A page to go to is no in-place answer: the script then sends the form the ordinary way (nothing saved yet).
        return HttpResponse("This step opens a page of its own.", status=409)
    _check_note_permission(request)
    note_form = NoteForm(request.POST)
    if not note_form.is_valid():
        return _page(request, appointment, status=400, note_form=note_form)
    if save_note(appointment, acting_user(request), note_form.cleaned_data["note"]):
        messages.success(request, "Note saved.")
    return _see_other(step_url(appointment, step))


def _page(
    request: HttpRequest,
    appointment: AppointmentRequest,
    status: int = 200,
    note_form: NoteForm | None = None,
    urgency_form: NextStepForm | None = None,
) -> HttpResponse:
    """The request's page, or with the front desk's script only its in-place part; either is a view of the request
    (recorded after the page has read the access history it shows)."""
    context = page_context(acting_user(request), appointment, note_form=note_form, urgency_form=urgency_form)
    if wants_fragment(request):
        response = render(request, PART, context, status=status)
    else:
        context = screen_context(request, page_title(appointment), front_desk_section="requests", **context)
        response = render(request, PAGE, context, status=status)
    triage.record(acting_user(request), [appointment], AuditEvent.Action.VIEWED)
    return response


def _step_page(
    request: HttpRequest,
    appointment: AppointmentRequest,
    step: NextStep,
    form: NextStepForm,
    note_form: NoteForm,
    status: int = 200,
) -> HttpResponse:
    context = step_page_context(appointment, step, form, note_form)
    if wants_fragment(request):
        return render(request, STEP_PART, context, status=status)
    context = screen_context(request, step_page_title(appointment, step), front_desk_section="requests", **context)
    return render(request, STEP_PAGE, context, status=status)


def _done(request: HttpRequest, appointment: AppointmentRequest, outcome: StepOutcome) -> HttpResponse:
    """Back to the request's page with the step's message; in place, the updated part says it."""
    if wants_fragment(request):
        appointment = get_object_or_404(shown_requests(), pk=appointment.pk)
        context = page_context(acting_user(request), appointment, announcement=outcome.message)
        response = render(request, PART, context)
        triage.record(acting_user(request), [appointment], AuditEvent.Action.VIEWED)
        return response
    messages.add_message(request, outcome.level, outcome.message)
    return _see_other(back_to(request, appointment.get_absolute_url()))


def _see_other(url: str) -> HttpResponseRedirect:
    response = HttpResponseRedirect(url)
    response.status_code = 303  # after a POST: the browser GETs the page, and a reload sends nothing again
    return response
