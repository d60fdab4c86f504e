"""The address of the client behind a request, for rate limits and login throttling."""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The client's address: from the header our own proxy sets (CLIENT_IP_META_KEY), else the socket's.

    Of a list ("client, proxy1, proxy2") only the last entry is trusted: the one our proxy
    added. Anything that is not an address falls back to REMOTE_ADDR.
    """
    candidate = request.META.get(settings.CLIENT_IP_META_KEY, "").split(",")[-1].strip()
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        socket_address: str = request.META.get("REMOTE_ADDR", "")
        return socket_address
