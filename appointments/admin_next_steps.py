"""The next-step pages of a request (appointments/next_steps.py), as views of AppointmentRequestAdmin."""

from typing import cast

from django.contrib import admin, messages
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse

from . import triage
from .admin_display import RequestPageFields
from .models import AppointmentRequest, AuditEvent
from .next_step_forms import NextStepForm
from .next_steps import NEXT_STEPS, NextStep


def admin_page(appointment: AppointmentRequest) -> str:
    """The admin's own page of the request, where its next steps return (get_absolute_url is the front desk's)."""
    return reverse("admin:appointments_appointmentrequest_change", args=[appointment.pk])


def acting_user(request: HttpRequest) -> User:
    """The signed-in staff member: the admin lets no one else reach its views and actions."""
    return cast(User, request.user)


class NextStepViews(RequestPageFields, admin.ModelAdmin):
    """`<id>/next-step/<slug>/`: one click (POST) or a short form page, then back to the request."""

    def get_urls(self) -> list[URLPattern]:
        step = path(
            "<path:object_id>/next-step/<slug:step>/",
            self.admin_site.admin_view(self.next_step_view),
            name="appointments_appointmentrequest_next_step",
        )
        return [step, *super().get_urls()]

    def next_step_view(self, request: HttpRequest, object_id: str, step: str) -> HttpResponse:
        """One next step on this request: in one click (POST), or through its form page; then back to the request."""
        next_step = NEXT_STEPS.get(step)
        appointment = self.get_object(request, object_id)
        if next_step is None or appointment is None or (request.method != "POST" and not next_step.opens_a_page):
            return HttpResponseBadRequest("Unknown step or request.")
        if not self.has_change_permission(request, appointment):
            raise PermissionDenied
        if not next_step.offered(appointment):  # another tab, or a colleague, got there first
            self.message_user(request, f"Nothing to change: {next_step.label.lower()} is not offered now.")
            return redirect(admin_page(appointment))
        one_request = AppointmentRequest.objects.filter(pk=appointment.pk)
        if next_step.form is not None:
            data = request.POST if request.method == "POST" else None
            form = next_step.form(appointment, acting_user(request), request.GET, data)
            if not form.is_valid():
                if not form.is_bound:  # the step's page opened: it shows the patient's details
                    triage.record(
                        acting_user(request), [appointment], AuditEvent.Action.VIEWED, f"opened “{next_step.label}”"
                    )
                return self.next_step_page(request, appointment, next_step, form)
            form.save()
        elif next_step.run and not next_step.run(one_request, acting_user(request)):
            status = appointment.get_status_display().lower()
            self.message_user(request, f"Nothing to change: the request is {status}.", messages.WARNING)
            return redirect(admin_page(appointment))
        self.message_user(request, next_step.done, messages.SUCCESS)
        return redirect(admin_page(appointment))

    def next_step_page(
        self, request: HttpRequest, appointment: AppointmentRequest, step: NextStep, form: NextStepForm
    ) -> TemplateResponse:
        context = {
            **self.admin_site.each_context(request),
            "title": f"{step.label}: request {appointment.reference} from {appointment.short_name}",
            "opts": self.opts,
            "original": appointment,
            "step": step,
            "form": form,
            "how_to_reach": self.how_to_reach(appointment),
            "urgency": self.urgency(appointment),
            "media": self.media + form.media,
        }
        template = "admin/appointments/appointmentrequest/next_step.html"
        return TemplateResponse(request, template, context, status=400 if form.is_bound else 200)
