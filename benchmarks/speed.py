"""Time quote extraction and the whole analysis, against a bare scan for quotation marks.

    python benchmarks/speed.py DIR... [--repeat N]
    python benchmarks/speed.py DIR... --stages
    python benchmarks/speed.py --scaling

The first form reads every ``text/*.txt`` below the given folders (PolNeAR's train and dev,
say), warms up once, then times, in one process: the floor (a bare ``regex.finditer`` over
each text for quotation marks, counting them), :func:`newsclaims.find_quotes` and
:func:`newsclaims.analyze`. Each is the best of ``--repeat`` runs. The last line is JSON with
``chars``, ``quotes_chars_per_s``, ``analyze_chars_per_s`` and ``floor_chars_per_s``.

``--stages`` runs the steps of :func:`newsclaims.analyze` one by one over the same texts and
prints the CPU time of each and its share, so that the next person sees where the time goes:
``read_text`` (marks, quotations, paragraphs, sentences), ``words`` (the word index),
``resolver``, ``attribution``, ``claims``, ``disputes`` and ``records`` (actors, ids, the
Document). A sentence's tokens are read when a stage first asks for them, so they count in
that stage. Each text's staged result is checked to equal ``analyze``'s, so the steps here
cannot drift from the pipeline's. The last line is JSON: seconds per stage, best of
``--repeat``.

``--scaling`` analyses each hostile input at 100 KB, 1 MB and 10 MB and prints the time per
megabyte at each size: linear time keeps it within about 2x across the sizes. The last one,
a single sentence of nothing but claims and denials, loads the claims and disputes stages.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

from newsclaims import Document, Metadata, analyze, find_quotes
from newsclaims._extract import pipeline
from newsclaims._extract.attribution import attribute_quotations
from newsclaims._extract.claims import find_claims
from newsclaims._extract.disputes import find_disputes
from newsclaims._extract.resolution import read_resolver
from newsclaims._model.document import built_by_the_engine
from newsclaims._text.model import read_text
from newsclaims.lexicon import DEFAULT_LEXICON

FLOOR = regex.compile(r"[\"'“”‘’«»„‚‹›「」『』]")

#: One unit of each hostile input, repeated to the size wanted.
HOSTILE: dict[str, str] = {
    "only quotation marks": "“”\"'«»„“‚‘",
    "one unclosed quote": "word ",  # after a single opening mark
    "marks and apostrophes": "’a‘ 'b' ’n’ don't ",
    "one long sentence": "word ",  # 100,000 words and more, no full stop
    "capitalised words": "Said Putin Mr. Trump Jr. Ana Ruiz ",
    "reported speech": "Putin said that officials denied the claims and ",  # one sentence
}
SIZES = (100_000, 1_000_000, 10_000_000)


def hostile(name: str, size: int) -> str:
    """The hostile input ``name`` at ``size`` characters."""
    unit = HOSTILE[name]
    head = "“" if name == "one unclosed quote" else ""
    return (head + unit * (size // len(unit) + 1))[:size]


def read_texts(folders: Sequence[Path]) -> list[str]:
    """Every text/*.txt below ``folders``, read as the benchmark's corpus."""
    texts = []
    for folder in folders:
        for path in sorted(folder.glob("**/text/*.txt")):
            with path.open(encoding="utf-8", newline="") as f:
                texts.append(f.read())
    return texts


def best_time(run: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds: the least disturbed measurement."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def floor(texts: list[str]) -> int:
    return sum(sum(1 for _ in FLOOR.finditer(text)) for text in texts)


def corpus(folders: Sequence[Path], repeat: int) -> int:
    texts = read_texts(folders)
    if not texts:
        print("no text/*.txt below the folders given", file=sys.stderr)
        return 2
    chars = sum(map(len, texts))
    for text in texts:  # warm: compiled patterns cached, code paths loaded
        analyze(text)
    timings = {
        "floor": best_time(lambda: floor(texts), repeat),
        "quotes": best_time(lambda: [find_quotes(t) for t in texts], repeat),
        "analyze": best_time(lambda: [analyze(t) for t in texts], repeat),
    }
    for name, seconds in timings.items():
        print(f"{name:8s} {seconds:7.3f} s  {chars / seconds:>14,.0f} chars/s")
    result = {"texts": len(texts), "chars": chars}
    result.update({f"{name}_chars_per_s": round(chars / s) for name, s in timings.items()})
    print(json.dumps(result))
    return 0


def staged(text: str) -> tuple[Document, dict[str, float]]:
    """``analyze(text)``, step by step as the pipeline runs it; the CPU seconds of each."""
    clock = time.process_time
    lexicon = DEFAULT_LEXICON
    times = {}
    started = clock()
    model = read_text(text, lexicon, pipeline._vocabulary(lexicon))
    times["read_text"] = (now := clock()) - started
    model.words  # noqa: B018 (read here, not in the first stage that asks)
    times["words"] = (started := clock()) - now
    resolver = read_resolver(model, indexed=True)
    times["resolver"] = (now := clock()) - started
    attributions = attribute_quotations(model, resolver)
    times["attribution"] = (started := clock()) - now
    drafts = find_claims(model, attributions, resolver)
    times["claims"] = (now := clock()) - started
    dispute_drafts = find_disputes(model, attributions, drafts, resolver)
    times["disputes"] = (started := clock()) - now
    used = (
        {a.speaker for a in attributions if a.speaker}
        | {d.claimant for d in drafts if d.claimant}
        | {d.disputant for d in dispute_drafts if d.disputant}
    )
    actors, ids = resolver.table.actors(used)
    quotes = pipeline._quotes(text, attributions, ids)
    claims = pipeline._claims(text, drafts, quotes, ids)
    disputes = pipeline._disputes(text, dispute_drafts, claims, ids)
    document = built_by_the_engine(text, Metadata(), tuple(actors), quotes, claims, disputes)
    times["records"] = clock() - started
    return document, times


def stages(folders: Sequence[Path], repeat: int) -> int:
    texts = read_texts(folders)
    if not texts:
        print("no text/*.txt below the folders given", file=sys.stderr)
        return 2
    for text in texts:  # warm, and the steps here are the pipeline's
        if staged(text)[0] != analyze(text):
            raise SystemExit("the staged analysis differs from analyze(): update staged()")
    best: dict[str, float] = {}
    for _ in range(repeat):
        totals: dict[str, float] = {}
        for text in texts:
            for stage, seconds in staged(text)[1].items():
                totals[stage] = totals.get(stage, 0.0) + seconds
        if not best or sum(totals.values()) < sum(best.values()):
            best = totals
    whole = sum(best.values())
    chars = sum(map(len, texts))
    print(f"{len(texts)} texts, {chars:,} characters; CPU seconds, best of {repeat} passes:")
    for stage, seconds in best.items():
        print(f"{stage:12s} {seconds:7.3f} s  {seconds / whole:6.1%}")
    print(f"{'analyze':12s} {whole:7.3f} s  {chars / whole:,.0f} chars/CPU-s")
    print(json.dumps({stage: round(seconds, 4) for stage, seconds in best.items()}))
    return 0


def scaling() -> int:
    print(f"{'input':24s}" + "".join(f"{size // 1000:>10,d} KB" for size in SIZES) + "   (s/MB)")
    for name in HOSTILE:
        cells = []
        for size in SIZES:
            text = hostile(name, size)
            seconds = best_time(lambda text=text: analyze(text), 1)  # type: ignore[misc]
            cells.append(f"{seconds / (size / 1_000_000):13.3f}")
        print(f"{name:24s}" + "".join(cells), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", type=Path, nargs="*", help="folders with text/*.txt below")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement")
    parser.add_argument("--scaling", action="store_true", help="time hostile inputs by size")
    parser.add_argument("--stages", action="store_true", help="CPU time of each stage")
    args = parser.parse_args(argv)
    if args.scaling:
        return scaling()
    if args.stages:
        return stages(args.folders, args.repeat)
    return corpus(args.folders, args.repeat)


if __name__ == "__main__":
    sys.exit(main())
