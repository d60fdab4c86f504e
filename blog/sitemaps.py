import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import Q, QuerySet

from .models import Author, Post, PostQuerySet, Topic


class PostSitemap(Sitemap):
    def items(self) -> PostQuerySet:
        return Post.objects.published().only("slug", "published_at", "updated_at")

    def lastmod(self, item: Post) -> datetime.datetime:
        return item.last_modified


class TopicSitemap(Sitemap):
    def items(self) -> QuerySet[Topic]:
        return Topic.objects.filter(posts__in=Post.objects.published()).distinct()


class AuthorSitemap(Sitemap):
    """Writers' and medical reviewers' pages, for those with published articles."""

    def items(self) -> QuerySet[Author]:
        published = Post.objects.published()
        return Author.objects.filter(Q(posts__in=published) | Q(reviewed_posts__in=published)).distinct()
