import time
from urllib.parse import urlsplit

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from incoming import errors

from . import abuse
from .form_rendering import unbound_form_html
from .forms import AppointmentRequestForm, initial_form_data
from .models import AppointmentRequest
from .submission import already_stored, remember_sender, same_request, sent_by, store_request

THANK_YOU_SESSION_KEY = "appointment_thank_you"
# Long enough to reload or come back from a phone call; short enough for a shared computer.
THANK_YOU_FOR_SECONDS = 30 * 60
ALREADY_SENT = (
    "This form was already sent. To send a request of your own, please check your details and send the form again."
)


# Every answer of the form carries what a patient typed or will type: never_cache makes each one
# "no-store, private" (the CSRF failure below too), so no browser, proxy or page cache keeps it.
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def request_appointment(request: HttpRequest) -> HttpResponse:
    if request.method in ("GET", "HEAD"):  # HEAD as GET (monitors, link checkers); the server sends no body
        initial = initial_form_data(request.GET.get("service"), source_path=_came_from(request))
        return _render_form(request, AppointmentRequestForm(initial=initial))

    try:
        return _receive(request)
    except (OperationalError, InterfaceError):
        # Nothing half-stored (one transaction); the patient sees what they typed, and our phone number.
        return errors.unavailable(request)


def _receive(request: HttpRequest) -> HttpResponse:
    form = AppointmentRequestForm(request.POST)
    try:
        abuse.check_honeypot(request.POST.get("website"))
        abuse.check_fill_time(request.POST.get("form_started", ""), request.POST.get("submission_token", ""))
        if not form.is_valid():
            return _render_form(request, form, status=400)
        appointment = _stored(request, form.cleaned_data)
    except abuse.Refusal as refusal:
        return _render_form(request, _with_fresh_start(request), refusal=refusal, status=refusal.status)
    request.session[THANK_YOU_SESSION_KEY] = {"reference": appointment.reference, "at": time.time()}
    return redirect("appointments:thank-you")


def _stored(request: HttpRequest, cleaned_data: dict) -> AppointmentRequest:
    """This form's request: stored now, or as stored before when its own sender sends it again (a double click)."""
    token = cleaned_data["submission_token"]
    if (appointment := already_stored(token)) is not None:
        if sent_by(request, appointment, _shown_reference(request)) and same_request(appointment, cleaned_data):
            return appointment
        # Another browser posting a stored form's token (a copied form, a replay), or other words under it: a
        # new request of theirs, which needs a token of its own; never the stored request's thank-you page.
        raise abuse.Refusal(ALREADY_SENT, 409)
    # Counted only for requests we store: a patient fixing typos is never locked out.
    abuse.check_rate_limit(request)
    held = abuse.looks_like_flood(request)
    if held:
        abuse.check_held_ceiling(request)
    appointment = store_request(cleaned_data, held_as_flood=held)
    remember_sender(request, token)
    return appointment


@never_cache
def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW. On the request form (an expired page, a lost cookie): the form again, with what was
    typed, asking to send it again. Anywhere else: the site's own 403."""
    if request.method != "POST" or request.path != reverse("appointments:request"):
        return errors.csrf_failure(request, reason)
    refusal = abuse.Refusal(
        "For your security, please check your details and send the form again. Nothing was sent yet.", 403
    )
    return _render_form(request, _with_fresh_start(request), refusal=refusal, status=403)


@never_cache
def thank_you(request: HttpRequest) -> HttpResponse:
    reference = _shown_reference(request)
    if reference is None:
        # Someone using this browser later must not see another person's request.
        request.session.pop(THANK_YOU_SESSION_KEY, None)
        return redirect("appointments:request")
    appointment = AppointmentRequest.objects.select_related("location").filter(reference=reference).first()
    if appointment is None:
        return redirect("appointments:request")
    return render(request, "appointments/thank_you.html", {"appointment": appointment})


def _shown_reference(request: HttpRequest) -> str | None:
    """The reference of the request this browser sent, while its thank-you page lasts (THANK_YOU_FOR_SECONDS)."""
    shown = request.session.get(THANK_YOU_SESSION_KEY)
    if not isinstance(shown, dict) or time.time() - shown.get("at", 0) > THANK_YOU_FOR_SECONDS:
        return None
    reference = shown.get("reference")
    return reference if isinstance(reference, str) else None


def _render_form(
    request: HttpRequest, form: AppointmentRequestForm, refusal: abuse.Refusal | None = None, status: int = 200
) -> HttpResponse:
    context: dict[str, object] = {"form": form, "refusal": refusal.message if refusal else ""}
    if refusal and refusal.call_us:
        context["refusal_phone"] = errors.clinic_phone()
    if not form.is_bound:
        context["form_html"] = unbound_form_html(form)
    return render(request, "appointments/request_form.html", context, status=status)


def _with_fresh_start(request: HttpRequest) -> AppointmentRequestForm:
    """The patient's input as sent, with a new token and start stamp so that sending again works."""
    data = request.POST.copy()
    token, data["form_started"] = abuse.new_form_stamp()
    data["submission_token"] = str(token)
    data["website"] = ""
    return AppointmentRequestForm(data)


def _came_from(request: HttpRequest) -> str:
    """The path of the page on this site that linked to the form (the article the patient read)."""
    referer = request.headers.get("Referer", "")
    if not url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}):
        return ""
    path = urlsplit(referer).path
    return "" if path == reverse("appointments:request") else path[:200]
