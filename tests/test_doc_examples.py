"""The Python examples of README.md and docs/*.md pass ``mypy --strict``, as users' code would.

The doctests already run every example; this checks that a user who copies one into a typed
program meets no error. Each page becomes one module (its examples share one namespace, as
its doctests do), and one mypy run checks them all.
"""

from __future__ import annotations

import doctest
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_UNTYPED = ["--untyped-calls-exclude=dask", "--untyped-calls-exclude=distributed"]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def python_source(page: Path) -> str:
    """The Python of a page's ``python`` blocks: a doctest's statements, or a script as is."""
    pieces = []
    for block in _BLOCK.findall(page.read_text(encoding="utf-8")):
        if block.lstrip().startswith(">>>"):
            examples = doctest.DocTestParser().get_examples(block)
            pieces.append("".join(example.source for example in examples))
        else:
            pieces.append(block)
    return "\n".join(pieces)


def test_python_source_reads_doctests_and_scripts(tmp_path: Path) -> None:
    page = "```python\n>>> x = 1\n>>> for i in range(x):\n...     print(i)\n0\n\n```\n"
    page += "```python\nimport os\n```\n```console\n$ not python\n```\n"
    (tmp_path / "page.md").write_text(page, encoding="utf-8")
    assert python_source(tmp_path / "page.md") == (
        "x = 1\nfor i in range(x):\n    print(i)\n\nimport os\n"
    )


@pytest.mark.slow
def test_examples_pass_mypy_strict(tmp_path: Path) -> None:
    modules = []
    for page in PAGES:
        source = python_source(page)
        if source:
            module = tmp_path / f"{page.stem.lower().replace('-', '_')}_example.py"
            module.write_text(source, encoding="utf-8")
            modules.append(str(module))
    assert len(modules) >= 5  # README, models, quotes, claims, formats, dask
    result = subprocess.run(
        # Dask has no type hints; docs/dask.md says to exclude it from untyped-call checks.
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *_UNTYPED, *modules],
        cwd=ROOT,  # the project's mypy settings and cache
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout.replace(str(tmp_path) + "/", "") + result.stderr
