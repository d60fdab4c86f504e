"""Heroes as readers get them: cropped to the slot, in the sizes and formats their browser asks for."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image

from blog.models import Post

from ..helpers import log_in_verified, soup_of
from .test_admin import post_form

pytestmark = pytest.mark.django_db

IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
FLAGSHIP_URL = "/blog/ketamine-therapy-migraine-relief/"
RED = (220, 20, 20)


@pytest.fixture
def worker(settings, django_capture_on_commit_callbacks):
    """Tasks run as soon as the saving transaction commits, as the worker would run them."""
    settings.TASKS = IMMEDIATE_TASKS
    return lambda: django_capture_on_commit_callbacks(execute=True)


def jpeg(image: Image.Image, name: str = "hero.jpg", **options) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", **options)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def stored(name: str) -> Image.Image:
    image = Image.open(Path(settings.MEDIA_ROOT) / name)
    image.load()
    return image


def renditions(post: Post) -> dict[str, list[tuple[int, int, Image.Image]]]:
    post.refresh_from_db()
    return {
        key: [(width, height, stored(name)) for width, height, name in files]
        for key, files in post.hero_renditions["sources"].items()
    }


def media_files() -> set[Path]:
    return {path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()}


def test_a_hero_is_published_at_three_widths_as_avif_webp_and_jpeg_at_the_slots_shape(make_post, worker):
    with worker():
        post = make_post(hero_image=jpeg(Image.new("RGB", (1600, 1000), (11, 94, 90))), hero_image_alt="Teal")

    made = renditions(post)

    assert set(made) == {"avif", "webp", "jpeg"}
    for key, pillow_format in {"avif": "AVIF", "webp": "WEBP", "jpeg": "JPEG"}.items():
        sizes = [(width, height, image.size, image.format) for width, height, image in made[key]]
        assert sizes == [
            (400, 210, (400, 210), pillow_format),
            (800, 420, (800, 420), pillow_format),
            (1200, 630, (1200, 630), pillow_format),
        ]


def test_a_small_hero_is_never_enlarged(make_post, worker):
    with worker():
        post = make_post(hero_image=jpeg(Image.new("RGB", (700, 400), (11, 94, 90))), hero_image_alt="Teal")

    widths = [(width, image.size) for width, _, image in renditions(post)["jpeg"]]

    assert widths == [(400, (400, 210))]


def red_square_near_the_top() -> Image.Image:
    """A 3:2 photo (2400 × 1600) whose subject, a red square, is near its top edge."""
    photo = Image.new("RGB", (2400, 1600), "white")
    photo.paste(RED, (1100, 40, 1300, 160))
    return photo


def shows_red(image: Image.Image) -> bool:
    return any(r > 180 and g < 90 and b < 90 for r, g, b in image.convert("RGB").get_flattened_data())


def test_a_3_2_photo_is_shown_at_40_21_with_its_subject_in_view(make_post, worker):
    with worker():
        centred = make_post(hero_image=jpeg(red_square_near_the_top()), hero_image_alt="A red square")
        focused = make_post(hero_image=jpeg(red_square_near_the_top()), hero_image_alt="A red square", hero_focus_y=5)

    _, _, centred_crop = renditions(centred)["jpeg"][-1]
    _, _, focused_crop = renditions(focused)["jpeg"][-1]
    assert centred_crop.size == focused_crop.size == (1200, 630)
    assert not shows_red(centred_crop)  # cut off by the default, centred crop
    assert shows_red(focused_crop)


def test_no_gps_position_in_the_stored_photo_or_any_rendition(client, staff_user, author, topic, worker):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (33.0, 26.0, 0.0), 3: "W", 4: (112.0, 4.0, 0.0)}  # GPS position
    log_in_verified(client, staff_user)

    with worker():
        client.post(
            "/admin/blog/post/add/",
            {
                **post_form(author, topic, hero_image_alt="Orange"),
                "hero_image": jpeg(Image.new("RGB", (1200, 800), (200, 120, 40)), "phone.jpg", exif=exif),
            },
        )

    post = Post.objects.get()
    images = [stored(post.hero_image.name)] + [image for made in renditions(post).values() for _, _, image in made]
    assert len(images) == 1 + 3 * 3
    assert [image.getexif() for image in images if image.getexif()] == []
    assert [image.info for image in images if {"exif", "xmp"} & set(image.info)] == []


def test_the_flagship_article_shows_a_picture_with_avif_and_webp_at_its_true_size(client, db, worker):
    from demo.content import load_demo_content

    with worker():
        load_demo_content()

    picture = soup_of(client.get(FLAGSHIP_URL)).select_one("article picture")
    types = [source["type"] for source in picture.select("source")]
    img = picture.select_one("img.hero-image")
    largest = img["src"].removeprefix(settings.MEDIA_URL if settings.MEDIA_URL.startswith("/") else "/media/")
    assert types == ["image/avif", "image/webp"]
    assert [entry.split()[1] for entry in img["srcset"].split(", ")] == ["400w", "800w", "1200w"]
    assert img["sizes"] == "(min-width: 64rem) 42rem, 100vw"
    assert (int(img["width"]), int(img["height"])) == stored(largest).size == (1200, 630)
    assert img["alt"].startswith("Illustration of a person resting on a sofa")


def test_pages_never_make_pictures_while_a_reader_waits(client, make_post, worker):
    with worker():
        make_post(hero_image=jpeg(Image.new("RGB", (1200, 630), "teal")), hero_image_alt="Teal", featured=True)
    waiting = make_post(hero_image=jpeg(Image.new("RGB", (1200, 630), "navy")), hero_image_alt="Navy")
    before = media_files()

    for url in ["/", "/blog/", waiting.get_absolute_url(), Post.objects.get(featured=True).get_absolute_url()]:
        assert client.get(url).status_code == 200

    assert media_files() == before
    page = soup_of(client.get(waiting.get_absolute_url()))
    assert page.select_one("img.hero-image")["src"] == waiting.hero_image.url  # the upload, until the worker runs


def test_an_article_without_a_hero_is_shared_with_a_card_of_its_title(client, make_post, worker):
    with worker():
        post = make_post(title="What a ketamine infusion feels like")

    post.refresh_from_db()
    page = soup_of(client.get(post.get_absolute_url()))
    assert stored(post.og_image.name).size == (1200, 630)
    assert page.select_one('meta[property="og:image"]')["content"] == settings.SITE_URL + post.og_image.url
    assert page.select_one('meta[name="twitter:card"]')["content"] == "summary_large_image"


def test_an_article_with_a_hero_is_shared_with_its_1200_pixel_jpeg(client, make_post, worker):
    with worker():
        post = make_post(hero_image=jpeg(Image.new("RGB", (2000, 1200), "teal")), hero_image_alt="Teal")

    post.refresh_from_db()
    og_image = soup_of(client.get(post.get_absolute_url())).select_one('meta[property="og:image"]')["content"]
    assert og_image.startswith(settings.SITE_URL) and og_image.endswith("-1200.jpg")
    assert not post.og_image


def test_moving_the_focal_point_replaces_the_renditions_and_deletes_the_old_ones(make_post, worker):
    with worker():
        post = make_post(hero_image=jpeg(red_square_near_the_top()), hero_image_alt="A red square")
    old = media_files()

    with worker():
        post.hero_focus_y = 5
        post.save()

    new = media_files()
    assert len(new) == len(old) == 1 + 9
    assert len(old & new) == 1  # only the uploaded photo is the same file


def test_make_renditions_catches_up_on_articles_the_worker_missed_and_is_safe_to_run_again(make_post):
    post = make_post(hero_image=jpeg(Image.new("RGB", (1200, 630), "teal")), hero_image_alt="Teal")
    assert Post.objects.get(pk=post.pk).hero_picture is None

    first, second = io.StringIO(), io.StringIO()
    call_command("make_renditions", stdout=first)
    call_command("make_renditions", stdout=second)

    assert Post.objects.get(pk=post.pk).hero_picture.width == 1200
    assert first.getvalue().startswith("Made pictures for 1 article(s)")
    assert second.getvalue().startswith("Made pictures for 0 article(s)")


def test_pictures_made_again_from_the_same_photo_keep_their_addresses(make_post):
    post = make_post(hero_image=jpeg(Image.new("RGB", (1200, 630), "teal")), hero_image_alt="Teal")
    call_command("make_renditions", stdout=io.StringIO())
    before = Post.objects.get(pk=post.pk).hero_picture

    Post.objects.filter(pk=post.pk).update(hero_renditions={})  # as a lost record would be
    call_command("make_renditions", stdout=io.StringIO())

    assert Post.objects.get(pk=post.pk).hero_picture == before
    assert len(media_files()) == 1 + 9
