"""Cold render times of the public pages, in this process: no network, no page cache.

    .venv/bin/python bench/render_times.py [--runs 50]

Builds a throw-away SQLite site with the demo content (production settings, DEBUG off, local-memory
cache), then, with Django's test client, renders each page --runs times and prints the median time of
one request (middleware, view, templates), its SQL queries and how many templates it rendered. "first"
is the very first request of the process (empty template and fragment caches); the median is what every
later request costs when the page itself is not cached.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from demo_site import production_env
from front_desk import prepare_site

PROJECT = Path(__file__).resolve().parents[1]
# "?cold=1": a query string passes the page cache by (page_cache/), so each request renders the page.
PAGES = {
    "article": "/blog/ketamine-therapy-migraine-relief/?cold=1",
    "article list": "/blog/?cold=1",
    "home": "/?cold=1",
    "appointment form": "/request-an-appointment/",
}
Row = tuple[float, float, int, int]  # first ms, median ms, queries, templates


def timed(client: Any, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code)
    return elapsed * 1000


def counted(client: Any, url: str) -> tuple[int, int]:
    """(queries, templates) of one request; template rendering is instrumented only here, never when timed."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, setup_test_environment, teardown_test_environment

    setup_test_environment()
    try:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        return len(queries), len(response.templates)
    finally:
        teardown_test_environment()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        env = production_env(workdir, f"sqlite:///{workdir}/bench.sqlite3", ALLOWED_HOSTS="testserver")
        env.pop("CACHE_URL", None)
        prepare_site(env)
        os.environ.clear()
        os.environ.update(env)
        sys.path.insert(0, str(PROJECT))
        import django

        django.setup()
        from django.test import Client

        client = Client()
        rows: dict[str, Row] = {}
        for name, url in PAGES.items():
            first = timed(client, url)
            timings = [timed(client, url) for _ in range(args.runs)]
            rows[name] = (first, statistics.median(timings), *counted(client, url))

    print(f"Median of {args.runs} renders per page in one process (test client, SQLite, DEBUG off)")
    print(f"{'page':<18} {'first ms':>9} {'median ms':>10} {'queries':>8} {'templates':>10}")
    for name, (first, median, queries, templates) in rows.items():
        print(f"{name:<18} {first:9.1f} {median:10.1f} {queries:>8} {templates:>10}")


if __name__ == "__main__":
    main()
