"""The README a newcomer opens first: the two commands, a map of every app, and links into docs/ that lead somewhere."""

import re
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
# [text](target) outside code spans; absolute URLs are not ours to check.
LINK = re.compile(r"(?<!`)\[[^\]]+\]\(([^)\s]+)\)")


def anchor(heading: str) -> str:
    """The id GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors_of(page: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", page.read_text(), flags=re.DOTALL)
    return {anchor(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")}


def local_links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(), flags=re.DOTALL)
    return [target for target in LINK.findall(text) if not target.startswith(("http://", "https://", "mailto:"))]


def test_the_readme_gives_the_two_commands_as_commands_to_type():
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(), flags=re.DOTALL)

    assert [line for block in blocks for line in block.splitlines()][:2] == ["make run", "make test"]


def test_the_makefile_has_both_commands_the_readme_gives():
    makefile = (ROOT / "Makefile").read_text()

    assert re.search(r"^run:", makefile, flags=re.MULTILINE)
    assert re.search(r"^test:", makefile, flags=re.MULTILINE)


def test_the_readmes_map_names_every_app_of_the_project():
    apps = sorted(path.parent.name for path in ROOT.glob("*/apps.py"))
    map_rows = re.findall(r"^\| `(\w+)/` \|", README.read_text(), flags=re.MULTILINE)

    assert sorted(map_rows) == sorted([*apps, "avesta"])


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_link_leads_to_a_file_and_heading_that_exist(page):
    for target in local_links(page):
        path, _, fragment = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{page.relative_to(ROOT)} links to {target}, which does not exist"
        if fragment and linked.suffix == ".md":
            assert fragment in anchors_of(linked), f"{page.relative_to(ROOT)} links to {target}: no such heading"


def test_every_docs_page_is_listed_in_the_docs_index_and_the_readme():
    index = {Path(target).name for target in local_links(DOCS / "README.md")}
    readme = {Path(target.partition("#")[0]).name for target in local_links(README)}

    for page in DOCS.glob("*.md"):
        if page.name != "README.md":
            assert page.name in index, f"docs/README.md does not list {page.name}"
            assert page.name in readme, f"README.md does not link to docs/{page.name}"
