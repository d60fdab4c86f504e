"""What a patient's phone downloads for a page: the HTML, its stylesheets and scripts, compressed.

The budget counts HTML (gzip level 6, as a server compresses on the fly) plus every stylesheet and
script the page links (gzip level 9, as WhiteNoise compresses static files ahead of time); images and
fonts are left out. Each page's figures are written to test-artifacts/page-weight/<page>.txt.
"""

import gzip
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from ..helpers import FORM_URL, soup_of

ARTICLE = "/blog/ketamine-therapy-migraine-relief/"
PAGES = {"article": ARTICLE, "home": "/", "appointment-form": FORM_URL}
PUBLIC_PAGES = [
    *PAGES.values(),
    *("/blog/", "/blog/topics/migraine/", "/blog/search/?q=ketamine", "/contact/", "/about/", "/faq/"),
    *("/conditions/", "/privacy/", "/terms/"),
]
BUDGET = 30 * 1024  # bytes, HTML + CSS + JS transferred
SCRIPT_LIMIT = 5 * 1024  # bytes, any one script on the article page
FIGURES = Path(__file__).resolve().parents[2] / "test-artifacts" / "page-weight"


@dataclass
class Part:
    name: str
    raw: int
    compressed: int


def static_file(url: str) -> Path:
    """The file behind a static URL, found as collectstatic would find it."""
    prefix = "/" + settings.STATIC_URL.lstrip("/")
    path = urlsplit(url).path
    assert path.startswith(prefix), f"{url} is not under STATIC_URL ({prefix})"
    found = finders.find(path.removeprefix(prefix))
    assert found, f"{url}: no such static file"
    return Path(found)


def page_parts(client, url: str) -> list[Part]:
    """The page's HTML, then each stylesheet and script it links, in the order of the page."""
    response = client.get(url)
    assert response.status_code == 200, url
    parts = [Part(f"HTML {url}", len(response.content), len(gzip.compress(response.content, compresslevel=6)))]
    soup = soup_of(response)
    links = [link["href"] for link in soup.select("link[href]") if "stylesheet" in link.get("rel", [])]
    for asset in links + [script["src"] for script in soup.select("script[src]")]:
        content = static_file(asset).read_bytes()
        parts.append(Part(asset, len(content), len(gzip.compress(content, compresslevel=9))))
    return parts


def itemised(parts: list[Part]) -> str:
    lines = [f"  {part.compressed:>7,} B gzipped ({part.raw:>7,} B raw)  {part.name}" for part in parts]
    total = sum(part.compressed for part in parts)
    return "\n".join([*lines, f"  {total:>7,} B gzipped in all ({total / 1024:.1f} KB)"])


def record(name: str, parts: list[Part]) -> None:
    FIGURES.mkdir(parents=True, exist_ok=True)
    (FIGURES / f"{name}.txt").write_text(f"{name}\n{itemised(parts)}\n")


@pytest.mark.parametrize("name", list(PAGES))
def test_page_with_its_css_and_js_stays_within_30_kb_compressed(client, demo_content, name):
    parts = page_parts(client, PAGES[name])
    record(name, parts)

    total = sum(part.compressed for part in parts)
    assert total <= BUDGET, f"{name} weighs {total:,} B compressed, over the {BUDGET:,} B budget:\n{itemised(parts)}"


def test_no_script_on_the_article_page_is_over_5_kb_compressed(client, demo_content):
    parts = page_parts(client, ARTICLE)

    scripts = [part for part in parts[1:] if part.name.endswith(".js")]
    too_big = [part for part in scripts if part.compressed > SCRIPT_LIMIT]
    assert too_big == [], f"scripts over {SCRIPT_LIMIT:,} B compressed:\n{itemised(too_big)}"


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_page_loads_nothing_from_another_origin(client, demo_content, url):
    soup = soup_of(client.get(url))
    tags = soup.select("link[href], script[src], img[src], img[srcset], source[srcset]")
    addresses = [tag[attribute] for tag in tags for attribute in ("href", "src") if tag.get(attribute)]
    addresses += [entry.split()[0] for tag in tags for entry in tag.get("srcset", "").split(",") if entry.strip()]

    def ours(address: str) -> bool:
        parts = urlsplit(address)
        if parts.scheme == "data" or not (parts.scheme or parts.netloc):
            return True  # a path on this site, or inline data (no request at all)
        return address.startswith(settings.SITE_URL + "/")

    assert len(addresses) > 2, url
    assert [address for address in addresses if not ours(address)] == [], url


def test_article_page_is_sent_gzip_compressed_to_a_browser_that_accepts_it(client, demo_content):
    response = client.get(ARTICLE, HTTP_ACCEPT_ENCODING="gzip")

    assert response.status_code == 200
    assert response.get("Content-Encoding") == "gzip"
    assert "Accept-Encoding" in response.get("Vary", "")
    html = gzip.decompress(response.content).decode()
    assert "Ketamine Therapy: A New Hope for Migraine Relief" in html
    assert html.rstrip().endswith("</html>")
