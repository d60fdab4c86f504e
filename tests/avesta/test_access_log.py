"""gunicorn's access log (gunicorn.conf.py) names the path only: no query string, no Referer."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_access_log_leaves_out_query_strings_and_referers(tmp_path):
    port = free_port()
    access_log = tmp_path / "access.log"
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "x",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "avesta.wsgi", "--bind", f"127.0.0.1:{port}", "--access-logfile",
         str(access_log), "--log-level", "warning"],
        env=env, cwd=ROOT,
    )  # fmt: skip
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/robots.txt?q=Ann+Example+ketamine",
            headers={"Referer": f"http://127.0.0.1:{port}/admin/appointments/appointmentrequest/?q=Ann+Example"},
        )
        for _ in range(100):
            try:
                with urllib.request.urlopen(request) as response:
                    assert response.status == 200
                break
            except OSError:
                time.sleep(0.1)
        for _ in range(50):
            if access_log.exists() and access_log.read_text():
                break
            time.sleep(0.1)
    finally:
        server.terminate()
        server.wait(timeout=10)

    [line] = access_log.read_text().splitlines()
    assert '"GET /robots.txt HTTP/1.1" 200 ' in line
    assert "Ann" not in line
    assert "?" not in line
    assert "/admin/" not in line
