"""The site under load with wrk: gunicorn with production settings on PostgreSQL and Redis, and behind nginx.

    .venv/bin/python bench/wrk_stack.py [--duration 10] [--connections 32] [--requests 200000] [--parts bcdef]
    .venv/bin/python bench/wrk_stack.py --database-url postgres://postgres@127.0.0.1:5432/avesta_volume

Builds a throw-away PostgreSQL database `avesta_stack` (DATABASE_URL's server, default 127.0.0.1:5432),
migrates, loads the demo content and logins, and fills it with `manage.py generate_volume` (--articles,
--requests); or, with --database-url, uses a database already filled that way (left as it is, apart from
the submitted requests of (d)). Redis database 6 (--cache-url) is the shared cache. gunicorn serves
`bench.settings` (production settings plus a bare view) with DEBUG off: gunicorn.conf.py, 2 gthread workers
x 2 threads. Measured with wrk (installed with apt-get if missing), each for --duration seconds:

(a) the floor: a bare Django view returning a fixed page of the article's size under the same gunicorn;
(b) home, article, list and topic pages, from the page cache ("cached"), and rendered with only their fragments
cached (a query string passes the page cache by: "cold"); (c) the appointment form page;
(d) submitting the form: a Python client with --connections threads, each fetching the form (its CSRF
cookie and one-time token), waiting out the minimum fill time, posting, then the stored rows are counted;
(e) the staff dashboard, the triage list (open requests, filters, searches) and a request page, signed in, with
--staff-connections (2: a front desk's staff, not a crowd; the target is each answer under 300 ms); (f) the article
through nginx with deploy/nginx/avesta.conf's page-file rules (the page files the app wrote, PAGE_FILES_ROOT),
and nginx serving a static file of the article's bytes; and the bare view's
latency through nginx while 50 connections send their headers one byte at a time.

Prints requests per second, p50 and p99 latency, errors (socket errors and non-2xx/3xx answers) and each
figure's ratio to the floor (same run). Absolute numbers depend on the machine and its other load.
--parts e measures the floor and (e) only (the front desk's pages, about two minutes).
"""

import argparse
import contextlib
import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_site import USER_AGENT, free_port, production_env  # noqa: E402
from front_desk import throwaway_database  # noqa: E402

ARTICLE = "/blog/ketamine-therapy-migraine-relief/"
FORM = "/request-an-appointment/"
# (e): the front desk's pages; {admin} is the triage list's path, {subject} a returning patient's request.
STAFF_PAGES = [
    ("dashboard", "/admin/"),
    ("triage list", "{admin}"),
    ("triage, overdue", "{admin}?reply=overdue"),
    ("triage, contacted", "{admin}?status=contacted"),
    ("triage, all requests", "{admin}?status=all"),
    ("triage, search", "{admin}?q=garcia"),
    ("triage, search a phone", "{admin}?q=555-0150"),
    ("request page", "{admin}{subject}/change/"),
]
SESSION_COOKIE = "__Host-sessionid"  # SESSION_COOKIE_SECURE is on with DEBUG off
CSRF_COOKIE = "__Host-csrftoken"


@dataclass
class Row:
    name: str
    rate: float
    p50_ms: float
    p99_ms: float
    errors: int
    note: str = ""


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if not found:
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True, stdout=subprocess.DEVNULL)
        found = shutil.which("wrk")
    assert found, "wrk could not be installed"
    return found


def _ms(text: str) -> float:
    found = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if found is None:
        raise SystemExit(f"wrk printed a latency this script cannot read: {text!r}")
    number, unit = found.groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(
    name: str, url: str, args: argparse.Namespace, headers: dict[str, str] | None = None, connections: int = 0
) -> Row:
    command = [
        args.wrk,
        f"-t{min(2, connections or args.connections)}",
        f"-c{connections or args.connections}",
        f"-d{args.duration}s",
        "--timeout",
        "10s",
        "--latency",
        "-H",
        f"User-Agent: {USER_AGENT}",
    ]
    for key, value in (headers or {}).items():
        command += ["-H", f"{key}: {value}"]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.MULTILINE).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE).group(1))  # type: ignore[union-attr]
    errors = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out):
        errors += sum(int(g) for g in m.groups())
    return Row(name, rate, p50, p99, errors)


def get(port: int, path: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, list[tuple[str, str]]]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": "127.0.0.1", "User-Agent": USER_AGENT, **(headers or {})})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body, response.getheaders()


