import json

import pytest

from blog.models import Post

from ..helpers import jpeg_bytes, log_in_verified, soup_of

pytestmark = pytest.mark.django_db


def post_form(author, topic, **changes) -> dict:
    data = {
        "title": "Ketamine and sleep",
        "slug": "ketamine-and-sleep",
        "summary": "What we know about ketamine and sleep.",
        "body": "## Sleep\n\nSome people feel drowsy afterwards.",
        # The references' inline: none.
        "sources-TOTAL_FORMS": "0",
        "sources-INITIAL_FORMS": "0",
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "1000",
        "status": Post.Status.PUBLISHED,
        "published_at_0": "2026-01-05",
        "published_at_1": "09:00:00",
        "updated_at_0": "",
        "updated_at_1": "",
        "topics": [topic.pk],
        "author": author.pk,
        "medical_reviewer": "",
        "last_reviewed": "",
        "hero_image_alt": "",
        "hero_focus_x": "50",
        "hero_focus_y": "50",
    }
    data.update(changes)
    return data


def test_staff_can_add_a_post_that_then_appears_on_the_site(client, staff_user, author, topic):
    log_in_verified(client, staff_user)

    response = client.post("/admin/blog/post/add/", post_form(author, topic))

    assert response.status_code == 302
    post = Post.objects.get(slug="ketamine-and-sleep")
    assert post.topics.get() == topic
    assert "Some people feel drowsy afterwards." in client.get(post.get_absolute_url()).content.decode()


def test_editing_the_title_keeps_the_address(client, staff_user, author, topic):
    log_in_verified(client, staff_user)
    client.post("/admin/blog/post/add/", post_form(author, topic))
    post = Post.objects.get()

    response = client.post(
        f"/admin/blog/post/{post.pk}/change/",
        post_form(author, topic, title="Ketamine, sleep and dreams", slug="tampered"),
    )

    assert response.status_code == 302
    post.refresh_from_db()
    assert post.title == "Ketamine, sleep and dreams"
    assert post.slug == "ketamine-and-sleep"


def test_change_page_links_to_the_article_on_the_site(client, staff_user, make_post):
    post = make_post()
    log_in_verified(client, staff_user)

    response = client.get(f"/admin/blog/post/{post.pk}/change/")

    assert "View on site" in response.content.decode()


def test_hero_image_requires_alt_text(client, staff_user, author, topic):
    from django.core.files.uploadedfile import SimpleUploadedFile

    log_in_verified(client, staff_user)
    image = SimpleUploadedFile("hero.jpg", jpeg_bytes(), content_type="image/jpeg")

    response = client.post("/admin/blog/post/add/", {**post_form(author, topic), "hero_image": image})

    assert response.status_code == 200
    assert "Describe the image for screen-reader users." in response.content.decode()
    assert not Post.objects.exists()


@pytest.mark.parametrize("url", ["/admin/blog/post/add/", "/admin/blog/post/"])
def test_anonymous_visitor_is_sent_to_the_login_page(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_anonymous_post_to_the_admin_stores_nothing(client, author, topic):
    client.post("/admin/blog/post/add/", post_form(author, topic))

    assert not Post.objects.exists()


def test_uploaded_hero_image_is_published_without_its_metadata(client, staff_user, author, topic):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    photo = Image.new("RGB", (800, 600), (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "N", 2: (33.0, 26.0, 0.0)}  # GPS position
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", exif=exif)
    log_in_verified(client, staff_user)

    client.post(
        "/admin/blog/post/add/",
        {
            **post_form(author, topic, hero_image_alt="Orange square"),
            "hero_image": SimpleUploadedFile("photo.jpg", buffer.getvalue(), content_type="image/jpeg"),
        },
    )

    post = Post.objects.get()
    with Image.open(post.hero_image.path) as stored:
        assert stored.size == (800, 600)
        assert not stored.getexif()
        assert "exif" not in stored.info


def test_a_file_that_is_not_an_image_is_refused(client, staff_user, author, topic):
    from django.core.files.uploadedfile import SimpleUploadedFile

    log_in_verified(client, staff_user)
    fake = SimpleUploadedFile("hero.jpg", b"<?php echo 'not an image'; ?>", content_type="image/jpeg")

    response = client.post(
        "/admin/blog/post/add/", {**post_form(author, topic, hero_image_alt="x"), "hero_image": fake}
    )

    assert response.status_code == 200
    error = soup_of(response).select_one(".field-hero_image .errorlist")
    assert error.get_text(strip=True) == (
        "This file is not an image we can read. Please choose a JPEG, PNG or WebP photo."
    )
    assert not Post.objects.exists()


def prepopulated_fields(client, url: str) -> list[dict]:
    script = soup_of(client.get(url)).select_one("#django-admin-prepopulated-fields-constants")
    return json.loads(script["data-prepopulated-fields"])


def test_a_new_posts_address_is_filled_in_from_its_title_but_an_existing_one_is_not(client, staff_user, make_post):
    log_in_verified(client, staff_user)

    on_add = prepopulated_fields(client, "/admin/blog/post/add/")
    on_change = prepopulated_fields(client, f"/admin/blog/post/{make_post().pk}/change/")

    assert [(field["id"], field["dependency_ids"]) for field in on_add] == [("#id_slug", ["#id_title"])]
    assert on_change == []


def test_the_missing_alt_text_message_is_shown_under_its_field(client, staff_user, author, topic):
    from django.core.files.uploadedfile import SimpleUploadedFile

    log_in_verified(client, staff_user)
    image = SimpleUploadedFile("hero.jpg", jpeg_bytes(), content_type="image/jpeg")

    data = {**post_form(author, topic, hero_image_alt="  "), "hero_image": image}

    response = client.post("/admin/blog/post/add/", data)

    errors = soup_of(response).select(".field-hero_image_alt .errorlist li")
    assert [error.get_text() for error in errors] == ["Describe the image for screen-reader users."]
