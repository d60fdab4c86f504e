"""The front desk's screens with two years of a busy clinic's requests, against an admin page with none: the admin's
home, triage list and request page, and the front desk's dashboard and inbox (the open list, a search, a page
halfway down) beside the admin's list at the same volume.

    .venv/bin/python bench/front_desk.py [--runs 20] [--requests 20800]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432 .venv/bin/python bench/front_desk.py

Builds a throw-away database: SQLite in a temporary folder by default; with DATABASE_URL (a PostgreSQL
server) a database named `avesta_bench` on that server, dropped first if a previous run left it and
dropped again at the end. It migrates, loads the demo content and the demo logins, then, in this process
and signed in as the demo `frontdesk` user, it measures each page with Django's test client: the number
of SQL queries, and the median time of --runs requests (middleware, view, template; the connection stays
open between requests, as with CONN_MAX_AGE). Each page is compared with the admin's password-change
page measured in the same run: a signed-in admin page that reads no request. It measures twice: with no
requests (the request page then shows the only request there is), then after bulk-inserting two years.

The volume: about 40 requests a weekday (30 to 50; a clinic with one busy location, of which roughly one
in eight is spam) over 104 weeks: 104 × 5 × 40 = 20,800 requests, made by demo/volume/requests.py (also
behind `manage.py generate_volume`), whose docstring states their mix.
"""

import argparse
import contextlib
import datetime
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from demo_site import production_env

PROJECT = Path(__file__).resolve().parents[1]
BENCH_DATABASE = "avesta_bench"
BATCH = 2000
DAY = datetime.timedelta(days=1)
BASELINE = "baseline: password change"
Figures = dict[str, tuple[int, float]]  # page: (queries, median ms)


@contextlib.contextmanager
def throwaway_database(server_url: str | None, workdir: str) -> Iterator[str]:
    """A DATABASE_URL for a database of our own, gone afterwards."""
    if not server_url:
        yield f"sqlite:///{workdir}/bench.sqlite3"
        return
    import psycopg

    parts = urlsplit(server_url)
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as server:
        server.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")
        server.execute(f"CREATE DATABASE {BENCH_DATABASE}")
    try:
        yield urlunsplit(parts._replace(path=f"/{BENCH_DATABASE}"))
    finally:
        if "django" in sys.modules:
            from django.db import connections

            connections.close_all()
        with psycopg.connect(maintenance, autocommit=True) as server:
            server.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")


def prepare_site(env: dict[str, str]) -> None:
    manage = [sys.executable, str(PROJECT / "manage.py")]
    steps = [
        (["migrate", "-v0"], {}),
        (["load_demo_content"], {}),
        (["create_demo_login"], {"DEBUG": "true"}),  # it refuses to run with DEBUG off
        (["collectstatic", "--noinput", "-v0"], {}),
    ]
    for command, extra in steps:
        subprocess.run(manage + command, env={**env, **extra}, cwd=PROJECT, check=True, stdout=subprocess.DEVNULL)


def load_two_years(total: int, seed: int = 8) -> dict[str, int]:
    """The generator `manage.py generate_volume` uses (demo/volume/requests.py)."""
    from demo.volume.requests import load_two_years as load

    return load(total, seed)


def measure(client: Any, url: str, runs: int) -> tuple[int, float]:
    """(queries of one request, median milliseconds over `runs` requests), after two warm-up requests."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):  # warm-up: template loading, content types, permission caches
        assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200, url
    count = len(queries)  # now: the next request empties the query log this reads lazily
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - started)
        assert response.status_code == 200, url
    return count, statistics.median(timings) * 1000


# A name about one request in eight has (demo/volume/requests.py): a search with many matches, open and closed.
SEARCHED = "Garcia"


def deep_page() -> int:
    """A page halfway down the open list, 50 requests to a page (1 when there are few)."""
    from appointments.models import AppointmentRequest

    return max(1, AppointmentRequest.objects.open().count() // 50 // 2)


def measure_pages(client: Any, request_pk: int, runs: int) -> Figures:
    """The admin's triage list and the front desk's inbox side by side: the open list, a search, a deep page."""
    admin_list, inbox = "/admin/appointments/appointmentrequest/", "/admin/front-desk/requests/"
    deep = deep_page()
    pages = {
        "admin home": "/admin/",
        "triage list (open)": admin_list,
        "triage list, search": f"{admin_list}?q={SEARCHED}",
        f"triage list, page {deep}": f"{admin_list}?p={deep - 1}",
        "request page": f"/admin/appointments/appointmentrequest/{request_pk}/change/",
        "front desk: dashboard": "/admin/front-desk/",
        "inbox (open)": inbox,
        "inbox, search": f"{inbox}?q={SEARCHED}",
        f"inbox, page {deep}": f"{inbox}?page={deep}",
        BASELINE: "/admin/password_change/",
    }
    return {name: measure(client, url, runs) for name, url in pages.items()}


def staff_session(username: str = "frontdesk") -> str:
    """The key of a new session of this staff member past both sign-in steps (the password, then the
    authenticator app's code), made directly in the session store; wrk_stack.py's cookie uses it too."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from staff_signin.devices import APP_DEVICE_NAME, confirmed_app

    user = User.objects.get(username=username)
    device = confirmed_app(user) or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=True)
    session = SessionStore()
    session.update({
        SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
        HASH_SESSION_KEY: user.get_session_auth_hash(), DEVICE_ID_SESSION_KEY: device.persistent_id,
    })  # fmt: skip
    session.create()
    return str(session.session_key)


