"""Pages live apart from the limits: PAGE_CACHE_URL (a Redis that evicts) for pages and fragments, CACHE_URL (one
that never does) for rate limits, the sign-in throttle and reading counters. And the page cache knows no
content model: the apps above it register what it watches."""

import json
import subprocess
import sys

import pytest

from ..avesta.test_settings import PROJECT_DIR, production_process_env

LIMITS = "redis://127.0.0.1:6379/1"
PAGES = "redis://127.0.0.1:6380/0"


def caches_with(**environment: str) -> dict[str, str]:
    """Each cache alias's location, as production settings read them from this environment."""
    code = (
        "from django.conf import settings; import json; "
        "print(json.dumps({alias: cache['LOCATION'] for alias, cache in settings.CACHES.items()}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_DIR,
        env=production_process_env(
            {"DJANGO_SETTINGS_MODULE": "avesta.settings", "DEBUG": "false", "SECRET_KEY": "x" * 50, **environment},
            unset=("CACHE_URL", "PAGE_CACHE_URL"),
        ),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_pages_and_fragments_are_kept_apart_from_the_limits():
    assert caches_with(CACHE_URL=LIMITS, PAGE_CACHE_URL=PAGES) == {
        "default": LIMITS,
        "pages": PAGES,
        "fragments": PAGES,
    }


def test_without_a_page_cache_url_pages_share_the_one_cache():
    assert caches_with(CACHE_URL=LIMITS) == {"default": LIMITS, "pages": LIMITS, "fragments": LIMITS}


@pytest.mark.django_db
def test_pages_go_to_the_pages_cache_and_nothing_of_theirs_to_the_default(settings, reader, make_post):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "limits"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
        "fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
    from django.core.cache import caches

    post = make_post()
    for _ in range(2):
        assert reader.get(post.get_absolute_url()).status_code == 200

    assert any("page-cache:page" in key for key in caches["pages"]._cache)
    assert not any("page-cache" in key for key in caches["default"]._cache)
