"""Uploaded images: checked before anything is stored, then re-encoded so that only the pixels are published."""

import io
import warnings
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.db.models.fields.files import FieldFile
from PIL import Image, ImageOps

SAVE_FORMATS = {"JPEG": ("JPEG", ".jpg"), "PNG": ("PNG", ".png"), "WEBP": ("WEBP", ".webp")}
# What staff may upload: what every browser shows, and what a phone or an editor exports.
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP"}
# A 40-megapixel photo is larger than any phone's; beyond that decoding costs too much memory
# (a 1 KB PNG can claim 100,000 × 100,000 pixels: a decompression bomb).
MAX_PIXELS = 40_000_000
# An article's picture fills a 42rem column on a phone with a dense screen; below this it looks blurred.
HERO_MIN_WIDTH = 600
# What is kept of an upload: enough for the largest rendition twice over, and a bounded fallback.
MAX_STORED_SIDE = 2400

# Set on an upload that passed check_image: decoding a 24-megapixel photo takes about a third of a second.
CHECKED_FOR_WIDTH = "_checked_image_min_width"

NOT_AN_IMAGE = "This file is not an image we can read. Please choose a JPEG, PNG or WebP photo."
DAMAGED_IMAGE = (
    "This image is damaged or incomplete (perhaps cut short while copying). "
    "Please export or download it again, then choose the new file."
)


def check_image(upload: File, min_width: int = 0) -> None:
    """Refuse, with a message staff can act on, anything but a whole, readable JPEG, PNG or WebP of sane size.

    Every image field and form calls this one function. Only the header is read before the size is
    checked, so a decompression bomb is never decoded. Then the whole picture is decoded: `verify()`
    checks a PNG's checksums but not a JPEG's data, and a JPEG cut short passes it, only to fail
    when the picture is re-encoded on save (a 500) or when its renditions are made.
    """
    if getattr(upload, CHECKED_FOR_WIDTH, -1) >= min_width:
        return  # the form field checked it; the model field's validator asks again
    position = upload.tell()
    try:
        with warnings.catch_warnings():
            # Our limit, far below Pillow's warning, is checked on the header next, with the size in the message.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            _check_header_and_structure(upload, min_width)
            upload.seek(position)
            _check_pixels(upload)
    finally:
        upload.seek(position)
    setattr(upload, CHECKED_FOR_WIDTH, min_width)


def _check_header_and_structure(upload: File, min_width: int) -> None:
    try:
        image = Image.open(upload)
    except Image.DecompressionBombError:  # over twice Pillow's limit: refused while opening
        raise ValidationError(_too_large_message(None), code="image_too_large") from None
    except Exception:
        # Pillow raises many kinds of error on a file that is not an image (text, nothing at all).
        raise ValidationError(NOT_AN_IMAGE, code="invalid_image") from None
    with image:
        _check_size(*image.size, min_width)
        if image.format not in ACCEPTED_FORMATS:
            raise ValidationError(
                f"This is a {image.format} file. Please choose a JPEG, PNG or WebP photo.", code="image_format"
            )
        try:
            image.verify()  # a PNG's checksums, a file cut short before its end
        except Exception:
            raise ValidationError(DAMAGED_IMAGE, code="damaged_image") from None


def _check_pixels(upload: File) -> None:
    """Decode every pixel, and turn the picture upright as publishing will (verify() leaves the file unusable)."""
    try:
        with Image.open(upload) as image:
            image.load()
            ImageOps.exif_transpose(image, in_place=True)
    except Exception:  # OSError("image file is truncated"), a bad EXIF block, ...
        raise ValidationError(DAMAGED_IMAGE, code="damaged_image") from None


def _check_size(width: int, height: int, min_width: int) -> None:
    if width * height > MAX_PIXELS:
        raise ValidationError(_too_large_message(width * height), code="image_too_large")
    if width < min_width:
        raise ValidationError(
            f"This image is {width} pixels wide; please choose one at least {min_width} pixels wide, "
            "so that it stays sharp on large screens.",
            code="image_too_small",
        )


def _too_large_message(pixels: int | None) -> str:
    size = f" ({pixels / 1_000_000:,.0f} megapixels; at most {MAX_PIXELS // 1_000_000})" if pixels else ""
    return f"This image is too large to process{size}. Please choose a smaller photo (a phone photo is fine)."


def _new_upload(value: File) -> bool:
    """A file chosen in this form, not the one already stored (which was checked when it came)."""
    return not getattr(value, "_committed", False)


def _chosen_file(value: File) -> File:
    """The upload behind a model field's value: the object the form field checked (and marked so)."""
    return value.file if isinstance(value, FieldFile) else value


def validate_hero_image(value: File) -> None:
    if value and _new_upload(value):
        check_image(_chosen_file(value), min_width=HERO_MIN_WIDTH)


def validate_portrait(value: File) -> None:
    if value and _new_upload(value):
        check_image(_chosen_file(value))


def without_metadata(upload: File) -> ContentFile:
    """The image with EXIF (camera, GPS position, dates) and other metadata removed.

    The picture is turned upright first, since dropping EXIF drops its orientation flag too,
    and made no larger than MAX_STORED_SIDE on its longer side.
    """
    with Image.open(upload) as original:
        image_format = original.format if original.format in SAVE_FORMATS else "JPEG"
        clean = ImageOps.exif_transpose(original)
        clean.load()
    clean.thumbnail((MAX_STORED_SIDE, MAX_STORED_SIDE), Image.Resampling.LANCZOS)
    # Pillow writes metadata only when it is handed over; nothing of the original's goes with it.
    clean.info = {}
    pillow_format, suffix = SAVE_FORMATS[image_format]
    if pillow_format == "JPEG" and clean.mode not in {"RGB", "L"}:
        clean = clean.convert("RGB")
    buffer = io.BytesIO()
    clean.save(buffer, format=pillow_format, quality=85, optimize=True)
    assert upload.name is not None, "an uploaded file always has a name"
    return ContentFile(buffer.getvalue(), name=Path(upload.name).stem + suffix)
