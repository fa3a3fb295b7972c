"""Time and memory of `analyze` on adversarial text, at 100 KB, 1 MB and 10 MB (issue 18).

For each family of hostile text (issue 18 and CLARIFICATIONS: only quotation marks, one
unclosed quote, alternating marks and apostrophes, one 100,000-word sentence and longer,
runs of capitalised words, ’‘' only, nested marks, repeated cue words with no punctuation)
and each size, a fresh Python process builds the text, warms the analysis up on a short
text (pattern compilation is not the text's cost), then analyzes it once and reports:

- CPU seconds per million characters (``time.process_time``), and
- peak resident memory above the process's size just before the call
  (``resource.getrusage(...).ru_maxrss``), divided by the characters of the input.

One process per measurement, so that one peak never hides another. Linear time means the
s/MB column stays within about 2x across the sizes. Targets (issue 18): at most 2 s/MB
and 50 bytes a character at 10 MB; a row over either is marked. This only measures: it
never fails.

    .venv/bin/python benchmarks/hostile.py                  # every family, every size
    .venv/bin/python benchmarks/hostile.py --sizes 0.1 1    # MB; 10 MB takes minutes
    .venv/bin/python benchmarks/hostile.py --family "nested marks"
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

#: Each family as a unit repeated to the size (cut at the size), or a builder.
FAMILIES: dict[str, str] = {
    "only quotation marks": "“”\"'«»„“‚‘",
    "one unclosed quote": "“ + word…",
    "marks and apostrophes": "’a‘ 'b' ’n’ don't ",
    "one long sentence": "word ",
    "capitalised words": "Ana Maria Lopez Garcia Vladimir Putin Donald Trump Kyiv Moscow ",
    "’‘' only": "’‘'",
    "nested marks": "“‘«„‚ … ‚„»’”",
    "cue words, no punctuation": "he said she denied they claimed officials told ",
}

SIZES_MB = (0.1, 1.0, 10.0)
TARGET_SECONDS_PER_MB = 2.0
TARGET_BYTES_PER_CHAR = 50.0

_CHILD = r"""
import json, resource, sys, time

family, chars = sys.argv[1], int(sys.argv[2])
unit = json.loads(sys.argv[3])

def build():
    if family == "one unclosed quote":
        return ("“" + "word " * chars)[:chars]
    if family == "nested marks":
        # One quote holding marks nested as deep as the size allows.
        opening, closing = "“‘«„‚", "‚„»’”"
        depth = chars // (2 * len(opening))
        return (opening * depth + "x" + closing * depth)[:chars]
    return (unit * (chars // len(unit) + 1))[:chars]

text = build()
from newsclaims import analyze

analyze("“Warm up,” she said.")  # compiles the patterns: not the text's cost
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.process_time()
document = analyze(text)
seconds = time.process_time() - started
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({
    "chars": len(text),
    "seconds": seconds,
    "peak_kib": after - before,
    "quotes": len(document.quotes),
}))
"""


def measure(family: str, megabytes: float) -> dict[str, float] | str:
    """Run one family at one size in a fresh process; its figures, or why it failed."""
    chars = round(megabytes * 1_000_000)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, family, str(chars), json.dumps(FAMILIES[family])],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        return f"failed: {last}"
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=SIZES_MB, metavar="MB")
    parser.add_argument("--family", choices=FAMILIES, action="append")
    args = parser.parse_args()
    families = args.family or list(FAMILIES)
    print(f"{'family':<28} {'size':>7} {'CPU s/MB':>9} {'bytes/char':>10} {'quotes':>8}")
    for family in families:
        rates = []
        for megabytes in args.sizes:
            figures = measure(family, megabytes)
            if isinstance(figures, str):
                print(f"{family:<28} {megabytes:>5g}MB  {figures}", flush=True)
                continue
            per_mb = figures["seconds"] / (figures["chars"] / 1e6)
            rates.append(per_mb)
            per_char = figures["peak_kib"] * 1024 / figures["chars"]
            over = []
            if megabytes >= 10 and per_mb > TARGET_SECONDS_PER_MB:
                over.append(f"over {TARGET_SECONDS_PER_MB:g} s/MB")
            if megabytes >= 10 and per_char > TARGET_BYTES_PER_CHAR:
                over.append(f"over {TARGET_BYTES_PER_CHAR:g} B/char")
            print(
                f"{family:<28} {megabytes:>5g}MB {per_mb:>9.2f} {per_char:>10.1f} "
                f"{int(figures['quotes']):>8}  {', '.join(over)}",
                flush=True,
            )
        if len(rates) > 1 and min(rates) > 0:
            # Linear time: the time per MB stays within about 2x across the sizes.
            spread = max(rates) / min(rates)
            verdict = "linear" if spread <= 2 else "NOT linear"
            print(f"{'':<28} s/MB spread across sizes {spread:.2f}x: {verdict}", flush=True)


if __name__ == "__main__":
    main()
