"""Background work for articles: their pictures, made by the worker once the article is saved."""

import logging

from django.db import transaction
from django_tasks import task

from .models import Post
from .renditions import refresh_pictures

logger = logging.getLogger(__name__)


@task()
def make_pictures(post_id: int) -> None:
    post = Post.objects.filter(pk=post_id).first()
    if post is not None and refresh_pictures(post):
        logger.info("post %s: pictures made", post_id)


def queue_pictures(post_id: int) -> None:
    """Queue the post's pictures once the current transaction commits.

    A queue that refuses work must not lose the editor's save: the article shows its plain hero
    until `manage.py make_renditions` makes what is missing.
    """

    def enqueue() -> None:
        try:
            make_pictures.enqueue(post_id)
        except Exception as error:
            logger.warning("post %s: pictures not queued (%s); run make_renditions", post_id, type(error).__name__)

    transaction.on_commit(enqueue)
