"""Lighthouse scores of the public pages under production-like gunicorn; fails below 100.

    npm ci --prefix bench            # once: Lighthouse 12.2.3, pinned in bench/package-lock.json
    .venv/bin/python bench/lighthouse.py [--reports DIR]

Builds a throw-away SQLite site with the demo content, collects the static files (WhiteNoise serves
them compressed, as in production), starts gunicorn with DEBUG off on a free loopback port, asks each
page once so no worker is cold (a cold worker can score 0), then runs Lighthouse's mobile audit
(performance, accessibility, best practices, SEO) in Debian's Chromium on the home page, an article
and the appointment form. Prints the four scores per page and, under any score below 100, the audits
that lost points and the paint figures; exits 1 if any score is below 100. The JSON reports are kept
in --reports (default test-artifacts/lighthouse/).

Plain HTTP on 127.0.0.1: SECURE_SSL_REDIRECT, SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE are turned
off (the settings read them from the environment); HSTS needs nothing, Django sends it only over HTTPS.
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from demo_site import PROJECT, demo_site, fetch, free_port

LIGHTHOUSE = PROJECT / "bench" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
PAGES = {
    "home": "/",
    "article": "/blog/ketamine-therapy-migraine-relief/",
    "appointment form": "/request-an-appointment/",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = {
    "LCP": "largest-contentful-paint",
    "FCP": "first-contentful-paint",
    "TBT": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
}
UNSCORED = {"informative", "notApplicable", "manual", "error"}


def run_lighthouse(url: str, report: Path) -> dict:
    command = [
        str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}", "--chrome-flags=--headless=new --no-sandbox",
    ]  # fmt: skip
    subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True)
    result: dict = json.loads(report.read_text())
    if result.get("runtimeError"):
        raise SystemExit(f"Lighthouse could not audit {url}: {result['runtimeError']}")
    return result


def scores(result: dict) -> dict[str, int | None]:
    """Each category's score out of 100 (None when Lighthouse could not score it)."""
    raw = {name: result["categories"][name]["score"] for name in CATEGORIES}
    return {name: None if score is None else round(score * 100) for name, score in raw.items()}


def lost_points(result: dict, category: str) -> list[str]:
    """The audits of a category that did not pass: those that count towards its score, then those
    Lighthouse flags without weighing them (performance's opportunities, such as unused CSS)."""
    weighed, flagged = [], []
    for ref in result["categories"][category]["auditRefs"]:
        audit = result["audits"][ref["id"]]
        if audit["score"] is None or audit["score"] >= 1 or audit["scoreDisplayMode"] in UNSCORED:
            continue
        shown = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
        if ref["weight"] > 0:
            weighed.append(f"      - {audit['title']}{shown} [score {audit['score']:.2f}, weight {ref['weight']}]")
        else:
            flagged.append(f"      - (no weight) {audit['title']}{shown}")
    return weighed + flagged


def report_page(name: str, result: dict) -> list[str]:
    lines = []
    for category, score in scores(result).items():
        if score != 100:
            lines.append(f"  {name}: {category} {score}")
            lines.extend(lost_points(result, category))
    if lines:
        figures = ", ".join(f"{label} {result['audits'][audit]['displayValue']}" for label, audit in METRICS.items())
        lines.append(f"    {name}: {figures}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=Path, default=PROJECT / "test-artifacts" / "lighthouse")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is not installed: npm ci --prefix bench")
    args.reports.mkdir(parents=True, exist_ok=True)

    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    # Plain HTTP on loopback: no redirect to HTTPS, and cookies a browser keeps over HTTP.
    plain_http = {"SESSION_COOKIE_SECURE": "false", "CSRF_COOKIE_SECURE": "false"}
    with demo_site(port, SITE_URL=origin, **plain_http):
        for path in PAGES.values():
            for _ in range(4):  # every worker and thread has served the page once
                if (status := fetch(port, path)) != 200:
                    raise SystemExit(f"{path} answered {status}")
        results = {}
        for name, path in PAGES.items():
            report = args.reports / f"{name.replace(' ', '-')}.json"
            results[name] = run_lighthouse(origin + path, report)

    print(f"Lighthouse 12.2.3, mobile, {CHROMIUM}; reports in {args.reports}")
    print(f"{'page':<18}" + "".join(f"{category:>16}" for category in CATEGORIES))
    for name, result in results.items():
        print(f"{name:<18}" + "".join(f"{score!s:>16}" for score in scores(result).values()))
    below = [line for name, result in results.items() for line in report_page(name, result)]
    if below:
        print("\nBelow 100:")
        print("\n".join(below))
        sys.exit(1)


if __name__ == "__main__":
    main()
