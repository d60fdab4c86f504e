"""What an editor needs beside the article form: one readable column, a preview beside it, references,
warnings, and the clinic's time on every date."""

from typing import Any

from csp.decorators import csp_replace, csp_update
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.clickjacking import xframe_options_sameorigin

from .models import Post, Reference
from .rendering import removed_html, render_article

# Where the clinic's time zone is, as staff say it; another zone shows its abbreviation (“MST”).
CLINIC_TIME_PLACES = {"America/Phoenix": "Arizona"}


def clinic_time_note() -> str:
    """“Clinic time (Arizona)”: the admin's dates and times are the clinic's, whatever the browser's zone."""
    place = CLINIC_TIME_PLACES.get(settings.TIME_ZONE) or f"{timezone.localtime():%Z}"
    return f"Clinic time ({place})"


class ReferenceInline(admin.StackedInline):
    model = Reference
    extra = 1
    classes = ["collapse"]  # opened by the admin itself when one has an error
    fields = [("number", "year"), "authors", "title", "source", "doi", "url"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    verbose_name_plural = "references (cite them in the text as [1], [2]…)"


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
    """The article's form in one readable column, its preview beside it (below it on a narrow screen), and the
    warning about HTML that will not be shown."""

    inlines = [ReferenceInline]

    class Media:
        css = {"all": ["css/admin-editor.css"]}
        js = [forms.Script("js/admin-editor.js", defer=True)]

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "title":  # wide enough for a whole title
            kwargs["widget"] = forms.TextInput(attrs={"class": "vTextField article-title"})
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(db_field, models.DateTimeField) and field is not None:
            note = clinic_time_note()
            field.help_text = f"{note}. {field.help_text}".strip()
            # The admin labels a date-and-time field as a whole: each of its two inputs is named here.
            date_input, time_input = field.widget.widgets
            date_input.attrs["aria-label"] = f"{field.label}: date"
            time_input.attrs["aria-label"] = f"{field.label}: time, {note}"
        return field

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "topics":  # a few topics: boxes to tick fit the column, two list boxes do not
            kwargs["widget"] = forms.CheckboxSelectMultiple(attrs={"class": "radiolist"})
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_urls(self) -> list[URLPattern]:
        preview = path("preview/", self.admin_site.admin_view(self.preview_view), name="blog_post_preview")
        return [preview, *super().get_urls()]

    @method_decorator(csp_update({"frame-src": ["'self'"]}))  # the preview panel's frame
    def changeform_view(
        self, request: HttpRequest, object_id: str | None = None, form_url: str = "", extra_context: Any = None
    ) -> HttpResponse:
        return super().changeform_view(request, object_id, form_url, extra_context)

    @method_decorator([csp_replace({"frame-ancestors": ["'self'"]}), xframe_options_sameorigin])
    def preview_view(self, request: HttpRequest) -> HttpResponse:
        """The text as readers will see it, from the form as it stands: nothing is saved. Shown in the form's
        preview panel (a sandboxed frame), or in a tab of its own."""
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
