"""What the packaging promises: extras that install what they name, skips that say why."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\[<>=! ;]", r, maxsplit=1)[0].lower() for r in requirements}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_the_hypothesis_extra_is_all_strategies_needs() -> None:
    extra = _names(PROJECT["optional-dependencies"]["hypothesis"])
    runtime = _names(PROJECT["dependencies"])
    third_party = {
        name
        for name in _imports(ROOT / "src" / "newsclaims" / "strategies.py")
        if name not in sys.stdlib_module_names and name not in {"newsclaims", "__future__"}
    }
    assert extra == {"hypothesis"}
    assert third_party <= extra | runtime


def test_the_jsonld_extra_brings_pyld() -> None:
    assert _names(PROJECT["optional-dependencies"]["jsonld"]) == {"pyld"}


def test_corpus_skips_say_where_the_corpus_was_looked_for() -> None:
    expected = "PolNeAR corpus not found at ../shared/corpora: benchmarks only"
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for reason in re.findall(r'reason=f?"([^"]*)"', path.read_text(encoding="utf-8")):
            if "polnear" in reason.lower():
                assert reason == expected, path.name
