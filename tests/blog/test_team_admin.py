"""Staff choose who is shown as the team, with a portrait that carries a description and no metadata."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from blog.models import Author, Post

from ..helpers import log_in_verified, soup_of

pytestmark = pytest.mark.django_db


def portrait_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x8825] = {2: (33.0, 27.0, 0.0), 1: "N"}  # GPSInfo: where the photo was taken
    buffer = io.BytesIO()
    Image.new("RGB", (600, 600), (200, 180, 160)).save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def author_form(**changes) -> dict:
    data = {
        "name": "Dr. Ana Lee",
        "credentials": "MD",
        "bio": "Ana sees new patients.",
        "on_team_page": "on",
        "role": "Physician",
        "team_order": "0",
        "photo_alt": "",
    }
    data.update(changes)
    return data


def test_a_team_photo_without_a_description_is_refused_with_a_message(client, staff_user):
    log_in_verified(client, staff_user)
    photo = SimpleUploadedFile("ana.jpg", portrait_with_gps(), content_type="image/jpeg")

    response = client.post("/admin/blog/author/add/", {**author_form(), "photo": photo})

    assert response.status_code == 200
    error = soup_of(response).select_one(".field-photo_alt .errorlist")
    assert error.get_text(strip=True) == "Describe the photo for screen-reader users."
    assert not Author.objects.exists()


def test_a_team_photo_is_published_without_its_location_and_shown_on_the_about_page(client, staff_user, demo_content):
    log_in_verified(client, staff_user)
    photo = SimpleUploadedFile("ana.jpg", portrait_with_gps(), content_type="image/jpeg")

    response = client.post(
        "/admin/blog/author/add/", {**author_form(photo_alt="Portrait of Ana Lee, smiling"), "photo": photo}
    )

    assert response.status_code == 302
    author = Author.objects.get(name="Dr. Ana Lee")
    with Image.open(author.photo) as published:
        assert not published.getexif()
    client.logout()
    about = soup_of(client.get("/about/"))
    images = {img["alt"]: img["src"] for img in about.select("main .team-member img")}
    assert images["Portrait of Ana Lee, smiling"] == author.photo.url


def test_staff_can_feature_an_article_from_the_admin(client, staff_user, author, topic):
    from .test_admin import post_form

    log_in_verified(client, staff_user)

    client.post("/admin/blog/post/add/", post_form(author, topic, featured="on"))

    assert Post.objects.get().featured
