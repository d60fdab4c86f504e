"""A broken picture gets the editor a message beside the image field, on every form that takes one.

Each broken file is sent to every place an image is accepted (an article's hero, new or replaced, also
beside another field's error; a team member's photo, new or replaced). The answer is the form again
(200) with the reason under the field, and nothing stored: no row changed, no file left behind.
"""

import gc
import io
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image

from blog.images import DAMAGED_IMAGE, NOT_AN_IMAGE
from blog.models import Author, Post
from blog.tasks import make_pictures

from ..helpers import log_in_verified, soup_of
from .test_admin import post_form

pytestmark = pytest.mark.django_db

TOO_LARGE = "This image is too large to process. Please choose a smaller photo (a phone photo is fine)."


def photo_bytes(image_format: str, size: tuple[int, int] = (640, 360)) -> bytes:
    """A photo of noise: its compressed data runs the whole file, so cutting it anywhere cuts pixels."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(buffer, format=image_format)
    return buffer.getvalue()


def first_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def png_with_a_bad_checksum() -> bytes:
    data = bytearray(photo_bytes("PNG"))
    start = data.index(b"IDAT")
    (length,) = struct.unpack(">I", data[start - 4 : start])
    data[start + 4 + length] ^= 0xFF  # the first byte of the pixel data's CRC
    return bytes(data)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def decompression_bomb() -> bytes:
    """A 200-byte PNG that claims 100,000 × 100,000 pixels (10 gigapixels once decoded)."""
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 100))
        + png_chunk(b"IEND", b"")
    )


# Each broken file, as an editor's computer would name it, and the reason the editor is given.
BROKEN: dict[str, tuple[str, Callable[[], bytes], str]] = {
    "a truncated JPEG (its first half)": ("calm-room.jpg", lambda: first_half(photo_bytes("JPEG")), DAMAGED_IMAGE),
    "a truncated PNG": ("calm-room.png", lambda: first_half(photo_bytes("PNG")), DAMAGED_IMAGE),
    "a zero-byte file": ("calm-room.jpg", lambda: b"", NOT_AN_IMAGE),
    "a PNG with a bad CRC": ("calm-room.png", png_with_a_bad_checksum, DAMAGED_IMAGE),
    "a text file named .jpg": ("calm-room.jpg", lambda: b"Dear team, the photo is attached.", NOT_AN_IMAGE),
    "a decompression bomb": ("calm-room.png", decompression_bomb, TOO_LARGE),
}


@dataclass(frozen=True)
class Surface:
    """A form that takes an image: where it is, what else it sends, and the field's name."""

    field: str
    form_id: str
    url: Callable[["World"], str]
    data: Callable[["World"], dict]
    other_error: bool = False  # the form also has another field's error


@dataclass
class World:
    author: Author
    topic: object
    post: Post
    member: Author


def author_form(**changes) -> dict:
    return {"name": "Dr. Ana Lee", "credentials": "MD", "team_order": "0", "photo_alt": "Ana smiling", **changes}


SURFACES = {
    "a new article's hero": Surface(
        "hero_image",
        "post_form",
        lambda w: "/admin/blog/post/add/",
        lambda w: post_form(w.author, w.topic, hero_image_alt="A calm room"),
    ),
    "a new article's hero, beside another field's error": Surface(
        "hero_image",
        "post_form",
        lambda w: "/admin/blog/post/add/",
        lambda w: post_form(w.author, w.topic, hero_image_alt="A calm room", title=""),
        other_error=True,
    ),
    "an article's hero, replaced": Surface(
        "hero_image",
        "post_form",
        lambda w: f"/admin/blog/post/{w.post.pk}/change/",
        lambda w: post_form(w.author, w.topic, title=w.post.title, hero_image_alt="A new room"),
    ),
    "a new team member's photo": Surface(
        "photo", "author_form", lambda w: "/admin/blog/author/add/", lambda w: author_form()
    ),
    "a team member's photo, replaced": Surface(
        "photo",
        "author_form",
        lambda w: f"/admin/blog/author/{w.member.pk}/change/",
        lambda w: author_form(name=w.member.name, photo_alt="Ana, a new photo"),
    ),
}


