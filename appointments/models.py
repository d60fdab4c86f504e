import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Case, F, OrderBy, Q, Value, When
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField
from phonenumber_field.phonenumber import PhoneNumber

from pages.conditions import CONDITIONS
from pages.models import Location, spoken_time

from . import response_clock
from .contact_log import REACHING_OUTCOMES
from .contact_log import ContactAttempt as ContactAttempt
from .status import OPEN_STATUSES, Status, needs_urgent_call_condition
from .validators import validate_single_line

# No 0/O or 1/I/L: references are read out over the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_LENGTH = 8
MESSAGE_MAX_LENGTH = 1000
DUPLICATE_WINDOW = datetime.timedelta(days=30)


def new_reference() -> str:
    """An unguessable public reference such as “K7M2-QX9D” (about 40 bits)."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{code[:4]}-{code[4:]}"


# One service per condition the clinic treats (pages/conditions.py), values being the blog's topic
# slugs so that an article's condition preselects its service; and one for everything else.
Service: type[models.TextChoices] = models.TextChoices(  # type: ignore[call-overload]  # stubs lack the functional API
    "Service",
    [
        *((condition.slug.replace("-", "_").upper(), (condition.slug, condition.name)) for condition in CONDITIONS),
        ("OTHER", ("other", "Something else / not sure")),
    ],
)


# Requests about these get the 988 line near the top of the thank-you page, crisis words or not: they are the
# conditions in which thoughts of suicide are most common.
SERVICES_WITH_988_LINE = ["depression", "anxiety", "ptsd", "ocd"]


# Over the annotations of AppointmentRequestQuerySet.triage_order(); the changelist adds "-pk" to break ties.
TRIAGE_ORDERING: list[str | OrderBy] = ["triage_group", F("waiting_since").asc(nulls_last=True), "-created_at"]


def triage_groups(now: datetime.datetime | None = None) -> tuple[Q, Q, Q, Q]:
    """The triage order's four groups, first to last, as conditions that exclude one another: urgent requests
    nobody has spoken with yet; overdue ones; the rest; requests held as a suspected flood."""
    held = Q(held_as_flood=True)
    urgent = needs_urgent_call_condition()
    overdue = response_clock.overdue_condition(now)
    return (urgent & ~held, overdue & ~urgent & ~held, ~urgent & ~overdue & ~held, held)


class AppointmentRequestQuerySet(models.QuerySet["AppointmentRequest"]):
    def open(self) -> "AppointmentRequestQuerySet":
        return self.filter(status__in=OPEN_STATUSES)

    def awaiting_reply(self) -> "AppointmentRequestQuerySet":
        return self.filter(response_clock.awaiting_reply_condition())

    def overdue(self) -> "AppointmentRequestQuerySet":
        return self.filter(response_clock.overdue_condition())

    def upcoming_consultations(self, days: int | None = None) -> "AppointmentRequestQuerySet":
        """Booked consultations from the start of today (in the clinic's time), soonest first; `days` from today."""
        today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        upcoming = self.filter(status=Status.SCHEDULED, consultation_at__gte=today)
        if days is not None:
            upcoming = upcoming.filter(consultation_at__lt=today + datetime.timedelta(days=days))
        return upcoming.order_by("consultation_at")

    def triage_order(self, now: datetime.datetime | None = None) -> "AppointmentRequestQuerySet":
        """Urgent requests nobody has spoken with yet first, then overdue ones, each longest-waiting first; then the
        rest newest first; and below everything, requests held as a suspected flood."""
        urgent, overdue, _, held = triage_groups(now)
        ordered: AppointmentRequestQuerySet = self.annotate(
            triage_group=Case(
                When(held, then=Value(3)),
                When(urgent, then=Value(0)),
                When(overdue, then=Value(1)),
                default=Value(2),
            ),
            waiting_since=Case(When(urgent | overdue, then=F("created_at"))),
        ).order_by(*TRIAGE_ORDERING)
        return ordered

    def triage_page_ids(self, start: int, stop: int, now: datetime.datetime | None = None) -> list[int]:
        """The ids at positions start to stop of these requests in triage order (then "-pk", as the changelist
        sorts), read group by group in each group's own order: the database walks an index on created_at for
        the rest, the great majority, instead of sorting every request by the computed group (on PostgreSQL,
        60 ms for 200,000 requests; a few for a page this way). The last pages count the groups before them."""
        groups = zip(triage_groups(now), ["created_at", "created_at", "-created_at", "-created_at"], strict=True)
        ids: list[int] = []
        before = 0  # positions taken by the groups already read
        for condition, order in groups:
            if before >= stop:
                break
            first = max(start - before, 0)
            group = self.filter(condition).order_by(order, "-pk").values_list("pk", flat=True)
            found = list(group[first : stop - before])
            ids += found
            # Where the next group starts: known if this one ended inside the window, else counted.
            before += first + len(found) if found or first == 0 else group.count()
        return ids

    def from_same_person(self, email: str, phone: PhoneNumber | str | None) -> "AppointmentRequestQuerySet":
        """Requests with this email address (any case) or this phone number."""
        same_person = Q(email__iexact=email)
        if phone:
            same_person |= Q(phone=phone)
        return self.filter(same_person)

    def likely_duplicates_of(self, email: str, phone: PhoneNumber | str | None) -> "AppointmentRequestQuerySet":
        return self.open().from_same_person(email, phone).filter(created_at__gte=timezone.now() - DUPLICATE_WINDOW)


class AppointmentRequest(models.Model):
    Status = Status

    class ContactMethod(models.TextChoices):
        CALL = "call", "Phone call"
        TEXT = "text", "Text message"
        EMAIL = "email", "Email"

    class Day(models.TextChoices):
        MONDAY = "mon", "Monday"
        TUESDAY = "tue", "Tuesday"
        WEDNESDAY = "wed", "Wednesday"
        THURSDAY = "thu", "Thursday"
        FRIDAY = "fri", "Friday"

    class TimeOfDay(models.TextChoices):
        ANY = "any", "Any time"
        MORNING = "morning", "Morning"
        AFTERNOON = "afternoon", "Afternoon"

    class PatientType(models.TextChoices):
        NEW = "new", "New patient"
        RETURNING = "returning", "Returning patient"

    class Referral(models.TextChoices):
        SEARCH = "search", "Search engine"
        DOCTOR = "doctor", "My doctor or therapist"
        FRIEND = "friend", "Friend or family"
        SOCIAL = "social", "Social media"
        OTHER = "other", "Other"

    OPEN_STATUSES = OPEN_STATUSES

    reference = models.CharField(max_length=9, unique=True, default=new_reference, editable=False)
    # One per rendered form: a double click or a resent form finds the request already stored.
    submission_token = models.UUIDField(unique=True, editable=False)

    first_name = models.CharField(max_length=80, validators=[validate_single_line])
    last_name = models.CharField(max_length=80, validators=[validate_single_line])
    email = models.EmailField()
    phone = PhoneNumberField(blank=True)
    contact_method = models.CharField("preferred contact method", max_length=10, choices=ContactMethod)
    preferred_days = models.JSONField(default=list, blank=True)
    preferred_time = models.CharField("preferred time of day", max_length=10, choices=TimeOfDay, default=TimeOfDay.ANY)
    location = models.ForeignKey(Location, on_delete=models.PROTECT, related_name="appointment_requests")
    service = models.CharField("service of interest", max_length=20, choices=Service)
    patient_type = models.CharField(max_length=10, choices=PatientType, default=PatientType.NEW)
    referral = models.CharField("how they heard of us", max_length=10, choices=Referral, blank=True)
    message = models.TextField(blank=True, max_length=MESSAGE_MAX_LENGTH)
    consent_given_at = models.DateTimeField()
    privacy_notice_version = models.CharField(max_length=40)
    sms_opt_in = models.BooleanField("agreed to text messages", default=False)
    voicemail_opt_in = models.BooleanField("agreed to voicemail", default=False)
    source_path = models.CharField("came from page", max_length=200, blank=True)

    is_urgent = models.BooleanField(
        "urgent",
        default=False,
        help_text="Crisis language in the message (appointments/crisis.py), or marked by staff.",
    )
    likely_duplicate_of = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    status = models.CharField(max_length=10, choices=Status, default=Status.NEW)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_appointment_requests",
        limit_choices_to={"is_staff": True},
    )
    created_at = models.DateTimeField("received", default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    respond_by = models.DateTimeField(
        null=True, editable=False, help_text="The response target, in the location's business hours."
    )
    first_response_at = models.DateTimeField("first response", null=True, blank=True)
    legal_hold = models.BooleanField(
        default=False, help_text="Kept however old: purge_requests skips it (a complaint, a claim, a records request)."
    )
    held_as_flood = models.BooleanField(
        "held as a suspected flood",
        default=False,
        help_text="Arrived above the form's global ceiling: stored, not acknowledged, listed last until released.",
    )
    # Spam's retention clock (appointments/retention.py): set by every path that marks a request spam, so a
    # later edit (an assignee, a note) neither restarts it nor does a request received long ago go at once.
    marked_spam_at = models.DateTimeField("marked spam", null=True, blank=True, editable=False)
    consultation_at = models.DateTimeField("consultation", null=True, blank=True, editable=False)
    consultation_location = models.ForeignKey(
        Location, on_delete=models.PROTECT, null=True, blank=True, editable=False, related_name="+"
    )
    # "Not a fit" can be undone for a while (appointments/not_a_fit.py): when, why, and the status it replaced.
    not_a_fit_at = models.DateTimeField("marked not a fit", null=True, blank=True, editable=False)
    not_a_fit_reason = models.CharField("why not a fit", max_length=200, blank=True, editable=False)
    status_before_not_a_fit = models.CharField(max_length=10, choices=Status, blank=True, editable=False)

    objects = AppointmentRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        get_latest_by = "created_at"
        permissions = [("export_appointmentrequest", "Can export appointment requests as CSV")]
        indexes = [
            # The triage list: filter by status, newest first.
            models.Index(fields=["status", "-created_at"], name="request_status_created_idx"),
            # Overdue unanswered requests float to the top.
            models.Index(fields=["status", "respond_by"], name="request_status_due_idx"),
            models.Index(fields=["location", "status"], name="request_location_status_idx"),
            models.Index(fields=["assignee", "status"], name="request_assignee_status_idx"),
            # The date hierarchy's first and last dates, and the list sorted by when requests came.
            models.Index(fields=["created_at"], name="request_created_idx"),
            # Likely duplicates at submission and a request's other requests: email__iexact compares UPPER(email).
            models.Index(Upper("email"), "created_at", name="request_email_created_idx"),
            models.Index(fields=["phone", "created_at"], name="request_phone_created_idx"),
            # Upcoming consultations, by day, on the dashboard and the list.
            models.Index(fields=["status", "consultation_at"], name="request_status_consult_idx"),
        ]

    def __str__(self) -> str:
        return f"Request {self.reference}"

    def get_absolute_url(self) -> str:
        # Staff only: the request's page at the front desk (used in staff emails).
        return reverse("frontdesk:request", args=[self.pk])

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def short_name(self) -> str:
        """“Jane D.”: enough for a list or a page title, without the full name on every screen."""
        return f"{self.first_name} {self.last_name[:1]}."

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def respond_by_display(self) -> str:
        """“Tuesday, November 24 at 10 am”: the reply target, as staff emails show it."""
        return response_clock.deadline_display(self.respond_by) if self.respond_by else ""

    @property
    def reply_promise(self) -> str:
        """“We will call you by Friday, November 27 at 1 pm (Arizona time).”: the thank-you page and email."""
        return response_clock.reply_promise(self)

    @property
    def needs_urgent_call(self) -> bool:
        """The Python twin of status.needs_urgent_call_condition(): urgent, and nobody has spoken with them yet."""
        return self.is_urgent and self.status == Status.NEW

    @property
    def shows_988_line(self) -> bool:
        """The thank-you page's calm 988 line, for a mental-health request without crisis words (an urgent one
        gets the full crisis panel instead)."""
        return not self.is_urgent and self.service in SERVICES_WITH_988_LINE

    def first_reaching_call(self) -> ContactAttempt | None:
        """The first call on which staff spoke with the patient or escalated: when an urgent patient was reached."""
        reaching = self.contact_attempts.filter(outcome__in=REACHING_OUTCOMES)
        return reaching.select_related("by").order_by("at").first()

    @property
    def is_overdue(self) -> bool:
        return response_clock.is_overdue(self)

    @property
    def consultation_display(self) -> str:
        """“Tuesday, December 1 at 10:30 am, Phoenix”: the booked consultation, or empty."""
        if self.consultation_at is None:
            return ""
        where = self.consultation_location or self.location
        return f"{response_clock.deadline_display(self.consultation_at)}, {where.short_label}"

    @property
    def consultation_short(self) -> str:
        """“Tue Dec 1, 10:30 am”: the booked consultation in a list's few words."""
        if self.consultation_at is None:
            return ""
        when = timezone.localtime(self.consultation_at)
        return f"{when:%a %b} {when.day}, {spoken_time(when)}"

    @property
    def preferred_days_display(self) -> str:
        labels = dict(self.Day.choices)
        return ", ".join(labels[day] for day in self.preferred_days if day in labels) or "Any day"


# The other records of a request (its emails, notes, access history, purge receipts) and the contact log are
# defined in their own modules; importing them here registers them with Django and keeps these imports working.
from .contact_log import ReplyTemplate as ReplyTemplate  # noqa: E402
from .records import AuditEvent as AuditEvent  # noqa: E402
from .records import Note as Note  # noqa: E402
from .records import Notification as Notification  # noqa: E402
from .records import NotificationQuerySet as NotificationQuerySet  # noqa: E402
from .records import PurgeReceipt as PurgeReceipt  # noqa: E402
