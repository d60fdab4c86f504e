import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from .images import validate_hero_image, validate_portrait, without_metadata
from .rendering import reading_minutes, render_markdown
from .renditions import Picture, largest_jpeg, picture_of


class Topic(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("blog:topic", kwargs={"slug": self.slug})


class AuthorQuerySet(models.QuerySet["Author"]):
    def team(self) -> "AuthorQuerySet":
        """The clinicians shown to patients as the team, in the clinic's chosen order."""
        return self.filter(on_team_page=True).order_by("team_order", "name")


class Author(models.Model):
    name = models.CharField(max_length=120)
    credentials = models.CharField(
        max_length=120, blank=True, help_text="Shown after the name, e.g. “MD, Anesthesiology”."
    )
    bio = models.TextField("short bio", blank=True, max_length=600)
    role = models.CharField(max_length=120, blank=True, help_text="At the clinic, e.g. “Medical director”.")
    photo = models.ImageField(
        upload_to="team/",
        blank=True,
        validators=[validate_portrait],
        help_text="A square portrait, at least 400 × 400.",
    )
    photo_alt = models.CharField(
        "photo alt text", max_length=200, blank=True, help_text="Describe the photo for people who cannot see it."
    )
    on_team_page = models.BooleanField(
        "show on the team", default=False, help_text="Listed with photo and bio on the About page and the home page."
    )
    team_order = models.PositiveSmallIntegerField(default=0, help_text="Lowest first on the team list.")

    objects = AuthorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.photo and not self.photo._committed:  # a new upload
            self.photo = without_metadata(self.photo.file)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.photo and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": "Describe the photo for screen-reader users."})


SEARCH_MAX_WORDS = 8


class PostQuerySet(models.QuerySet["Post"]):
    def published(self) -> "PostQuerySet":
        """The one place the publishing rule lives: published and not in the future."""
        return self.filter(status=Post.Status.PUBLISHED, published_at__lte=timezone.now())

    def search(self, query: str) -> "PostQuerySet":
        """Posts containing every word of the query in their title, summary or text."""
        words = query.split()[:SEARCH_MAX_WORDS]
        if not words:
            return self.none()
        matches = self
        for word in words:
            matches = matches.filter(
                models.Q(title__icontains=word) | models.Q(summary__icontains=word) | models.Q(body__icontains=word)
            )
        return matches

    def related_to(self, post: "Post") -> "PostQuerySet":
        """Other posts sharing a topic with this one (uses its prefetched topics), newest first."""
        topic_ids = [topic.pk for topic in post.topics.all()]
        return self.filter(topics__in=topic_ids).exclude(pk=post.pk).distinct()

    def featured_first(self) -> "PostQuerySet":
        """The featured article(s) first, then the newest: the order of the article list."""
        return self.order_by("-featured", "-published_at")

    def for_listing(self) -> "PostQuerySet":
        """Only what an article card shows."""
        return self.only(
            "title",
            "slug",
            "summary",
            "published_at",
            "reading_minutes",
            "hero_image",
            "hero_image_alt",
            "hero_renditions",
            "featured",
        )


class Post(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200, unique=True, help_text="The article's address. It never changes once saved."
    )
    summary = models.TextField(max_length=300, help_text="One or two sentences for lists and search results.")
    body = models.TextField(help_text="Markdown.")
    body_html = models.TextField(editable=False, default="")
    references = models.TextField(blank=True, help_text="Markdown list of sources, if any.")
    references_html = models.TextField(editable=False, default="")
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    published_at = models.DateTimeField(default=timezone.now, help_text="A future date schedules the article.")
    updated_at = models.DateTimeField(
        "content updated", null=True, blank=True, help_text="Set when the article's advice changes; shown to readers."
    )
    modified_at = models.DateTimeField(auto_now=True)
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="posts")
    medical_reviewer = models.ForeignKey(
        Author, on_delete=models.PROTECT, related_name="reviewed_posts", null=True, blank=True
    )
    last_reviewed = models.DateField(null=True, blank=True)
    topics = models.ManyToManyField(Topic, related_name="posts", blank=True)
    condition = models.ForeignKey(
        Topic,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The condition this article is about; its call to action preselects it.",
    )
    hero_image = models.ImageField(
        upload_to="blog/heroes/",
        blank=True,
        validators=[validate_hero_image],
        help_text="A JPEG, PNG or WebP photo at least 600 pixels wide; shown at 40:21, cropped around its subject.",
    )
    hero_image_alt = models.CharField(
        "hero image alt text",
        max_length=200,
        blank=True,
        help_text="Describe the image for people who cannot see it. Required with an image.",
    )
    hero_focus_x = models.PositiveSmallIntegerField(
        "subject across",
        default=50,
        validators=[MaxValueValidator(100)],
        help_text="Where the picture's subject is, in % from the left; crops keep it in view.",
    )
    hero_focus_y = models.PositiveSmallIntegerField(
        "subject down",
        default=50,
        validators=[MaxValueValidator(100)],
        help_text="Where the picture's subject is, in % from the top; crops keep it in view.",
    )
    # What blog/renditions.py made from the hero (or, without one, the Open Graph card) and from what.
    hero_renditions = models.JSONField(editable=False, default=dict)
    og_image = models.ImageField(upload_to="blog/og/", editable=False, blank=True)
    reading_minutes = models.PositiveSmallIntegerField(editable=False, default=1)
    featured = models.BooleanField(
        default=False, help_text="Featured on the home page and shown first in the list of articles."
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at"]
        get_latest_by = "published_at"
        indexes = [
            # The public list: published posts, newest first.
            models.Index(fields=["status", "-published_at"], name="post_published_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.hero_image and not self.hero_image._committed:  # a new upload
            self.hero_image = without_metadata(self.hero_image.file)
        self.body_html = render_markdown(self.body)
        self.references_html = render_markdown(self.references) if self.references else ""
        self.reading_minutes = reading_minutes(self.body)
        super().save(*args, **kwargs)
        if self.hero_renditions.get("key") != self.pictures_key():
            from .tasks import queue_pictures  # the task module imports this one

            queue_pictures(self.pk)

    def get_absolute_url(self) -> str:
        return reverse("blog:post", kwargs={"slug": self.slug})

    def clean(self) -> None:
        if self.hero_image and not self.hero_image_alt.strip():
            raise ValidationError({"hero_image_alt": "Describe the image for screen-reader users."})

    def pictures_key(self) -> str:
        """What the renditions are made from: when it changes, they are made again."""
        if self.hero_image:
            return f"hero:{self.hero_image.name}:{self.hero_focus_x}:{self.hero_focus_y}"
        return f"og:{self.title}"

    @property
    def last_modified(self) -> datetime.datetime:
        return self.updated_at or self.published_at

    @property
    def hero_picture(self) -> Picture | None:
        """The hero's renditions for a <picture>, or None while they are not made (the plain hero is shown)."""
        return picture_of(self.hero_renditions)

    @property
    def og_image_url(self) -> str:
        """The absolute address of the picture shown when the article is shared, or "" if there is none yet."""
        name = largest_jpeg(self.hero_renditions) or self.og_image.name or self.hero_image.name
        return f"{settings.SITE_URL}{default_storage.url(name)}" if name else ""


class ArticleView(models.Model):
    """How many times an article was read on one of the clinic's days (blog/readership.py counts them)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="daily_views")
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-day", "post"]
        constraints = [
            # Also the index of the flush's lookups and of the charts' sums per article.
            models.UniqueConstraint(fields=["post", "day"], name="one_view_count_per_article_and_day"),
        ]

    def __str__(self) -> str:
        return f"{self.post} on {self.day:%Y-%m-%d}: {self.views} views"
