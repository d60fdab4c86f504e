import re
from typing import Any

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ORDER_VAR, PAGE_VAR
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Field, OrderBy, Prefetch, QuerySet
from django.forms import BaseModelFormSet, ModelForm
from django.forms import Field as FormField
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.timesince import timesince
from phonenumber_field.phonenumber import PhoneNumber, to_python

from incoming.admin_lookups import OfferedLookupsOnly

from . import (
    admin_records,  # noqa: F401 - registers the reply templates and purge receipts
    response_clock,
    triage,
)
from .admin_filters import ConsultationFilter, ReplyFilter, ShownRelatedFilter, StatusFilter
from .admin_inlines import ContactAttemptInline, NoteInline, NotificationInline
from .admin_next_steps import NextStepViews, acting_user
from .admin_paging import IdsFirstPaginator, TriagePaginator
from .export import audit_detail, counted, export_csv
from .forms import ExportReasonForm
from .models import TRIAGE_ORDERING, AppointmentRequest, AppointmentRequestQuerySet, AuditEvent, Note, Notification
from .next_step_forms import TriageForm
from .next_steps import offered_steps
from .submission import release_held as release_held_requests

# First what a receptionist needs to call back: who, how, when, and what they asked.
CONTACT_FIELDS = (
    "full_name", "how_to_reach", "contact_method", "preferred_days_label", "preferred_time",
    "voicemail", "service", "location", "message",
)  # fmt: skip
TRIAGE_FIELDS = (
    "reference", "received", "status", "assignee", "consultation", "first_response_at", "respond_by", "waiting",
    "likely_duplicate", "other_requests", "legal_hold", "loaded_version",
)  # fmt: skip
PATIENT_CONTACT_FIELDS = ("first_name", "last_name", "email", "phone_number", "sms_opt_in")
REQUEST_FIELDS = ("patient_type", "referral", "source_path")
CONSENT_FIELDS = ("consent_given_at", "privacy_notice_version")
# Staff change only status, assignee and first response; what the patient sent stays as sent.
EDITABLE_FIELDS = ("status", "assignee", "first_response_at", "legal_hold", "loaded_version")
READ_ONLY_FIELDS = tuple(
    name for name in CONTACT_FIELDS + TRIAGE_FIELDS + PATIENT_CONTACT_FIELDS + REQUEST_FIELDS + CONSENT_FIELDS
    if name not in EDITABLE_FIELDS
)  # fmt: skip
# The request page shows the latest events of its access history; its "History" page has them all.
ACCESS_HISTORY_SHOWN = 50


