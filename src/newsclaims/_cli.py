"""The ``newsclaims`` command: analyze files, folders and streams of articles.

``newsclaims analyze PATH...`` reads every document under the paths (see
:mod:`newsclaims._sources`), analyzes them across ``--jobs`` processes and writes the results
in input order, one document at a time, in the chosen ``--format``. A document that cannot
be read or analyzed is reported on stderr with its file and line and skipped; the exit
status then says that some failed. ``docs/cli.md`` is the manual.
"""

from __future__ import annotations

import argparse
import functools
import io
import os
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence

from newsclaims._annotations import ANNOTATIONS_OUTPUT
from newsclaims._batch import ordered_map
from newsclaims._csv import CSV_OUTPUT
from newsclaims._document import Document
from newsclaims._jsonld import JSONLD_OUTPUT
from newsclaims._output import JSON_ARRAY_OUTPUT, JSONL_OUTPUT, Output
from newsclaims._progress import Progress
from newsclaims._sources import (
    METADATA_KEYS,
    Failure,
    InputFormat,
    Source,
    count_documents,
    read_sources,
)
from newsclaims._table import table_output
from newsclaims._version import __version__

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "FORMATS", "build_parser", "main"]

EXIT_OK = 0
#: Some documents could not be read or analyzed (or no document was found).
EXIT_FAILED = 1
#: The command line itself was wrong (argparse's own status).
EXIT_USAGE = 2
_EXIT_INTERRUPTED = 130
_EXIT_BROKEN_PIPE = 141


FORMATS = ("table", "json", "jsonl", "jsonld", "csv", "annotations")

_MAPPING = "\n".join(
    f"  {field:<10} <- {', '.join(keys)}" for field, keys in METADATA_KEYS.items()
)

_DESCRIPTION = """\
Find who said what, who claims what and who disputes whom in news articles.

Every quote, claim and dispute found points back to the exact characters of the text."""

_ANALYZE_DESCRIPTION = """\
Analyze news articles and write what they say: speakers, quotes, claims, disputes.

PATH is a plain text file (one article, UTF-8), a JSON Lines file (.jsonl, one article per
line), a folder (every *.txt and *.jsonl file in it, at any depth, in sorted order) or - for
standard input. Results come out in input order."""

_ANALYZE_EPILOG = f"""\
input:
  Text files are read as UTF-8; a byte order mark is fine and is dropped. Line ends are
  kept as the file has them, so offsets in the output count the file's characters.
  A JSON Lines article needs a "text" string; its metadata comes from these keys, the first
  present winning (the names of trafilatura and newspaper4k are understood), and other
  keys are ignored:
{_MAPPING}
  Standard input is read as JSON Lines if its first line starts with "{{", else as text;
  --input says which.

formats:
  table        a readable view: each speaker with their quotes, claims and disputes
  json         one JSON array of documents (the newsclaims document format)
  jsonl        one document per line, in the same format (streams well)
  jsonld       one schema.org JSON-LD document: NewsArticle, Person, Organization,
               Quotation, Claim, DisagreeAction
  csv          one table, a row per quote, claim or dispute, a "record" column says which
  annotations  W3C Web Annotations, one per line, with TextQuoteSelector and
               TextPositionSelector
  The default is table when standard output is a terminal, jsonl otherwise.

exit status:
  0  every document was analyzed
  1  some documents could not be read or analyzed (each is reported on stderr), or none
     was found
  2  the command line was wrong

examples:
  newsclaims analyze seeds/kursk.txt
  newsclaims analyze --jobs 4 --format csv articles/ > records.csv
  newsclaims analyze --format jsonld - < articles.jsonl > graph.jsonld"""


