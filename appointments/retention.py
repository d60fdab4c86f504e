"""How long requests are kept: closed ones for RETENTION_CLOSED_DAYS, spam for RETENTION_SPAM_DAYS.

`manage.py purge_requests` (daily, from a timer) deletes what is past its time, except requests on
legal hold, and keeps a counts-only receipt of each run. The access history outlives the requests
(it keeps each reference), so who saw a request stays answerable after it is gone.
"""

import datetime
import socket
from typing import NamedTuple

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import AppointmentRequest, AuditEvent, PurgeReceipt
from .status import Status

# Finished with: nothing more to do for the patient.
FINISHED_STATUSES = [Status.CLOSED, Status.NOT_A_FIT]


class PastRetention(NamedTuple):
    """The requests due to go, as conditions that exclude one another (each purged request counts once)."""

    finished: Q
    spam: Q
    flood: Q


def past_retention(now: datetime.datetime | None = None) -> PastRetention:
    """Finished requests by their last change; spam by when it was marked spam (a request received long ago and
    marked today is kept its full time; a later edit does not restart the clock); requests held as a flood that
    nobody released or triaged, by when they came: nobody ever looked at them, so that is all there is to go by."""
    now = now or timezone.now()
    closed_before = now - datetime.timedelta(days=settings.RETENTION_CLOSED_DAYS)
    spam_before = now - datetime.timedelta(days=settings.RETENTION_SPAM_DAYS)
    finished = Q(status__in=FINISHED_STATUSES, updated_at__lt=closed_before, created_at__lt=closed_before)
    # Spam marked by a path that does not date it yet: its last change, which marking it was (the old rule).
    marked_before = Q(marked_spam_at__lt=spam_before) | Q(marked_spam_at__isnull=True, updated_at__lt=spam_before)
    spam = Q(status=Status.SPAM) & marked_before
    # Still new: a held request staff contacted, scheduled, closed or marked spam follows its status's rule.
    flood = Q(held_as_flood=True, status=Status.NEW, created_at__lt=spam_before)
    return PastRetention(finished, spam, flood)


@transaction.atomic
def purge_requests(dry_run: bool = False) -> PurgeReceipt:
    """Delete the requests past their retention (legal holds kept); return the stored receipt of counts."""
    past = past_retention()
    due = AppointmentRequest.objects.filter(past.finished | past.spam | past.flood)
    purgeable = due.filter(legal_hold=False)
    receipt = PurgeReceipt(
        dry_run=dry_run,
        closed_purged=purgeable.filter(past.finished).count(),
        spam_purged=purgeable.filter(past.spam).count(),
        flood_purged=purgeable.filter(past.flood).count(),
        held_kept=due.filter(legal_hold=True).count(),
    )
    if not dry_run:
        record_purge(purgeable)
        purgeable.delete()  # notes, emails and contact log go with it; the access history stays
    receipt.save()
    return receipt


def record_purge(requests: QuerySet[AppointmentRequest]) -> None:
    """One access-history row per deleted request: by the retention job (no member of staff), on this server."""
    detail = f"purged by purge_requests on {socket.gethostname()}: past its retention period"[:200]
    AuditEvent.objects.bulk_create(
        AuditEvent(appointment_request=appointment, reference=appointment.reference, action=AuditEvent.Action.DELETED,
                   detail=detail)
        for appointment in requests.only("pk", "reference")
    )  # fmt: skip
