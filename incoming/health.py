"""`/healthz`: whether this app server can serve pages, for nginx, a load balancer or monitoring."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            row: tuple[int, ...] | None = cursor.fetchone()
    except Exception as error:
        logger.warning("health check: database unavailable (%s)", type(error).__name__)
        return False
    return row == (1,)


def cache_answers() -> bool:
    """A round trip through the shared cache: rate limits, sign-in throttling and readership counts live there."""
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=10)
        answered: bool = cache.get(key) == "1"
        cache.delete(key)
    except Exception as error:
        logger.warning("health check: cache unavailable (%s)", type(error).__name__)
        return False
    return answered


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """200 "ok" when the database and the shared cache both answer, else 503 "unavailable".

    Nothing more is said: the address is public, and which part is down (or its error text) is for the
    logs. The Host header must still be one of ALLOWED_HOSTS.
    """
    healthy = database_answers() and cache_answers()
    return HttpResponse(
        "ok\n" if healthy else "unavailable\n", status=200 if healthy else 503, content_type="text/plain; charset=utf-8"
    )
