"""An article's picture in the sizes and formats browsers ask for, made once, never while a reader waits.

The hero is cropped to the article slot's shape (40:21, as Open Graph's 1200 × 630) around the focal
point staff set, then saved at a few widths as AVIF, WebP and JPEG. A post without a hero gets an
Open Graph card drawn from its title instead. `refresh_pictures` does both and is safe to run again:
the record on the post (`hero_renditions["key"]`) says what the files were made from.
"""

import hashlib
import io
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from PIL import Image, features

from page_cache.generation import invalidate

from .og_image import open_graph_card

if TYPE_CHECKING:
    from .models import Post

logger = logging.getLogger(__name__)

SLOT_RATIO = (40, 21)

RENDITIONS_FOLDER = "blog/renditions"
OG_FOLDER = "blog/og"
# Cards on phones and wide screens (~400), the article column and a phone's dense screen (~800),
# the full slot and Open Graph's size (1200). Never wider than what was uploaded.
WIDTHS = (400, 800, 1200)


@dataclass(frozen=True)
class Format:
    key: str
    pillow_name: str
    mime_type: str
    suffix: str
    options: dict[str, Any]


# Best first: a browser takes the first <source> it understands; JPEG is the <img> every browser shows.
# AVIF at speed 8 costs about 40 ms per width on this hardware (speed 6, the default, about 100 ms) for
# files about a third smaller than WebP's at the same look.
FORMATS = [
    Format("avif", "AVIF", "image/avif", ".avif", {"quality": 50, "speed": 8}),
    Format("webp", "WEBP", "image/webp", ".webp", {"quality": 75, "method": 4}),
    Format("jpeg", "JPEG", "image/jpeg", ".jpg", {"quality": 80, "optimize": True, "progressive": True}),
]
FALLBACK = "jpeg"


def available_formats() -> list[Format]:
    return [fmt for fmt in FORMATS if fmt.key == FALLBACK or features.check(fmt.pillow_name.lower())]


def crop_box(
    size: tuple[int, int], focus: tuple[int, int], ratio: tuple[int, int] = SLOT_RATIO
) -> tuple[int, int, int, int]:
    """The largest box of `ratio` inside `size`, as near centred on the focus (in % of each side) as fits."""
    width, height = size
    crop_width = min(width, round(height * ratio[0] / ratio[1]))
    crop_height = min(height, round(crop_width * ratio[1] / ratio[0]))
    left = _around(width * focus[0] / 100, crop_width, width)
    top = _around(height * focus[1] / 100, crop_height, height)
    return (left, top, left + crop_width, top + crop_height)


def _around(centre: float, length: int, limit: int) -> int:
    return max(0, min(limit - length, round(centre - length / 2)))


def render(source: File, folder: str, focus: tuple[int, int]) -> dict[str, list[list[Any]]]:
    """Save the renditions under `folder`; per format, [width, height, storage name] for each, smallest first."""
    with Image.open(source) as original:
        original.load()
        picture = original.crop(crop_box(original.size, focus))
    if picture.mode != "RGB":
        # Transparent parts over white, as the page behind them.
        background = Image.new("RGB", picture.size, "white")
        background.paste(picture, mask=picture.convert("RGBA").getchannel("A"))
        picture = background
    widths = [width for width in WIDTHS if width <= picture.width] or [picture.width]
    sources: dict[str, list[list[Any]]] = {}
    for width in widths:
        height = round(width * picture.height / picture.width)
        resized = picture if width == picture.width else picture.resize((width, height), Image.Resampling.LANCZOS)
        for fmt in available_formats():
            buffer = io.BytesIO()
            resized.save(buffer, format=fmt.pillow_name, **fmt.options)
            name = f"{folder}-{width}{fmt.suffix}"
            default_storage.delete(name)  # made again from the same source: replace it, keep its address
            name = default_storage.save(name, ContentFile(buffer.getvalue()))
            sources.setdefault(fmt.key, []).append([width, height, name])
    return sources


