import datetime
import uuid

import pytest
from django.utils import timezone

from appointments.abuse import sign_form_start
from appointments.models import AppointmentRequest, Notification

FORM_URL = "/request-an-appointment/"
THANK_YOU_URL = "/request-an-appointment/thank-you/"


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    """Tests send forms instantly; the too-fast check has its own test."""
    settings.APPOINTMENT_FORM_MIN_SECONDS = 0


@pytest.fixture
def form_data(location) -> dict:
    return {
        "first_name": "Ann",
        "last_name": "Example",
        "email": "ann@example.com",
        "phone": "(480) 555-0123",
        "contact_method": "call",
        "preferred_days": ["mon", "wed"],
        "preferred_time": "morning",
        "location": str(location.pk),
        "service": "migraine",
        "patient_type": "new",
        "referral": "search",
        "message": "I get migraines twice a week.",
        "consent": "on",
        "sms_opt_in": "on",
        "submission_token": str(uuid.uuid4()),
        "form_started": sign_form_start(),
        "source_path": "/blog/ketamine-therapy-migraine-relief/",
        "website": "",
    }


@pytest.fixture
def make_request(location):
    """A stored request, as if a patient had sent it `age` ago."""

    def make(age: datetime.timedelta = datetime.timedelta(), **fields) -> AppointmentRequest:
        created = timezone.now() - age
        values = {
            "first_name": "Ben",
            "last_name": "Sample",
            "email": f"ben{uuid.uuid4().hex[:6]}@example.com",
            "phone": "+14805550177",
            "contact_method": AppointmentRequest.ContactMethod.CALL,
            "location": location,
            "service": "depression",
            "consent_given_at": created,
            "privacy_notice_version": "2026-11-01",
            "submission_token": uuid.uuid4(),
            "created_at": created,
            "respond_by": created + datetime.timedelta(hours=4),
        }
        values.update(fields)
        appointment = AppointmentRequest.objects.create(**values)
        for kind in Notification.Kind:
            Notification.objects.create(appointment_request=appointment, kind=kind)
        return appointment

    return make
