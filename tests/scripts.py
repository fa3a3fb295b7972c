"""Load the project's scripts (benchmarks/*.py) and the shared scorer as modules, for tests.

They are scripts, not part of the package: tests load each from its path once, by name.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT / ".." / "shared" / "eval" / "score.py"


def load(name: str, path: Path) -> ModuleType:
    """The module at ``path``, registered as ``name`` (loaded on the first call only)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def benchmark(script: str) -> ModuleType:
    """benchmarks/``script``.py as a module."""
    return load(f"{script}_benchmark", ROOT / "benchmarks" / f"{script}.py")
