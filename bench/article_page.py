"""Throughput of our pages relative to a bare Django view, under the same gunicorn.

    .venv/bin/python bench/article_page.py [--requests 400] [--concurrency 4]

Builds a throw-away SQLite site with the demo content, starts gunicorn (2 gthread
workers) on a free loopback port, sends a fixed number of requests to each page and to a
bare view, and prints requests per second and each page's ratio to the bare view. Ratios
from one run are comparable; absolute numbers depend on the machine.
"""

import argparse
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
PAGES = {
    "bare view": "/bench/bare/",
    "article": "/blog/ketamine-therapy-migraine-relief/",
    "article list": "/blog/",
    "home": "/",
    "appointment form": "/request-an-appointment/",
}
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    # A browser's user agent: the article page counts readings, and scripts without one are not readers.
    connection.request("GET", path, headers={"Host": "127.0.0.1", "User-Agent": USER_AGENT})
    status = connection.getresponse().status
    connection.close()
    return status


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

    with tempfile.TemporaryDirectory() as workdir:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DEBUG": "false",
            "SECRET_KEY": "benchmark-only-secret-key",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": f"sqlite:///{workdir}/bench.sqlite3",
            "MEDIA_ROOT": f"{workdir}/media",
            "STATIC_ROOT": f"{workdir}/static",
            "LOG_LEVEL": "WARNING",
        }
        manage = [sys.executable, str(PROJECT / "manage.py")]
        for command in (["migrate", "-v0"], ["load_demo_content"], ["collectstatic", "--noinput", "-v0"]):
            subprocess.run(manage + command, env=env, cwd=PROJECT, check=True, stdout=subprocess.DEVNULL)

        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "avesta.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2",
             "--worker-class", "gthread", "--threads", "2", "--log-level", "warning"],
            env=env, cwd=PROJECT,
        )  # fmt: skip
        try:
            for _ in range(100):
                try:
                    fetch(port, PAGES["bare view"])
                    break
                except OSError:
                    time.sleep(0.1)
            rates = {name: measure(port, path, args.requests, args.concurrency) for name, path in PAGES.items()}
        finally:
            server.terminate()
            server.wait(timeout=10)

    baseline = rates["bare view"]
    print(f"{args.requests} requests per page, {args.concurrency} at a time, gunicorn 2 gthread workers x 2 threads")
    print(f"{'page':<18} {'req/s':>8} {'vs bare view':>13}")
    for name, rate in rates.items():
        print(f"{name:<18} {rate:8.0f} {rate / baseline:12.2f}x")


if __name__ == "__main__":
    main()
