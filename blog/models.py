import datetime
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.validators import MaxValueValidator
from django.db import models, transaction
from django.templatetags.static import static
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.text import slugify

from .images import validate_hero_image, validate_portrait, without_metadata
from .references import Reference
from .rendering import CONTENTS_MIN_SECTIONS, reading_minutes, render_article
from .renditions import Picture, largest_jpeg, picture_of

__all__ = ["ArticleView", "Author", "Post", "Reference", "Topic"]

# What static/img/og-default.png shows: the picture shared with links to pages that have none of their own.
DEFAULT_SHARE_PICTURE_ALT = (
    "The Avesta logo, a warm sun rising over a calm horizon, above the words “Physician-led ketamine therapy”."
)
# An article's medical review is due this long after the last one.
REVIEW_INTERVAL = datetime.timedelta(days=365)


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
    slug = models.SlugField(
        max_length=120, unique=True, blank=True, help_text="The address of their page; empty: made from the name."
    )
    is_organisation = models.BooleanField(
        "a team, not a person", default=False, help_text="E.g. “Avesta Clinical Team”; search engines are told so."
    )
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
        if not self.slug:
            self.slug = self._free_slug()
        if self.photo and not self.photo._committed:  # a new upload
            self.photo = without_metadata(self.photo.file)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("blog:author", kwargs={"slug": self.slug})

    def _free_slug(self) -> str:
        base = slugify(self.name.removeprefix("Dr. ")) or "author"
        slug, number = base, 1
        while Author.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    def clean(self) -> None:
        if self.photo and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": "Describe the photo for screen-reader users."})


class PostQuerySet(models.QuerySet["Post"]):
    def published(self) -> "PostQuerySet":
        """The one place the publishing rule lives: published and not in the future."""
        return self.filter(status=Post.Status.PUBLISHED, published_at__lte=timezone.now())

    def next_going_live(self) -> datetime.datetime | None:
        """When the next scheduled article joins published(): caches of public pages must end by then."""
        scheduled = self.filter(status=Post.Status.PUBLISHED, published_at__gt=timezone.now())
        return scheduled.order_by("published_at").values_list("published_at", flat=True).first()

    def related_to(self, post: "Post") -> "PostQuerySet":
        """Other posts sharing a topic with this one (uses its prefetched topics), newest first."""
        topic_ids = [topic.pk for topic in post.topics.all()]
        return self.filter(topics__in=topic_ids).exclude(pk=post.pk).distinct()

    def review_overdue(self, today: datetime.date | None = None) -> "PostQuerySet":
        """Articles whose medical review is due (a year after the last) or that were never reviewed."""
        today = today or timezone.localdate()
        return self.filter(models.Q(last_reviewed__isnull=True) | models.Q(last_reviewed__lte=today - REVIEW_INTERVAL))

    def featured_first(self) -> "PostQuerySet":
        """The featured article first, then the newest: the order of the article list."""
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
    # (id, heading) of each section, for the table of contents (blog/rendering.py).
    sections = models.JSONField(editable=False, default=list)
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
    last_reviewed = models.DateField(
        null=True, blank=True, help_text="When the medical reviewer last checked the article; due again a year later."
    )
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

    # The weighted words of title, summary and body, written by save() on PostgreSQL for search (blog/search.py).
    search_document = SearchVectorField(null=True, editable=False)

    objects = PostQuerySet.as_manager()

    class Meta:
        verbose_name = "article"
        ordering = ["-published_at"]
        get_latest_by = "published_at"
        indexes = [
            # The public list: published posts, newest first.
            models.Index(fields=["status", "-published_at"], name="post_published_idx"),
        ]
        constraints = [
            # One featured article: save() hands the place over; a bulk write that would make two is refused.
            models.UniqueConstraint(
                fields=["featured"], condition=models.Q(featured=True), name="one_featured_article"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Also the one place an article becomes the featured one: saved featured, it takes the place from
        any other, whose titles are left in `replaced_as_featured` for the editor to be told."""
        if self.hero_image and not self.hero_image._committed:  # a new upload
            self.hero_image = without_metadata(self.hero_image.file)
        self.body_html, self.sections = render_article(self.body)
        self.reading_minutes = reading_minutes(self.body)
        from .search import document_to_store  # here: blog/search.py imports this module

        self.search_document = document_to_store(self)
        update_fields = kwargs.get("update_fields")
        with transaction.atomic():
            self.replaced_as_featured: list[str] = []
            if self.featured and (update_fields is None or "featured" in update_fields):
                others = Post.objects.filter(featured=True).exclude(pk=self.pk)
                self.replaced_as_featured = list(others.values_list("title", flat=True))
                others.update(featured=False)  # no signal needed: this article's own save ends the page cache's
            super().save(*args, **kwargs)
        self.search_document = None  # stored in the database; the expression's values are now stale
        if self.hero_renditions.get("key") != self.pictures_key():
            from .tasks import queue_pictures  # the task module imports this one

            queue_pictures(self.pk)

    def get_absolute_url(self) -> str:
        return reverse("blog:post", kwargs={"slug": self.slug})

    def validate_constraints(self, exclude: Any = None) -> None:
        # A form making this article the featured one is not refused because another is: save() hands it over.
        super().validate_constraints(exclude={*(exclude or ()), "featured"})

    def clean(self) -> None:
        if self.hero_image and not self.hero_image_alt.strip():
            raise ValidationError({"hero_image_alt": "Describe the image for screen-reader users."})

    def pictures_key(self) -> str:
        """What the renditions are made from: when it changes, they are made again."""
        if self.hero_image:
            return f"hero:{self.hero_image.name}:{self.hero_focus_x}:{self.hero_focus_y}"
        return f"og:{self.title}"

    @property
    def publication_state(self) -> str:
        """Where the article stands, as staff would say it: “Goes live Tuesday, December 1, 9 a.m.”."""
        if self.status == Post.Status.DRAFT:
            return "Draft: not on the site"
        when = timezone.localtime(self.published_at)
        if when > timezone.localtime():
            return f"Goes live {dateformat.format(when, 'l, F j, Y, P')}"
        return f"Live since {dateformat.format(when, 'F j, Y')}"

    @property
    def og_image_alt(self) -> str:
        if self.hero_image:
            return self.hero_image_alt
        if self.og_image:
            return f"“{self.title}” in white on the clinic's teal, with the name {settings.SITE_NAME}."
        return DEFAULT_SHARE_PICTURE_ALT

    @property
    def review_due(self) -> datetime.date | None:
        return self.last_reviewed + REVIEW_INTERVAL if self.last_reviewed else None

    @property
    def table_of_contents(self) -> list[tuple[str, str]]:
        """The sections to list at the top, for articles long enough to need it."""
        return self.sections if len(self.sections) >= CONTENTS_MIN_SECTIONS else []

    @property
    def last_modified(self) -> datetime.datetime:
        return self.updated_at or self.published_at

    @property
    def hero_picture(self) -> Picture | None:
        """The hero's renditions for a <picture>, or None while they are not made (the plain hero is shown)."""
        return picture_of(self.hero_renditions)

    @property
    def og_image_url(self) -> str:
        """The absolute address of the picture shown when the article is shared: its hero, else its card, else ours."""
        name = largest_jpeg(self.hero_renditions) or self.og_image.name or self.hero_image.name
        return str(settings.SITE_URL) + (default_storage.url(name) if name else static("img/og-default.png"))


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
