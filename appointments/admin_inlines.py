"""The request page's inlines: notes are added, never edited; the contact log and emails are read-only and
compact, the longer ones folded. (The access history is a plain table after them: change_form.html.)"""

from django.contrib import admin
from django.db.models import QuerySet, TextField
from django.forms import Textarea
from django.http import HttpRequest
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html

from .models import AppointmentRequest, ContactAttempt, Note, Notification


class NoteInline(admin.TabularInline):
    model = Note
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]
    extra = 1
    # A table row has no label of its own for screen readers.
    formfield_overrides = {TextField: {"widget": Textarea(attrs={"rows": 2, "cols": 80, "aria-label": "Note"})}}

    def get_queryset(self, request: HttpRequest) -> QuerySet[Note]:
        # Each note's heading and "author" field name its author: one join, not a query per note.
        return super().get_queryset(request).select_related("author")

    # Notes are a record of what happened: added, never edited or removed.
    def has_change_permission(self, request: HttpRequest, obj: AppointmentRequest | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AppointmentRequest | None = None) -> bool:
        return False


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: AppointmentRequest | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AppointmentRequest | None = None) -> bool:
        return False


class ContactAttemptInline(ReadOnlyInline):
    """Every call and reply, oldest first, with each reply's email state."""

    model = ContactAttempt
    fields = readonly_fields = ("at", "by", "channel", "outcome", "what_was_said", "email_state")
    verbose_name = "contact attempt"
    verbose_name_plural = "contact log"

    def get_queryset(self, request: HttpRequest) -> QuerySet[ContactAttempt]:
        return super().get_queryset(request).select_related("by", "notification")

    @admin.display(description="Note or message")
    def what_was_said(self, obj: ContactAttempt) -> str:
        if obj.channel == ContactAttempt.Channel.CALL:
            return obj.note
        # The whole message, folded: the log stays one line per attempt.
        return format_html(
            '<details class="sent-message"><summary>{}</summary>{}</details>',
            obj.subject or "Text message",
            linebreaksbr(obj.body),
        )

    @admin.display(description="Email")
    def email_state(self, obj: ContactAttempt) -> str:
        notification = getattr(obj, "notification", None)
        return notification.describe() if notification else "–"


class NotificationInline(ReadOnlyInline):
    model = Notification
    fields = readonly_fields = ("kind", "state", "attempts", "last_error", "next_attempt_at", "sent_at")
    classes = ["collapse"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Notification]:
        # Each email's heading (its __str__) names the request's reference.
        return super().get_queryset(request).select_related("appointment_request")
