"""Run newsclaims over a PolNeAR split and score its quotes and claims with the shared scorer.

    python benchmarks/polnear.py SPLIT_DIR... --predictions OUT.jsonl [--scorer PATH]
                                 [--only FILE | --exclude FILE] [--partial]

Reads every ``SPLIT_DIR/text/*.txt`` (UTF-8, ``newline=""`` so offsets stay exact), writes one
JSON line per article in the scorer's format (``../shared/eval/README.md``) and, when
``SPLIT_DIR/attributions`` exists, runs the scorer on them and prints its table.

Subsets. ``--only FILE`` keeps the articles FILE lists, ``--exclude FILE`` all the others (a
list as ``benchmarks/blind.py`` writes: one file name a line, with or without ``.txt``; ``#``
starts a comment). Several splits (``train dev``) are scored as one. The scorer counts every
article of its gold folder, and an article with no prediction line as one where every gold
relation was missed, so leaving an article out of the predictions is not enough: for a subset
or several splits the scorer is given a temporary gold folder in its layout (``text/``,
``attributions/``) that links the chosen articles' files only. So

    python benchmarks/polnear.py $P/train $P/dev --exclude benchmarks/blind/round1.txt ...
    python benchmarks/polnear.py $P/train --only benchmarks/blind/round1.txt ...

score train and dev less the blind articles, and the blind articles alone.

What is written follows PolNeAR's annotation (CLARIFICATIONS.md): one relation per attributed
statement. A direct quote is one relation with all its spans; a quote that only continues the
speaker of the paragraph before (rule ``continuation``) joins that relation, as the annotators
join them. Quotes that quote nobody (scare quotes, titles, nicknames) are not written. Each
claim is one relation (its content, its claimant's mention, its cue); a partial quote inside a
claim is part of that relation and is not written again. Each dispute is one relation (its
disputed span, its disputant's mention, its cue; label ``dispute:RULE``), unless its cue stands
inside a quote or claim already written (it is part of that statement) or no disputant was
found (the narrator's verdict, "falsely claimed", is no attribution in PolNeAR). A partial
quote that no claim holds is written as the statement it ends, where it ends one;
``--partial`` writes every partial quote on its own as well.
"""

from __future__ import annotations

import argparse
import bisect
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import regex

from newsclaims import Dispute, Document, Mention, Quote, QuoteKind, Span, analyze

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SCORER = ROOT / ".." / "shared" / "eval" / "score.py"

Relation = dict[str, Any]


# What may follow a partial quote that ends the reported statement: closing punctuation.
_STATEMENT_END = regex.compile(r"[\s.,;:!?”’\"')\]]*(?:\n|\Z|(?<=[.!?,][”’\"']?)\s)")
_THAT = regex.compile(r"(?r)(?<![\p{L}])that(?![\p{L}])")
_SENTENCE_BREAK = regex.compile(r"[.!?]\s|\n")
# What closes a passage, left out of a dispute's content.
_CLOSING = " \t\n.,;:!?"


