"""An editor's picture in the admin: refused with a reason they can act on, never lost to another field's error."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from blog.models import Author, Post

from ..helpers import jpeg_bytes, soup_of
from .test_admin import post_form

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/blog/post/add/"


def png(image: Image.Image, name: str) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    image.save(buffer, format=image.format or "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def hero_error(response) -> str:
    error = soup_of(response).select_one(".field-hero_image .errorlist")
    return error.get_text(" ", strip=True) if error else ""


def send(editor, author, topic, hero, **changes):
    return editor.post(ADD_URL, {**post_form(author, topic, hero_image_alt="A picture", **changes), "hero_image": hero})


def test_a_decompression_bomb_is_refused_before_it_is_decoded(editor, author, topic):
    # 100 megapixels of nothing: 12 KB as a PNG, 300 MB once decoded as RGB.
    bomb = png(Image.new("1", (10_000, 10_000)), "sunset.png")
    assert bomb.size < 20_000

    response = send(editor, author, topic, bomb)

    assert response.status_code == 200
    assert hero_error(response) == (
        "This image is too large to process (100 megapixels; at most 40). "
        "Please choose a smaller photo (a phone photo is fine)."
    )
    assert not Post.objects.exists()


def test_a_text_file_named_jpg_is_refused_for_a_team_portrait_too(editor):
    fake = SimpleUploadedFile("portrait.jpg", b"Dear team, see attached.", content_type="image/jpeg")

    response = editor.post(
        "/admin/blog/author/add/",
        {"name": "Ana Lee", "team_order": "0", "photo": fake, "photo_alt": "Ana"},
    )

    error = soup_of(response).select_one(".field-photo .errorlist").get_text(strip=True)
    assert error == "This file is not an image we can read. Please choose a JPEG, PNG or WebP photo."
    assert not Author.objects.filter(name="Ana Lee").exists()


@pytest.mark.parametrize(
    ("image", "name", "message"),
    [
        (Image.new("P", (1200, 630)), "banner.gif", "This is a GIF file. Please choose a JPEG, PNG or WebP photo."),
        (
            Image.new("RGB", (400, 300)),
            "thumb.png",
            "This image is 400 pixels wide; please choose one at least 600 pixels wide, "
            "so that it stays sharp on large screens.",
        ),
    ],
)
def test_a_gif_or_a_picture_too_small_for_the_slot_is_refused_saying_why(editor, author, topic, image, name, message):
    buffer = io.BytesIO()
    image.save(buffer, format="GIF" if name.endswith(".gif") else "PNG")

    response = send(editor, author, topic, SimpleUploadedFile(name, buffer.getvalue()))

    assert hero_error(response) == message
    assert not Post.objects.exists()


def kept_note(response) -> str:
    help_text = soup_of(response).select_one(".field-hero_image .help")
    return help_text.get_text(" ", strip=True) if help_text else ""


def test_the_chosen_picture_is_kept_when_another_field_has_an_error(editor, author, topic):
    hero = SimpleUploadedFile("calm-room.jpg", jpeg_bytes((1600, 900)), content_type="image/jpeg")

    first = send(editor, author, topic, hero, title="")

    assert first.status_code == 200
    assert kept_note(first) == "Kept: calm-room.jpg. You need not choose it again."
    page = soup_of(first)
    token = page.select_one('input[name="kept_hero_image"]')["value"]
    thumbnail = page.select_one(".field-hero_image .help img")["src"]
    assert thumbnail.startswith("/media/blog/pending/")

    second = editor.post(ADD_URL, {**post_form(author, topic, hero_image_alt="A calm room"), "kept_hero_image": token})

    assert second.status_code == 302
    post = Post.objects.get()
    with Image.open(post.hero_image.path) as published:
        assert published.size == (1600, 900)
    assert post.hero_image.name.startswith("blog/heroes/calm-room")
    assert not list((Path(settings.MEDIA_ROOT) / "blog" / "pending").iterdir())  # the kept copy is gone


def test_a_made_up_kept_picture_token_is_ignored(editor, author, topic):
    response = editor.post(ADD_URL, {**post_form(author, topic), "kept_hero_image": "blog/pending/other.jpg"})

    assert response.status_code == 302
    assert not Post.objects.get().hero_image


def test_the_change_page_shows_the_hero_as_a_thumbnail(editor, make_post):
    post = make_post(
        hero_image=SimpleUploadedFile("room.jpg", jpeg_bytes(), content_type="image/jpeg"), hero_image_alt="A room"
    )

    page = soup_of(editor.get(f"/admin/blog/post/{post.pk}/change/"))

    assert page.select_one(".field-hero_thumbnail img")["src"] == post.hero_image.url
