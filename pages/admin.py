from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import QuerySet
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import cached_property

from incoming.admin_lookups import OfferedLookupsOnly

from .admin_week import Week, WeekGridForm, hold_week, save_week
from .closures import HOLIDAY_YEARS_AHEAD, add_public_holidays, holiday_choices, sync_public_holidays
from .models import ClosedDay, Location, Page, commonly_observed_holidays


@admin.register(Page)
class PageAdmin(OfferedLookupsOnly):
    list_display = ["title", "slug", "version", "updated_at"]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}


class ClosuresFormSet(BaseInlineFormSet):
    """The coming closures to edit, soonest first; the past ones listed apart (`past`), not to be edited."""

    def get_unique_error_message(self, unique_check: Any) -> str:
        return "The same date is in the list twice: one closure a day."

    def get_form_error(self) -> str:
        return "This date is in the list already: one closure a day."

    @cached_property
    def past(self) -> list[ClosedDay]:
        if self.instance.pk is None:
            return []
        return list(ClosedDay.objects.filter(location=self.instance, date__lt=timezone.localdate()).order_by("-date"))


class ClosedDayInline(admin.TabularInline):
    model = ClosedDay
    formset = ClosuresFormSet
    extra = 1
    fields = ["date", "reason"]
    template = "admin/pages/location/closures.html"
    verbose_name = "closure date"
    verbose_name_plural = "closures"
    formfield_overrides = {models.DateField: {"widget": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}}

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "reason":  # the column's heading says it: “Reason (shown to patients)”
            kwargs["help_text"] = ""
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_queryset(self, request: HttpRequest) -> QuerySet[ClosedDay]:
        # Past closures are history (ClosuresFormSet.past lists them); staff edit what is coming.
        return super().get_queryset(request).filter(date__gte=timezone.localdate()).order_by("date")


class LocationForm(WeekGridForm, forms.ModelForm):
    week: Week  # the grid's week, once checked
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
        self.add_week_fields(self.instance)

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        self.week = self.checked_week()
        if not self.errors:
            hold_week(self.instance, self.week)
        return cleaned


@admin.register(Location)
class LocationAdmin(OfferedLookupsOnly):
    form = LocationForm

    class Media:
        css = {"all": ["css/admin-editor.css"]}

    list_display = ["name", "city", "phone", "sms_number", "email", "display_order"]
    list_editable = ["display_order"]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "display_order"]}),
        ("Address", {"fields": ["street_address", "city", "region", "postal_code", "directions", "parking"]}),
        ("Reaching the front desk", {"fields": ["phone", "sms_number", "email", "appointment_recipients"]}),
        ("Public holidays", {"fields": ["closed_on_holidays"]}),
    ]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ClosedDayInline]
    actions = ["close_on_public_holidays"]

    def save_related(
        self, request: HttpRequest, form: ModelForm, formsets: list[BaseInlineFormSet], change: bool
    ) -> None:
        location = form.instance
        assert isinstance(form, LocationForm)
        save_week(location, form.week)
        super().save_related(request, form, formsets, change)
        # After the week: the weekly hours entered with a new location decide which holiday dates are closures.
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
