from django.contrib import admin
from django.db import models
from django.http import HttpRequest

from incoming.admin_lookups import OfferedLookupsOnly

from .admin_editing import ArticleEditing
from .admin_images import CheckedImageField, HeroImageAdmin
from .admin_list import ArticleList
from .models import Author, Post, Topic


@admin.register(Topic)
class TopicAdmin(OfferedLookupsOnly):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Author)
class AuthorAdmin(OfferedLookupsOnly):
    list_display = ["name", "credentials", "role", "on_team_page", "team_order"]
    list_editable = ["on_team_page", "team_order"]
    search_fields = ["name", "credentials"]
    prepopulated_fields = {"slug": ["name"]}
    formfield_overrides = {models.ImageField: {"form_class": CheckedImageField}}
    fieldsets = [
        (None, {"fields": ["name", "slug", "credentials", "is_organisation", "bio"]}),
        ("On the team page", {"fields": ["on_team_page", "role", "team_order", "photo", "photo_alt"]}),
    ]


@admin.register(Post)
class PostAdmin(ArticleEditing, ArticleList, HeroImageAdmin):
    date_hierarchy = "published_at"
    autocomplete_fields = ["author", "medical_reviewer"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body"]}),
        (
            "Publishing",
            {"fields": ["status", "published_at", "publication", "updated_at", "featured", "topics", "condition"]},
        ),
        ("People", {"fields": ["author", "medical_reviewer", "last_reviewed"]}),
        (
            "Hero image",
            {
                "fields": [
                    "hero_thumbnail",
                    "hero_image",
                    "kept_hero_image",
                    "hero_image_alt",
                    ("hero_focus_x", "hero_focus_y"),
                ]
            },
        ),
    ]

    def get_prepopulated_fields(self, request: HttpRequest, obj: Post | None = None) -> dict:
        return {"slug": ["title"]} if obj is None else {}

    def get_readonly_fields(self, request: HttpRequest, obj: Post | None = None) -> list[str]:
        # Published links are shared and indexed: an article's address is fixed once saved.
        fixed = ["slug"] if obj is not None else []
        return [*self.readonly_fields, "publication", *fixed]

    @admin.display(description="on the site")
    def publication(self, post: Post) -> str:
        return post.publication_state if post.pk else "Not saved yet"
