from django.core.management.base import BaseCommand

from blog.admin_images import delete_stale_kept_uploads
from blog.models import Post
from blog.renditions import refresh_pictures


class Command(BaseCommand):
    help = (
        "Make the articles' missing or outdated picture renditions and Open Graph cards (the worker makes them "
        "after each save; this catches up older articles and lost tasks), and delete uploads kept for an admin "
        "form more than a day ago. Safe to run again: what is up to date is left alone."
    )

    def handle(self, *args: object, **options: object) -> None:
        made = sum(refresh_pictures(post) for post in Post.objects.order_by("pk").iterator())
        deleted = delete_stale_kept_uploads()
        self.stdout.write(f"Made pictures for {made} article(s); deleted {deleted} stale kept upload(s).")
