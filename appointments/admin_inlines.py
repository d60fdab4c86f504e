"""The request page's inlines: notes are added, never edited; emails and the access history are read-only."""

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from .models import AppointmentRequest, AuditEvent, Note, Notification


class NoteInline(admin.StackedInline):
    model = Note
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]
    extra = 1

    def get_queryset(self, request: HttpRequest) -> QuerySet[Note]:
        # Each note's heading and "author" field name its author: one join, not a query per note.
        return super().get_queryset(request).select_related("author")

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

    def get_queryset(self, request: HttpRequest) -> QuerySet[Notification]:
        # Each email's heading (its __str__) names the request's reference.
        return super().get_queryset(request).select_related("appointment_request")


class AuditEventInline(ReadOnlyInline):
    model = AuditEvent
    fields = readonly_fields = ("at", "user", "action", "detail")
    classes = ["collapse"]
    verbose_name_plural = "access history"

    def get_queryset(self, request: HttpRequest) -> QuerySet[AuditEvent]:
        # One row per view of the page, so the history grows fast: name each row's user in the same query.
        return super().get_queryset(request).select_related("user")
