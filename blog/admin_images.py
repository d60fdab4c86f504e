"""The admin's image fields: checked with clear messages, shown as a thumbnail, kept across a validation error.

A browser never fills a file input in again, so when an article's form comes back with an error
(a missing title, say) the picture the editor chose would be lost. Instead a valid upload is kept
(stripped of its metadata, under blog/pending/ with an unguessable name) and the form carries a
signed token for it: sent again without a new file, the form uses the kept one.
"""

import datetime
import uuid
from pathlib import Path
from typing import Any

from django import forms
from django.contrib import admin
from django.core import signing
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.http import QueryDict
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from .images import HERO_MIN_WIDTH, NOT_AN_IMAGE, check_image, without_metadata
from .models import Post

KEPT_FOLDER = "blog/pending"
KEPT_SALT = "blog.admin_images.kept-upload"
KEPT_FOR = datetime.timedelta(days=1)
THUMBNAIL_WIDTH = 240


class CheckedImageField(forms.ImageField):
    """Django's ImageField, with our checks first: their messages say what is wrong (size, format, not an image)."""

    min_width = 0
    default_error_messages = {"invalid_image": NOT_AN_IMAGE}

    def to_python(self, data: Any) -> File | None:
        if data not in self.empty_values:
            check_image(data, min_width=self.min_width)
        return super().to_python(data)


class HeroImageField(CheckedImageField):
    min_width = HERO_MIN_WIDTH


def keep_upload(upload: File) -> str:
    """Store a valid upload without its metadata until the form is sent again; return the form's token."""
    clean = without_metadata(upload)
    name = default_storage.save(f"{KEPT_FOLDER}/{uuid.uuid4().hex}{Path(clean.name or '').suffix}", clean)
    return signing.dumps({"name": name, "filename": clean.name}, salt=KEPT_SALT)


def kept_upload(token: str) -> tuple[SimpleUploadedFile, str] | None:
    """The upload a token stands for, and its storage name; None if the token is forged, old or its file gone."""
    try:
        kept = signing.loads(token, salt=KEPT_SALT, max_age=KEPT_FOR)
    except signing.BadSignature:  # also an expired token, or none
        return None
    name = kept["name"]
    if not name.startswith(f"{KEPT_FOLDER}/") or not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as stored:
        return SimpleUploadedFile(kept["filename"], stored.read()), name


def delete_stale_kept_uploads() -> int:
    """Delete kept uploads older than KEPT_FOR (the form they were kept for was left); return how many."""
    if not default_storage.exists(KEPT_FOLDER):
        return 0
    cutoff = timezone.now() - KEPT_FOR
    stale = [
        f"{KEPT_FOLDER}/{name}"
        for name in default_storage.listdir(KEPT_FOLDER)[1]
        if default_storage.get_modified_time(f"{KEPT_FOLDER}/{name}") < cutoff
    ]
    for name in stale:
        default_storage.delete(name)
    return len(stale)


class KeepsHeroImageForm(forms.ModelForm):
    kept_hero_image = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kept_name = ""
        chose_nothing = not self.files.get("hero_image") and not self.data.get("hero_image-clear")
        kept = kept_upload(self.data.get("kept_hero_image", "")) if self.is_bound and chose_nothing else None
        if kept is not None:
            upload, self.kept_name = kept
            self.files = self.files.copy()
            self.files["hero_image"] = upload
            self._say_kept(upload.name or "", self.kept_name)

    def full_clean(self) -> None:
        super().full_clean()
        upload = self.files.get("hero_image")
        if self.errors and upload and "hero_image" not in self.errors and not self.kept_name:
            token = keep_upload(upload)
            self.kept_name = signing.loads(token, salt=KEPT_SALT)["name"]
            data = QueryDict(mutable=True)
            data.update(self.data)
            data["kept_hero_image"] = token
            self.data = data
            self._say_kept(upload.name or "", self.kept_name)

    def _say_kept(self, filename: str, name: str) -> None:
        # The bound field copied the help text when validation made it: both are told.
        self.fields["hero_image"].help_text = self["hero_image"].help_text = format_html(
            '<img src="{}" alt="" width="{}" class="kept-image"> Kept: {}. You need not choose it again.',
            default_storage.url(name),
            THUMBNAIL_WIDTH // 2,
            filename,
        )

    def save(self, commit: bool = True) -> Any:
        post = super().save(commit)
        if self.kept_name:
            # The form holds the kept file's bytes; the stored copy has done its job.
            default_storage.delete(self.kept_name)
        return post


class HeroImageAdmin(admin.ModelAdmin):
    """What PostAdmin needs for its hero: the checked field, the form that keeps it, a thumbnail."""

    form = KeepsHeroImageForm
    formfield_overrides = {models.ImageField: {"form_class": HeroImageField}}
    readonly_fields = ["hero_thumbnail"]

    @admin.display(description="As shown")
    def hero_thumbnail(self, post: Post) -> SafeString | str:
        picture = post.hero_picture
        if picture is None and not post.hero_image:
            return "No picture yet."
        src = picture.srcset.split(" ", 1)[0] if picture else post.hero_image.url
        return format_html('<img src="{}" alt="" width="{}">', src, THUMBNAIL_WIDTH)
