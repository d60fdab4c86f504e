"""What an editor needs beside the article form: references, a preview, warnings, the review calendar."""

import datetime
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils import timezone

from .models import REVIEW_INTERVAL, Post, Reference
from .rendering import removed_html, render_article

REVIEW_SOON = datetime.timedelta(days=60)


class ReferenceInline(admin.TabularInline):
    model = Reference
    extra = 1
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    verbose_name_plural = "references (cite them in the text as [1], [2]…)"


class ReviewFilter(admin.SimpleListFilter):
    """Which articles need their medical review: due a year after the last one."""

    title = "medical review"
    parameter_name = "review"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [
            ("overdue", "Overdue or never reviewed"),
            ("soon", "Due in the next 60 days"),
            ("current", "Up to date"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Post]) -> QuerySet[Post]:
        today = timezone.localdate()
        overdue = Post.objects.review_overdue(today)
        if self.value() == "overdue":
            return queryset.filter(pk__in=overdue)
        due_soon_from = today - REVIEW_INTERVAL + REVIEW_SOON
        if self.value() == "soon":
            return queryset.exclude(pk__in=overdue).filter(last_reviewed__lte=due_soon_from)
        if self.value() == "current":
            return queryset.exclude(pk__in=overdue).filter(last_reviewed__gt=due_soon_from)
        return queryset


def published_undated(form: forms.ModelForm) -> bool:
    """Whether this form publishes a draft without anyone having set its date.

    A draft's publish date is when its add page was opened (the field's default): left as it is, an
    article written over a week would go live a week old, below older articles in every list and
    feed. A date the editor sets in the same form (earlier, for an article moved from another site,
    or to come, to schedule it) is kept.
    """
    return (
        form.initial.get("status") == Post.Status.DRAFT
        and form.cleaned_data.get("status") == Post.Status.PUBLISHED
        and "published_at" not in form.changed_data
        and form.cleaned_data["published_at"] < timezone.now()
    )


class ArticleEditing(admin.ModelAdmin):
    """The article admin's preview page and its warning about HTML that will not be shown."""

    inlines = [ReferenceInline]

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "title":  # wide enough for a whole title
            kwargs["widget"] = forms.TextInput(attrs={"class": "vTextField article-title"})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_urls(self) -> list[URLPattern]:
        preview = path("preview/", self.admin_site.admin_view(self.preview_view), name="blog_post_preview")
        return [preview, *super().get_urls()]

    def preview_view(self, request: HttpRequest) -> HttpResponse:
        """The text as readers will see it, from the form as it stands: nothing is saved."""
        if request.method != "POST":
            return HttpResponse("Use the Preview button on the article's page.", status=405)
        if not (self.has_add_permission(request) or self.has_change_permission(request)):
            raise PermissionDenied
        body = request.POST.get("body", "")
        body_html, sections = render_article(body)
        context = {
            "title": f"Preview: {request.POST.get('title', '')}",
            "article_title": request.POST.get("title", ""),
            "summary": request.POST.get("summary", ""),
            "body_html": body_html,
            "sections": sections,  # the page shows a table of contents from CONTENTS_MIN_SECTIONS
            "removed": removed_html(body),
        }
        return TemplateResponse(request, "admin/blog/post/preview.html", context)

    def save_model(self, request: HttpRequest, obj: Post, form: forms.ModelForm, change: bool) -> None:
        if published_undated(form):
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)
        if removed := removed_html(obj.body):
            tags = ", ".join(f"<{tag}>" for tag in removed)
            self.message_user(
                request,
                f"Some HTML in the text is not shown to readers and was removed from the page: {tags}. "
                "Use Markdown instead (e.g. **bold**, [link](https://…)).",
                messages.WARNING,
            )
