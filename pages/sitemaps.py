import datetime

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Page, PageQuerySet


class PageSitemap(Sitemap):
    def items(self) -> PageQuerySet:
        return Page.objects.only("slug", "updated_at")

    def lastmod(self, item: Page) -> datetime.datetime:
        return item.updated_at


class FixedPagesSitemap(Sitemap):
    def items(self) -> list[str]:
        return ["pages:home", "pages:contact", "blog:list"]

    def location(self, item: str) -> str:
        return reverse(item)
