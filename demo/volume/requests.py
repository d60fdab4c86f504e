"""Two years of a busy clinic's requests, bulk-inserted: for benchmarks (bench/front_desk.py) and for
`manage.py generate_volume`. Deterministic for a seed (apart from the references and tokens, which are random).

The mix, by age:
- older than 60 days: closed 62 %, not a fit 15 %, spam 12 %, and 11 % still open because nobody closed
  them (scheduled 6 %, contacted 5 %), plus 1 in 2,000 never answered at all (overdue ever since);
- 3 to 60 days: closed 30 %, scheduled 25 %, contacted 15 %, not a fit 15 %, spam 15 %;
- the last 3 days: a handful still new (some overdue), the others contacted, scheduled or spam.
About 1 % are urgent. 15 % come from someone who wrote before (same email and phone; within 30 days
they are marked as likely duplicates). Every request has respond_by from
appointments.response_clock.reply_deadline, a first response 15 minutes to 6 hours after it arrived
when it was answered, two sent notification emails, and one to five access-history events; a third
of the answered ones have one to three notes. Each answered request has one or two logged calls, and
a third of them an email reply (with its sent email); scheduled ones have a consultation booked one
to two weeks after the request. Last, a returning patient's latest request (three earlier requests,
six notes, four calls and a reply, a dozen access-history events): the request page a benchmark measures.
"""

import contextlib
import datetime
import random
import uuid
from collections.abc import Iterator

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from appointments.models import AppointmentRequest, AuditEvent, ContactAttempt, Note, Notification, Service
from appointments.response_clock import reply_deadline
from appointments.status import OPEN_STATUSES
from pages.models import Location

BATCH = 2000
CHUNK = 10_000  # requests built and stored at a time, with their rows: memory stays flat at any volume
DAY = datetime.timedelta(days=1)
WEEKDAYS_IN_TWO_YEARS = 104 * 5
ANSWERING = {"contacted", "scheduled", "not_a_fit", "closed"}


@contextlib.contextmanager
def historical_timestamps() -> Iterator[None]:
    """Let bulk_create keep the past times we give instead of stamping now (auto_now_add)."""
    fields = [Note._meta.get_field("created_at"), Notification._meta.get_field("created_at")]
    fields.append(AuditEvent._meta.get_field("at"))
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field in fields:
            field.auto_now_add = True


def pick_status(rng: random.Random, age: datetime.timedelta) -> str:
    if age > 60 * DAY:
        mix = {"closed": 62, "not_a_fit": 15, "spam": 12, "scheduled": 6, "contacted": 4.95, "new": 0.05}
    elif age > 3 * DAY:
        mix = {"closed": 30, "scheduled": 25, "contacted": 15, "not_a_fit": 15, "spam": 15}
    elif age > DAY:
        mix = {"new": 8, "contacted": 45, "scheduled": 30, "spam": 12, "not_a_fit": 5}
    else:
        mix = {"new": 45, "contacted": 35, "spam": 12, "scheduled": 8}
    return rng.choices(list(mix), weights=list(mix.values()))[0]


