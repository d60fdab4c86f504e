"""Behind nginx each patient is counted at their own address (the one nginx appends to X-Forwarded-For), on
every surface that counts per address: the form's limit and the articles' reading beacon. A client that is not
our proxy cannot pick the address it is counted at by sending the header itself."""

import pytest
from django.core.cache import cache
from django.utils import timezone

from appointments.models import AppointmentRequest
from blog.readership import counter_key

from ..helpers import FORM_URL, fresh_form

pytestmark = pytest.mark.django_db

PROXY = "127.0.0.1"  # in TRUSTED_PROXIES, as nginx on the app server
BROWSER = {"User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1"}

# Two requests, each as (the socket's peer, the X-Forwarded-For it carries), and whether they come from two
# clients (each counted on their own) or one.
CASES = {
    "two clients straight to the app": (("203.0.113.5", None), ("203.0.113.6", None), True),
    "two patients behind the proxy": ((PROXY, "198.51.100.1"), (PROXY, "198.51.100.2"), True),
    "one patient behind the proxy, twice": ((PROXY, "198.51.100.1"), (PROXY, "198.51.100.1"), False),
    "a header sent by a client that is not our proxy": (
        ("203.0.113.5", "198.51.100.1"),
        ("203.0.113.5", "198.51.100.2"),
        False,
    ),
    "made-up entries before the one the proxy added": (
        (PROXY, "10.0.0.1, 198.51.100.1"),
        (PROXY, "10.0.0.2, 198.51.100.1"),
        False,
    ),
    "two patients behind the proxy over IPv6": (("::1", "2001:db8:1::5"), ("::1", "2001:db8:2::5"), True),
}


@pytest.fixture(autouse=True)
def _behind_nginx(settings):
    # As deploy/local-stack.sh and .env.example configure it for deploy/nginx/proxy.conf.
    settings.CLIENT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    settings.TRUSTED_PROXIES = ["127.0.0.0/8", "::1/128"]


def arriving_as(peer: str, forwarded: str | None) -> dict:
    return {"REMOTE_ADDR": peer, **({"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {})}


@pytest.mark.parametrize(("first", "second", "two_clients"), CASES.values(), ids=CASES.keys())
def test_the_form_limit_counts_each_client_at_its_own_address(client, form_data, settings, first, second, two_clients):
    settings.APPOINTMENT_RATE_LIMIT = "1/h"

    statuses = [
        client.post(
            FORM_URL, {**fresh_form(form_data), "email": f"p{number}@example.com"}, **arriving_as(*sent)
        ).status_code
        for number, sent in enumerate([first, second])
    ]

    assert statuses == ([302, 302] if two_clients else [302, 429])
    assert AppointmentRequest.objects.count() == (2 if two_clients else 1)


@pytest.mark.parametrize(("first", "second", "two_clients"), CASES.values(), ids=CASES.keys())
def test_the_reading_beacon_counts_each_reader_at_their_own_address(client, make_post, first, second, two_clients):
    post = make_post()

    for sent in (first, second):
        assert client.post(f"{post.get_absolute_url()}read/", headers=BROWSER, **arriving_as(*sent)).status_code == 204

    assert cache.get(counter_key(post.slug, timezone.localdate())) == (2 if two_clients else 1)
