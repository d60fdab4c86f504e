"""The demo content a fresh clone starts with: articles, pages, a location.

Loading is idempotent and never overwrites: what exists (matched by slug) is left as
staff edited it, and only what is missing is created.
"""

import datetime
import io
from pathlib import Path
from typing import NotRequired, TypedDict, cast

import frontmatter
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFilter

from blog.models import Author, Post, Topic

from .closures import add_public_holidays
from .conditions import CONDITIONS
from .models import Location, OpeningHours, Page

CONTENT_DIR = Path(__file__).resolve().parent / "demo_content"
# Topics by name: one per condition the clinic treats, and two about the therapy itself.
TOPICS = {
    "Ketamine Therapy": "How ketamine therapy works, what it feels like and who it may help.",
    **{condition.name: condition.topic_description for condition in CONDITIONS},
    "Safety": "Side effects, screening and monitoring.",
}
DEMO_AUTHOR = {
    "name": "Avesta Clinical Team",
    "credentials": "Physicians and nurses of Avesta Ketamine & Wellness",
    "bio": "Our articles are written and reviewed by the clinicians who provide care at our clinic.",
}
DEMO_LOCATION = {
    "slug": "phoenix",
    "name": "Avesta Ketamine & Wellness, Phoenix",
    "street_address": "100 Example Avenue, Suite 200",
    "city": "Phoenix",
    "region": "AZ",
    "postal_code": "85004",
    "phone": "+14805550142",
    "sms_number": "+14805550143",
    "email": "frontdesk@avesta.example",
}
WEEKDAY_HOURS = (datetime.time(9), datetime.time(17))
Colour = tuple[int, int, int]
# Brand-coloured pairs (background, accent) for the generated hero images.
HERO_COLOURS: list[tuple[Colour, Colour]] = [
    ((11, 94, 90), (246, 242, 234)),
    ((31, 45, 44), (191, 233, 229)),
    ((7, 69, 66), (255, 214, 170)),
]


@transaction.atomic
def load_demo_content() -> dict[str, int]:
    """Create whatever demo content is missing; return how many of each were created."""
    created = {"topics": 0, "posts": 0, "pages": 0, "locations": 0}
    topics = {}
    for name, description in TOPICS.items():
        topics[name], was_created = Topic.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "description": description}
        )
        created["topics"] += was_created
    author, _ = Author.objects.get_or_create(name=DEMO_AUTHOR["name"], defaults=DEMO_AUTHOR)

    for index, path in enumerate(sorted((CONTENT_DIR / "posts").glob("*.md"))):
        created["posts"] += _load_post(path, author, topics, HERO_COLOURS[index % len(HERO_COLOURS)])
    for path in sorted((CONTENT_DIR / "pages").glob("*.md")):
        created["pages"] += _load_page(path)
    created["locations"] += _load_location()
    return created


class PostFrontMatter(TypedDict):
    """The front matter of a demo article (YAML reads `published` as a date)."""

    title: str
    slug: str
    summary: str
    published: datetime.date
    hero_image_alt: str
    topics: list[str]
    service: NotRequired[str]


def _load_post(path: Path, author: Author, topics: dict[str, Topic], colours: tuple[Colour, Colour]) -> bool:
    source = frontmatter.load(path)
    meta = cast(PostFrontMatter, source.metadata)
    if Post.objects.filter(slug=meta["slug"]).exists():
        return False
    published = datetime.datetime.combine(meta["published"], datetime.time(9))
    post = Post(
        title=meta["title"],
        slug=meta["slug"],
        summary=meta["summary"],
        body=source.content,
        status=Post.Status.PUBLISHED,
        published_at=timezone.make_aware(published),
        author=author,
        hero_image_alt=meta["hero_image_alt"],
        condition=Topic.objects.filter(slug=meta.get("service", "")).first(),
    )
    post.hero_image.save(f"{post.slug}.jpg", ContentFile(_hero_image(*colours)), save=False)
    post.save()
    post.topics.set(topics[name] for name in meta["topics"])
    return True


def _load_page(path: Path) -> bool:
    source = frontmatter.load(path)
    _, was_created = Page.objects.get_or_create(
        slug=source["slug"],
        defaults={
            "title": source["title"],
            "summary": source.get("summary", ""),
            "body": source.content,
            "version": source.get("privacy_version", ""),
        },
    )
    return was_created


def _load_location() -> bool:
    location, was_created = Location.objects.get_or_create(slug=DEMO_LOCATION["slug"], defaults=DEMO_LOCATION)
    if was_created:
        opens, closes = WEEKDAY_HOURS
        OpeningHours.objects.bulk_create(
            OpeningHours(location=location, weekday=day, opens=opens, closes=closes)
            for day in OpeningHours.Weekday
            if day <= OpeningHours.Weekday.FRIDAY
        )
        add_public_holidays(location)
    return was_created


def _hero_image(background: Colour, accent: Colour) -> bytes:
    """A calm abstract 1200×630 picture, so demo articles have real images without binaries in git."""
    image = Image.new("RGB", (1200, 630), background)
    draw = ImageDraw.Draw(image)
    for step, (x, y, radius) in enumerate([(250, 480, 320), (820, 160, 260), (1050, 560, 200)]):
        shade = tuple(int(b + (a - b) * (0.35 + 0.2 * step)) for a, b in zip(accent, background, strict=True))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shade)
    image = image.filter(ImageFilter.GaussianBlur(40))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()
