"""Imports that go one way (issue 12): the library never depends on the command line.

The codec (``_serialize``) must not import the CLI's writer framework (``_output``), and the
record mapping (``_records``) that batch and the CLI share imports neither of them; batch
does not import the CLI's readers (``_sources``). Checked
on the source, transitively, so that a new import anywhere below shows up here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "newsclaims"


def _imports(module: str) -> set[str]:
    """The newsclaims modules that ``module`` (or subpackage) imports, anywhere in its source."""
    single = PACKAGE / f"{module}.py"
    files = [single] if single.exists() else sorted((PACKAGE / module).rglob("*.py"))
    found: set[str] = set()
    nodes = (node for f in files for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))))
    for node in nodes:
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        found.update(n.split(".")[1] for n in names if n.startswith("newsclaims."))
    return found


def _reaches(module: str) -> set[str]:
    seen: set[str] = set()
    todo = [module]
    while todo:
        for imported in _imports(todo.pop()) - seen:
            seen.add(imported)
            todo.append(imported)
    return seen


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("_serialize", {"_output", "_cli", "_sources", "_sinks", "_progress"}),
        ("_records", {"_batch", "_cli", "_sources", "_output"}),
        ("_strict_json", {"_serialize", "_cli", "_sources", "_output"}),
        ("_batch", {"_cli", "_sources", "_sinks", "_progress"}),
    ],
)
def test_library_modules_do_not_reach_the_command_line(module: str, forbidden: set[str]) -> None:
    assert not _reaches(module) & forbidden
