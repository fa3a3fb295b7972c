"""newsclaims on Dask: the script of ``docs/dask.md``, run as it stands on a local cluster.

Dask is an optional extra: without it the tests skip.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsclaims import read_jsonl

_NO_DASK = "Dask not installed: pip install 'newsclaims[dask]' to run this test"
pytest.importorskip("dask.bag", reason=_NO_DASK)
pytest.importorskip("distributed", reason=_NO_DASK)

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "dask.md"

BAD_LINES = [
    '{"text": "Hi.", "date": 20250426}',  # integer metadata
    '{"text": "A lone \\ud800 surrogate."}',
    "[" * 50_000,  # nested too deeply for json
    '["not", "an", "object"]',
    '{"title": "an extractor found no text"}',
    '{"text": "Hi.", "title": ' + "9" * 5000 + "}",
]


def the_script() -> str:
    """The one Python block of docs/dask.md."""
    (script,) = re.findall(r"^```python\n(.*?)^```", DOC.read_text("utf-8"), re.S | re.M)
    return str(script)


def _articles(folder: Path) -> list[dict[str, Any]]:
    """Two JSON Lines files of articles as an extractor writes them, with bad lines between."""
    folder.mkdir()
    articles = [
        {
            "id": f"article-{n}",
            "text": f"Article {n} “quoted,” someone said.",
            "title": f"Title {n}",
            "date": "2025-04-26",
        }
        for n in range(8)
    ]
    for part in range(2):
        with (folder / f"part-{part}.jsonl").open("w", encoding="utf-8") as stream:
            for n, article in enumerate(articles[part * 4 : part * 4 + 4]):
                stream.write(json.dumps(article, ensure_ascii=False) + "\n")
                stream.write(BAD_LINES[(part * 4 + n) % len(BAD_LINES)] + "\n\n")
    return articles


@pytest.mark.slow
def test_the_documented_script_runs_and_collects_bad_records(tmp_path: Path) -> None:
    articles = _articles(tmp_path / "articles")
    (tmp_path / "pipeline.py").write_text(the_script(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "pipeline.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    documents = []
    for part in sorted((tmp_path / "documents").glob("*.jsonl")):
        with part.open(encoding="utf-8") as stream:
            documents += list(read_jsonl(stream, source=str(part)))
    assert [d.text for d in documents] == [a["text"] for a in articles]
    assert [d.metadata.id for d in documents] == [a["id"] for a in articles]
    assert [d.metadata.title for d in documents] == [a["title"] for a in articles]
    assert {d.metadata.published for d in documents} == {"2025-04-26"}
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == 8
    assert "8 bad records skipped" in result.stderr
    for reason in (
        "'date' must be a string",
        "lone surrogate",
        "nested too deeply",
        "expected a JSON object",
        "no text field",
        "too long to read",
    ):
        assert any(reason in line for line in skipped), reason
