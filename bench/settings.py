"""The production settings plus a bare view to measure against (see bench/article_page.py)."""

from avesta.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
