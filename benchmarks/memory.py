"""Peak memory of analyzing one big document, in bytes a character, and what holds it.

Usage: ``.venv/bin/python benchmarks/memory.py [POLNEAR_DIR] [--mb 50] [--trace MB]``

The document is PolNeAR's train and dev texts joined by blank lines, repeated to ``--mb``
million characters (real news, so every stage has its usual work). In a fresh process the
text is built, the peak resident size is reset (Linux: ``/proc/self/clear_refs``), and
``analyze`` runs; the figure is the peak resident memory above the process's size before
the call, divided by the characters (the issue's definition, CLARIFICATIONS Turn 2; target:
8 bytes a character at 50 MB). ``--trace MB`` then analyzes a document of that size under
:mod:`tracemalloc` (slower, so smaller) and prints the allocation sites holding the most at
the peak, in bytes a character: which structures to shrink. Linux only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "polnear"
TARGET = 8.0

# Run in a fresh interpreter, so that nothing of this script's sits in the figures.
_MEASURE = """
import json, resource, sys, time
from pathlib import Path

def document(corpus, chars):
    texts = [
        p.read_text(encoding="utf-8")
        for split in ("train", "dev")
        for p in sorted((Path(corpus) / split / "text").glob("*.txt"))
    ]
    unit = "\\n\\n".join(texts)
    return (unit + "\\n\\n") * (chars // (len(unit) + 2)) + unit[: chars % (len(unit) + 2)]

def status(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise SystemExit(key + " not in /proc/self/status")

corpus, chars, trace = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "trace"
from newsclaims import analyze
analyze("")  # patterns compiled: they are the process's, not the document's
text = document(corpus, chars)
if trace:
    import tracemalloc
    tracemalloc.start(1)
Path("/proc/self/clear_refs").write_text("5")  # the peak resident size starts again here
before = status("VmRSS")
started = time.process_time()
doc = analyze(text)
seconds = time.process_time() - started
peak = status("VmHWM")
result = {"chars": len(text), "before": before, "peak": peak, "cpu_s": seconds,
          "records": len(doc.quotes) + len(doc.claims) + len(doc.disputes)}
if trace:
    _, traced_peak = tracemalloc.get_traced_memory()
    result["traced_peak"] = traced_peak
print(json.dumps(result))
"""

# tracemalloc's snapshot is of what is live when it is taken: taken at the end of each
# stage (where the peak is), by wrapping the stage functions of the pipeline.
_TRACE = """
import json, sys, tracemalloc
from pathlib import Path
sys.argv = [sys.argv[0], *sys.argv[1:]]
import newsclaims._extract.pipeline as pipeline
snapshots = {}
def traced(name, function):
    def wrapper(*args, **kwargs):
        result = function(*args, **kwargs)
        if tracemalloc.is_tracing():
            snapshots[name] = (tracemalloc.get_traced_memory()[0], tracemalloc.take_snapshot())
        return result
    return wrapper
for name in ("read_text", "read_resolver", "attribute_quotations", "find_claims",
             "find_disputes", "built_by_the_engine"):
    setattr(pipeline, name, traced(name, getattr(pipeline, name)))
exec(compile(Path(sys.argv[4]).read_text(), "measure", "exec"))
name, (size, snapshot) = max(snapshots.items(), key=lambda item: item[1][0])
chars = result["chars"]
print(f"largest live size at the end of {name}: {size / chars:.2f} bytes a character")
for stat in snapshot.statistics("lineno")[:12]:
    frame = stat.traceback[0]
    where = frame.filename.split("/src/")[-1].split("/lib/python3")[-1]
    print(f"  {stat.size / chars:6.2f} B/char  {stat.count:>9,d} blocks  {where}:{frame.lineno}")
"""


def measure(corpus: Path, chars: int) -> dict[str, float]:
    """Analyze a document of ``chars`` characters in a fresh process; its figures."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(corpus), str(chars), "plain"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def trace(corpus: Path, chars: int, folder: Path) -> None:
    """Print the allocation sites that hold the most at the peak of a ``chars`` analysis."""
    script = folder / "measure.py"
    script.write_text(_MEASURE, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-c", _TRACE, str(corpus), str(chars), "trace", str(script)],
        check=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print; the exit status is 0 whatever the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--mb", type=float, default=50.0, help="million characters (50)")
    parser.add_argument("--trace", type=float, metavar="MB", help="also trace at this size")
    args = parser.parse_args(argv)
    chars = int(args.mb * 1_000_000)
    result = measure(args.corpus, chars)
    above = (result["peak"] - result["before"]) / result["chars"]
    verdict = "met" if above <= TARGET else "NOT met"
    print(
        f"{result['chars']:,} characters, {result['records']:,} records, "
        f"{result['cpu_s']:.1f} CPU-s: peak {result['peak'] / 2**20:,.0f} MiB, "
        f"{result['before'] / 2**20:,.0f} MiB before the call"
    )
    print(f"peak above the process before the call: {above:.2f} bytes a character "
          f"(target <= {TARGET:g}: {verdict})")  # fmt: skip
    if args.trace:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="newsclaims-memory-") as tmp:
            trace(args.corpus, int(args.trace * 1_000_000), Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