def reported_content(text: str, quote: Quote) -> list[list[int]] | None:
    """The content PolNeAR gives a partial quote that ends its speaker's statement.

    In “Clinton said she was "going to put coal miners out of business."” the annotators'
    relation runs from after the cue to the end of the quote; that stretch is written, and
    the scorer classes it by how much of it is quoted. A partial quote in the middle of the
    reporter's sentence is part of a claim the claims stage writes, and None is returned.

    >>> text = 'Lee said she was "going to win." Then she left.'
    >>> quotes = analyze(text).quotes
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
    """The scorer's relations for one article: its quotes, its claims and its disputes.

    >>> doc = analyze("“We are ready,” Lee said.\\n\\n“We are not.” Ortiz said it was safe.")
    >>> for relation in relations(doc):
    ...     print(relation)
    {'content': [[1, 14], [28, 39]], 'source': [[16, 19]], 'cue': [[20, 24]]}
    {'content': [[52, 63]], 'source': [[41, 46]], 'cue': [[47, 51]]}
    """
    return [relation for _, relation in labelled_relations(document, partial=partial)]


def labelled_relations(document: Document, *, partial: bool = False) -> list[tuple[str, Relation]]:
    """The relations of :func:`relations`, each with the record and rule that produced it.

    The label is ``quote:RULE``, ``claim:RULE`` or ``dispute:RULE`` (the record's ``rule``,
    ``(none)`` for a quote without one); a continuation joined to the relation before keeps
    that one's label.
    ``benchmarks/constructions.py`` counts precision by these labels.

    >>> doc = analyze("“We are ready,” Lee said.\\n\\n“We are not.” Ortiz said it was safe.")
    >>> [label for label, _ in labelled_relations(doc)]
    ['quote:after', 'claim:reported']
    >>> doc = analyze("Lee said the dam was safe. Ortiz denied it.")
    >>> [(label, relation["content"]) for label, relation in labelled_relations(doc)]
    [('claim:reported', [[9, 25]]), ('dispute:reported', [[40, 42]])]
    """
    text = document.text
    in_claims = {quote_id for claim in document.claims for quote_id in claim.quote_ids}
    out: list[tuple[str, Relation]] = []
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
            out[-1][1]["content"].extend(content)
            continue
        label = f"quote:{quote.rule or '(none)'}"
        out.append((label, _relation(content, quote.speaker_mention, quote.cue)))
    for claim in document.claims:
        spans = [[s.start, s.end] for s in claim.spans]
        out.append((f"claim:{claim.rule}", _relation(spans, claim.claimant_mention, claim.cue)))
    written = sorted((s, e) for _, relation in out for s, e in relation["content"])
    for dispute in document.disputes:
        # A dispute is its disputant's statement: its cue, its disputant's mention as
        # source and its disputed span as content (CLARIFICATIONS, Turn 2). A cue inside
        # a quote or claim already written ("“That is false,” he said") is part of that
        # statement, as a partial quote inside a claim is, and is not written again; with
        # no disputant it is the narrator's verdict, which PolNeAR attributes to no one.
        if _inside(written, dispute.cue) or dispute.disputant_mention is None:
            continue
        spans = _disputed_content(dispute)
        label = f"dispute:{dispute.rule}"
        out.append((label, _relation(spans, dispute.disputant_mention, dispute.cue)))
    return out


def _inside(spans: list[tuple[int, int]], span: Span) -> bool:
    """Whether ``span`` lies within one of ``spans`` (sorted by start)."""
    at = bisect.bisect_right(spans, (span.start, span.end))
    return any(s <= span.start and span.end <= e for s, e in spans[max(0, at - 8) : at + 1])


def _disputed_content(dispute: Dispute) -> list[list[int]]:
    """What a dispute's relation holds as content: its disputed words where they stand in
    its own passage; where they are a claim made elsewhere ("Ortiz denied it" of an earlier
    claim), the words after the cue in its passage, which name what the disputant contests.

    >>> doc = analyze("Officials said the bridge was safe. Ortiz denied it, angrily.")
    >>> [doc.text[s:e] for s, e in _disputed_content(doc.disputes[0])]
    ['it, angrily']
    """
    disputed = [[s.start, s.end] for s in dispute.disputed]
    evidence = dispute.evidence
    if any(evidence.start <= s and e <= evidence.end for s, e in disputed):
        return disputed
    rest = evidence.text[dispute.cue.end - evidence.start :]
    body = rest.strip().rstrip(_CLOSING)
    if not any(character.isalnum() for character in body):
        return disputed  # the cue ends its passage: "Ortiz denied."
    start = dispute.cue.end + len(rest) - len(rest.lstrip())
    return [[start, start + len(body)]]


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


def read_doc_list(path: Path) -> set[str]:
    """The article names a list file holds: one a line, ``.txt`` optional, ``#`` comments."""
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            names.add(name.removesuffix(".txt"))
    return names


