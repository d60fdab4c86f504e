"""Background work: emails about appointment requests, retried with backoff.

django-tasks never retries by itself, so a failed attempt schedules the next one
(`NOTIFICATION_RETRY_DELAYS`); `send_due_notifications` picks up any that a stopped
worker left behind.
"""

import datetime
import logging

from django.db.models import Q
from django.utils import timezone
from django_tasks import default_task_backend, task

from .models import Notification
from .notifications import deliver

logger = logging.getLogger(__name__)
# A pending notification older than this was enqueued but never run (worker stopped, queue lost).
STALE_PENDING = datetime.timedelta(minutes=10)


@task()
def send_notification(notification_id: int) -> None:
    state = deliver(notification_id)
    logger.info("notification %s: %s", notification_id, state)
    if state == Notification.State.FAILED:
        notification = Notification.objects.only("next_attempt_at").get(pk=notification_id)
        if notification.next_attempt_at and default_task_backend.supports_defer:
            send_notification.using(run_after=notification.next_attempt_at).enqueue(notification_id)


def enqueue_delivery(notification_id: int) -> None:
    send_notification.enqueue(notification_id)


def send_due_notifications() -> int:
    """Queue every notification that should have been sent by now; return how many."""
    now = timezone.now()
    due = Notification.objects.filter(
        Q(state=Notification.State.FAILED, next_attempt_at__lte=now)
        | Q(state=Notification.State.PENDING, created_at__lte=now - STALE_PENDING)
    ).values_list("pk", flat=True)
    count = 0
    for notification_id in due:
        enqueue_delivery(notification_id)
        count += 1
    return count
