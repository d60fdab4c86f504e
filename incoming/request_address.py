"""The address of the request being handled, for the access history: who saw patient data, and from where.

Set by a middleware for each request, read by appointments.triage.record, so that every
function that records access needs no request passed down to it. Outside a request it is None.
"""

from collections.abc import Callable
from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse

from .client_address import client_ip

current_address: ContextVar[str | None] = ContextVar("current_address", default=None)


class RememberAddressMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = current_address.set(client_ip(request) or None)
        try:
            return self.get_response(request)
        finally:
            current_address.reset(token)
