"""INSTALLED_APPS and MIDDLEWARE are read in one place, in their real order: literal lists nothing changes later."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

SETTINGS = Path(__file__).resolve().parents[2] / "avesta" / "settings.py"


def targets(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Assign):
        return {ast.unparse(target) for target in node.targets}
    if isinstance(node, (ast.AugAssign, ast.AnnAssign)):
        return {ast.unparse(node.target)}
    return set()


def changes_in_place(node: ast.AST, name: str) -> bool:
    """NAME.insert(...), NAME.append(...), NAME[i] = ...: the order could then only be seen by running it."""
    if isinstance(node, ast.Call):
        return ast.unparse(node.func).startswith(f"{name}.")
    return isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store) and ast.unparse(node.value) == name


@pytest.mark.parametrize("name", ["INSTALLED_APPS", "MIDDLEWARE"])
def test_the_list_is_written_once_as_a_literal_in_its_real_order(name):
    tree = ast.parse(SETTINGS.read_text())
    assignments = [node for node in ast.walk(tree) if name in targets(node)]

    assert len(assignments) == 1 and isinstance(assignments[0], ast.Assign)
    literal = assignments[0].value
    assert isinstance(literal, ast.List) and all(isinstance(item, ast.Constant) for item in literal.elts)
    assert not [node for node in ast.walk(tree) if changes_in_place(node, name)]
    assert [item.value for item in literal.elts] == getattr(settings, name)
