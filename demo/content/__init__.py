"""The demo content a fresh clone starts with: articles, pages, a location.

Loading is idempotent and never overwrites: what exists (matched by slug) is left as
staff edited it, and only what is missing is created.
"""

import datetime
from pathlib import Path
from typing import NotRequired, TypedDict, cast

import frontmatter
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from blog.models import Author, Post, Reference, Topic
from page_cache.generation import invalidate
from pages.closures import add_public_holidays
from pages.conditions import CONDITIONS
from pages.models import Location, OpeningHours, Page

CONTENT_DIR = Path(__file__).resolve().parent
# Drawn for this site; licence and alt texts in images/LICENCE.md and ALT.md.
IMAGES_DIR = CONTENT_DIR / "images"
# Topics by name: one per condition the clinic treats, and two about the therapy itself.
TOPICS = {
    "Ketamine Therapy": "How ketamine therapy works, what it feels like and who it may help.",
    **{condition.name: condition.topic_description for condition in CONDITIONS},
    "Safety": "Side effects, screening and monitoring.",
}
DEMO_AUTHOR = {
    "name": "Avesta Clinical Team",
    "is_organisation": True,
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
DEMO_DIRECTIONS = (
    "We are on the second floor. Take the lift on the left of the main entrance; our door is opposite the lift."
)
DEMO_PARKING = (
    "Free patient parking in the garage behind the building (entrance on Example Lane): bring your ticket to the "
    "front desk. Please arrange a ride home after an infusion: you may not drive until the next day."
)


class TeamMember(TypedDict):
    name: str
    credentials: str
    role: str
    bio: str
    photo_alt: str


# Fictional clinicians: the demo site's team, with portraits drawn for it (images/team/<first-last>.jpg).
DEMO_TEAM: list[TeamMember] = [
    {
        "name": "Dr. Leila Farahani",
        "credentials": "MD, Anesthesiology",
        "role": "Medical director",
        "bio": "Leila has given anesthesia and sedation for 15 years and leads our infusion safety protocols. "
        "She sees every new patient for their first consultation.",
        "photo_alt": (
            "Illustrated portrait of Leila Farahani, a smiling woman with dark hair in a low bun, wearing a "
            "white coat and a stethoscope over a teal top."
        ),
    },
    {
        "name": "Dr. Marcus Reid",
        "credentials": "MD, Psychiatry",
        "role": "Consulting psychiatrist",
        "bio": "Marcus treats depression, anxiety and PTSD and works with your own therapist or psychiatrist "
        "so that ketamine therapy fits the rest of your care.",
        "photo_alt": (
            "Illustrated portrait of Marcus Reid, a smiling Black man with short hair and glasses, wearing a "
            "dark sweater over a white collared shirt."
        ),
    },
    {
        "name": "Priya Nair",
        "credentials": "DNP, PMHNP-BC",
        "role": "Psychiatric nurse practitioner",
        "bio": "Priya follows up with patients between sessions and adjusts plans with the physicians.",
        "photo_alt": (
            "Illustrated portrait of Priya Nair, a smiling woman with shoulder-length dark hair, wearing teal scrubs."
        ),
    },
    {
        "name": "Sam Ortega",
        "credentials": "RN",
        "role": "Infusion nurse",
        "bio": "Sam stays with you during infusions, checks your blood pressure, heart rate and oxygen, "
        "and makes sure you are comfortable.",
        "photo_alt": (
            "Illustrated portrait of Sam Ortega, a smiling man with short dark hair and a short beard, wearing "
            "apricot scrubs with a teal neckline."
        ),
    },
]


@transaction.atomic
def load_demo_content() -> dict[str, int]:
    """Create whatever demo content is missing; return how many of each were created."""
    created = {"topics": 0, "team": 0, "posts": 0, "pages": 0, "locations": 0}
    topics = {}
    for name, description in TOPICS.items():
        topics[name], was_created = Topic.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "description": description}
        )
        created["topics"] += was_created
    author, _ = Author.objects.get_or_create(name=DEMO_AUTHOR["name"], defaults=DEMO_AUTHOR)
    created["team"] = sum(_load_team_member(order, member) for order, member in enumerate(DEMO_TEAM))

    for path in sorted((CONTENT_DIR / "posts").glob("*.md")):
        created["posts"] += _load_post(path, author, topics)
    for path in sorted((CONTENT_DIR / "pages").glob("*.md")):
        created["pages"] += _load_page(path)
    created["locations"] += _load_location()
    invalidate()  # references and hours are bulk-created, which sends no signal to the page cache
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
    featured: NotRequired[bool]
    reviewer: NotRequired[str]  # a team member's name
    reviewed: NotRequired[datetime.date]
    references: NotRequired[list[dict[str, str | int]]]


def _load_team_member(order: int, member: TeamMember) -> bool:
    if Author.objects.filter(name=member["name"]).exists():
        return False
    author = Author(**member, on_team_page=True, team_order=order)
    photo = IMAGES_DIR / "team" / f"{slugify(member['name'].removeprefix('Dr. '))}.jpg"
    author.photo.save(photo.name, ContentFile(photo.read_bytes()), save=False)
    author.save()
    return True


def _load_post(path: Path, author: Author, topics: dict[str, Topic]) -> bool:
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
        featured=meta.get("featured", False),
        medical_reviewer=Author.objects.filter(name=meta.get("reviewer", "")).first(),
        last_reviewed=meta.get("reviewed"),
    )
    hero = IMAGES_DIR / "heroes" / f"{post.slug}.jpg"
    post.hero_image.save(hero.name, ContentFile(hero.read_bytes()), save=False)
    post.save()
    post.topics.set(topics[name] for name in meta["topics"])
    Reference.objects.bulk_create(
        Reference(post=post, number=number, **source) for number, source in enumerate(meta.get("references", []), 1)
    )
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
    location, was_created = Location.objects.get_or_create(
        slug=DEMO_LOCATION["slug"], defaults={**DEMO_LOCATION, "directions": DEMO_DIRECTIONS, "parking": DEMO_PARKING}
    )
    if was_created:
        opens, closes = WEEKDAY_HOURS
        OpeningHours.objects.bulk_create(
            OpeningHours(location=location, weekday=day, opens=opens, closes=closes)
            for day in OpeningHours.Weekday
            if day <= OpeningHours.Weekday.FRIDAY
        )
        add_public_holidays(location)
    return was_created