@admin.register(AppointmentRequest)
class AppointmentRequestAdmin(NextStepViews, OfferedLookupsOnly):
    # Fits 1280 px: who and which request, how long it has waited, what for, where, where it stands.
    list_display = [
        "request_summary", "age", "service_name", "location_name", "status_badge", "assignee", "notification_state",
        "duplicate_mark",
    ]  # fmt: skip
    list_display_links = ["request_summary"]
    form = TriageForm
    list_filter = [
        StatusFilter, ReplyFilter, ConsultationFilter, ("location", ShownRelatedFilter), "service",
        ("assignee", ShownRelatedFilter), "is_urgent", ("likely_duplicate_of", admin.EmptyFieldListFilter),
        "created_at", "notifications__state", "held_as_flood",
    ]  # fmt: skip
    search_fields = ["reference", "first_name", "last_name", "email", "phone"]
    date_hierarchy = "created_at"
    list_per_page = 50
    # Counting all 200,000 requests on every page view costs more than it tells: the search box says how many match.
    show_full_result_count = False
    view_on_site = False  # a request has no public page
    actions = [
        "assign_to_me", "mark_contacted", "mark_spam", "resend_notifications", "release_held", "export_as_csv",
    ]  # fmt: skip
    inlines = [ContactAttemptInline, NoteInline, NotificationInline]
    readonly_fields = READ_ONLY_FIELDS
    fieldsets = [
        ("Who and how to reach them", {"fields": CONTACT_FIELDS}),
        ("Triage", {"fields": TRIAGE_FIELDS}),
        ("Patient details (as they wrote them)", {"fields": PATIENT_CONTACT_FIELDS, "classes": ["collapse"]}),
        ("More about the request", {"fields": REQUEST_FIELDS, "classes": ["collapse"]}),
        ("Consent", {"fields": CONSENT_FIELDS, "classes": ["collapse"]}),
    ]

    class Media:
        css = {"all": ["css/admin-triage.css"]}

    def get_queryset(self, request: HttpRequest) -> QuerySet[AppointmentRequest]:
        # Not super(): it orders before triage_order() has annotated what the ordering needs.
        return (
            AppointmentRequest.objects.select_related("location", "assignee", "likely_duplicate_of")
            .prefetch_related(
                # Meta.ordering's "appointment_request" would join every request to order by its created_at.
                Prefetch("notifications", queryset=Notification.objects.order_by("appointment_request_id", "kind")),
                "location__opening_hours",
                "location__closed_days",
            )
            .triage_order()
        )

    def get_ordering(self, request: HttpRequest) -> list[str | OrderBy]:  # type: ignore[override]  # stubs: str only
        if request.GET.get(ConsultationFilter.parameter_name) in ConsultationFilter.DAYS:
            return ["consultation_at"]  # the day's consultations in the order they come
        return TRIAGE_ORDERING  # unless staff click a column

    def get_paginator(
        self,
        request: HttpRequest,
        queryset: QuerySet[AppointmentRequest],
        per_page: int,
        orphans: int = 0,
        allow_empty_first_page: bool = True,
    ) -> Paginator:
        if not isinstance(queryset, AppointmentRequestQuerySet):  # another list of the admin's, e.g. a history
            return super().get_paginator(request, queryset, per_page, orphans, allow_empty_first_page)
        in_triage_order = self.get_ordering(request) is TRIAGE_ORDERING and ORDER_VAR not in request.GET
        paginator = TriagePaginator if in_triage_order else IdsFirstPaginator
        return paginator(queryset, per_page, orphans, allow_empty_first_page)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # requests come from patients only

    def formfield_for_dbfield(self, db_field: Field, request: HttpRequest, **kwargs: Any) -> FormField | None:
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and db_field.name == "first_response_at":
            # The admin's date and time boxes carry no label of their own for screen readers.
            date, time = field.widget.widgets
            date.attrs["aria-label"] = "First response date"
            time.attrs["aria-label"] = "First response time"
        return field

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[AppointmentRequest], search_term: str
    ) -> tuple[QuerySet[AppointmentRequest], bool]:
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        # Staff type numbers as patients say them, "(480) 555-0100"; they are stored as +14805550100.
        number = to_python(search_term)
        if isinstance(number, PhoneNumber) and number.is_valid():
            results |= queryset.filter(phone=number)
        elif len(digits := re.sub(r"[\s().-]", "", search_term)) >= 4 and digits.isdigit():
            results |= queryset.filter(phone__contains=digits)  # the end of a number: "555-0150"
        return results, may_have_duplicates

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        response = super().change_view(request, object_id, form_url, extra_context)
        if request.method == "GET" and isinstance(response, TemplateResponse) and response.status_code == 200:
            original = (response.context_data or {})["original"]
            triage.record(acting_user(request), [original], AuditEvent.Action.VIEWED)
        return response

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        """ "History": the request's whole access history, newest first, 100 to a page (instead of Django's own
        change log, which the access history covers: every view, change, export and deletion)."""
        appointment = self.get_object(request, unquote(object_id))
        if appointment is None:
            raise Http404("No such request.")
        if not self.has_view_or_change_permission(request, appointment):
            raise PermissionDenied
        if not request.user.has_perm("appointments.view_auditevent"):
            raise PermissionDenied
        paginator = Paginator(appointment.audit_events.select_related("user"), 100)
        page = paginator.get_page(request.GET.get(PAGE_VAR))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Access history of request {appointment.reference}",
            "subtitle": None,
            "opts": self.opts,
            "original": appointment,
            "page_obj": page,
            "page_range": paginator.get_elided_page_range(page.number),
            "page_var": PAGE_VAR,
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/appointments/appointmentrequest/access_history.html", context)

    def delete_model(self, request: HttpRequest, obj: AppointmentRequest) -> None:
        triage.record(acting_user(request), [obj], AuditEvent.Action.DELETED)
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[AppointmentRequest]) -> None:
        triage.record(acting_user(request), queryset, AuditEvent.Action.DELETED)
        super().delete_queryset(request, queryset)

    def save_model(self, request: HttpRequest, obj: AppointmentRequest, form: ModelForm, change: bool) -> None:
        response_clock.stamp_first_response(obj)
        super().save_model(request, obj, form, change)
        if isinstance(form, TriageForm) and form.triage_changes:
            changed = "changed " + ", ".join(form.triage_changes)
            triage.record(acting_user(request), [obj], AuditEvent.Action.CHANGED, changed)

    def save_formset(self, request: HttpRequest, form: ModelForm, formset: BaseModelFormSet, change: bool) -> None:
        for note in formset.save(commit=False):
            if isinstance(note, Note) and note._state.adding:  # notes are only ever added
                note.author = acting_user(request)
                triage.record(acting_user(request), [form.instance], AuditEvent.Action.CHANGED, "added a note")
            note.save()
        formset.save_m2m()

    def action_checkbox(self, obj: AppointmentRequest) -> SafeString:
        """Django's row checkbox, written out: rendering it through the form widget's templates cost about
        20 ms for a page of 50 rows."""
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            obj.pk,
            f"Select this object for an action - {obj}",
        )

    @admin.display(description="Request", ordering="last_name")
    def request_summary(self, obj: AppointmentRequest) -> str:
        return format_html(
            '{}{}<span class="patient">{}</span> <span class="reference">{}</span>',
            format_html('<span class="held">{}</span> ', "Held as a suspected flood:") if obj.held_as_flood else "",
            format_html('<span class="urgent">{}</span> ', "Urgent") if obj.is_urgent else "",
            obj.short_name,
            obj.reference,
        )

    @admin.display(description="Received", ordering="created_at")
    def received(self, obj: AppointmentRequest) -> str:
        return f"{timesince(obj.created_at, depth=1)} ago"

    @admin.display(description="Age", ordering="created_at")
    def age(self, obj: AppointmentRequest) -> str:
        """When it came, and while it awaits a first reply, the business time it has waited (red once overdue)."""
        if not response_clock.is_awaiting_reply(obj):
            return self.received(obj)
        waited = response_clock.hours_and_minutes(response_clock.time_waited(obj))
        if response_clock.is_overdue(obj):
            return format_html(
                '{}<span class="waited overdue">{} waited, past the {} h target</span>',
                self.received(obj),
                waited,
                settings.APPOINTMENT_RESPONSE_TARGET_HOURS,
            )
        return format_html('{}<span class="waited">{} waited</span>', self.received(obj), waited)

    @admin.display(description="Service", ordering="service")
    def service_name(self, obj: AppointmentRequest) -> str:
        return obj.get_service_display()

    @admin.display(description="Location", ordering="location__display_order")
    def location_name(self, obj: AppointmentRequest) -> str:
        return obj.location.short_label

    @admin.display(description="Duplicate?")
    def duplicate_mark(self, obj: AppointmentRequest) -> str:
        original = obj.likely_duplicate_of
        if original is None:
            return ""
        return format_html(
            '<a href="{}" title="Same email or phone">{}</a>', original.get_absolute_url(), original.reference
        )

    @admin.display(description="Name", ordering="last_name")
    def full_name(self, obj: AppointmentRequest) -> str:
        return obj.full_name

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj: AppointmentRequest) -> str:
        badge = format_html('<span class="status status-{}">{}</span>', obj.status, obj.get_status_display())
        if obj.status == AppointmentRequest.Status.SCHEDULED and obj.consultation_at:
            return format_html('{} <span class="consultation">{}</span>', badge, obj.consultation_short)
        return badge

    @admin.display(description="Emails")
    def notification_state(self, obj: AppointmentRequest) -> str:
        notifications = list(obj.notifications.all())  # prefetched
        replies = [n for n in notifications if n.kind == Notification.Kind.REPLY]
        shown = sorted((n for n in notifications if n.kind in Notification.ON_RECEIPT), key=lambda n: n.kind)[::-1]
        if replies:
            shown.append(max(replies, key=lambda n: n.pk))  # the latest reply says enough
        return ", ".join(f"{n.get_kind_display().split()[0].lower()} {n.short_state}" for n in shown) or "none"

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: AppointmentRequest | None = None,
    ) -> HttpResponse:
        if obj is not None:
            steps = offered_steps(obj) if self.has_change_permission(request, obj) else []
            context["next_steps"] = [step for step in steps if not step.in_place]
            context["urgency"] = self.urgency(obj)
            urgency_step = next((step for step in steps if step.in_place), None)
            context["urgency_step"] = urgency_step
            if urgency_step and urgency_step.form:
                context["urgency_reason"] = urgency_step.form.base_fields["reason"]
            if request.user.has_perm("appointments.view_auditevent"):
                # The latest events, as a table after the inlines (an inline rendered hidden form fields for each
                # row); a request gathers one each time it is opened, and "History" lists them all.
                events = obj.audit_events.select_related("user")
                context["access_history"] = list(events[:ACCESS_HISTORY_SHOWN])  # before this visit
                context["access_history_count"] = events.count()
            # The title says it all; Django's subtitle would repeat "Request <reference>".
            context.update(title=f"Request {obj.reference} from {obj.short_name}", subtitle="")
        return super().render_change_form(request, context, add, change, form_url, obj)

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        response = super().changelist_view(request, {"title": "Appointment requests", **(extra_context or {})})
        changelist = isinstance(response, TemplateResponse) and (response.context_data or {}).get("cl")
        if request.method == "GET" and changelist and response.status_code == 200:
            action = AuditEvent.Action.SEARCHED if changelist.query else AuditEvent.Action.LISTED
            filters = [name for name in request.GET if name not in ("q", "p", "o")]
            triage.record_list_view(acting_user(request), action, len(changelist.result_list), filters)
        return response

    @admin.display(description="Waiting (business hours)")
    def waiting(self, obj: AppointmentRequest) -> str:
        """Open time since the request arrived, until the first response; red once overdue."""
        label = response_clock.hours_and_minutes(response_clock.time_waited(obj))
        if response_clock.is_overdue(obj):
            return format_html(
                '<span class="overdue">{} (past the {} h target)</span>',
                label,
                settings.APPOINTMENT_RESPONSE_TARGET_HOURS,
            )
        return label

    @admin.action(description="Assign to me", permissions=["change"])
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet[AppointmentRequest]) -> None:
        count = triage.assign(queryset, acting_user(request))
        self.message_user(request, f"Assigned {count} request(s) to you.", messages.SUCCESS)

    @admin.action(description="Mark contacted", permissions=["change"])
    def mark_contacted(self, request: HttpRequest, queryset: QuerySet[AppointmentRequest]) -> None:
        count = triage.mark_contacted(queryset, acting_user(request))
        self.message_user(request, f"Marked {count} new request(s) contacted.", messages.SUCCESS)

    @admin.action(description="Mark spam", permissions=["change"])
    def mark_spam(self, request: HttpRequest, queryset: QuerySet[AppointmentRequest]) -> None:
        count = triage.mark_spam(queryset, acting_user(request))
        self.message_user(request, f"Marked {count} request(s) as spam.", messages.SUCCESS)

    @admin.action(description="Re-send emails that were not sent", permissions=["change"])
    def resend_notifications(self, request: HttpRequest, queryset: QuerySet[AppointmentRequest]) -> None:
        count = triage.resend_notifications(queryset, acting_user(request))
        self.message_user(request, f"Queued {count} unsent email(s) to send again; sent ones were left alone.")

    @admin.action(description="Release held requests", permissions=["change"])
    def release_held(self, request: HttpRequest, queryset: QuerySet[AppointmentRequest]) -> None:
        held = list(queryset.filter(held_as_flood=True))
        count = release_held_requests(queryset)
        triage.record(acting_user(request), held, AuditEvent.Action.CHANGED, "released from the flood hold")
        self.message_user(
            request,
            f"Released {count} held request(s); their acknowledgement emails are on their way.",
            messages.SUCCESS,
        )

    @admin.action(description="Export selected as CSV", permissions=["export"])
    def export_as_csv(self, request: HttpRequest, queryset: QuerySet[AppointmentRequest]) -> HttpResponse:
        """First a page asking why (like delete_selected's confirmation), then the CSV, with the reason recorded."""
        form = ExportReasonForm(request.POST if "post" in request.POST else None)
        requests = list(queryset.select_related("location", "assignee"))
        if form.is_valid():
            detail = audit_detail(len(requests), form.cleaned_data["reason"])
            triage.record(acting_user(request), requests, AuditEvent.Action.EXPORTED, detail)
            return export_csv(requests)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Export {counted(len(requests))} as CSV",
            "opts": self.opts,
            "form": form,
            "requests": requests,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        template = "admin/appointments/appointmentrequest/export_reason.html"
        return TemplateResponse(request, template, context, status=400 if form.is_bound else 200)

    def has_export_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("appointments.export_appointmentrequest")
