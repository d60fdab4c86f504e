from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.views.generic import DetailView, TemplateView

from blog.models import Post, Topic

from .conditions import CONDITIONS
from .models import Page

HOME_POSTS_COUNT = 3


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        posts = Post.objects.published().for_listing()[:HOME_POSTS_COUNT]
        topics = set(
            Topic.objects.filter(slug__in=[c.slug for c in CONDITIONS], posts__in=Post.objects.published()).values_list(
                "slug", flat=True
            )
        )
        # A condition links to its articles; without a topic yet, to the conditions page.
        conditions = [(condition, condition.slug in topics) for condition in CONDITIONS]
        return super().get_context_data(conditions=conditions, posts=posts, **kwargs)


class ContactView(TemplateView):
    template_name = "pages/contact.html"


class PageView(DetailView):
    model = Page


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on pages that name no icon (the admin)."""
    return redirect(static("img/favicon.svg"), permanent=True)
