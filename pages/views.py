from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.templatetags.static import static
from django.views.generic import DetailView, ListView, TemplateView

from blog.models import Author, Post, PostQuerySet, Topic
from blog.views import POSTS_PER_PAGE

from .conditions import CONDITIONS
from .models import Page
from .search import clean_query, matching_articles, search_pages, suggested_topics

HOME_MORE_POSTS_COUNT = 3
# What static/img/home-hero.svg shows (static/img/LICENCE.md).
ROOM_PICTURE_ALT = (
    "Illustration of a calm treatment room: a reclining chair with a folded blanket beside a large sunny window, "
    "a leafy plant, and a small side table with a steaming cup."
)


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        posts = list(Post.objects.published().for_listing().featured_first()[: HOME_MORE_POSTS_COUNT + 1])
        topics = set(
            Topic.objects.filter(slug__in=[c.slug for c in CONDITIONS], posts__in=Post.objects.published()).values_list(
                "slug", flat=True
            )
        )
        # A condition links to its articles; without a topic yet, to the conditions page.
        conditions = [(condition, condition.slug in topics) for condition in CONDITIONS]
        return super().get_context_data(
            conditions=conditions,
            room_picture_alt=ROOM_PICTURE_ALT,
            featured_post=posts[0] if posts else None,
            posts=posts[1:],
            team=Author.objects.team(),
            **kwargs,
        )


class ContactView(TemplateView):
    template_name = "pages/contact.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(time_zone=settings.TIME_ZONE, **kwargs)


class PageView(DetailView):
    model = Page


class AboutView(PageView):
    """The About page: its staff-edited text, then the team."""

    template_name = "pages/about.html"

    def get_object(self, queryset: Any = None) -> Page:
        return get_object_or_404(Page, slug="about")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(team=Author.objects.team(), room_picture_alt=ROOM_PICTURE_ALT, **kwargs)


class SearchView(ListView):
    """Articles and pages matching `?q=`, best first (pages/search.py); at /blog/search/ (avesta/urls.py)."""

    template_name = "blog/search.html"
    paginate_by = POSTS_PER_PAGE

    def get_queryset(self) -> PostQuerySet:
        self.query = clean_query(self.request.GET.get("q", ""))
        return matching_articles(self.query)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(query=self.query, **kwargs)
        pages = list(search_pages(self.query))
        context["result_count"] = context["paginator"].count + len(pages)
        context["page_results"] = pages if context["page_obj"].number == 1 else []
        context["suggested_topics"] = [] if context["result_count"] else list(suggested_topics())
        return context


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on pages that name no icon (the admin)."""
    return redirect(static("img/favicon.svg"), permanent=True)
