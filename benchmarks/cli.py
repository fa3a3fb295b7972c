"""Speed-up of ``newsclaims analyze --jobs 2`` over ``--jobs 1``, and its memory, on PolNeAR.

Usage: ``.venv/bin/python benchmarks/cli.py [POLNEAR_DIR] [--rounds N] [--sizes 900,100]``

POLNEAR_DIR holds ``train/text/*.txt`` and ``dev/text/*.txt`` (default:
``../shared/corpora/polnear`` beside the project). For each size (the issue's two figures):

- 900 documents: one pass over the first 900 of train+dev's 924 texts, nothing repeated;
- 100 documents: one pass over the first 100, start-up included on purpose: that is what a
  user with a small folder waits for;

the command runs over the texts as one JSON Lines file, ``--jobs 1`` and ``--jobs 2`` in
turn, ``--rounds`` times (alternated, so that a change in the machine's load hits both).
Each run prints its wall time and the CPU time of its whole process tree; the speed-up is
each round's ratio of wall times (min/median/max over the rounds), against the targets
(1.8x at 900, 1.3x at 100, on 2 cores). The outputs of the two are compared byte for byte.
``--memory`` then runs ``--jobs 2`` once more at each size and prints the peak resident
memory of the process tree, sampled from /proc every 10 ms (Linux only; the timed runs are
never sampled, since sampling takes a core's time).

The machine may be shared: the load average is printed before and after, and the CPU
times show what each run cost whatever the load. Timing never gates CI: run it on purpose.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "polnear"
TARGETS = {900: 1.8, 100: 1.3}
_PAGE = os.sysconf("SC_PAGE_SIZE")
_TICKS = os.sysconf("SC_CLK_TCK")


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


def write_jsonl(texts: Sequence[str], path: Path) -> None:
    """Write ``texts`` as JSON Lines articles, one a line."""
    with path.open("w", encoding="utf-8") as stream:
        for n, text in enumerate(texts):
            stream.write(json.dumps({"id": str(n), "text": text}) + "\n")


def command(jobs: int, path: Path) -> list[str]:
    """The command line measured: the CLI as users run it."""
    return [
        sys.executable, "-m", "newsclaims", "analyze",
        "--quiet", "--jobs", str(jobs), "--format", "jsonl", str(path),
    ]  # fmt: skip


def timed(jobs: int, path: Path, output: Path) -> tuple[float, float, str]:
    """Run the CLI over ``path``; its wall seconds, the CPU seconds of its process tree, and
    a digest of its output.

    The tree's CPU is read from /proc every 20 ms (each process's last reading counts, so a
    process's last 20 ms may be missed): workers forked by a forkserver are not the
    command's children, and no wait() reports them.
    """
    started = time.perf_counter()
    with output.open("wb") as out:
        process = subprocess.Popen(command(jobs, path), stdout=out)
        cpu: dict[int, float] = {}
        while process.poll() is None:
            for pid in _descendants(process.pid):
                seconds = _cpu(pid)
                if seconds is not None:
                    cpu[pid] = seconds
            time.sleep(0.02)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"newsclaims exited with {process.returncode} on {path}")
    return wall, sum(cpu.values()), hashlib.sha256(output.read_bytes()).hexdigest()


def _cpu(pid: int) -> float | None:
    """User and system CPU seconds of ``pid`` so far, or None once it is gone."""
    try:
        stat = (Path("/proc") / str(pid) / "stat").read_text()
    except OSError:
        return None
    # The command name, in parentheses, may hold spaces: the fields after it are fixed.
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


def _descendants(pid: int) -> Iterator[int]:
    """``pid`` and every process below it, from each thread's list of children."""
    yield pid
    try:
        tasks = list((Path("/proc") / str(pid) / "task").iterdir())
    except OSError:
        return
    for task in tasks:
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            yield from _descendants(int(child))


def spread(values: Sequence[float], unit: str = "s", digits: int = 2) -> str:
    """``min/median/max`` of ``values``."""
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{low:.{digits}f}/{mid:.{digits}f}/{high:.{digits}f} {unit}"


def speedup(texts: Sequence[str], rounds: int, folder: Path) -> None:
    """Alternate --jobs 1 and --jobs 2 over ``texts``; print the times and the speed-up."""
    path = folder / f"first-{len(texts)}.jsonl"
    write_jsonl(texts, path)
    walls: dict[int, list[float]] = {1: [], 2: []}
    cpus: dict[int, list[float]] = {1: [], 2: []}
    digests: set[str] = set()
    for _ in range(rounds):
        for jobs in (1, 2):
            wall, cpu, digest = timed(jobs, path, folder / f"out-{jobs}.jsonl")
            walls[jobs].append(wall)
            cpus[jobs].append(cpu)
            digests.add(digest)
    ratios = [one / two for one, two in zip(walls[1], walls[2], strict=True)]
    # On a shared machine the wall times say little; the CPU the two runs cost does not
    # depend on the load. Two idle cores can run --jobs 2 no faster than its CPU over two.
    ceiling = 2 * statistics.median(cpus[1]) / statistics.median(cpus[2])
    target = TARGETS.get(len(texts))
    verdict = "" if target is None else f" (target >= {target}x: "
    if target is not None:
        verdict += ("met" if statistics.median(ratios) >= target else "NOT met") + ")"
    print(f"{len(texts)} documents, {rounds} rounds (min/median/max):")
    for jobs in (1, 2):
        print(f"  --jobs {jobs}: wall {spread(walls[jobs])}, CPU of the tree {spread(cpus[jobs])}")
    print(f"  speed-up: {spread(ratios, 'x')}{verdict}")
    print(f"  ceiling on 2 idle cores, 2 x CPU(--jobs 1) / CPU(--jobs 2): {ceiling:.2f}x")
    print(f"  outputs of --jobs 1 and 2: {'identical' if len(digests) == 1 else 'DIFFERENT'}")
    path.unlink()


def peak_memory(jobs: int, path: Path) -> int:
    """Run the CLI over ``path``; the peak resident memory of its process tree, in bytes."""
    process = subprocess.Popen(command(jobs, path), stdout=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.01)
    if process.returncode != 0:
        raise SystemExit(f"newsclaims exited with {process.returncode} on {path}")
    return peak


def tree_rss(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in bytes (0 once it is gone)."""
    return sum(_rss(p) for p in _descendants(pid))


def _rss(pid: int) -> int:
    try:
        resident = (Path("/proc") / str(pid) / "statm").read_text().split()[1]
    except (OSError, IndexError):
        return 0
    return int(resident) * _PAGE


def main(argv: Sequence[str] | None = None) -> int:
    """Run the measurements and print them; the exit status is 0 whatever the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=5, help="alternated runs of each")
    parser.add_argument(
        "--sizes", default="900,100", help="documents per run, comma-separated (default 900,100)"
    )
    parser.add_argument("--memory", action="store_true", help="also the peak memory")
    args = parser.parse_args(argv)
    texts = read_corpus(args.corpus)
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"corpus: the first of PolNeAR train+dev's {len(texts)} texts; cores: {os.cpu_count()}")
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    with tempfile.TemporaryDirectory(prefix="newsclaims-bench-") as tmp:
        folder = Path(tmp)
        for size in sizes:
            speedup(texts[:size], args.rounds, folder)
        if args.memory:
            for size in sizes:
                path = folder / f"first-{size}.jsonl"
                write_jsonl(texts[:size], path)
                peak = peak_memory(2, path) / 2**20
                print(f"peak memory, --jobs 2, {size} documents: {peak:.1f} MiB")
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
