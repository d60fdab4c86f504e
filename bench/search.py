"""The search page's figures: queries, time, the plan and the ranking, with the demo content and with ~500 articles.

    .venv/bin/python bench/search.py [--runs 20] [--articles 500]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432 .venv/bin/python bench/search.py

A throw-away database as in bench/front_desk.py (SQLite in a temporary folder, or `avesta_bench` on the
PostgreSQL server named by DATABASE_URL, dropped afterwards). It migrates and loads the demo content,
then, with Django's test client in this process, measures /blog/search/?q=... for a few queries: SQL
queries per search and the median time of --runs searches (middleware, view, template). It prints the
ranking of each query and, on PostgreSQL, EXPLAIN ANALYZE of the page's article query. Then it adds
--articles published articles (titles, summaries and bodies of 400 to 1,500 words drawn from the demo
articles' own vocabulary, so that words match as often as in real text) and measures again.
"""

import argparse
import os
import sys
import tempfile
import time
from typing import Any

from demo_site import production_env
from front_desk import PROJECT, measure, throwaway_database

QUERIES = ["migraine", "migrane", "glutamate", "insurance", "ketamine depression"]
# Common words that would otherwise fill every generated title.


def prepare_site(env: dict[str, str]) -> None:
    import subprocess

    manage = [sys.executable, str(PROJECT / "manage.py")]
    for command in (["migrate", "-v0"], ["load_demo_content"]):
        subprocess.run(manage + command, env=env, cwd=PROJECT, check=True, stdout=subprocess.DEVNULL)


def add_articles(total: int) -> None:
    from demo.volume.articles import add_articles as add_generated_articles

    add_generated_articles(total, leave_out=frozenset(w for query in QUERIES for w in query.split() if w != "ketamine"))


def ranking(query: str, shown: int = 5) -> str:
    from pages.search import matching_articles, search_pages

    pages = [f"page /{page.slug}/" for page in search_pages(query)]
    articles = [post.slug for post in matching_articles(query)[:shown]]
    total = matching_articles(query).count()
    return f"  {query!r}: {', '.join(pages + articles) or 'nothing'} ({total} articles)"


def explain(query: str) -> str:
    from django.db import connection

    from pages.search import matching_articles

    if connection.vendor != "postgresql":
        return ""
    return matching_articles(query)[:10].explain(analyze=True)


def measure_searches(client: Any, runs: int) -> dict[str, tuple[int, float]]:
    return {query: measure(client, f"/blog/search/?q={query}", runs) for query in [*QUERIES, "", "zzzzqx"]}


def report(title: str, figures: dict[str, tuple[int, float]]) -> None:
    print(f"\n{title}")
    for query, (queries, ms) in figures.items():
        print(f"  {query or '(empty)'!r:<24} {queries:>3} queries {ms:7.1f} ms")
    for query in QUERIES:
        print(ranking(query))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20, help="timed searches per query (median reported)")
    parser.add_argument("--articles", type=int, default=500, help="articles to add")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as workdir, throwaway_database(os.environ.get("DATABASE_URL"), workdir) as url:
        env = production_env(workdir, url, ALLOWED_HOSTS="testserver", STATIC_ROOT=workdir)
        prepare_site(env)
        os.environ.update(env)
        sys.path.insert(0, str(PROJECT))
        import django

        django.setup()
        from django.conf import settings
        from django.db import connection
        from django.test import Client

        # Static files as in development: the measure is the search, not a manifest.
        settings.STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
        client = Client()
        engine = f"{connection.display_name} {connection.get_database_version()}"
        report(
            f"{engine}, demo content (5 articles): per search, median of {args.runs}",
            measure_searches(client, args.runs),
        )
        print(explain("migraine"))
        started = time.perf_counter()
        add_articles(args.articles)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(f"\n(added {args.articles} articles in {time.perf_counter() - started:.0f} s)")
        report(f"{engine}, {args.articles + 5} articles", measure_searches(client, args.runs))
        print(explain("migraine"))
        print(explain("migrane"))


if __name__ == "__main__":
    main()
