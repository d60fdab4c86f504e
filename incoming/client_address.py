"""The address of the client behind a request, for rate limits and login throttling."""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def from_trusted_proxy(address: str) -> bool:
    """Whether the socket's peer is one of our own proxies (TRUSTED_PROXIES), the only ones whose header we believe."""
    try:
        peer = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(peer in ipaddress.ip_network(network, strict=False) for network in settings.TRUSTED_PROXIES)


def client_ip(request: HttpRequest) -> str:
    """The client's address: from the header our own proxy sets (CLIENT_IP_META_KEY), else the socket's.

    The header counts only when the request came from a trusted proxy: anyone else could send
    it and pick the address that rate limits count against. Of a list ("client, proxy1,
    proxy2") only the last entry is trusted: the one our proxy added. Anything that is not an
    address falls back to REMOTE_ADDR.
    """
    socket_address: str = request.META.get("REMOTE_ADDR", "")
    if settings.CLIENT_IP_META_KEY == "REMOTE_ADDR" or not from_trusted_proxy(socket_address):
        return socket_address
    candidate = request.META.get(settings.CLIENT_IP_META_KEY, "").split(",")[-1].strip()
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return socket_address