def build_parser() -> argparse.ArgumentParser:
    """The command line parser of ``newsclaims``, with its ``analyze`` subcommand."""
    parser = argparse.ArgumentParser(
        prog="newsclaims",
        description=_DESCRIPTION,
        epilog="Run 'newsclaims analyze --help' for the options of analyze.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsclaims {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    analyze = commands.add_parser(
        "analyze",
        help="analyze articles and write their quotes, claims and disputes",
        description=_ANALYZE_DESCRIPTION,
        epilog=_ANALYZE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for stdin")
    analyze.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        metavar="FORMAT",
        help=f"{', '.join(FORMATS)} (default: table on a terminal, jsonl otherwise)",
    )
    analyze.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="analyze in N processes; 0 means one per CPU (default: 1)",
    )
    analyze.add_argument(
        "--input",
        choices=("auto", "text", "jsonl"),
        default="auto",
        metavar="KIND",
        help="auto (the default: .jsonl files as JSON Lines, others as text, stdin by its "
        "first line), text, or jsonl",
    )
    analyze.add_argument(
        "-q", "--quiet", action="store_true", help="no progress line and no closing summary"
    )
    analyze.add_argument(
        "--fail-fast",
        action="store_true",
        help="stop at the first document that cannot be read or analyzed",
    )
    analyze.set_defaults(run=_run_analyze)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process's); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except KeyboardInterrupt:
        print("\nnewsclaims: interrupted", file=sys.stderr)
        return _EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`newsclaims analyze … | head`): stop quietly, and keep Python
        # from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return _EXIT_BROKEN_PIPE


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs


def _run_analyze(args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    # Every format is UTF-8, whatever the locale; CSV needs its "\r\n" untouched.
    if isinstance(out, io.TextIOWrapper):
        out.reconfigure(encoding="utf-8", newline="" if args.format == "csv" else None)
    to_terminal = out.isatty()
    output_format = args.format or ("table" if to_terminal else "jsonl")
    input_format: InputFormat = args.input
    # Progress only while the results go elsewhere: on the terminal they would garble it.
    show_progress = err.isatty() and not to_terminal and not args.quiet
    total = count_documents(args.paths, input_format=input_format) if show_progress else None
    progress = Progress(err, total, enabled=show_progress)
    failures = 0
    analyzed = 0

    def documents(outcomes: Iterator[str | Failure]) -> Iterator[str]:
        nonlocal failures, analyzed
        for outcome in outcomes:
            progress.advance()
            if isinstance(outcome, Failure):
                failures += 1
                progress.message(f"newsclaims: {outcome}")
                if args.fail_fast:
                    return
                continue
            analyzed += 1
            yield outcome

    output = _output(output_format, to_terminal)
    # Each document is analyzed and rendered in the same worker: this process only writes
    # strings in order, so it never holds up the workers.
    outcomes = ordered_map(
        functools.partial(_render_source, output.render),
        read_sources(args.paths, input_format=input_format),
        jobs=args.jobs,
    )
    try:
        output.write(documents(outcomes), out)
        out.flush()
    finally:
        outcomes.close()
        progress.finish()
    if failures and not args.quiet:
        stopped = " (stopped at the first, --fail-fast)" if args.fail_fast else ""
        print(
            f"newsclaims: {failures} of {failures + analyzed} documents failed{stopped}",
            file=err,
        )
    if failures:
        return EXIT_FAILED
    if not analyzed:
        print("newsclaims: no documents found", file=err)
        return EXIT_FAILED
    return EXIT_OK


def _render_source(render: Callable[[Document], str], item: Source | Failure) -> str | Failure:
    """Analyze and render one source in a worker; a failure to read passes through, one to
    analyze too.

    An exception here is a bug in the analysis, but one bad article must not stop a corpus:
    it becomes a Failure like an unreadable file, reported with the article's place.
    """
    if isinstance(item, Failure):
        return item
    # Imported at the call, as in _batch: no import cycle with the engine's modules.
    from newsclaims._analyze import analyze

    try:
        return render(analyze(item.text, item.metadata))
    except Exception as error:
        return Failure(item.origin, f"analysis failed: {type(error).__name__}: {error}")


def _output(output_format: str, to_terminal: bool) -> Output:
    if output_format == "table":
        width = min(shutil.get_terminal_size(fallback=(100, 24)).columns, 100)
        color = to_terminal and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        return table_output(width=width, color=color)
    outputs: dict[str, Output] = {
        "json": JSON_ARRAY_OUTPUT,
        "jsonl": JSONL_OUTPUT,
        "jsonld": JSONLD_OUTPUT,
        "csv": CSV_OUTPUT,
        "annotations": ANNOTATIONS_OUTPUT,
    }
    return outputs[output_format]