def signed_in_client(username: str = "frontdesk") -> Any:
    """A test client with a staff session past both sign-in steps."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = staff_session(username)
    return client


def a_lone_request() -> int:
    from django.utils import timezone

    from appointments.models import AppointmentRequest, Notification
    from appointments.response_clock import reply_deadline
    from pages.models import Location

    received = timezone.now() - datetime.timedelta(hours=1)
    location = Location.objects.get()
    appointment = AppointmentRequest.objects.create(
        submission_token=uuid.uuid4(), first_name="Uma", last_name="Only", email="uma@example.org",
        phone="+16029990001", contact_method="call", location=location, service="other",
        consent_given_at=received, privacy_notice_version="2024-01-01", created_at=received,
        respond_by=reply_deadline(location, received),
    )  # fmt: skip
    for kind in Notification.Kind:
        Notification.objects.create(appointment_request=appointment, kind=kind)
    return appointment.pk


def print_table(engine: str, runs: int, empty: Figures, full: Figures) -> None:
    print(f"\n{engine}: queries per request, median ms of {runs} requests, and ratio to the baseline (same run)")
    print(
        f"{'page':<26} {'empty: queries':>14} {'ms':>7} {'ratio':>7}  {'2 years: queries':>16} {'ms':>7} {'ratio':>7}"
    )
    # By position: the deep page is page 1 of the empty list.
    for (q0, ms0), (name, (q1, ms1)) in zip(empty.values(), full.items(), strict=True):
        ratio0, ratio1 = ms0 / empty[BASELINE][1], ms1 / full[BASELINE][1]
        print(f"{name:<26} {q0:>14} {ms0:7.1f} {ratio0:6.1f}x  {q1:>16} {ms1:7.1f} {ratio1:6.1f}x")
    print("\nThe front desk's inbox against the admin's triage list, with 2 years: time, inbox / triage list")
    for name, (_, ms) in full.items():
        if name.startswith("inbox"):
            admin_ms = full[name.replace("inbox", "triage list", 1)][1]
            print(f"{name:<26} {ms:7.1f} ms against {admin_ms:7.1f} ms: {ms / admin_ms:5.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20, help="timed requests per page (median reported)")
    parser.add_argument("--requests", type=int, default=104 * 5 * 40, help="requests to insert")
    args = parser.parse_args()
    server_url = os.environ.get("DATABASE_URL")

    with tempfile.TemporaryDirectory() as workdir, throwaway_database(server_url, workdir) as database_url:
        env = production_env(workdir, database_url, "bench.settings", ALLOWED_HOSTS="testserver")
        started = time.perf_counter()
        prepare_site(env)
        os.environ.update(env)
        sys.path.insert(0, str(PROJECT))
        import django

        django.setup()
        from django.db import connection

        client = signed_in_client("frontdesk")
        engine = f"{connection.display_name} {connection.get_database_version()}"

        empty = measure_pages(client, a_lone_request(), args.runs)
        loading = time.perf_counter()
        counts = load_two_years(args.requests)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # What autovacuum does soon after a bulk load (PostgreSQL 13+ vacuums after inserts too): statistics,
                # and the visibility map that lets counts read the indexes alone.
                cursor.execute("VACUUM ANALYZE")
        loaded = time.perf_counter()
        full = measure_pages(client, counts.pop("subject"), args.runs)

        print(", ".join(f"{value:,} {name}" for name, value in counts.items()), f"(loaded in {loaded - loading:.0f} s)")
        print_table(engine, args.runs, empty, full)
        print(
            f"\nTotal {time.perf_counter() - started:.0f} s. On the empty database the request page shows the only one."
        )


if __name__ == "__main__":
    main()
