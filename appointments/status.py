"""Where a request stands in triage. Its own module so that the response clock can ask without a cycle."""

from django.db import models
from django.db.models import Q


class Status(models.TextChoices):
    NEW = "new", "New"
    CONTACTED = "contacted", "Contacted"
    SCHEDULED = "scheduled", "Scheduled"
    NOT_A_FIT = "not_a_fit", "Not a fit"
    CLOSED = "closed", "Closed"
    SPAM = "spam", "Spam"


# Requests the front desk still has work on.
OPEN_STATUSES = [Status.NEW, Status.CONTACTED, Status.SCHEDULED]


# Crisis language flags a request urgent; it stays urgent until someone has spoken with the patient
# (a call with no answer, a voicemail or an email leaves it new). The list and the home page ask this.
def needs_urgent_call_condition() -> Q:
    return Q(is_urgent=True, status=Status.NEW)
