from django.contrib.sitemaps import Sitemap

from .models import Post, Topic


class PostSitemap(Sitemap):
    def items(self):
        return Post.objects.published().only("slug", "published_at", "updated_at")

    def lastmod(self, item: Post):
        return item.last_modified


class TopicSitemap(Sitemap):
    def items(self):
        return Topic.objects.filter(posts__in=Post.objects.published()).distinct()