def submit_forms(port: int, args: argparse.Namespace) -> tuple[Row, int, int]:
    """(d): each thread fetches a fresh form, waits out the fill time, posts it; (row, accepted, statuses 5xx)."""
    statuses: list[int] = []
    timings: list[float] = []
    lock = threading.Lock()
    deadline = time.monotonic() + args.duration

    def one_patient(number: int) -> None:
        while time.monotonic() < deadline:
            _, body, headers = get(port, FORM)
            cookie = next(v.split(";")[0] for k, v in headers if k.lower() == "set-cookie" and CSRF_COOKIE in v)
            html = body.decode()
            fields = dict(
                re.findall(r'name="(csrfmiddlewaretoken|submission_token|form_started)" value="([^"]*)"', html)
            )
            location = re.search(r'<option value="(\d+)" selected', html) or re.search(r'<option value="(\d+)"', html)
            time.sleep(args.fill_seconds)
            data = {
                **fields,
                "first_name": "Load",
                "last_name": f"Test {number}",
                "email": f"load{number}@example.org",
                "phone": "+16025550199",
                "patient_type": "new",
                "contact_method": "email",
                "location": location.group(1),  # type: ignore[union-attr]
                "service": "migraine",
                "preferred_time": "any",
                "referral": "",
                "message": "",
                "consent": "on",
                "website": "",
                "source_path": "",
            }
            started = time.perf_counter()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request(
                "POST",
                FORM,
                body=urllib.parse.urlencode(data),
                headers={
                    "Host": "127.0.0.1",
                    "User-Agent": USER_AGENT,
                    "Cookie": cookie,
                    "Referer": "https://127.0.0.1" + FORM,
                    "Content-Type": "application/x-www-form-urlencoded",
                },
            )
            answer = connection.getresponse()
            answer.read()
            connection.close()
            with lock:
                statuses.append(answer.status)
                timings.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    with ThreadPoolExecutor(args.connections) as pool:
        list(pool.map(one_patient, range(args.connections)))
    elapsed = time.perf_counter() - started
    accepted = statuses.count(302)
    timings.sort()
    row = Row(
        "(d) form POST (python)",
        len(statuses) / elapsed,
        statistics.median(timings),
        timings[int(len(timings) * 0.99) - 1 if len(timings) > 1 else 0],
        len([s for s in statuses if s != 302]),
    )
    return row, accepted, len([s for s in statuses if s >= 500])


def staff_cookie(env: dict[str, str]) -> str:
    """A session of the demo `frontdesk` user past both sign-in steps (front_desk.staff_session)."""
    script = "import sys; sys.path.insert(0, 'bench')\nimport django; django.setup()\n"
    script += "from front_desk import staff_session\nprint(staff_session())\n"
    return f"{SESSION_COOKIE}={run_python(env, script).strip()}"


@contextlib.contextmanager
def nginx(gunicorn_port: int, static_root: str, page_files: str, page_file_headers: str) -> Iterator[int]:
    """An nginx in front of the gunicorn on a free port: buffering, as production's proxy, and answering
    anonymous GETs from the page files with deploy/nginx/avesta.conf's rules (maps and `location /`)."""
    port = free_port()
    with tempfile.TemporaryDirectory() as workdir:
        config = Path(workdir, "nginx.conf")
        config.write_text(f"""
{"user root root;" if os.getuid() == 0 else ""}
worker_processes 2; pid {workdir}/nginx.pid; error_log {workdir}/error.log warn; daemon off;
events {{ worker_connections 1024; }}
http {{
  include /etc/nginx/mime.types;
  access_log off; client_body_temp_path {workdir}; proxy_temp_path {workdir};
  fastcgi_temp_path {workdir}; uwsgi_temp_path {workdir}; scgi_temp_path {workdir};
  client_header_timeout 10s; keepalive_timeout 30s;
  map $http_cookie $avesta_personal {{ default 0; "~(^|;)\\s*(__Host-sessionid|sessionid|messages)=" 1; }}
  map "$request_method:$args:$avesta_personal" $avesta_page_file {{ default 0; "GET::0" 1; "HEAD::0" 1; }}
  upstream app {{ server 127.0.0.1:{gunicorn_port}; keepalive 16; }}
  server {{
    listen 127.0.0.1:{port};
    location = /article-static.html {{ root {static_root}; default_type text/html; }}
    location / {{
      error_page 418 = @app;
      if ($avesta_page_file = 0) {{ return 418; }}
      root {page_files}/live; open_file_cache off;
      try_files ${{uri}}index.html @app;
      gzip_static on; charset utf-8; etag off; if_modified_since off;
      include {page_file_headers};
    }}
    location @app {{ proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection "";
                 proxy_set_header Host 127.0.0.1; proxy_buffering on; }}
  }}
}}
""")
        server = subprocess.Popen(["nginx", "-c", str(config), "-p", workdir])
        try:
            for _ in range(50):
                with contextlib.suppress(OSError):
                    get(port, "/bench/bare/")
                    break
                time.sleep(0.1)
            yield port
        finally:
            server.terminate()
            server.wait(timeout=10)


