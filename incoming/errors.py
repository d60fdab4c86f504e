"""The site's own error pages: each names the clinic's phone number, and none needs the database.

Locations (and their phone numbers) live in the database, so these pages take the number from
settings.CLINIC_PHONE: a patient who meets an error while the database is down can still call.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from phonenumber_field.phonenumber import PhoneNumber

# Fields worth showing back when a form cannot be stored (the request form's; the rest is bookkeeping).
TYPED_FIELDS = {
    "first_name": "First name",
    "last_name": "Last name",
    "email": "Email address",
    "phone": "Phone number",
    "message": "Message",
}


def clinic_phone() -> PhoneNumber:
    return PhoneNumber.from_string(settings.CLINIC_PHONE)


def error_page(request: HttpRequest, status: int, context: dict | None = None) -> HttpResponse:
    """Render templates/<status>.html over errors/base.html, which asks nothing of the database."""
    context = {"clinic_phone": clinic_phone(), "status": status, **(context or {})}
    return render(request, f"{status}.html", context, status=status)


def unavailable(request: HttpRequest) -> HttpResponse:
    """503 while the database is down, with what the patient typed (escaped by the template) so nothing is lost."""
    # Any form's fields by these names (the request form's, a member of staff's edit), never its bookkeeping.
    typed = [(label, request.POST.get(name, "")) for name, label in TYPED_FIELDS.items()] if request.POST else []
    response = error_page(request, 503, {"typed": [(label, value) for label, value in typed if value]})
    response["Retry-After"] = str(settings.UNAVAILABLE_RETRY_AFTER)
    return response


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_page(request, 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_page(request, 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_page(request, 404)


def server_error(request: HttpRequest) -> HttpResponse:
    """A database that cannot be reached is a friendly 503 that recovers by itself, not a 500."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return unavailable(request)
    return error_page(request, 500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Our own 403 for a failed CSRF check, asking to reload and try again (the request form has its own)."""
    return error_page(request, 403, {"csrf": True})
