"""Draw a blind check: PolNeAR train articles kept out of a tuning round, chosen at random.

    python benchmarks/blind.py --seed SEED [-n 20] [--train DIR] [--out FILE]

Issue 14 asks every tuning round of reported speech for a blind check: articles nobody has
read, drawn before the round's rules are written, held out of tuning, and scored on their own
afterwards. A rule that gains on the tuned articles and not on the blind ones is a rule for
those articles. The draw is ``random.Random(seed).sample`` over the sorted file names of
``TRAIN/text/*.txt``, so the seed alone gives the list back on any machine holding the corpus.

The list file has a header of ``#`` comments (the seed, the count and the command) and one
file name per line. ``benchmarks/polnear.py`` and ``benchmarks/constructions.py`` read it with
``--only FILE`` (the blind articles alone) or ``--exclude FILE`` (all the others). Only file
names are drawn and written: nothing here opens an article, and neither should the person
who runs it before the round's rules are written.

Rounds drawn so far (``benchmarks/blind/``):

- ``round1.txt``: seed 14001, 20 articles.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = ROOT / ".." / "shared" / "corpora" / "polnear" / "train"


def draw(names: list[str], seed: int, count: int) -> list[str]:
    """``count`` names drawn without replacement, the same for the same seed and names.

    The names are sorted first, so the order a folder lists its files in does not matter.

    >>> draw(["c.txt", "a.txt", "b.txt", "d.txt"], seed=1, count=2)
    ['b.txt', 'c.txt']
    >>> draw(["d.txt", "b.txt", "a.txt", "c.txt"], seed=1, count=2)
    ['b.txt', 'c.txt']
    """
    return random.Random(seed).sample(sorted(names), count)


def list_text(seed: int, count: int, command: str, names: list[str]) -> str:
    """The list file: a header of comments, then one file name per line."""
    header = [
        f"# Blind check for issue 14: {count} PolNeAR train articles drawn at random.",
        "# Not to be read before the round's rules are written; kept out of its tuning.",
        f"# seed: {seed}",
        f"# command: {command}",
    ]
    return "\n".join([*header, *names]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, required=True, help="the seed of random.Random")
    parser.add_argument("-n", "--count", type=int, default=20, help="how many articles")
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="the train split")
    parser.add_argument("--out", type=Path, help="where to write the list (default: print)")
    args = parser.parse_args(argv)
    names = [path.name for path in (args.train / "text").glob("*.txt")]
    if not 0 < args.count <= len(names):
        parser.error(f"--count must be between 1 and {len(names)}, the articles in {args.train}")
    command = f"python benchmarks/blind.py --seed {args.seed} -n {args.count}"
    if args.out:
        command += f" --out {args.out}"
    text = list_text(args.seed, args.count, command, draw(names, args.seed, args.count))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
