"""What the admin's lists accept: the filters they offer, and ids that can be ids; nothing else.

Django's admin passes any lookup on a model's own fields to the database: `?email__regex=[` is an
invalid regular expression on PostgreSQL (a 500), and `?message__icontains=…` puts a patient's
words in every access log. A list here answers those with Django's own 400, and an action
posted with an id that no row can have (`_selected_action=abc`, twenty digits) with a 400 too.
"""

from typing import Any

from django.contrib import admin
from django.contrib.admin.filters import SimpleListFilter
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError
from django.db.models.constants import LOOKUP_SEP
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest

# The endings Django's list filters and date drill-down put in the links they offer
# (`status__exact`, `location__id__exact`, `created_at__gte`, `created_at__year`, `likely_duplicate_of__isempty`).
FILTER_ENDINGS = {"exact", "isnull", "isempty", "gte", "lt", "id", "pk", "year", "month", "day"}
# The largest id a 64-bit primary key holds.
MAX_ID = 2**63 - 1


class OfferedLookupsOnly(admin.ModelAdmin):
    """A ModelAdmin whose list filters by its declared list_filter and date_hierarchy only, and whose
    actions run on ids that can exist."""

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        if request.method == "POST" and not all(map(self.is_possible_id, request.POST.getlist(ACTION_CHECKBOX_NAME))):
            return HttpResponseBadRequest("Bad request: the selection names a request that cannot exist.")
        return super().changelist_view(request, extra_context)

    def is_possible_id(self, value: str) -> bool:
        try:
            pk = self.model._meta.pk.to_python(value)
        except ValidationError:
            return False
        return not isinstance(pk, int) or 0 < pk <= MAX_ID

    def lookup_allowed(self, lookup: str, value: str, request: HttpRequest | None = None) -> bool:
        if lookup in self.offered_parameters(request) or self.is_offered_field_lookup(lookup, request):
            return super().lookup_allowed(lookup, value, request)
        return False

    def offered_parameters(self, request: HttpRequest | None) -> set[str]:
        """The custom filters' own parameters (`?status=open`, `?reply=overdue`)."""
        filters = self.get_list_filter(request) if request is not None else self.list_filter
        return {
            item.parameter_name
            for item in filters
            if isinstance(item, type) and issubclass(item, SimpleListFilter) and item.parameter_name
        }

    def is_offered_field_lookup(self, lookup: str, request: HttpRequest | None) -> bool:
        filters = self.get_list_filter(request) if request is not None else self.list_filter
        fields = {
            item[0] if isinstance(item, (list, tuple)) else item
            for item in filters
            if isinstance(item, str | tuple | list)
        }
        if self.date_hierarchy:
            fields.add(self.date_hierarchy)
        for field in fields:
            ending = lookup.removeprefix(f"{field}{LOOKUP_SEP}")
            if ending != lookup and set(ending.split(LOOKUP_SEP)) <= FILTER_ENDINGS:
                return True
        return False