def latency_under_slow_headers(port: int, slow: int, seconds: float) -> tuple[float, float, float]:
    """(p50 ms without, p50 ms with `slow` connections dripping headers, p99 ms with) of the bare view via nginx."""

    def sample(duration: float) -> list[float]:
        timings, end = [], time.monotonic() + duration
        while time.monotonic() < end:
            started = time.perf_counter()
            get(port, "/bench/bare/")
            timings.append((time.perf_counter() - started) * 1000)
        return sorted(timings)

    quiet = sample(seconds / 2)
    stop = threading.Event()

    def drip() -> None:
        with socket.create_connection(("127.0.0.1", port)) as sock:
            for byte in b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 10_000:
                if stop.is_set():
                    return
                with contextlib.suppress(OSError):
                    sock.send(bytes([byte]))
                time.sleep(0.2)

    threads = [threading.Thread(target=drip, daemon=True) for _ in range(slow)]
    for thread in threads:
        thread.start()
    time.sleep(1)
    loaded = sample(seconds)
    stop.set()
    return statistics.median(quiet), statistics.median(loaded), loaded[int(len(loaded) * 0.99) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk measurement")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--staff-connections", type=int, default=2, help="for (e): staff at their screens")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--requests", type=int, default=200_000)
    parser.add_argument("--database-url", help="a database already filled by generate_volume (kept)")
    parser.add_argument("--cache-url", default="redis://127.0.0.1:6379/6")
    parser.add_argument("--fill-seconds", type=float, default=3.2, help="the form's minimum fill time, waited out")
    parser.add_argument("--parts", default="bcdef", help="which of (b) to (f) to measure; the floor (a) always")
    args = parser.parse_args()
    args.wrk = ensure_wrk()
    server_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432")

    with contextlib.ExitStack() as stack:
        workdir = stack.enter_context(tempfile.TemporaryDirectory())
        database_url = args.database_url or stack.enter_context(throwaway_database(server_url, workdir))
        env = production_env(
            workdir,
            database_url,
            "bench.settings",
            CACHE_URL=args.cache_url,
            CONN_MAX_AGE="60",
            SITE_URL="http://127.0.0.1",
            PAGE_FILES_ROOT=f"{workdir}/page-files",
            # One client address sends every request here: the per-client and flood limits would refuse
            # or hold all but the first few, which is not what this measures.
            APPOINTMENT_RATE_LIMIT="1000000/h",
            APPOINTMENT_FLOOD_CEILING="1000000/10m",
        )
        manage = [sys.executable, str(PROJECT / "manage.py")]
        started = time.perf_counter()
        page_file_headers = f"{workdir}/page-file-headers.conf"
        steps = [["collectstatic", "--noinput", "-v0"], ["write_page_file_headers", page_file_headers]]
        if not args.database_url:
            steps = [
                ["migrate", "-v0"],
                ["load_demo_content"],
                *steps,
                ["create_demo_login"],
                ["generate_volume", "--yes", "--articles", str(args.articles), "--requests", str(args.requests)],
            ]
        for command in steps:
            extra = {"DEBUG": "true"} if command[0] == "create_demo_login" else {}
            subprocess.run(manage + command, env={**env, **extra}, cwd=PROJECT, check=True, stdout=subprocess.DEVNULL)
        prepared = time.perf_counter() - started
        subprocess.run(
            [sys.executable, "-c", "import django; django.setup(); from django.core.cache import cache; cache.clear()"],
            env=env,
            cwd=PROJECT,
            check=True,
        )
        port = free_port()
        gunicorn = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "avesta.wsgi",
                "-c",
                str(PROJECT / "gunicorn.conf.py"),
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
                "--worker-class",
                "gthread",
                "--threads",
                "2",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=PROJECT,
        )
        stack.callback(gunicorn.wait, 10)
        stack.callback(gunicorn.terminate)
        for _ in range(100):
            with contextlib.suppress(OSError):
                get(port, "/bench/bare/")
                break
            time.sleep(0.1)
        base = f"http://127.0.0.1:{port}"
        topic = re.search(rb'href="(/blog/topics/[^"]+/)"', get(port, ARTICLE)[1]).group(1).decode()  # type: ignore[union-attr]
        for path in ["/", ARTICLE, "/blog/", topic, FORM]:
            get(port, path)  # the fragments' first, cold render
        rows = [wrk("(a) floor: bare view", base + "/bench/bare/", args)]
        if "b" in args.parts:
            for name, path in [("home", "/"), ("article", ARTICLE), ("list", "/blog/"), ("topic", topic)]:
                rows.append(wrk(f"(b) {name}, cached", base + path, args))
                rows.append(wrk(f"(b) {name}, cold", base + path + "?cold=1", args))
        if "c" in args.parts:
            rows.append(wrk("(c) form page", base + FORM, args))
        if "d" in args.parts:
            before = count_requests(env)
            form_row, accepted, server_errors = submit_forms(port, args)
            stored = count_requests(env) - before
            form_row.note = f"{accepted} accepted, {stored} stored, {server_errors} 5xx"
            rows.append(form_row)
        if "e" in args.parts:
            cookie = {"Cookie": staff_cookie(env)}
            subject = subject_pk(env)
            for name, path in STAFF_PAGES:
                url = base + path.format(admin="/admin/appointments/appointmentrequest/", subject=subject)
                rows.append(wrk(f"(e) {name}", url, args, cookie, args.staff_connections))
        slow_headers = None
        if "f" in args.parts:
            static_root = Path(workdir, "copy")
            static_root.mkdir()
            for folder in (workdir, static_root):
                os.chmod(folder, 0o755)  # nginx's workers (another user) read the copy
            Path(static_root, "article-static.html").write_bytes(get(port, ARTICLE)[1])
            with nginx(port, str(static_root), env["PAGE_FILES_ROOT"], page_file_headers) as proxy:
                front = f"http://127.0.0.1:{proxy}"
                rows.append(wrk("(f) article via nginx", front + ARTICLE, args))
                rows.append(wrk("(f) static, same bytes", front + "/article-static.html", args))
                slow_headers = latency_under_slow_headers(proxy, 50, args.duration)
        print_table(rows, args, prepared)
        if slow_headers:
            quiet, loaded, loaded99 = slow_headers
            print(
                f"\n50 slow-header connections through nginx: bare view p50 {quiet:.1f} ms without,"
                f" {loaded:.1f} ms with (p99 {loaded99:.1f} ms)."
            )


