"""The article list: each article's status, when its medical review is due, and which one is featured."""

import datetime
from typing import Any
from urllib.parse import urlsplit

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, path, reverse
from django.utils import dateformat, timezone
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe

from incoming.admin_lookups import OfferedLookupsOnly

from .models import REVIEW_INTERVAL, Post

REVIEW_SOON = datetime.timedelta(days=60)


class StatusFilter(admin.SimpleListFilter):
    """Draft, scheduled or published, by the publishing rule itself (PostQuerySet.published())."""

    title = "status"
    parameter_name = "status"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("draft", "Draft"), ("scheduled", "Scheduled"), ("published", "Published")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Post]) -> QuerySet[Post]:
        live = Post.objects.published()
        if self.value() == "draft":
            return queryset.filter(status=Post.Status.DRAFT)
        if self.value() == "scheduled":
            return queryset.filter(status=Post.Status.PUBLISHED).exclude(pk__in=live)
        if self.value() == "published":
            return queryset.filter(pk__in=live)
        return queryset


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


def featured_message(post: Post) -> str:
    """What the editor is told when an article becomes the featured one: which one it replaced, and, for an
    article not yet on the site, that the home page waits for it."""
    message = f"“{post.title}” is now the featured article"
    for title in post.replaced_as_featured:
        message += f"; “{title}” is no longer featured"
    message += "."
    if not Post.objects.published().filter(pk=post.pk).exists():
        message += " The home page shows it once it is published."
    return message


class ArticleList(OfferedLookupsOnly):
    """The columns, filters and the “Make featured” button of the article list."""

    list_display = ["title", "publishing_status", "review_due", "featured_or_button", "byline"]
    list_display_links = ["title"]
    list_filter = [StatusFilter, ReviewFilter, "featured", "topics"]
    list_select_related = ["author"]
    search_fields = ["title", "summary", "author__name"]
    actions = ["make_featured"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Post]:
        same_post = {"pk": OuterRef("pk")}
        posts: QuerySet[Post] = super().get_queryset(request)
        return posts.annotate(
            is_live=Exists(Post.objects.published().filter(**same_post)),
            review_is_overdue=Exists(Post.objects.review_overdue().filter(**same_post)),
        )

    def get_list_display(self, request: HttpRequest) -> list[Any]:
        if self.has_change_permission(request):
            return list(self.list_display)
        return ["featured" if name == "featured_or_button" else name for name in self.list_display]

    def get_urls(self) -> list[URLPattern]:
        feature = path(
            "<path:object_id>/feature/", self.admin_site.admin_view(self.feature_view), name="blog_post_feature"
        )
        return [feature, *super().get_urls()]

    @admin.display(description="status", ordering="published_at")
    def publishing_status(self, post: Post) -> SafeString:
        if post.status == Post.Status.DRAFT:
            return mark_safe('<span class="stage stage-draft">Draft</span>')
        when = timezone.localtime(post.published_at)
        if getattr(post, "is_live", False):
            return format_html(
                '<span class="stage stage-published">Published</span> <span class="stage-date">{}</span>',
                dateformat.format(when, "M j, Y"),
            )
        return format_html(
            '<span class="stage stage-scheduled">Scheduled</span> <span class="stage-date">{}</span>',
            dateformat.format(when, "M j, Y, P"),
        )

    @admin.display(description="review due", ordering="last_reviewed")
    def review_due(self, post: Post) -> SafeString:
        due = post.review_due
        text = f"{due:%b %-d, %Y}" if due else "Never reviewed"
        name = mark_safe('<span class="cell-name">Review due </span>') if due else ""
        if getattr(post, "review_is_overdue", False):
            return format_html('{}<span class="overdue">{} (overdue)</span>', name, text)
        return format_html("{}{}", name, text)

    @admin.display(description="featured", ordering="-featured")
    def featured_or_button(self, post: Post) -> SafeString:
        if post.featured:
            return mark_safe('<span class="featured-mark">★ Featured</span>')
        url = reverse("admin:blog_post_feature", args=[post.pk])
        # A button of the list's own form (the actions' form, with its CSRF token) sent to the feature view.
        return format_html(
            '<button type="submit" class="button feature-button" formaction="{}" aria-label="Make featured: {}">'
            "Make featured</button>",
            url,
            post.title,
        )

    @admin.display(description="author", ordering="author__name")
    def byline(self, post: Post) -> SafeString:
        return format_html('<span class="cell-name">By </span>{}', post.author.name)

    def feature_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """The list's “Make featured” button: this article becomes the featured one, and the list says so."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.is_possible_id(object_id):
            raise Http404
        post = get_object_or_404(Post, pk=object_id)
        if not self.has_change_permission(request, post):
            raise PermissionDenied
        self.feature(request, post)
        return HttpResponseRedirect(self.list_address(request))

    @admin.action(description="Make the selected article the featured one", permissions=["change"])
    def make_featured(self, request: HttpRequest, queryset: QuerySet[Post]) -> None:
        chosen = list(queryset[:2])
        if len(chosen) != 1:
            self.message_user(request, "Choose one article: only one is featured at a time.", messages.ERROR)
            return
        self.feature(request, chosen[0])

    def feature(self, request: HttpRequest, post: Post) -> None:
        post.featured = True
        post.save(update_fields=["featured", "modified_at"])
        self.log_change(request, post, [{"changed": {"fields": ["featured"]}}])
        self.message_user(request, featured_message(post), messages.SUCCESS)

    def list_address(self, request: HttpRequest) -> str:
        """Back to the list as the editor left it (its filters, search and page), else the plain list."""
        changelist = reverse("admin:blog_post_changelist")
        came_from = request.META.get("HTTP_REFERER", "")
        same_site = url_has_allowed_host_and_scheme(came_from, {request.get_host()}, request.is_secure())
        return came_from if same_site and urlsplit(came_from).path == changelist else changelist

    def get_form(self, request: HttpRequest, obj: Post | None = None, change: bool = False, **kwargs: Any) -> Any:
        form = super().get_form(request, obj, change, **kwargs)
        field = form.base_fields.get("featured")
        others = Post.objects.filter(featured=True)
        current = (others.exclude(pk=obj.pk) if obj else others).first()
        if field is not None and current is not None:  # a fresh field of this request's form class
            field.help_text += f" Now featured: “{current.title}”; ticking this box takes its place."
        return form

    def save_model(self, request: HttpRequest, obj: Post, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if obj.featured and "featured" in form.changed_data:
            self.message_user(request, featured_message(obj), messages.SUCCESS)
