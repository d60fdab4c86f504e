"""Uploaded images, re-encoded so that nothing but the pixels is published."""

import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from PIL import Image, ImageOps

SAVE_FORMATS = {"JPEG": ("JPEG", ".jpg"), "PNG": ("PNG", ".png"), "WEBP": ("WEBP", ".webp")}


def without_metadata(upload: UploadedFile) -> ContentFile:
    """The image with EXIF (camera, GPS position, dates) and other metadata removed.

    The picture is turned upright first, since dropping EXIF drops its orientation flag too.
    """
    with Image.open(upload) as original:
        image_format = original.format if original.format in SAVE_FORMATS else "JPEG"
        clean = ImageOps.exif_transpose(original)
        clean.load()
    # Pillow writes metadata only when it is handed over; nothing of the original's goes with it.
    clean.info = {}
    pillow_format, suffix = SAVE_FORMATS[image_format]
    if pillow_format == "JPEG" and clean.mode not in {"RGB", "L"}:
        clean = clean.convert("RGB")
    buffer = io.BytesIO()
    clean.save(buffer, format=pillow_format, quality=85, optimize=True)
    assert upload.name is not None, "an uploaded file always has a name"
    return ContentFile(buffer.getvalue(), name=Path(upload.name).stem + suffix)
