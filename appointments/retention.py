"""How long requests are kept: closed ones for RETENTION_CLOSED_DAYS, spam for RETENTION_SPAM_DAYS.

`manage.py purge_requests` (daily, from a timer) deletes what is past its time, except requests on
legal hold, and keeps a counts-only receipt of each run. The access history outlives the requests
(it keeps each reference), so who saw a request stays answerable after it is gone.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import AppointmentRequest, PurgeReceipt
from .status import Status

# Finished with: nothing more to do for the patient.
FINISHED_STATUSES = [Status.CLOSED, Status.NOT_A_FIT]


def past_retention(now: datetime.datetime | None = None) -> tuple[Q, Q]:
    """Conditions for finished requests and spam whose last change is older than their retention period."""
    now = now or timezone.now()
    closed_before = now - datetime.timedelta(days=settings.RETENTION_CLOSED_DAYS)
    spam_before = now - datetime.timedelta(days=settings.RETENTION_SPAM_DAYS)
    finished = Q(status__in=FINISHED_STATUSES, updated_at__lt=closed_before, created_at__lt=closed_before)
    spam = Q(status=Status.SPAM, updated_at__lt=spam_before)
    return finished, spam


@transaction.atomic
def purge_requests(dry_run: bool = False) -> PurgeReceipt:
    """Delete the requests past their retention (legal holds kept); return the stored receipt of counts."""
    finished, spam = past_retention()
    due = AppointmentRequest.objects.filter(finished | spam)
    kept = due.filter(legal_hold=True).count()
    purgeable = due.filter(legal_hold=False)
    receipt = PurgeReceipt(
        dry_run=dry_run,
        closed_purged=purgeable.filter(finished).count(),
        spam_purged=purgeable.filter(spam).count(),
        held_kept=kept,
    )
    if not dry_run:
        purgeable.delete()  # notes, emails and contact log go with it; the access history stays
    receipt.save()
    return receipt
