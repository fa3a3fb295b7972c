"""Build the wheel and the sdist, install each into a fresh virtual environment, and check them.

The wheel must ship ``py.typed`` and the bundled JSON-LD contexts, and leave out ``seeds/``
(users bring their own text); the sdist must carry the seed article, the tests and the docs.
Each installed package must serve its contexts offline. Run by ``make test``.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str | Path) -> None:
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT)


def check_installs(package: Path, where: Path) -> None:
    env = where / f"venv-{package.suffix.strip('.')}"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", package)
    run(
        python,
        "-c",
        "import newsclaims, sys; print('installed', newsclaims.__version__, 'from', sys.argv[1])",
        package.name,
    )
    # The loader reads its files from the installed package, not from this checkout.
    run(python, "-I", "-c", _SERVES_CONTEXTS)


_SERVES_CONTEXTS = """
import newsclaims
loader = newsclaims.jsonld_document_loader()
for url in (newsclaims.SCHEMA_ORG_CONTEXT, newsclaims.ANNOTATION_CONTEXT):
    assert "@context" in loader(url)["document"], url
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        run(sys.executable, "-m", "build", "--quiet", "--outdir", out, ROOT)
        (wheel,) = out.glob("*.whl")
        (sdist,) = out.glob("*.tar.gz")
        with zipfile.ZipFile(wheel) as archive:
            wheel_names = archive.namelist()
        with tarfile.open(sdist) as archive:
            sdist_names = [n.split("/", 1)[1] for n in archive.getnames() if "/" in n]
        problems = []
        for shipped in (
            "newsclaims/py.typed",
            "newsclaims/contexts/schemaorg-context.jsonld",
            "newsclaims/contexts/anno.jsonld",
        ):
            if shipped not in wheel_names:
                problems.append(f"the wheel lacks {shipped}")
        if any(n.startswith("seeds/") for n in wheel_names):
            problems.append("the wheel ships seeds/")
        for needed in (
            "seeds/kursk.txt",
            "README.md",
            "CHANGELOG.md",
            "LICENSE",
            "tests/test_serialize.py",
            "tests/data/kursk.expected.json",  # test_seed_quotes runs from the sdist
        ):
            if needed not in sdist_names:
                problems.append(f"the sdist lacks {needed}")
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        check_installs(wheel, out)
        check_installs(sdist, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
