"""The demo site under gunicorn with DEBUG off, on a free loopback port: what the benchmarks measure.

Imported by the scripts in this folder (run as `python bench/<script>.py`, so this folder is on the path).
"""

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
# A browser's user agent: the article page counts readings, and scripts without one are not readers.
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def fetch(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers={"Host": "127.0.0.1", "User-Agent": USER_AGENT})
    status: int = connection.getresponse().status
    connection.close()
    return status


def production_env(workdir: str, database_url: str, settings_module: str = "avesta.settings", **extra: str) -> dict:
    """The environment of a benchmark's site: production settings (DEBUG off) over plain HTTP on loopback, its
    database, and media and static files in `workdir`. `extra` adds or overrides variables."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DEBUG": "false",
        "SECRET_KEY": "benchmark-only-secret-key",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": f"{workdir}/media",
        "STATIC_ROOT": f"{workdir}/static",
        "LOG_LEVEL": "WARNING",
        **extra,
    }


@contextlib.contextmanager
def demo_site(port: int, settings_module: str = "avesta.settings", **settings: str) -> Iterator[None]:
    """A throw-away SQLite site with the demo content and collected static files, served by gunicorn
    (2 gthread workers x 2 threads) until the block ends. `settings` are more environment variables."""
    with tempfile.TemporaryDirectory() as workdir:
        env = production_env(workdir, f"sqlite:///{workdir}/bench.sqlite3", settings_module, **settings)
        manage = [sys.executable, str(PROJECT / "manage.py")]
        setup = (["migrate", "-v0"], ["load_demo_content"], ["collectstatic", "--noinput", "-v0"])
        for command in setup:
            subprocess.run(manage + command, env=env, cwd=PROJECT, check=True, stdout=subprocess.DEVNULL)
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "avesta.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2",
             "--worker-class", "gthread", "--threads", "2", "--log-level", "warning"],
            env=env, cwd=PROJECT,
        )  # fmt: skip
        try:
            _wait_until_up(port)
            yield
        finally:
            server.terminate()
            server.wait(timeout=10)


def _wait_until_up(port: int) -> None:
    for _ in range(100):
        try:
            fetch(port, "/")
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gunicorn did not answer within 10 s")