@pytest.fixture
def world(client, staff_user, author, topic, make_post) -> World:
    log_in_verified(client, staff_user)
    whole = SimpleUploadedFile("room.jpg", photo_bytes("JPEG"), content_type="image/jpeg")
    post = make_post(title="Ketamine and sleep", hero_image=whole, hero_image_alt="A room")
    portrait = SimpleUploadedFile("ana.jpg", photo_bytes("JPEG", (400, 400)), content_type="image/jpeg")
    member = Author.objects.create(name="Dr. Ana Lee", photo=portrait, photo_alt="Ana")
    return World(author=author, topic=topic, post=post, member=member)


def media_files() -> set[Path]:
    return {path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()}


def stored_rows() -> tuple[list[dict], list[dict]]:
    return list(Post.objects.order_by("pk").values()), list(Author.objects.order_by("pk").values())


def field_error(response, field: str) -> str:
    error = soup_of(response).select_one(f".field-{field} .errorlist")
    return error.get_text(" ", strip=True) if error else ""


@pytest.mark.parametrize("surface", SURFACES.values(), ids=SURFACES.keys())
@pytest.mark.parametrize(("name", "make_file", "reason"), BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_image_is_refused_beside_its_field_and_nothing_is_stored(
    client, world, surface, name, make_file, reason
):
    rows, files = stored_rows(), media_files()
    upload = SimpleUploadedFile(name, make_file(), content_type="image/jpeg")

    response = client.post(surface.url(world), {**surface.data(world), surface.field: upload})

    assert response.status_code == 200
    assert soup_of(response).select_one(f"form#{surface.form_id}") is not None
    assert field_error(response, surface.field) == reason
    assert stored_rows() == rows
    assert media_files() == files


@pytest.mark.parametrize("surface", SURFACES.values(), ids=SURFACES.keys())
@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_the_same_pictures_whole_are_accepted(client, world, surface, image_format):
    """The control: the files above are refused for their damage, not for what they are."""
    upload = SimpleUploadedFile(f"room.{image_format.lower()}", photo_bytes(image_format), content_type="image/jpeg")

    response = client.post(surface.url(world), {**surface.data(world), surface.field: upload})

    assert field_error(response, surface.field) == ""
    assert response.status_code == (200 if surface.other_error else 302)


@pytest.fixture
def hero_stored_broken(make_post) -> Post:
    """An article whose hero was stored before uploads were decoded whole: a JPEG cut in half."""
    name = default_storage.save("blog/heroes/cut.jpg", ContentFile(first_half(photo_bytes("JPEG"))))
    post = make_post(hero_image_alt="A room")
    Post.objects.filter(pk=post.pk).update(hero_image=name)
    post.refresh_from_db()
    return post


def test_an_article_whose_stored_hero_is_broken_is_still_shown_to_readers(client, hero_stored_broken):
    response = client.get(hero_stored_broken.get_absolute_url())

    assert response.status_code == 200
    assert hero_stored_broken.title in response.content.decode()


def run_make_renditions() -> None:
    """The command; should it fail, its error without the traceback, which would keep the command's
    server-side cursor (PostgreSQL) open past this test's transaction, to fail a later test."""
    try:
        call_command("make_renditions", stdout=io.StringIO())
    except OSError as error:
        failure = OSError(str(error))
    else:
        return
    gc.collect()
    raise failure


def test_the_pictures_worker_logs_and_skips_a_hero_stored_broken(hero_stored_broken, caplog):
    make_pictures.call(hero_stored_broken.pk)

    hero_stored_broken.refresh_from_db()
    assert hero_stored_broken.hero_picture is None  # readers keep the plain hero
    assert any(
        record.levelname == "WARNING" and str(hero_stored_broken.pk) in record.getMessage() for record in caplog.records
    )


def test_making_missing_renditions_goes_past_a_hero_stored_broken(hero_stored_broken, make_post):
    whole = make_post(hero_image=SimpleUploadedFile("room.jpg", photo_bytes("JPEG")), hero_image_alt="A room")

    run_make_renditions()

    whole.refresh_from_db()
    assert whole.hero_picture is not None
