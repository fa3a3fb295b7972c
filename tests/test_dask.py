"""newsclaims on Dask: a dask.bag of JSON Lines in, JSON Lines out, on a local cluster.

This is the pipeline ``docs/dask.md`` shows. Dask is an optional extra: without it the tests
skip.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from newsclaims import analyze_record, read_jsonl

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


def _articles(folder: Path) -> list[dict[str, Any]]:
    """Two JSON Lines files of articles as an extractor writes them, each with one textless."""
    folder.mkdir()
    articles = [
        {
            "text": f"Article {n} “quoted,” someone said.",
            "title": f"Title {n}",
            "date": "2025-04-26",
        }
        for n in range(8)
    ]
    for part in range(2):
        with (folder / f"part-{part}.jsonl").open("w", encoding="utf-8") as stream:
            for article in articles[part * 4 : part * 4 + 4]:
                stream.write(json.dumps(article, ensure_ascii=False) + "\n")
            stream.write('{"title": "an extractor found no text"}\n')
    return articles


def has_text(record: dict[str, Any]) -> bool:
    return isinstance(record.get("text"), str)


def test_a_bag_of_json_lines_on_a_local_cluster(tmp_path: Path) -> None:
    articles = _articles(tmp_path / "in")
    # Two worker processes: records really travel between processes, pickled.
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            memory_limit="1GiB",
        ) as cluster,
        distributed.Client(cluster, timeout="60s") as client,
    ):
        assert os.getpid() not in client.run(os.getpid).values()
        # The pipeline of docs/dask.md.
        bag = db.read_text(str(tmp_path / "in" / "*.jsonl")).map(json.loads).filter(has_text)
        results = bag.map(analyze_record).map(json.dumps, ensure_ascii=False)
        results.to_textfiles(str(tmp_path / "out" / "*.jsonl"))
    documents = []
    for part in sorted((tmp_path / "out").glob("*.jsonl")):
        with part.open(encoding="utf-8") as stream:
            documents += list(read_jsonl(stream, source=str(part)))
    assert [d.text for d in documents] == [a["text"] for a in articles]
    assert [d.metadata.title for d in documents] == [a["title"] for a in articles]
    assert {d.metadata.published for d in documents} == {"2025-04-26"}
