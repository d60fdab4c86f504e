"""Throughput of our pages relative to a bare Django view, under the same gunicorn.

    .venv/bin/python bench/article_page.py [--requests 400] [--concurrency 4]

Builds a throw-away SQLite site with the demo content, starts gunicorn (2 gthread
workers) on a free loopback port, sends a fixed number of requests to each page and to a
bare view, and prints requests per second and each page's ratio to the bare view. Ratios
from one run are comparable; absolute numbers depend on the machine.
"""

import argparse
import time
from concurrent.futures import ThreadPoolExecutor

from demo_site import demo_site, fetch, free_port

PAGES = {
    "bare view": "/bench/bare/",
    "article": "/blog/ketamine-therapy-migraine-relief/",
    "article list": "/blog/",
    "home": "/",
    "appointment form": "/request-an-appointment/",
}


def measure(port: int, path: str, requests: int, concurrency: int) -> float:
    for _ in range(20):  # warm-up: imports, template caches, database connections
        fetch(port, path)
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        statuses = list(pool.map(lambda _: fetch(port, path), range(requests)))
    elapsed = time.perf_counter() - started
    if set(statuses) != {200}:
        raise SystemExit(f"{path} answered {sorted(set(statuses))}")
    return requests / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()

    port = free_port()
    with demo_site(port, settings_module="bench.settings"):
        rates = {name: measure(port, path, args.requests, args.concurrency) for name, path in PAGES.items()}

    baseline = rates["bare view"]
    print(f"{args.requests} requests per page, {args.concurrency} at a time, gunicorn 2 gthread workers x 2 threads")
    print(f"{'page':<18} {'req/s':>8} {'vs bare view':>13}")
    for name, rate in rates.items():
        print(f"{name:<18} {rate:8.0f} {rate / baseline:12.2f}x")


if __name__ == "__main__":
    main()
