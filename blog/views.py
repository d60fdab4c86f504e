from typing import Any, cast

from django.contrib import admin
from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.functional import SimpleLazyObject
from django.views.generic import DetailView, ListView

from .models import Author, Post, PostQuerySet, Topic

POSTS_PER_PAGE = 10
RELATED_POSTS_COUNT = 3


class VisiblePostsMixin:
    """Readers see published posts; staff also see drafts and scheduled ones (preview)."""

    request: HttpRequest  # set by the view it is mixed into

    def get_queryset(self) -> PostQuerySet:
        posts = Post.objects.all()
        if not admin.site.has_permission(self.request):  # staff past both sign-in steps
            posts = posts.published()
        return posts


class PostListView(VisiblePostsMixin, ListView):
    paginate_by = POSTS_PER_PAGE

    def get_queryset(self) -> PostQuerySet:
        return super().get_queryset().for_listing().featured_first()


class PostDetailView(VisiblePostsMixin, DetailView):
    def get_queryset(self) -> PostQuerySet:
        return super().get_queryset().select_related("author", "medical_reviewer", "condition")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        # Only staff reach an unpublished post; tell them it is a preview.
        is_preview = (
            admin.site.has_permission(self.request) and not Post.objects.published().filter(pk=self.object.pk).exists()
        )
        post = self.object
        published = Post.objects.published().only("title", "slug", "published_at")
        # All lazy, even the building of the querysets: the article's cached fragments (post_detail.html)
        # usually need none of them. On a miss, the fragments use `prefetched_post`: topics and references
        # fetched once for the page.
        prefetched = SimpleLazyObject(lambda: _with_topics_and_sources(post))
        return super().get_context_data(
            is_preview=is_preview,
            prefetched_post=prefetched,
            related_posts=SimpleLazyObject(
                lambda: list(published.related_to(cast(Post, prefetched))[:RELATED_POSTS_COUNT])
            ),
            older_post=SimpleLazyObject(lambda: published.filter(published_at__lt=post.published_at).first()),
            newer_post=SimpleLazyObject(
                lambda: published.filter(published_at__gt=post.published_at).order_by("published_at").first()
            ),
            **kwargs,
        )


def _with_topics_and_sources(post: Post) -> Post:
    prefetch_related_objects([post], Prefetch("topics", queryset=Topic.objects.only("name", "slug")), "sources")
    return post


class TopicView(VisiblePostsMixin, ListView):
    template_name = "blog/topic_detail.html"
    paginate_by = POSTS_PER_PAGE

    def get_queryset(self) -> PostQuerySet:
        self.topic = get_object_or_404(Topic, slug=self.kwargs["slug"])
        return super().get_queryset().for_listing().filter(topics=self.topic)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(topic=self.topic, **kwargs)


class AuthorView(DetailView):
    """A writer's or medical reviewer's page: who they are and the articles they wrote or reviewed."""

    model = Author

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        published = Post.objects.published().for_listing()
        return super().get_context_data(
            written=published.filter(author=self.object),
            reviewed=published.filter(medical_reviewer=self.object),
            **kwargs,
        )
