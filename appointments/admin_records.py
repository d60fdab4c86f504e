"""Reply templates, edited by the front desk in the admin (the placeholders are listed under each field); and the
receipts of purge_requests, read-only."""

from django.contrib import admin
from django.http import HttpRequest

from incoming.admin_lookups import OfferedLookupsOnly

from .contact_log import ReplyTemplate
from .models import PurgeReceipt


@admin.register(ReplyTemplate)
class ReplyTemplateAdmin(OfferedLookupsOnly):
    list_display = ["name", "occasion", "subject", "is_active", "display_order"]
    search_fields = ["name", "subject", "body", "text_body"]
    fields = ["name", "occasion", "subject", "body", "text_body", "is_active", "display_order"]

    # The contact log names the template each reply came from: staff switch one off instead.
    def has_delete_permission(self, request: HttpRequest, obj: ReplyTemplate | None = None) -> bool:
        return bool(request.user.is_superuser)


@admin.register(PurgeReceipt)
class PurgeReceiptAdmin(admin.ModelAdmin):
    list_display = ["ran_at", "dry_run", "closed_purged", "spam_purged", "flood_purged", "held_kept"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: PurgeReceipt | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: PurgeReceipt | None = None) -> bool:
        return False
