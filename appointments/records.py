"""What is kept about each request besides the request itself: its emails and texts and their delivery state, staff
notes, the access history, and the receipts of purge_requests. (The contact log is in contact_log.py.)"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone


class NotificationQuerySet(models.QuerySet["Notification"]):
    def unsent(self) -> "NotificationQuerySet":
        return self.exclude(state=Notification.State.SENT)

    def due(self, at: datetime.datetime | None = None) -> "NotificationQuerySet":
        """Unsent and due for an attempt by `at` (now): not given up, not waiting for a later retry."""
        return self.unsent().filter(next_attempt_at__lte=at or timezone.now())


class Notification(models.Model):
    """One email or text about a request, with its delivery state: staff see it, the worker retries it."""

    class Kind(models.TextChoices):
        STAFF = "staff", "Staff notification"
        PATIENT = "patient", "Patient acknowledgement"
        REPLY = "reply", "Reply to the patient"

    # The two emails every stored request sends; replies are sent when staff write them.
    ON_RECEIPT = (Kind.STAFF, Kind.PATIENT)

    class Channel(models.TextChoices):
        EMAIL = "email", "Email"
        TEXT = "text", "Text message"

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    appointment_request = models.ForeignKey(
        "appointments.AppointmentRequest", on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=10, choices=Kind)
    # Only a reply goes by text (appointments/reply_choice.py decides); the staff and patient emails are emails.
    channel = models.CharField(max_length=5, choices=Channel, default=Channel.EMAIL)
    # A reply's words are in its contact attempt; the staff and patient emails are composed from the request.
    contact_attempt = models.OneToOneField(
        "appointments.ContactAttempt", on_delete=models.CASCADE, null=True, blank=True, related_name="notification"
    )
    state = models.CharField("email state", max_length=10, choices=State, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True, help_text="Never holds patient details.")
    # When to try (again): set at creation; None once sent or given up.
    next_attempt_at = models.DateTimeField(default=timezone.now, null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    provider_id = models.CharField(
        "provider's message id", max_length=64, blank=True, help_text="A sent text's id at the text provider."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["appointment_request", "kind"]
        constraints = [
            # One staff notification and one acknowledgement per request; replies as many as staff send.
            models.UniqueConstraint(
                fields=["appointment_request", "kind"],
                condition=~models.Q(kind="reply"),
                name="one_notification_per_kind",
            ),
        ]
        indexes = [
            # The sweep that re-sends due notifications.
            models.Index(fields=["state", "next_attempt_at"], name="notification_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.appointment_request.reference}: {self.describe()}"

    @property
    def short_state(self) -> str:
        if self.state == self.State.FAILED:
            return "retrying" if self.next_attempt_at else "failed"
        return self.get_state_display().lower()

    def describe(self) -> str:
        if self.state == self.State.SENT:
            return f"sent {timezone.localtime(self.sent_at):%b %-d, %-I:%M %p}"
        if self.state == self.State.FAILED:
            retry = (
                f", retrying at {timezone.localtime(self.next_attempt_at):%-I:%M %p}"
                if self.next_attempt_at
                else ", no more retries"
            )
            return f"failed after {self.attempts} attempt{'s' if self.attempts != 1 else ''} ({self.last_error}){retry}"
        return "pending"


class Note(models.Model):
    appointment_request = models.ForeignKey(
        "appointments.AppointmentRequest", on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField("note", max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Note by {self.author} at {timezone.localtime(self.created_at):%Y-%m-%d %H:%M}"


class AuditEvent(models.Model):
    """Who viewed, changed or exported a request, and when: health data access is accountable."""

    class Action(models.TextChoices):
        VIEWED = "viewed", "Viewed"
        CHANGED = "changed", "Changed"
        EXPORTED = "exported", "Exported"
        RESENT = "resent", "Notification re-sent"
        DELETED = "deleted", "Deleted"
        LISTED = "listed", "Listed"
        SEARCHED = "searched", "Searched"

    # Kept when the request is deleted: the history outlives it, with the reference as a copy.
    appointment_request = models.ForeignKey(
        "appointments.AppointmentRequest", on_delete=models.SET_NULL, null=True, related_name="audit_events"
    )
    reference = models.CharField(max_length=9, blank=True)  # blank for a list or search view
    # Empty for what the retention job did on its own (purge_requests): the detail names it and the server.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    action = models.CharField(max_length=10, choices=Action)
    detail = models.CharField(max_length=200, blank=True)
    # Where the member of staff was (their address, never a patient's): for investigating misuse.
    address = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.who} {self.get_action_display().lower()} {self.reference}"

    @property
    def who(self) -> str:
        return str(self.user) if self.user else "the retention job"


class PurgeReceipt(models.Model):
    """What one run of purge_requests did, in counts only: the proof that retention runs, without the data."""

    ran_at = models.DateTimeField(auto_now_add=True)
    dry_run = models.BooleanField(default=False)
    closed_purged = models.PositiveIntegerField(default=0)
    spam_purged = models.PositiveIntegerField(default=0)
    flood_purged = models.PositiveIntegerField("held as a flood, never released", default=0)
    held_kept = models.PositiveIntegerField("kept on legal hold", default=0)

    class Meta:
        ordering = ["-ran_at"]

    def __str__(self) -> str:
        return f"Purge of {timezone.localtime(self.ran_at):%Y-%m-%d %H:%M}{' (dry run)' if self.dry_run else ''}"
