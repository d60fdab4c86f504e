"""Pages the proxy serves from files carry the headers Django gives the same pages."""

import pytest
from django.core.management import call_command

from ..helpers import soup_of

pytestmark = pytest.mark.django_db


def test_the_proxy_is_given_every_security_header_of_a_cached_page(client, demo_content, tmp_path, settings):
    settings.SITE_URL = "https://clinic.example"
    settings.ALLOWED_HOSTS = ["clinic.example"]
    target = tmp_path / "nginx" / "page-file-headers.conf"

    call_command("write_page_file_headers", target)

    lines = target.read_text().splitlines()[1:]
    page = client.get("/", HTTP_HOST="clinic.example", secure=True)
    assert soup_of(page).h1  # the page the headers come from
    expected = [
        "Content-Security-Policy", "Permissions-Policy", "Reporting-Endpoints", "Strict-Transport-Security",
        "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy",
        "Cross-Origin-Resource-Policy", "Cache-Control",
    ]  # fmt: skip
    assert [line.split()[1] for line in lines] == expected
    for line, name in zip(lines, expected, strict=True):
        value = line.split(" ", 2)[2].removesuffix(" always;")
        assert value == '"' + page.headers[name].replace('"', '\\"') + '"', name
    assert "public, no-cache" in target.read_text()
