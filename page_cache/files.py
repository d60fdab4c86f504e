"""Cached pages as files, for a proxy in front to serve without asking Python (optional: PAGE_FILES_ROOT).

    PAGE_FILES_ROOT/generations/<token>/blog/some-article/index.html (and index.html.gz)
    PAGE_FILES_ROOT/live -> generations/<token>

The proxy serves `live/<path>/index.html` to anonymous GETs without a query string and asks
Django otherwise. A new generation gets a new, empty folder and `live` is swapped to it in one
rename, so no request can see a page of the generation before; pages still being rendered for an
old generation are written into its folder, which nothing serves, and deleted with it.
A scheduled article's time passes without a request reaching Django: `manage.py expire_page_files`,
run every minute, starts the new generation then and removes files older than PAGE_CACHE_SECONDS.
"""

import gzip
import os
import secrets
import shutil
import time
from pathlib import Path

from django.conf import settings

LIVE = "live"
GENERATIONS = "generations"


def root() -> Path | None:
    return Path(settings.PAGE_FILES_ROOT) if settings.PAGE_FILES_ROOT else None


def switch_to(token: str) -> None:
    """Serve the (empty) folder of this generation from now on and delete the others."""
    base = root()
    if base is None:
        return
    generations = base / GENERATIONS
    (generations / token).mkdir(parents=True, exist_ok=True)
    link = base / f".{LIVE}-{secrets.token_hex(4)}"
    link.symlink_to(Path(GENERATIONS) / token)
    link.replace(base / LIVE)  # rename(2): atomic, the proxy sees the old folder or the new one
    for folder in generations.iterdir():
        if folder.name != token:
            shutil.rmtree(folder, ignore_errors=True)


def follow(token: str) -> None:
    """Switch to this generation unless it is live already (one started while files were off, or elsewhere)."""
    base = root()
    if base is not None and (base / LIVE).resolve().name != token:
        switch_to(token)


def write(token: str, path: str, body: bytes, made_at: float) -> None:
    """Store one page of this generation as `<path>/index.html`, unless its generation is over already.

    The files are dated when the page was made, so the proxy's Last-Modified is the cached page's."""
    base = root()
    parts = path.strip("/").split("/") if path.strip("/") else []
    if base is None or not path.endswith("/") or any(part in {"", ".", ".."} for part in parts):
        return
    generation = base / GENERATIONS / token
    if not generation.is_dir():  # deleted: a newer generation is live
        return
    folder = generation.joinpath(*parts)
    folder.mkdir(parents=True, exist_ok=True)
    _write_atomically(folder / "index.html", body, made_at)
    _write_atomically(folder / "index.html.gz", gzip.compress(body, compresslevel=9, mtime=0), made_at)


def _write_atomically(target: Path, content: bytes, made_at: float) -> None:
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}")
    temporary.write_bytes(content)
    os.utime(temporary, (made_at, made_at))
    os.replace(temporary, target)


def remove_older_than(seconds: float) -> int:
    """Delete live page files written more than `seconds` ago (dates and closures move on by themselves)."""
    base = root()
    if base is None or not (base / LIVE).is_dir():
        return 0
    oldest = time.time() - seconds
    removed = 0
    for page in (base / LIVE).resolve().rglob("index.html*"):
        if page.stat().st_mtime < oldest:
            page.unlink(missing_ok=True)
            removed += 1
    return removed
