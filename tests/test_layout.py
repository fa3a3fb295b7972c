"""Imports that go one way (issue 12): the layout of the package is the pipeline's.

The language data imports nothing of the engine; the text layer knows no stage; the stages
know no format; the library (formats, batch) never depends on the command line; the record
mapping that batch and the CLI share imports neither. Checked on the source, transitively, so
that a new import anywhere below shows up here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "newsclaims"


def _files(module: str) -> list[Path]:
    """The source files of ``module`` (dotted below newsclaims): a module, or a package."""
    path = PACKAGE.joinpath(*module.split("."))
    if path.with_suffix(".py").exists():
        return [path.with_suffix(".py")]
    return sorted(path.rglob("*.py"))


def _imports(module: str) -> set[str]:
    """The newsclaims modules ``module`` imports anywhere in its source, dotted."""
    found: set[str] = set()
    for file in _files(module):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found.update(n.split(".", 1)[1] for n in names if n.startswith("newsclaims."))
    return found


def _reaches(module: str) -> set[str]:
    seen: set[str] = set()
    todo = [module]
    while todo:
        for imported in _imports(todo.pop()) - seen:
            seen.add(imported)
            todo.append(imported)
    return seen


def _under(modules: set[str], packages: set[str]) -> set[str]:
    return {m for m in modules if m.split(".")[0] in packages or m in packages}


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("lang", {"_text", "_extract", "_model", "_formats", "_cli", "_batch", "lexicon"}),
        ("_model", {"_text", "_extract", "_formats", "_cli", "_batch"}),
        ("_text", {"_extract", "_formats", "_cli", "_batch"}),
        ("_extract", {"_formats", "_cli", "_batch"}),
        ("_formats", {"_cli", "_batch"}),
        ("_batch", {"_cli"}),
    ],
)
def test_each_layer_knows_only_the_layers_before_it(module: str, forbidden: set[str]) -> None:
    assert not _under(_reaches(module), forbidden)


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("_formats.json", {"_formats.output"}),
        ("_formats.records", {"_batch", "_cli.sources", "_formats.output"}),
        ("_formats.strict_json", {"_formats.json", "_cli.sources", "_formats.output"}),
    ],
)
def test_library_modules_do_not_reach_the_command_line(module: str, forbidden: set[str]) -> None:
    assert not _reaches(module) & forbidden
