"""A morning's inbox for local development: `make run` shows the front desk something to work on.

Made-up people at example.com with 555-01xx numbers; never loaded with DEBUG off (the command refuses).
"""

import datetime
import uuid
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from appointments.crisis import mentions_crisis
from appointments.models import AppointmentRequest, Notification
from appointments.response_clock import reply_deadline
from pages.models import Location, Page

Status = AppointmentRequest.Status


@dataclass(frozen=True)
class DemoRequest:
    first_name: str
    last_name: str
    service: str
    received_ago: datetime.timedelta
    message: str = ""
    status: str = Status.NEW
    source_path: str = ""
    mine: bool = False
    extra: dict = field(default_factory=dict)


MINUTES, HOURS, DAYS = datetime.timedelta(minutes=1), datetime.timedelta(hours=1), datetime.timedelta(days=1)
DEMO_REQUESTS = [
    DemoRequest(
        "Maya", "Example", "depression", 25 * MINUTES,
        "Some days I feel hopeless and have thought about ending my life. My therapist suggested ketamine.",
        extra={"sms_opt_in": True},
    ),
    DemoRequest(
        "Jon", "Sample", "migraine", 2 * HOURS, "I get migraines three times a week and triptans stopped working.",
        source_path="/blog/ketamine-therapy-migraine-relief/", extra={"voicemail_opt_in": True},
    ),
    DemoRequest("Jon", "Sample", "migraine", 30 * MINUTES, "Sent this twice, sorry!"),
    DemoRequest("Rosa", "Demo", "anxiety", 6 * DAYS, "Could someone call me after 3 pm?"),
    DemoRequest("Lee", "Test", "ptsd", 1 * DAYS, status=Status.CONTACTED, mine=True),
    DemoRequest("Ada", "Placeholder", "chronic-pain", 5 * DAYS, status=Status.CLOSED),
]  # fmt: skip


@transaction.atomic
def load_demo_requests(front_desk: User) -> int:
    """Add the demo requests once (none when any request exists); return how many were added."""
    if AppointmentRequest.objects.exists():
        return 0
    location = Location.objects.first()
    if location is None:
        return 0
    now = timezone.now()
    for number, demo in enumerate(DEMO_REQUESTS):
        received = now - demo.received_ago
        email = f"{demo.first_name.lower()}.{demo.last_name.lower()}@example.com"
        answered = demo.status != Status.NEW
        appointment = AppointmentRequest.objects.create(
            first_name=demo.first_name, last_name=demo.last_name, email=email, phone=f"+1480555{150 + number:04d}",
            contact_method=AppointmentRequest.ContactMethod.CALL, location=location, service=demo.service,
            message=demo.message, source_path=demo.source_path, status=demo.status,
            submission_token=uuid.uuid4(), created_at=received, consent_given_at=received,
            privacy_notice_version=Page.objects.privacy_notice_version(), is_urgent=mentions_crisis(demo.message),
            respond_by=reply_deadline(location, received), first_response_at=received + HOURS if answered else None,
            assignee=front_desk if demo.mine else None,
            likely_duplicate_of=AppointmentRequest.objects.filter(email=email).first(), **demo.extra,
        )  # fmt: skip
        Notification.objects.bulk_create(
            Notification(appointment_request=appointment, kind=kind, state=Notification.State.SENT, attempts=1,
                         sent_at=received, next_attempt_at=None)
            for kind in Notification.ON_RECEIPT
        )  # fmt: skip
    return len(DEMO_REQUESTS)