def arrival_times(rng: random.Random, total: int, now: datetime.datetime) -> list[datetime.datetime]:
    """`total` weekday arrivals over about two years before now, most during the day (local time)."""
    local_now = timezone.localtime(now)
    average = max(1, total // WEEKDAYS_IN_TWO_YEARS)
    low, high = max(1, average * 3 // 4), max(1, average * 5 // 4)  # 30 to 50 for 40 a day
    times: list[datetime.datetime] = []
    day = local_now.date()
    while len(times) < total:
        if day.weekday() < 5:
            midnight = datetime.datetime.combine(day, datetime.time(0), tzinfo=local_now.tzinfo)
            for _ in range(min(rng.randint(low, high), total - len(times))):
                hour = rng.choices(range(24), weights=[1] * 6 + [4] * 12 + [2] * 6)[0]
                moment = midnight + datetime.timedelta(hours=hour, minutes=rng.randrange(60))
                if moment < now:
                    times.append(moment)
        day -= DAY
    return sorted(times)


def volume_staff() -> list[User]:
    staff = list(User.objects.filter(is_staff=True).order_by("pk")[:10])
    if not staff:
        user = User(username="volume-staff", is_staff=True)
        user.set_unusable_password()
        user.save()
        staff = [user]
    return staff


def load_two_years(total: int, seed: int = 8) -> dict[str, int]:
    """Bulk-insert `total` requests with their emails, notes, calls and access history; return row counts
    and, under "subject", the returning patient's latest request."""
    rng = random.Random(seed)
    now = timezone.now()
    location = Location.objects.prefetch_related("opening_hours", "closed_days").first()
    if location is None:
        raise ValueError("No location: load the demo content first (manage.py load_demo_content).")
    staff = volume_staff()
    services = [value for value, _ in Service.choices]
    people: list[tuple[str, str]] = []
    requests: list[AppointmentRequest] = []
    for received in arrival_times(rng, total, now):
        if people and rng.random() < 0.15:
            email, phone = rng.choice(people[-300:])
        else:
            number = len(people)
            email, phone = f"patient{number}@example.org", f"+16022{number:06d}" if rng.random() < 0.9 else ""
            people.append((email, phone))
        status = pick_status(rng, now - received)
        answered = status in ANSWERING
        requests.append(
            AppointmentRequest(
                submission_token=uuid.uuid4(),
                first_name=rng.choice(["Ann", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo"]),
                last_name=rng.choice(["Smith", "Garcia", "Nguyen", "Patel", "Kim", "Lopez", "Brown", "Cohen"]),
                email=email,
                phone=phone,
                contact_method=rng.choice(["call", "call", "text", "email"]),
                preferred_days=rng.sample(["mon", "tue", "wed", "thu", "fri"], rng.randint(0, 3)),
                location=location,
                service=rng.choice(services),
                message="I would like to know whether ketamine therapy could help me." * rng.randint(0, 3),
                consent_given_at=received,
                privacy_notice_version="2024-01-01",
                sms_opt_in=rng.random() < 0.5,
                source_path="/request-an-appointment/",
                is_urgent=rng.random() < 0.01,
                status=status,
                assignee=rng.choice(staff) if answered and rng.random() < 0.7 else None,
                created_at=received,
                respond_by=reply_deadline(location, received),
                first_response_at=received + rng.uniform(0.25, 6) * datetime.timedelta(hours=1) if answered else None,
                # Booked a week or two after the request, in opening hours' morning.
                consultation_at=(received + rng.randint(7, 14) * DAY).replace(hour=17, minute=30)
                if status == "scheduled"
                else None,
            )
        )
    requests.sort(key=lambda request: request.created_at)
    # The measured request: a returning patient's fourth, two days old, contacted, with notes.
    for age in (600 * DAY, 300 * DAY, 40 * DAY, 2 * DAY):
        received = now - age
        requests.append(
            AppointmentRequest(
                submission_token=uuid.uuid4(), first_name="Rae", last_name="Returning", email="rae@example.org",
                phone="+16029990000", contact_method="call", location=location, service=services[0],
                message="Back again.", consent_given_at=received, privacy_notice_version="2024-01-01",
                status="contacted" if age < 3 * DAY else "closed", created_at=received,
                respond_by=reply_deadline(location, received), first_response_at=received + datetime.timedelta(hours=1),
            )
        )  # fmt: skip
    subject = requests[-1]  # Rae's fourth request
    counts = dict.fromkeys(["notifications", "calls", "email replies", "notes", "access-history events"], 0)
    last_by_email: dict[str, AppointmentRequest] = {}
    rae_earlier = requests[-4:-1]
    requests = [*sorted(requests[:-4] + rae_earlier, key=lambda request: request.created_at), subject]
    with historical_timestamps():
        for start in range(0, len(requests), CHUNK):
            chunk = requests[start : start + CHUNK]
            with transaction.atomic():
                _store_chunk(rng, chunk, staff, last_by_email, subject, counts)
    return {
        "requests": len(requests),
        "open": AppointmentRequest.objects.open().count(),
        "awaiting a reply": AppointmentRequest.objects.awaiting_reply().count(),
        "overdue": AppointmentRequest.objects.overdue().count(),
        **counts,
        "consultations booked": AppointmentRequest.objects.filter(consultation_at__isnull=False).count(),
        "subject": subject.pk,
    }


def _store_chunk(
    rng: random.Random,
    chunk: list[AppointmentRequest],
    staff: list[User],
    last_by_email: dict[str, AppointmentRequest],
    subject: AppointmentRequest | None,
    counts: dict[str, int],
) -> None:
    AppointmentRequest.objects.bulk_create(chunk, batch_size=BATCH)  # sets pk on PostgreSQL and SQLite
    duplicates = []
    for appointment in chunk:
        earlier = last_by_email.get(appointment.email)
        if earlier and appointment.status in OPEN_STATUSES and appointment.created_at - earlier.created_at < 30 * DAY:
            appointment.likely_duplicate_of = earlier
            duplicates.append(appointment)
        last_by_email[appointment.email] = appointment
    AppointmentRequest.objects.bulk_update(duplicates, ["likely_duplicate_of"], batch_size=BATCH)
    notifications: list[Notification] = []
    notes: list[Note] = []
    events: list[AuditEvent] = []
    calls: list[ContactAttempt] = []
    replies: list[ContactAttempt] = []
    for appointment in chunk:
        sent = appointment.created_at + datetime.timedelta(seconds=5)
        for kind in Notification.ON_RECEIPT:
            notifications.append(
                Notification(
                    appointment_request=appointment, kind=kind, state=Notification.State.SENT, attempts=1,
                    next_attempt_at=None, sent_at=sent, created_at=appointment.created_at,
                )
            )  # fmt: skip
        is_subject = appointment is subject
        answered = appointment.status in ANSWERING
        note_count = 6 if is_subject else rng.randint(1, 3) if answered and rng.random() < 0.33 else 0
        for n in range(note_count):
            notes.append(
                Note(
                    appointment_request=appointment, author=rng.choice(staff), created_at=sent + n * DAY / 4,
                    text="Left a voicemail; will try again tomorrow morning.",
                )
            )  # fmt: skip
        # Every answered request had a call or two, and one in three an email reply.
        for n in range(4 if is_subject else rng.randint(1, 2) if answered else 0):
            by, at = rng.choice(staff), sent + n * DAY / 3
            outcome = rng.choice(["no_answer", "voicemail", "spoke"])
            calls.append(ContactAttempt(appointment_request=appointment, by=by, channel="call", outcome=outcome, at=at))
            if n == 0 and (is_subject or rng.random() < 0.33):
                replies.append(
                    ContactAttempt(
                        appointment_request=appointment, by=by, channel="email", outcome="emailed", at=at,
                        subject=f"About your request {appointment.reference}", body="Hello,\n\nPlease call us.",
                    )
                )  # fmt: skip
        for n in range(12 if is_subject else rng.randint(1, 5)):
            action = AuditEvent.Action.CHANGED if n == 1 else AuditEvent.Action.VIEWED
            events.append(
                AuditEvent(
                    appointment_request=appointment, reference=appointment.reference, user=rng.choice(staff),
                    action=action, detail="changed status" if n == 1 else "", at=sent + n * DAY / 8,
                )
            )  # fmt: skip
    Note.objects.bulk_create(notes, batch_size=BATCH)
    AuditEvent.objects.bulk_create(events, batch_size=BATCH)
    ContactAttempt.objects.bulk_create(calls, batch_size=BATCH)
    sent_replies = [
        Notification(
            appointment_request_id=reply.appointment_request_id, kind=Notification.Kind.REPLY,
            contact_attempt=reply, state=Notification.State.SENT, attempts=1, next_attempt_at=None,
            sent_at=reply.at, created_at=reply.at,
        )
        for reply in ContactAttempt.objects.bulk_create(replies, batch_size=BATCH)
    ]  # fmt: skip
    Notification.objects.bulk_create(notifications + sent_replies, batch_size=BATCH)
    counts["notifications"] += len(notifications) + len(sent_replies)
    counts["calls"] += len(calls)
    counts["email replies"] += len(replies)
    counts["notes"] += len(notes)
    counts["access-history events"] += len(events)
