"""The local stack (deploy/local-stack.sh): nginx in front of two gunicorn app servers sharing PostgreSQL and
two Redis servers of the stack's own (the page cache's and the limits').

AVESTA_STACK_URL set: use the running stack in AVESTA_STACK_DIR (.stack/ by default). Otherwise start one in
a temporary folder when nginx, PostgreSQL and redis-server are here, and stop it afterwards; else skip.
"""

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "deploy" / "local-stack.sh"


@dataclass(frozen=True)
class Stack:
    folder: Path
    env: dict[str, str]

    @property
    def https_port(self) -> int:
        return int(self.env["STACK_HTTPS_PORT"])

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.https_port}"

    @property
    def app_ports(self) -> tuple[int, int]:
        return int(self.env["STACK_APP_A_PORT"]), int(self.env["STACK_APP_B_PORT"])

    def run(self, *args: str) -> str:
        """deploy/local-stack.sh with these arguments (app-stop a, manage shell -c ...); its output."""
        finished = subprocess.run(
            [str(SCRIPT), *args], env=script_env(self.folder), capture_output=True, text=True, timeout=60
        )
        assert finished.returncode == 0, finished.stderr
        return finished.stdout

    def shell(self, code: str) -> str:
        """Python run by manage.py shell against the stack's database and cache; the last line it printed."""
        lines = self.run("manage", "shell", "-c", code).strip().splitlines()
        return lines[-1] if lines else ""

    def setting(self, name: str, default: str) -> str:
        return self.env.get(name, default)

    def redis(self, which: str) -> redis.Redis:
        """The stack's Redis: "pages" (the page cache) or "limits" (rate limits, throttles, counters)."""
        return redis.Redis(host="127.0.0.1", port=int(self.env[f"STACK_{which.upper()}_REDIS_PORT"]))


def script_env(folder: Path) -> dict[str, str]:
    # The app servers run on the Python running these tests (the project's virtualenv).
    python = os.environ.get("AVESTA_PYTHON") or sys.executable
    return {**os.environ, "AVESTA_STACK_DIR": str(folder), "AVESTA_PYTHON": python}


def read_env(folder: Path) -> dict[str, str]:
    lines = (folder / "stack.env").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def can_start_a_stack() -> str:
    """Why a stack cannot start here, or "" if it can."""
    for tool in ("nginx", "openssl", "createdb", "pg_isready", "redis-server"):
        if not (shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists()):
            return f"no {tool}"
    if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"]).returncode != 0:
        return "no PostgreSQL on 127.0.0.1"
    return ""


@pytest.fixture(scope="session")  # one stack for every module: starting one takes most of a minute
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    if os.environ.get("AVESTA_STACK_URL"):
        folder = Path(os.environ.get("AVESTA_STACK_DIR", ROOT / ".stack"))
        yield Stack(folder, read_env(folder))
        return
    if reason := can_start_a_stack():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the stack test: {reason}")
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("stack")
    started = subprocess.run([str(SCRIPT), "start"], env=script_env(folder), capture_output=True, text=True)
    try:
        assert started.returncode == 0, started.stdout + started.stderr
        yield Stack(folder, read_env(folder))
    finally:
        subprocess.run([str(SCRIPT), "stop"], env=script_env(folder), capture_output=True)
