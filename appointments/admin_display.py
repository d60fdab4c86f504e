"""What the request page shows besides the stored fields: contact links, the urgent guidance, related requests."""

from django.contrib import admin
from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from .models import AppointmentRequest
from .response_clock import deadline_display


def staff_name(user: User) -> str:
    return user.get_full_name() or user.get_username()


class RequestPageFields:
    """Read-only fields of AppointmentRequestAdmin's change page, named in its fieldsets."""

    @admin.display(description="Consultation")
    def consultation(self, obj: AppointmentRequest) -> str:
        return obj.consultation_display or "Not booked yet"

    @admin.display(description="Voicemail")
    def voicemail(self, obj: AppointmentRequest) -> str:
        return "Agreed: a message is fine" if obj.voicemail_opt_in else "Not agreed: do not leave a message"

    @admin.display(description="Preferred days")
    def preferred_days_label(self, obj: AppointmentRequest) -> str:
        return obj.preferred_days_display

    @admin.display(description="Urgent")
    def urgency(self, obj: AppointmentRequest) -> str:
        """What the urgent mark asks of staff now: call, or (once someone has spoken with the patient) who did."""
        if not obj.is_urgent:
            return "No"
        if obj.needs_urgent_call:
            tried = obj.contact_attempts.select_related("by").order_by("-at").first()
            return format_html(
                "{} {}{}",
                "Call now, before other requests. If they may be in danger, tell them to call 911; the 988 Suicide "
                "& Crisis Lifeline (call or text 988) is open day and night.",
                "Nobody has spoken with them yet.",
                format_html(" Last try: {} by {}, {}.", tried.get_outcome_display().lower(), staff_name(tried.by),
                            deadline_display(tried.at)) if tried else "",
            )  # fmt: skip
        reached = obj.first_reaching_call()
        if reached is None:
            return f"No longer waiting for a first call: the request is {obj.get_status_display().lower()}."
        what = (
            "escalated (988, 911 or a clinician)" if reached.outcome == reached.Outcome.ESCALATED else "spoke with them"
        )
        return f"Reached: {staff_name(reached.by)} {what}, {deadline_display(reached.at)}."

    @admin.display(description="How to reach them")
    def how_to_reach(self, obj: AppointmentRequest) -> str:
        """Links a tap away: call, text only if they agreed to texts, email."""
        links = []
        if obj.phone:
            links.append(format_html('<a href="tel:{}">Call {}</a>', obj.phone.as_e164, obj.phone.as_national))
            if obj.sms_opt_in:
                links.append(format_html('<a href="sms:{}">Text {}</a>', obj.phone.as_e164, obj.phone.as_national))
        links.append(format_html('<a href="mailto:{}">Email {}</a>', obj.email, obj.email))
        return format_html_join(" · ", "{}", ((link,) for link in links))

    @admin.display(description="Phone")
    def phone_number(self, obj: AppointmentRequest) -> str:
        return obj.phone.as_national if obj.phone else "not given"

    @admin.display(description="Their other requests")
    def other_requests(self, obj: AppointmentRequest) -> str:
        """Every other request with the same email or phone, newest first, so staff see the whole story."""
        others = (
            AppointmentRequest.objects.from_same_person(obj.email, obj.phone)
            .exclude(pk=obj.pk)
            .order_by("-created_at")
            .only("pk", "reference", "status", "created_at")
        )
        links = format_html_join(
            ", ",
            '<a href="{}">{}</a> ({}, {})',
            (
                (
                    o.get_absolute_url(),
                    o.reference,
                    o.get_status_display().lower(),
                    f"{timezone.localtime(o.created_at):%b %-d, %Y}",
                )
                for o in others
            ),
        )
        return links or "None"

    @admin.display(description="Likely duplicate of")
    def likely_duplicate(self, obj: AppointmentRequest) -> str:
        original = obj.likely_duplicate_of
        if original is None:
            return "No"
        return format_html('<a href="{}">{}</a> (same email or phone)', original.get_absolute_url(), original.reference)
