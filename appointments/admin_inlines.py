"""The request page's inlines: notes are added, never edited; emails and the access history are read-only."""

from django.contrib import admin
from django.http import HttpRequest

from .models import AppointmentRequest, AuditEvent, Note, Notification


class NoteInline(admin.StackedInline):
    model = Note
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]
    extra = 1

    # Notes are a record of what happened: added, never edited or removed.
    def has_change_permission(self, request: HttpRequest, obj: AppointmentRequest | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AppointmentRequest | None = None) -> bool:
        return False


class ReadOnlyInline(admin.StackedInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: AppointmentRequest | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AppointmentRequest | None = None) -> bool:
        return False


class NotificationInline(ReadOnlyInline):
    model = Notification
    fields = readonly_fields = ("kind", "state", "attempts", "last_error", "next_attempt_at", "sent_at")


class AuditEventInline(ReadOnlyInline):
    model = AuditEvent
    fields = readonly_fields = ("at", "user", "action", "detail")
    classes = ["collapse"]
    verbose_name_plural = "access history"
