from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest
from django.utils import timezone

from incoming.admin_lookups import OfferedLookupsOnly

from .closures import HOLIDAY_YEARS_AHEAD, add_public_holidays, holiday_choices, sync_public_holidays
from .models import ClosedDay, Location, OpeningHours, Page, commonly_observed_holidays


@admin.register(Page)
class PageAdmin(OfferedLookupsOnly):
    list_display = ["title", "slug", "version", "updated_at"]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


class ClosedDayInline(admin.TabularInline):
    model = ClosedDay
    extra = 1
    verbose_name_plural = (
        "closed days (public holidays and the clinic's own; patients see the next ones, the reply promise skips them)"
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[ClosedDay]:
        # Past closures are history; staff edit what is coming.
        return super().get_queryset(request).filter(date__gte=timezone.localdate())


class LocationForm(forms.ModelForm):
    closed_on_holidays = forms.MultipleChoiceField(
        label="Closed on these public holidays",
        required=False,
        initial=commonly_observed_holidays,  # a new location's; the model's default does not reach a declared field
        widget=forms.CheckboxSelectMultiple(attrs={"class": "radiolist"}),  # the admin's CSS for a list of choices
        help_text=f"Each becomes a closed day of the next {HOLIDAY_YEARS_AHEAD} years on the weekday it is observed "
        "(July 4 on a Saturday: Friday, July 3). Unticking one reopens its coming date.",
    )

    class Meta:
        model = Location
        fields = ["closed_on_holidays"]  # and the others of LocationAdmin.fieldsets, which the admin adds

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        offered = holiday_choices()
        # A name the holidays package no longer uses stays visible, so that staff can untick it.
        known = {name for name, _ in offered}
        field = self.fields["closed_on_holidays"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = offered + [(name, name) for name in self.instance.closed_on_holidays if name not in known]


@admin.register(Location)
class LocationAdmin(OfferedLookupsOnly):
    form = LocationForm
    list_display = ["name", "city", "phone", "sms_number", "email", "display_order"]
    list_editable = ["display_order"]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "display_order"]}),
        ("Address", {"fields": ["street_address", "city", "region", "postal_code", "directions", "parking"]}),
        ("Reaching the front desk", {"fields": ["phone", "sms_number", "email", "appointment_recipients"]}),
        ("Public holidays", {"fields": ["closed_on_holidays"]}),
    ]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OpeningHoursInline, ClosedDayInline]
    actions = ["close_on_public_holidays"]

    def save_related(
        self, request: HttpRequest, form: ModelForm, formsets: list[BaseInlineFormSet], change: bool
    ) -> None:
        super().save_related(request, form, formsets, change)
        # After the inlines: the weekly hours entered with a new location decide which holiday dates are closures.
        location = form.instance
        if not change:
            add_public_holidays(location)
        elif "closed_on_holidays" in form.changed_data:
            added, removed = sync_public_holidays(location)
            self.message_user(request, f"Public holidays: {added} closed day(s) added, {removed} reopened.")

    @admin.action(
        description=f"Close on their chosen public holidays of the next {HOLIDAY_YEARS_AHEAD} years",
        permissions=["change"],
    )
    def close_on_public_holidays(self, request: HttpRequest, queryset: QuerySet[Location]) -> None:
        added = sum(add_public_holidays(location) for location in queryset)
        self.message_user(
            request, f"Added {added} closed day(s); dates already closed were left as they were.", messages.SUCCESS
        )
