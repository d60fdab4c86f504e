import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed

from .models import Post, PostQuerySet

FEED_LENGTH = 20


class LatestPostsFeed(Feed):
    title = f"{settings.SITE_NAME}: articles"
    link = reverse_lazy("blog:list")
    description = "New educational articles on ketamine therapy."

    def items(self) -> PostQuerySet:
        return Post.objects.published().select_related("author")[:FEED_LENGTH]

    def item_title(self, item: Post) -> str:
        return item.title

    def item_description(self, item: Post) -> str:
        return item.summary

    def item_pubdate(self, item: Post) -> datetime.datetime:
        return item.published_at

    def item_updateddate(self, item: Post) -> datetime.datetime:
        return item.last_modified

    def item_author_name(self, item: Post) -> str:
        return item.author.name


class LatestPostsAtomFeed(LatestPostsFeed):
    feed_type = Atom1Feed
    subtitle = LatestPostsFeed.description
