"""Enrolment links: what a member of staff needs, besides the password, to set up an authenticator app."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class EnrolmentLinkQuerySet(models.QuerySet["EnrolmentLink"]):
    def live(self) -> "EnrolmentLinkQuerySet":
        """Links that still work: not used, not expired, not replaced by a newer one (replacing deletes)."""
        return self.filter(used_at__isnull=True, expires_at__gt=timezone.now())


class EnrolmentLink(models.Model):
    """A one-time link a superuser issues: with it (and the password) the person sets up the app once.

    Only a hash of the token is kept, so a copy of the database cannot be used to enrol.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolment_links")
    # SHA-256 of the token in the link; unique, which also indexes the one lookup by it.
    token_hash = models.CharField(max_length=64, unique=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    issued_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    objects = EnrolmentLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_at"]

    def __str__(self) -> str:
        return f"Enrolment link for {self.user}, issued {self.issued_at:%Y-%m-%d %H:%M}"
