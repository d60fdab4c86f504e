"""Plain functions and constants the tests share; fixtures live in the conftest.py files."""

import csv
import io
import socket

from bs4 import BeautifulSoup
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image

from appointments.models import AppointmentRequest
from avesta.settings import fragments_cache
from staff_signin.devices import APP_DEVICE_NAME, confirmed_app
from staff_signin.sessions import SEEN_AT, SIGNED_IN_AT

FORM_URL = "/request-an-appointment/"
THANK_YOU_URL = "/request-an-appointment/thank-you/"
# Every test user's password: long enough for the validators, never a real one.
PASSWORD = "a-long-test-password"


# What Ann Example answers on the appointment form, apart from the location and the form's own hidden fields.
ANN_EXAMPLE = {
    "first_name": "Ann",
    "last_name": "Example",
    "email": "ann@example.com",
    "phone": "(480) 555-0123",
    "contact_method": "call",
    "preferred_days": ["mon", "wed"],
    "preferred_time": "morning",
    "service": "migraine",
    "patient_type": "new",
    "referral": "search",
    "message": "I get migraines twice a week.",
    "consent": "on",
    "website": "",
}


def verified_device(user) -> TOTPDevice:
    """The user's authenticator app, set up (made if they have none)."""
    return confirmed_app(user) or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=True)


def log_in_verified(client, user) -> None:
    """Sign the test client in past both steps, as after the password and a code from the app."""
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = verified_device(user).persistent_id
    # The idle and absolute clocks start at the first request, so a test may set its own time first.
    for clock in (SIGNED_IN_AT, SEEN_AT):
        session.pop(clock, None)
    session.save()


def shared_caches_at(location: str) -> dict:
    """CACHES with the shared cache (and the page fragments' view of it) at this Redis address."""
    shared = {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": location}
    return {"default": shared, "fragments": fragments_cache(shared)}


def jpeg_bytes(size: tuple[int, int] = (1200, 630)) -> bytes:
    """A small real JPEG, as an editor's upload would be."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (11, 94, 90)).save(buffer, format="JPEG")
    return buffer.getvalue()


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def page_text(response) -> str:
    """The words of a page as a reader sees them, whitespace collapsed."""
    return " ".join(soup_of(response).get_text(" ").split())


def field_error(response, field: str) -> str:
    """The message shown under one field of a crispy form, or "" if it has none."""
    feedback = soup_of(response).select_one(f"#div_id_{field} .invalid-feedback")
    return feedback.get_text(" ", strip=True) if feedback else ""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# The appointment requests admin

LIST_URL = "/admin/appointments/appointmentrequest/"


def change_url(appointment: AppointmentRequest) -> str:
    return f"{LIST_URL}{appointment.pk}/change/"


def change_form(note: str = "", **fields: str) -> dict:
    """What the admin's change form posts: triage fields, an optional new note, the inlines' bookkeeping."""
    data = {
        "status": "new", "assignee": "", "first_response_at_0": "", "first_response_at_1": "",
        "notes-TOTAL_FORMS": "1" if note else "0", "notes-INITIAL_FORMS": "0", "notes-0-text": note,
        "contact_attempts-TOTAL_FORMS": "0", "contact_attempts-INITIAL_FORMS": "0",
        "notifications-TOTAL_FORMS": "2", "notifications-INITIAL_FORMS": "2",
    }  # fmt: skip
    return {**data, **fields}


def listed_references(response) -> list[str]:
    soup = soup_of(response)
    return [cell.get_text(strip=True) for cell in soup.select("#result_list tbody th.field-request_summary .reference")]


def run_action(client, action: str, *appointments: AppointmentRequest):
    return client.post(LIST_URL, {"action": action, "_selected_action": [a.pk for a in appointments], "index": 0})


def export_with_reason(client, reason: str, *appointments: AppointmentRequest):
    """What the export's reason page posts back: the chosen requests, the action, and why."""
    data = {"action": "export_as_csv", "_selected_action": [a.pk for a in appointments], "post": "yes"}
    return client.post(LIST_URL, {**data, "reason": reason})


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


def inline_rows(soup, group: str) -> list[str]:
    """Each stored row of a read-only inline on a request's page, as the text of its object."""
    return [" ".join(p.get_text(" ").split()) for p in soup.select(f"#{group}-group td.original p")]


def fresh_form(form_data: dict) -> dict:
    """The same answers in a newly opened form: a new one-time token and the start stamp bound to it."""
    from appointments.abuse import new_form_stamp

    token, stamp = new_form_stamp()
    return {**form_data, "submission_token": str(token), "form_started": stamp}


# The Content Security Policy every response carries (incoming/headers.py), directive by directive.
EXPECTED_POLICY = {
    "default-src": "'none'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
    "report-uri": "/csp-report/",
    "report-to": "csp",
}
