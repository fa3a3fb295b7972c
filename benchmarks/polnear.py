"""Run newsclaims over a PolNeAR split and score its quotes and claims with the shared scorer.

    python benchmarks/polnear.py SPLIT_DIR --predictions OUT.jsonl [--scorer PATH]

Reads every ``SPLIT_DIR/text/*.txt`` (UTF-8, ``newline=""`` so offsets stay exact), writes one
JSON line per article in the scorer's format (``../shared/eval/README.md``) and, when
``SPLIT_DIR/attributions`` exists, runs the scorer on them and prints its table.

What is written follows PolNeAR's annotation (CLARIFICATIONS.md): one relation per attributed
statement. A direct quote is one relation with all its spans; a quote that only continues the
speaker of the paragraph before (rule ``continuation``) joins that relation, as the annotators
join them. Quotes that quote nobody (scare quotes, titles, nicknames) are not written. Each
claim is one relation (its content, its claimant's mention, its cue); a partial quote inside a
claim is part of that relation and is not written again. A partial quote that no claim holds
is written as the statement it ends, where it ends one; ``--partial`` writes every partial
quote on its own as well.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import regex

from newsclaims import Document, Mention, Quote, QuoteKind, Span, analyze

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SCORER = ROOT / ".." / "shared" / "eval" / "score.py"

Relation = dict[str, Any]


# What may follow a partial quote that ends the reported statement: closing punctuation.
_STATEMENT_END = regex.compile(r"[\s.,;:!?”’\"')\]]*(?:\n|\Z|(?<=[.!?,][”’\"']?)\s)")
_THAT = regex.compile(r"(?r)(?<![\p{L}])that(?![\p{L}])")
_SENTENCE_BREAK = regex.compile(r"[.!?]\s|\n")


def reported_content(text: str, quote: Quote) -> list[list[int]] | None:
    """The content PolNeAR gives a partial quote that ends its speaker's statement.

    In “Clinton said she was "going to put coal miners out of business."” the annotators'
    relation runs from after the cue to the end of the quote; that stretch is written, and
    the scorer classes it by how much of it is quoted. A partial quote in the middle of the
    reporter's sentence is part of a claim the claims stage writes, and None is returned.

    >>> text = 'Lee said she was "going to win." Then she left.'
    >>> quotes, _ = find_quotes(text)
    >>> [text[s:e] for s, e in reported_content(text, quotes[0])]
    ['she was "', 'going to win.']
    """
    cue, first, last = quote.cue, quote.spans[0], quote.spans[-1]
    if cue is None or cue.end > first.start:
        return None
    lead = text[cue.end : first.start]
    if _SENTENCE_BREAK.search(lead):
        return None
    if not _STATEMENT_END.match(text, last.end):
        return None
    # The statement starts at its "that" ("said instead that “…”"), else after the cue.
    that = _THAT.search(lead)
    start = cue.end + (that.start() if that else len(lead) - len(lead.lstrip()))
    return [[start, first.start], *([s.start, s.end] for s in quote.spans)]


def relations(document: Document, *, partial: bool = False) -> list[Relation]:
    """The scorer's relations for one article: its quotes and its claims.

    >>> doc = analyze("“We are ready,” Lee said.\\n\\n“We are not.” Ortiz said it was safe.")
    >>> for relation in relations(doc):
    ...     print(relation)
    {'content': [[1, 14], [28, 39]], 'source': [[16, 19]], 'cue': [[20, 24]]}
    {'content': [[52, 63]], 'source': [[41, 46]], 'cue': [[47, 51]]}
    """
    text = document.text
    in_claims = {quote_id for claim in document.claims for quote_id in claim.quote_ids}
    out: list[Relation] = []
    for quote in document.quotes:
        if quote.kind is QuoteKind.DIRECT:
            content = [[s.start, s.end] for s in quote.spans]
        elif quote.kind is QuoteKind.PARTIAL and quote.id not in in_claims:
            found = [[s.start, s.end] for s in quote.spans] if partial else None
            found = found or reported_content(text, quote)
            if found is None:
                continue
            content = found
        else:
            continue
        if quote.rule == "continuation" and out:
            out[-1]["content"].extend(content)
            continue
        out.append(_relation(content, quote.speaker_mention, quote.cue))
    for claim in document.claims:
        out.append(
            _relation([[s.start, s.end] for s in claim.spans], claim.claimant_mention, claim.cue)
        )
    return out


def _relation(content: list[list[int]], mention: Mention | None, cue: Span | None) -> Relation:
    return {
        "content": content,
        "source": [[s.start, s.end] for s in mention.spans] if mention else None,
        "cue": [[cue.start, cue.end]] if cue else None,
    }


def read_text(path: Path) -> str:
    """An article as the scorer reads it: UTF-8 with line endings kept as they are."""
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def write_predictions(split: Path, out: Path, *, partial: bool = False) -> int:
    """Analyse every article of ``split`` and write the JSONL; return how many articles."""
    paths = sorted((split / "text").glob("*.txt"))
    with out.open("w", encoding="utf-8") as f:
        for path in paths:
            document = analyze(read_text(path))
            row = {"doc": path.stem, "relations": relations(document, partial=partial)}
            f.write(json.dumps(row) + "\n")
    return len(paths)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("split", type=Path, help="a folder with text/*.txt")
    parser.add_argument("--predictions", type=Path, required=True, help="where to write JSONL")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score.py to run")
    parser.add_argument("--partial", action="store_true", help="write partial quotes too")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    count = write_predictions(args.split, args.predictions, partial=args.partial)
    elapsed = time.perf_counter() - started
    print(f"{count} articles analysed in {elapsed:.2f} s -> {args.predictions}")
    if not (args.split / "attributions").is_dir():
        return 0
    command = [sys.executable, str(args.scorer), "--gold", str(args.split)]
    return subprocess.run([*command, "--pred", str(args.predictions)], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