def refresh_pictures(post: "Post") -> bool:
    """Make the post's renditions (or its Open Graph card) if they are out of date; True if it made any."""
    key = post.pictures_key()
    if post.hero_renditions.get("key") == key:
        return False
    record: dict[str, Any] = {"key": key}
    og_image = ""
    # The key's hash in every name: a new picture gets new addresses, so caches never show the old one.
    stem = hashlib.sha256(key.encode()).hexdigest()[:10]
    if post.hero_image:
        try:
            with post.hero_image.open("rb") as source:
                focus = (post.hero_focus_x, post.hero_focus_y)
                record["sources"] = render(source, f"{RENDITIONS_FOLDER}/{post.slug}/{stem}", focus)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
            # Stored before uploads were checked whole: the page keeps its plain picture, the run goes on.
            logger.warning("post %s: hero image unreadable (%s); renditions skipped", post.pk, type(error).__name__)
            return False
    else:
        card = open_graph_card(post.title, settings.SITE_NAME)
        default_storage.delete(og_image := f"{OG_FOLDER}/{post.slug}/{stem}.png")
        og_image = default_storage.save(og_image, ContentFile(card))
    with transaction.atomic():
        # An update, not save(): nothing else about the post changes, and save() would queue this again.
        type(post).objects.filter(pk=post.pk).update(hero_renditions=record, og_image=og_image)
        # An update sends no signal: pages cached with the plain hero (or the pictures about to be deleted
        # below) end here. If the cache cannot be told, the record is rolled back and a later run remakes them.
        invalidate()
    post.hero_renditions, post.og_image = record, og_image
    _delete_all_but(post.slug, {og_image, *_names_in(record)})
    return True


def _names_in(record: dict[str, Any]) -> list[str]:
    return [name for renditions in record.get("sources", {}).values() for _, _, name in renditions]


def _delete_all_but(slug: str, current: set[str]) -> None:
    """Delete the post's earlier pictures: whatever its folders hold besides the current ones.

    The folders are asked rather than the post's record, which an editor's form may have overwritten.
    """
    for folder in (f"{RENDITIONS_FOLDER}/{slug}", f"{OG_FOLDER}/{slug}"):
        if default_storage.exists(folder):
            for name in default_storage.listdir(folder)[1]:
                if f"{folder}/{name}" not in current:
                    default_storage.delete(f"{folder}/{name}")


@dataclass(frozen=True)
class Source:
    mime_type: str
    srcset: str


@dataclass(frozen=True)
class Picture:
    """What a <picture> needs: the better formats' sources, and the JPEG <img> at its largest true size."""

    sources: list[Source]
    src: str
    srcset: str
    width: int
    height: int


def picture_of(record: dict[str, Any]) -> Picture | None:
    renditions = record.get("sources")
    if not renditions or FALLBACK not in renditions:
        return None  # not made yet (the worker has it queued), or an article without a hero
    # Best first, in FORMATS' order (PostgreSQL's jsonb does not keep the keys' order).
    srcsets = {
        fmt.key: ", ".join(f"{default_storage.url(name)} {width}w" for width, _, name in renditions[fmt.key])
        for fmt in FORMATS
        if fmt.key in renditions
    }
    mime_types = {fmt.key: fmt.mime_type for fmt in FORMATS}
    width, height, largest = renditions[FALLBACK][-1]
    return Picture(
        sources=[Source(mime_types[key], srcset) for key, srcset in srcsets.items() if key != FALLBACK],
        src=default_storage.url(largest),
        srcset=srcsets[FALLBACK],
        width=width,
        height=height,
    )


def largest_jpeg(record: dict[str, Any]) -> str:
    """The storage name of the largest JPEG rendition, or "" (the Open Graph image of a post with a hero)."""
    renditions = record.get("sources", {}).get(FALLBACK)
    return renditions[-1][2] if renditions else ""


@dataclass(frozen=True)
class Slot:
    """Where a hero is shown: how wide it is drawn (for the browser's choice of width) and how it loads."""

    sizes: str
    css_class: str = ""
    loading: str = ""
    fetchpriority: str = ""


# Widths as site.css lays the slots out: the article column, a card in a 1–3 column grid, half the home page.
SLOTS = {
    "article": Slot("(min-width: 64rem) 42rem, 100vw", css_class="hero-image", fetchpriority="high"),
    "card": Slot("(min-width: 64rem) 22rem, (min-width: 40rem) 50vw, 100vw", css_class="card-picture", loading="lazy"),
    "featured": Slot("(min-width: 48rem) 37rem, 100vw"),
}
