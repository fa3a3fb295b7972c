"""Time quote extraction and the whole analysis, against a bare scan for quotation marks.

    python benchmarks/speed.py DIR... [--repeat N]
    python benchmarks/speed.py --scaling

The first form reads every ``text/*.txt`` below the given folders (PolNeAR's train and dev,
say), warms up once, then times, in one process: the floor (a bare ``regex.finditer`` over
each text for quotation marks, counting them), :func:`newsclaims.find_quotes` and
:func:`newsclaims.analyze`. Each is the best of ``--repeat`` runs. The last line is JSON with
``chars``, ``quotes_chars_per_s``, ``analyze_chars_per_s`` and ``floor_chars_per_s``.

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

from newsclaims import analyze, find_quotes

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
    args = parser.parse_args(argv)
    if args.scaling:
        return scaling()
    return corpus(args.folders, args.repeat)


if __name__ == "__main__":
    sys.exit(main())
