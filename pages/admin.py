from django.contrib import admin, messages
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest
from django.utils import timezone

from incoming.admin_lookups import OfferedLookupsOnly

from .closures import HOLIDAY_YEARS_AHEAD, add_public_holidays
from .models import ClosedDay, Location, OpeningHours, Page


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
    verbose_name_plural = "closed days (public holidays and the clinic's own; the reply promise skips them)"

    def get_queryset(self, request: HttpRequest) -> QuerySet[ClosedDay]:
        # Past closures are history; staff edit what is coming.
        return super().get_queryset(request).filter(date__gte=timezone.localdate())


@admin.register(Location)
class LocationAdmin(OfferedLookupsOnly):
    list_display = ["name", "city", "phone", "sms_number", "email", "display_order"]
    list_editable = ["display_order"]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "display_order"]}),
        ("Address", {"fields": ["street_address", "city", "region", "postal_code", "directions", "parking"]}),
        ("Reaching the front desk", {"fields": ["phone", "sms_number", "email", "appointment_recipients"]}),
    ]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OpeningHoursInline, ClosedDayInline]
    actions = ["close_on_public_holidays"]

    def save_model(self, request: HttpRequest, obj: Location, form: ModelForm, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if not change:
            add_public_holidays(obj)

    @admin.action(
        description=f"Close on the public holidays of the next {HOLIDAY_YEARS_AHEAD} years", permissions=["change"]
    )
    def close_on_public_holidays(self, request: HttpRequest, queryset: QuerySet[Location]) -> None:
        added = sum(add_public_holidays(location) for location in queryset)
        self.message_user(
            request, f"Added {added} closed day(s); dates already closed were left as they were.", messages.SUCCESS
        )
