"""Where a request stands in triage. Its own module so that the response clock can ask without a cycle."""

from django.db import models


class Status(models.TextChoices):
    NEW = "new", "New"
    CONTACTED = "contacted", "Contacted"
    SCHEDULED = "scheduled", "Scheduled"
    NOT_A_FIT = "not_a_fit", "Not a fit"
    CLOSED = "closed", "Closed"
    SPAM = "spam", "Spam"


# Requests the front desk still has work on.
OPEN_STATUSES = [Status.NEW, Status.CONTACTED, Status.SCHEDULED]
