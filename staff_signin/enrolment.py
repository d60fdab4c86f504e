"""Enrolment links: issued by a superuser, opened by the person in their browser, used once within a day.

The password alone never shows an authenticator app's secret: a thief who has it would otherwise
set up their own app on an account that has none yet. The link is the second thing they lack.
"""

import datetime
import hashlib
import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from .devices import confirmed_app
from .models import EnrolmentLink

LIFETIME = datetime.timedelta(hours=24)
SESSION_KEY = "staff_signin_enrolment_link"

User = AbstractBaseUser | AnonymousUser


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def why_not_issued(user: User) -> str:
    """Why this account cannot be given a link ("" when it can)."""
    if not (user.is_active and getattr(user, "is_staff", False)):
        return "it is not an active staff account"
    if confirmed_app(user):
        return "it has an authenticator app already (for a lost phone, delete its TOTP device first)"
    return ""


@transaction.atomic
def issue(user: AbstractBaseUser, issued_by: AbstractBaseUser | None) -> tuple[str, EnrolmentLink]:
    """A new link's token (shown once, never stored) and its row; earlier unused links of the user stop working.

    Any half-done setup is dropped too, so the app's secret is a new one that only this link's holder sees.
    """
    EnrolmentLink.objects.filter(user_id=user.pk, used_at__isnull=True).delete()
    TOTPDevice.objects.filter(user_id=user.pk, confirmed=False).delete()
    token = secrets.token_urlsafe(32)
    link = EnrolmentLink.objects.create(
        user_id=user.pk,
        issued_by_id=issued_by.pk if issued_by else None,
        token_hash=_hash(token),
        expires_at=timezone.now() + LIFETIME,
    )
    return token, link


def url_of(token: str) -> str:
    """The link to give the person, on the site's canonical address."""
    # In the query string: the access logs leave query strings out (docs/operations.md, "Logs keep personal data out").
    return f"{settings.SITE_URL}{reverse('staff_signin:enrolment-link')}?{urlencode({'token': token})}"


def find(token: str) -> EnrolmentLink | None:
    """The live link with this token, if any."""
    if not token or len(token) > 200:
        return None
    return EnrolmentLink.objects.live().select_related("user").filter(token_hash=_hash(token)).first()


def hold(request: HttpRequest, link: EnrolmentLink) -> None:
    """This browser opened the link: its session may set up the app of the link's user, after the password."""
    request.session[SESSION_KEY] = link.pk


def held(request: HttpRequest) -> EnrolmentLink | None:
    """The live link this session opened, if it is for the user now signing in."""
    pk = request.session.get(SESSION_KEY)
    if not isinstance(pk, int) or not request.user.is_authenticated:
        return None
    return EnrolmentLink.objects.live().filter(pk=pk, user_id=request.user.pk).first()


def use(request: HttpRequest, link: EnrolmentLink) -> bool:
    """Spend the link; False if it was spent (or expired) meanwhile, e.g. in another tab."""
    spent = EnrolmentLink.objects.live().filter(pk=link.pk).update(used_at=timezone.now())
    request.session.pop(SESSION_KEY, None)
    return spent == 1
