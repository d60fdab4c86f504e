"""What the sign-in steps write to the security log (incoming/security_log.py): the account and the address.

Never a password, a code or an enrolment token: only that one was wrong, refused or used.
"""

from django.http import HttpRequest

from incoming.client_address import client_ip
from incoming.security_log import MAX_USERNAME_CHARS, logger

from .throttle import Allowance


def _who(request: HttpRequest | None, username: str) -> tuple[str, str]:
    address = (client_ip(request) if request is not None else "") or "unknown"
    return username[:MAX_USERNAME_CHARS], address


def password_step_throttled(request: HttpRequest | None, username: str, allowance: Allowance, wait: int) -> None:
    name, address = _who(request, username)
    logger.warning(
        "throttled password try for username %r from %s (%s: %d s to wait)", name, address, allowance.kind, wait
    )


def code_step_throttled(request: HttpRequest, username: str, wait: int) -> None:
    name, address = _who(request, username)
    logger.warning("throttled code try for username %r from %s (%d s to wait)", name, address, wait)


def wrong_code(request: HttpRequest, username: str, step: str) -> None:
    """A wrong second-factor code, at the code step or while setting up the app (`step`)."""
    name, address = _who(request, username)
    logger.warning("wrong %s code for username %r from %s", step, name, address)


def enrolment_link_issued(username: str, issued_by: str) -> None:
    logger.info("enrolment link issued for username %r by %r", username[:MAX_USERNAME_CHARS], issued_by)


def enrolment_link_refused(request: HttpRequest) -> None:
    """An enrolment link that is unknown, used or expired: a typo, an old email, or someone trying tokens."""
    _, address = _who(request, "")
    logger.warning("unknown, used or expired enrolment link opened from %s", address)


def enrolled(request: HttpRequest, username: str) -> None:
    name, address = _who(request, username)
    logger.info("authenticator app set up with an enrolment link for username %r from %s", name, address)