def select_articles(
    splits: Iterable[Path], *, only: set[str] | None = None, exclude: set[str] | None = None
) -> list[Path]:
    """The text files of the splits, in split order then by name, less those left out.

    ``only`` keeps the named articles and must name only articles of the splits; ``exclude``
    leaves the named ones out and may name others (the blind list names train articles only).
    """
    paths: list[Path] = []
    seen: dict[str, Path] = {}
    for split in splits:
        for path in sorted((split / "text").glob("*.txt")):
            if path.stem in seen:
                raise ValueError(f"{path.stem} is in both {seen[path.stem]} and {split}")
            seen[path.stem] = split
            paths.append(path)
    if only is not None:
        missing = sorted(only - seen.keys())
        if missing:
            raise ValueError(
                f"--only names {len(missing)} articles in none of the splits ({missing[0]}, ...)"
            )
        paths = [path for path in paths if path.stem in only]
    if exclude is not None:
        paths = [path for path in paths if path.stem not in exclude]
    return paths


def annotation_files(text_path: Path) -> list[Path]:
    """The ``.ann`` files of an article, named ``<doc>_<annotator>.ann`` as the scorer reads."""
    folder = text_path.parent.parent / "attributions"
    return sorted(
        path
        for path in folder.glob(f"{text_path.stem}_*.ann")
        if path.stem.rsplit("_", 1)[0] == text_path.stem
    )


@contextmanager
def gold_folder(paths: list[Path]) -> Iterator[Path]:
    """A temporary gold folder in the scorer's layout holding just these articles.

    Links, not copies: ``text/<doc>.txt`` and every ``attributions/<doc>_*.ann`` of each.
    """
    with tempfile.TemporaryDirectory(prefix="polnear-subset-") as tmp:
        root = Path(tmp)
        (root / "text").mkdir()
        (root / "attributions").mkdir()
        for path in paths:
            (root / "text" / path.name).symlink_to(path.resolve())
            for ann in annotation_files(path):
                (root / "attributions" / ann.name).symlink_to(ann.resolve())
        yield root


def write_predictions(split: Path, out: Path, *, partial: bool = False) -> int:
    """Analyse every article of ``split`` and write the JSONL; return how many articles."""
    return write_article_predictions(sorted((split / "text").glob("*.txt")), out, partial=partial)


def write_article_predictions(paths: list[Path], out: Path, *, partial: bool = False) -> int:
    """Analyse these articles and write the JSONL, one line each; return how many."""
    with out.open("w", encoding="utf-8") as f:
        for path in paths:
            document = analyze(read_text(path))
            row = {"doc": path.stem, "relations": relations(document, partial=partial)}
            f.write(json.dumps(row) + "\n")
    return len(paths)


def add_subset_arguments(parser: argparse.ArgumentParser) -> None:
    """The splits and ``--only``/``--exclude``, shared with ``benchmarks/constructions.py``."""
    parser.add_argument("splits", type=Path, nargs="+", help="folders with text/*.txt")
    subset = parser.add_mutually_exclusive_group()
    subset.add_argument("--only", type=Path, help="score only the articles this file lists")
    subset.add_argument("--exclude", type=Path, help="score all but the articles it lists")


def selected_articles(args: argparse.Namespace) -> list[Path]:
    """The articles the splits and ``--only``/``--exclude`` of parsed arguments choose."""
    only = read_doc_list(args.only) if args.only else None
    exclude = read_doc_list(args.exclude) if args.exclude else None
    return select_articles(args.splits, only=only, exclude=exclude)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    add_subset_arguments(parser)
    parser.add_argument("--predictions", type=Path, required=True, help="where to write JSONL")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score.py to run")
    parser.add_argument("--partial", action="store_true", help="write partial quotes too")
    args = parser.parse_args(argv)
    try:
        paths = selected_articles(args)
    except (ValueError, OSError) as exc:
        parser.error(str(exc))
    started = time.perf_counter()
    count = write_article_predictions(paths, args.predictions, partial=args.partial)
    elapsed = time.perf_counter() - started
    print(f"{count} articles analysed in {elapsed:.2f} s -> {args.predictions}")
    if not all((split / "attributions").is_dir() for split in args.splits):
        return 0
    command = [sys.executable, str(args.scorer), "--pred", str(args.predictions), "--gold"]
    whole_split = len(args.splits) == 1 and not (args.only or args.exclude)
    if whole_split:
        return subprocess.run([*command, str(args.splits[0])], check=False).returncode
    with gold_folder(paths) as gold:
        return subprocess.run([*command, str(gold)], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
