"""Speed and memory of the ``newsclaims`` command over the PolNeAR train and dev texts.

Usage: ``.venv/bin/python benchmarks/cli.py [POLNEAR_DIR] [--seconds S]``

POLNEAR_DIR holds ``train/text/*.txt`` and ``dev/text/*.txt`` (default:
``../shared/corpora/polnear`` beside the project). The script

1. runs ``newsclaims analyze --jobs 1`` and ``--jobs 2`` over the texts as JSON Lines,
   repeating the corpus as often as needed for each run to last at least S seconds (10 by
   default), so that process start-up does not decide the speed-up; it prints documents per
   second for each and the speed-up (target: at least 1.7x on 2 cores);
2. runs ``--jobs 2`` over the first 100 and the first 900 documents and prints the peak
   resident memory of the command's whole process tree for each (target: within 20% of
   each other, since documents stream through and are never all held).

Memory is sampled from /proc every 10 ms (the sum over the command and its worker
processes), so this part runs on Linux only. Timing never gates CI: run it on purpose.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "polnear"
TARGET_SPEEDUP = 1.7
TARGET_MEMORY_RATIO = 1.2
_PAGE = os.sysconf("SC_PAGE_SIZE")


def read_corpus(corpus: Path) -> list[str]:
    """The train and dev texts, in sorted file order, read as the CLI reads them."""
    texts = []
    for split in ("train", "dev"):
        files = sorted((corpus / split / "text").glob("*.txt"))
        if not files:
            raise SystemExit(f"no texts in {corpus / split / 'text'}: is {corpus} PolNeAR?")
        for file in files:
            texts.append(file.read_bytes().decode("utf-8-sig"))
    return texts


def write_jsonl(texts: Sequence[str], repeats: int, path: Path) -> int:
    """Write ``texts`` ``repeats`` times as JSON Lines articles; return how many lines."""
    with path.open("w", encoding="utf-8") as stream:
        for repeat in range(repeats):
            for n, text in enumerate(texts):
                stream.write(json.dumps({"id": f"{repeat}-{n}", "text": text}) + "\n")
    return len(texts) * repeats


def command(jobs: int, path: Path) -> list[str]:
    """The command line measured: the CLI as users run it, output thrown away."""
    return [
        sys.executable, "-m", "newsclaims", "analyze",
        "--quiet", "--jobs", str(jobs), "--format", "jsonl", str(path),
    ]  # fmt: skip


def run(jobs: int, path: Path) -> tuple[float, int]:
    """Run the CLI over ``path``; return the seconds it took and its peak tree RSS in bytes."""
    started = time.perf_counter()
    process = subprocess.Popen(command(jobs, path), stdout=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.01)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"newsclaims exited with {process.returncode} on {path}")
    return seconds, peak


def tree_rss(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in bytes (0 once it is gone)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            parent = _parent(entry)
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    return sum(_rss(p) for p in _descendants(pid, children))


def _descendants(pid: int, children: dict[int, list[int]]) -> Iterator[int]:
    yield pid
    for child in children.get(pid, ()):
        yield from _descendants(child, children)


def _parent(entry: Path) -> int | None:
    try:
        stat = (entry / "stat").read_text()
    except OSError:
        return None  # the process ended while we looked
    # The command name, in parentheses, may hold spaces: the fields after it are fixed.
    return int(stat.rsplit(")", 1)[1].split()[1])


def _rss(pid: int) -> int:
    try:
        resident = (Path("/proc") / str(pid) / "statm").read_text().split()[1]
    except (OSError, IndexError):
        return 0
    return int(resident) * _PAGE


def timed_run(texts: Sequence[str], jobs: int, seconds: float, folder: Path) -> tuple[int, float]:
    """Documents and seconds of a run of at least ``seconds``, repeating the corpus to get it."""
    repeats = 1
    while True:
        path = folder / f"corpus-jobs{jobs}.jsonl"
        documents = write_jsonl(texts, repeats, path)
        elapsed, _ = run(jobs, path)
        path.unlink()
        if elapsed >= seconds:
            return documents, elapsed
        # Aim 20% past the bound, so one more try is nearly always enough.
        repeats = max(repeats + 1, math.ceil(repeats * seconds * 1.2 / elapsed))


def main(argv: Sequence[str] | None = None) -> int:
    """Run both measurements and print them; the exit status is 0 whatever the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seconds", type=float, default=10.0, help="least time per run")
    args = parser.parse_args(argv)
    texts = read_corpus(args.corpus)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} documents of PolNeAR train and dev, {size:.1f} MB")
    print(f"cores: {os.cpu_count()}")

    with tempfile.TemporaryDirectory(prefix="newsclaims-bench-") as tmp:
        folder = Path(tmp)
        rates = {}
        for jobs in (1, 2):
            documents, elapsed = timed_run(texts, jobs, args.seconds, folder)
            rates[jobs] = documents / elapsed
            print(
                f"--jobs {jobs}: {documents} documents in {elapsed:.1f} s: "
                f"{rates[jobs]:.1f} documents/s (corpus x {documents // len(texts)})"
            )
        speedup = rates[2] / rates[1]
        verdict = "met" if speedup >= TARGET_SPEEDUP else "NOT met"
        print(f"speed-up: {speedup:.2f}x (target >= {TARGET_SPEEDUP}x: {verdict})")

        peaks = {}
        for count in (100, 900):
            path = folder / f"first-{count}.jsonl"
            write_jsonl(texts[:count], 1, path)
            _, peaks[count] = run(2, path)
            print(f"peak memory, --jobs 2, {count} documents: {peaks[count] / 2**20:.1f} MiB")
        ratio = peaks[900] / peaks[100]
        verdict = "met" if ratio <= TARGET_MEMORY_RATIO else "NOT met"
        print(f"memory 900 vs 100: {ratio - 1:+.1%} (target within 20%: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
