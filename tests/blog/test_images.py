"""Hero images as published: the pixels in a format browsers show, nothing else from the file."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageCms, PngImagePlugin

from blog.models import Post

pytestmark = pytest.mark.django_db


def upload(image: Image.Image, image_format: str, name: str, **save_options) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **save_options)
    return SimpleUploadedFile(name, buffer.getvalue())


def published(make_post, hero: SimpleUploadedFile) -> Image.Image:
    post = make_post(hero_image=hero, hero_image_alt="A calm room")
    stored = Image.open(Post.objects.get(pk=post.pk).hero_image.path)
    stored.load()
    return stored


def test_a_png_with_transparency_stays_a_png_without_its_text_or_colour_profile(make_post):
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Ann Example")
    info.add_text("Location", "33.4, -112.0")
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    hero = upload(
        Image.new("RGBA", (40, 30), (0, 128, 255, 100)), "PNG", "diagram.png", pnginfo=info, icc_profile=profile
    )

    stored = published(make_post, hero)

    assert (stored.format, stored.mode, stored.size) == ("PNG", "RGBA", (40, 30))
    assert stored.getpixel((0, 0)) == (0, 128, 255, 100)
    assert not {"Author", "Location", "icc_profile"} & set(stored.info)
    assert Post.objects.get().hero_image.name.endswith(".png")


@pytest.mark.parametrize(
    ("image", "image_format", "name"),
    [
        (Image.new("P", (40, 30), 3), "GIF", "banner.gif"),
        (Image.new("RGBA", (40, 30), (200, 120, 40, 255)), "TIFF", "scan.tiff"),
        (Image.new("CMYK", (40, 30), (0, 50, 100, 0)), "TIFF", "print.tif"),
    ],
)
def test_other_formats_are_published_as_jpeg(make_post, image, image_format, name):
    stored = published(make_post, upload(image, image_format, name))

    assert (stored.format, stored.mode, stored.size) == ("JPEG", "RGB", (40, 30))
    assert Post.objects.get().hero_image.name.endswith(".jpg")


def test_a_greyscale_jpeg_stays_greyscale(make_post):
    stored = published(make_post, upload(Image.new("L", (40, 30), 90), "JPEG", "xray.jpg"))

    assert (stored.format, stored.mode) == ("JPEG", "L")


def test_saving_an_article_again_keeps_its_published_image(make_post):
    post = make_post(
        hero_image=upload(Image.new("RGB", (40, 30), (1, 2, 3)), "JPEG", "room.jpg"), hero_image_alt="A room"
    )
    name = Post.objects.get(pk=post.pk).hero_image.name

    post = Post.objects.get(pk=post.pk)
    post.title = "A new title"
    post.save()

    assert Post.objects.get(pk=post.pk).hero_image.name == name
