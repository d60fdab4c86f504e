"""Background work: emails and texts about appointment requests, retried with backoff.

django-tasks never retries by itself, so a failed attempt schedules the next one
(`NOTIFICATION_RETRY_DELAYS`); `send_due_notifications` picks up any that a stopped
worker left behind.
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import default_task_backend, task

from .delivery import deliver
from .models import Notification

logger = logging.getLogger(__name__)
# An attempt this late was queued but never run (the worker stopped, or its queue was lost).
OVERDUE_AFTER = datetime.timedelta(minutes=10)


@task()
def send_notification(notification_id: int) -> None:
    notification = deliver(notification_id)
    if notification is None:
        return
    logger.info("notification %s: %s after %s attempt(s)", notification_id, notification.state, notification.attempts)
    if notification.next_attempt_at and default_task_backend.supports_defer:
        send_notification.using(run_after=notification.next_attempt_at).enqueue(notification_id)


def enqueue_after_commit(notification_ids: list[int]) -> None:
    """Queue these deliveries once the current transaction commits.

    A queue that refuses work must not turn a stored request into an error page: the
    failure is logged (ids only) and send_due_notifications picks the emails up later.
    """

    def enqueue_deliveries() -> None:
        for notification_id in notification_ids:
            try:
                send_notification.enqueue(notification_id)
            except Exception as error:
                logger.warning(
                    "notification %s not queued (%s); the next sweep sends it", notification_id, type(error).__name__
                )

    transaction.on_commit(enqueue_deliveries)


def send_due_notifications() -> int:
    """Queue the notifications whose attempt is overdue (their task was lost); return how many.

    Each one is claimed by moving its attempt time to now, so the next sweep leaves it alone
    unless it is overdue again.
    """
    now = timezone.now()
    with transaction.atomic():
        overdue = list(
            Notification.objects.due(at=now - OVERDUE_AFTER)
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)
        )
        Notification.objects.filter(pk__in=overdue).update(next_attempt_at=now)
        enqueue_after_commit(overdue)
    return len(overdue)
