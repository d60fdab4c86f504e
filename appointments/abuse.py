"""Keeping bots and floods out of the request form without bothering patients."""

import ipaddress
import logging
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core import signing
from django.http import HttpRequest
from django_ratelimit.core import is_ratelimited

from incoming.client_address import client_ip

logger = logging.getLogger(__name__)

FORM_STARTED_SALT = "appointments.form-started"
RATE_LIMIT_GROUP = "appointments.request"
FLOOD_GROUP = "appointments.flood"
HELD_GROUP = "appointments.held"
SOMETHING_WENT_WRONG = "Something went wrong with this form. Please check your details and send it again."


class Refusal(Exception):
    """A submission we will not store, with the message the person sees and the HTTP status.

    `call_us`: the page shows the clinic's phone number with the message, the one way left to reach us.
    """

    def __init__(self, message: str, status: int, call_us: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.call_us = call_us


def sign_form_start(token: uuid.UUID | str) -> str:
    """The form's start stamp: the time it was shown and its one-time token, signed by us.

    Binding the two means a client cannot make up a token: a stamp opens one request only.
    """
    return signing.dumps({"at": time.time(), "token": str(token)}, salt=FORM_STARTED_SALT)


def new_form_stamp() -> tuple[uuid.UUID, str]:
    """A fresh one-time token and the stamp bound to it, for a form about to be shown."""
    token = uuid.uuid4()
    return token, sign_form_start(token)


def check_fill_time(signed_start: str, token: str) -> None:
    """Refuse forms sent faster than a person can fill them in, or whose stamp is tampered or not their token's."""
    try:
        stamp = signing.loads(signed_start, salt=FORM_STARTED_SALT, max_age=settings.APPOINTMENT_FORM_MAX_AGE)
    except signing.SignatureExpired as error:
        raise Refusal(
            "This form was open for a long time, so please check your details and send it again.", 400
        ) from error
    except signing.BadSignature as error:
        raise Refusal(SOMETHING_WENT_WRONG, 400) from error
    if not isinstance(stamp, dict) or stamp.get("token") != token or not isinstance(stamp.get("at"), int | float):
        raise Refusal(SOMETHING_WENT_WRONG, 400)
    if time.time() - stamp["at"] < settings.APPOINTMENT_FORM_MIN_SECONDS:
        raise Refusal("That was quicker than we expected. Please check your details and send the form again.", 400)


def check_honeypot(value: str | None) -> None:
    """The hidden field must come back, empty: a bot that fills it in or leaves it out is refused alike."""
    if value is None or value:
        raise Refusal("We could not accept this form. Please call or text us instead.", 400, call_us=True)


def _rate_limit_key(group: str, request: HttpRequest) -> str:
    address = ipaddress.ip_address(client_ip(request) or "0.0.0.0")
    # One IPv6 household or phone usually holds a whole /64.
    return str(ipaddress.ip_network(f"{address}/64", strict=False)) if address.version == 6 else str(address)


def check_rate_limit(request: HttpRequest) -> None:
    """Per-client limit kept in the shared cache, so it holds across all app servers.

    If the cache cannot be reached the request goes through: a spam guard must never be
    the reason a patient's request is lost.
    """
    if _over_limit(request, RATE_LIMIT_GROUP, _rate_limit_key, settings.APPOINTMENT_RATE_LIMIT, "rate limit"):
        raise Refusal(
            "We have received several requests from your connection in a short time. "
            "Please wait an hour and try again, or call or text us.",
            429,
            call_us=True,
        )


def _everyone(group: str, request: HttpRequest) -> str:
    return "all clients"


def looks_like_flood(request: HttpRequest) -> bool:
    """Whether this stored request is above the ceiling for all clients together (APPOINTMENT_FLOOD_CEILING).

    A botnet spreads over many addresses, under every per-client limit; what it cannot hide is the
    total. Counted in the shared cache, so across all app servers. Requests above it are still
    stored (a real patient may be among them), only held. Without a cache nothing is held.
    """
    flooded = _over_limit(request, FLOOD_GROUP, _everyone, settings.APPOINTMENT_FLOOD_CEILING, "flood ceiling")
    if flooded:
        logger.warning("appointment request held: above the flood ceiling of %s", settings.APPOINTMENT_FLOOD_CEILING)
    return flooded


def check_held_ceiling(request: HttpRequest) -> None:
    """Refuse a request that would be held once APPOINTMENT_HELD_DAILY_CEILING held requests came today.

    Holding keeps a flood out of the front desk's way but still stores every row: a flood that lasts
    fills the database. Past this ceiling nothing more is stored; whoever is real among the senders
    is told to call, with the number. Counted in the shared cache (an atomic increment in Redis);
    without a cache nothing is held, so nothing is counted either.
    """
    rate = f"{settings.APPOINTMENT_HELD_DAILY_CEILING}/d"
    if _over_limit(request, HELD_GROUP, _everyone, rate, "held ceiling"):
        logger.warning(
            "appointment request refused: above the held ceiling of %s a day", settings.APPOINTMENT_HELD_DAILY_CEILING
        )
        raise Refusal(
            "We cannot take requests online right now. Please call us and we will take your request by phone.",
            429,
            call_us=True,
        )


def _over_limit(request: HttpRequest, group: str, key: Callable[[str, HttpRequest], str], rate: str, name: str) -> bool:
    """Count this POST against a limit kept in the shared cache; a cache that cannot be reached counts as
    under the limit (logged), so that a guard is never the reason a request is lost."""
    try:
        over: bool = is_ratelimited(request, group=group, key=key, rate=rate, method="POST", increment=True)
    except Exception as error:
        logger.warning("%s not checked, cache unavailable (%s)", name, type(error).__name__)
        return False
    return over
