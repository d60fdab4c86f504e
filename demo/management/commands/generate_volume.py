import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from page_cache.generation import invalidate

from ...volume.articles import add_articles
from ...volume.requests import load_two_years


class Command(BaseCommand):
    help = (
        "Fill the database with a busy clinic's volume (500 articles, 200,000 appointment requests over two "
        "years with notes, calls and access history) to measure pages against. Refuses to run with DEBUG off "
        "unless --yes: it must never fill a production database by accident."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--articles", type=int, default=500)
        parser.add_argument("--requests", type=int, default=200_000)
        parser.add_argument("--seed", type=int, default=8)
        parser.add_argument("--yes", action="store_true", help="run even with DEBUG off (a benchmark's database)")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["yes"]:
            raise CommandError("DEBUG is off: this may be production. Pass --yes if this database is a test one.")
        started = time.perf_counter()
        articles = add_articles(options["articles"], seed=options["seed"])
        invalidate()  # bulk_create sends no signals: cached pages and fragments must see the new articles
        self.stdout.write(f"{articles:,} articles in {time.perf_counter() - started:.0f} s")
        loading = time.perf_counter()
        counts = load_two_years(options["requests"], seed=options["seed"])
        counts.pop("subject")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # What autovacuum does soon after a bulk load (PostgreSQL 13+ vacuums after inserts too): statistics,
                # and the visibility map that lets counts read the indexes alone. VACUUM cannot run inside a
                # transaction (a caller's atomic block, a test's): there, statistics only.
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        self.stdout.write(", ".join(f"{value:,} {name}" for name, value in counts.items()))
        self.stdout.write(
            f"Requests in {time.perf_counter() - loading:.0f} s; {time.perf_counter() - started:.0f} s in all"
        )