def subject_pk(env: dict[str, str]) -> int:
    """The returning patient's latest request (demo/volume/requests.py), or the latest of all."""
    script = "import django; django.setup(); from appointments.models import AppointmentRequest as A\n"
    script += "r = A.objects.filter(email='rae@example.org').order_by('-created_at').first() or A.objects.first()\n"
    script += "print(r.pk)"
    return int(run_python(env, script))


def run_python(env: dict[str, str], script: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=PROJECT, check=True, capture_output=True, text=True
    ).stdout


def count_requests(env: dict[str, str]) -> int:
    script = "import django; django.setup(); from appointments.models import AppointmentRequest as A\n"
    script += "print(A.objects.count())"
    return int(run_python(env, script))


def print_table(rows: list[Row], args: argparse.Namespace, prepared: float) -> None:
    floor = rows[0].rate
    print(
        f"\nwrk {args.connections} connections x {args.duration} s each; gunicorn 2 gthread workers x 2 threads,"
        f" PostgreSQL, Redis, DEBUG off (setup {prepared:.0f} s)"
    )
    print(f"{'name':<26} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'vs floor':>9}")
    for row in rows:
        print(
            f"{row.name:<26} {row.rate:8.0f} {row.p50_ms:8.1f} {row.p99_ms:8.1f} {row.errors:>7}"
            f" {row.rate / floor:8.2f}x" + (f"  {row.note}" if row.note else "")
        )


if __name__ == "__main__":
    main()
