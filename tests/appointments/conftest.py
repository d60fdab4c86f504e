import uuid

import pytest

from appointments.abuse import sign_form_start


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
