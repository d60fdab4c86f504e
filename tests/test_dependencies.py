"""Dependencies run one way (DESIGN.md): appointments and pages may use blog; blog knows nothing of them."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_top_level_packages(app: str) -> set[str]:
    packages: set[str] = set()
    for path in (ROOT / app).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                packages.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                packages.add(node.module.split(".")[0])
    return packages


def test_blog_imports_nothing_from_pages_or_appointments():
    assert imported_top_level_packages("blog") & {"pages", "appointments"} == set()


def test_site_wide_request_handling_depends_on_no_feature_app():
    assert imported_top_level_packages("incoming") & {"blog", "pages", "appointments"} == set()
