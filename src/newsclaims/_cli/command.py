"""The ``newsclaims`` command: analyze files, folders and streams of articles.

``newsclaims analyze PATH...`` reads every document under the paths (see
:mod:`newsclaims._cli.sources`), analyzes them across ``--jobs`` processes and writes the results
in input order, one document at a time, in the chosen ``--format``. A document that cannot
be read or analyzed is reported on stderr with its file and line and skipped; the exit
status then says that some failed. ``docs/cli.md`` is the manual.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import functools
import io
import os
import select
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from newsclaims._batch import ordered_map
from newsclaims._cli.progress import Progress
from newsclaims._cli.sinks import FileSink as _FileSink
from newsclaims._cli.sinks import Messages as _Messages
from newsclaims._cli.sinks import OutputFailed as _OutputFailed
from newsclaims._cli.sinks import ReaderGone as _ReaderGone
from newsclaims._cli.sinks import StreamSink as _StreamSink
from newsclaims._cli.sources import (
    DEFAULT_MAX_CHARS,
    METADATA_KEYS,
    Failure,
    Reading,
    Skipped,
    Source,
    count_documents,
    read_sources,
)
from newsclaims._errors import ValidationError
from newsclaims._formats.strict_json import find_lone_surrogate
from newsclaims._version import __version__

# A run loads only what it uses: the format it writes (in _output), and multiprocessing
# only with --jobs above 1 (in ordered_map). A short run is mostly start-up, so each
# import it skips is time the user waits less.
if TYPE_CHECKING:
    from newsclaims._formats.output import Output
    from newsclaims._model.document import Document
    from newsclaims.lexicon import Lexicon

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_OUTPUT",
    "EXIT_USAGE",
    "EXIT_WORKER_FAILED",
    "FORMATS",
    "build_parser",
    "main",
]

#: Every document was analyzed.
EXIT_OK = 0
#: Some documents could not be read or analyzed (each is reported), or none was found.
EXIT_FAILED = 1
#: The command line itself was wrong (argparse's own status).
EXIT_USAGE = 2
#: The output could not be written: a full disk, a closed standard output, an I/O error.
EXIT_OUTPUT = 3
#: A worker process died (killed, out of memory): the run stopped; what came before is written.
EXIT_WORKER_FAILED = 4
#: Interrupted (Ctrl-C): the documents finished before are written, the output well-formed.
EXIT_INTERRUPTED = 130
#: The reader of standard output went away (`| head`), as for any command killed by SIGPIPE.
EXIT_BROKEN_PIPE = 141


FORMATS = ("table", "json", "jsonl", "jsonld", "csv", "annotations")

_MAPPING = "\n".join(
    f"  {field:<10} <- {', '.join(keys)}" for field, keys in METADATA_KEYS.items()
)

_DESCRIPTION = """\
Find who said what, who claims what and who disputes whom in news articles.

Every quote, claim and dispute found points back to the exact characters of the text."""

_ANALYZE_DESCRIPTION = """\
Analyze news articles and write what they say: speakers, quotes, claims, disputes.

PATH is a plain text file (one article, UTF-8 or --encoding), a JSON Lines file (.jsonl,
one article per line), a folder (every *.txt and *.jsonl file in it, at any depth, in sorted
order) or - for standard input. Results come out in input order."""

_ANALYZE_EPILOG = f"""\
input:
  Text files are read as UTF-8; a byte order mark is fine and is dropped. Line ends are
  kept as the file has them, so offsets in the output count the file's characters.
  A JSON Lines article needs a "text" string; its metadata comes from these keys, the first
  present winning (the names of trafilatura and newspaper4k are understood), and other
  keys are ignored:
{_MAPPING}
  Standard input is read as JSON Lines if its first line starts with "{{", else as text;
  --input says which. Empty files, binary files and documents longer than --max-chars
  are reported and skipped. In a folder, symbolic links that lead out of it, link loops
  and named pipes are reported and skipped (--follow-links follows links out of it).

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
  0    every document was analyzed
  1    some documents could not be read or analyzed (each is reported on stderr), or none
       was found
  2    the command line was wrong
  3    the output could not be written (disk full, standard output closed, I/O error)
  4    a worker process died (killed, out of memory): the run stopped
  130  interrupted (Ctrl-C); the documents finished before are written
  141  the reader of the output went away (newsclaims analyze ... | head)

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
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output; it is written in full or not at all "
        "(through a temporary file beside it, renamed at the end)",
    )
    analyze.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        metavar="NAME",
        help="the encoding of text files and text on stdin, e.g. cp1252 (default: utf-8; "
        "JSON Lines are always UTF-8)",
    )
    analyze.add_argument(
        "--max-chars",
        type=_max_chars,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help="a longer document is reported and skipped, not analyzed "
        f"(default: {DEFAULT_MAX_CHARS:,})",
    )
    analyze.add_argument(
        "--lexicon",
        metavar="FILE",
        help="read the language tables from FILE, a lexicon written by Lexicon.to_json() "
        "(default: the English lexicon)",
    )
    analyze.add_argument(
        "--follow-links",
        action="store_true",
        help="in a folder, follow symbolic links that lead out of it (by default they are "
        "reported and skipped)",
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
        # A second Ctrl-C, or one before the run began: end now, every worker with us.
        _stop_workers()
        _Messages(sys.stderr).say("\nnewsclaims: interrupted")
        return EXIT_INTERRUPTED


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None


def _max_chars(value: str) -> int:
    try:
        chars = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if chars < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return chars


def _stop_workers() -> None:
    """End every worker process now: what they were analyzing is given up.

    The pool would otherwise wait for each document in flight (tens of seconds for a long
    one) before an interrupted or cut-off run could end.
    """
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is None:
        return  # never imported: no worker was started
    for child in multiprocessing.active_children():
        with contextlib.suppress(OSError):
            child.terminate()


class _Interrupts:
    """Ctrl-C during a run: stop at the next document boundary, with the output well-formed.

    While this process waits for a result, the interrupt ends the wait at once; while it
    writes a document, it lets the write finish, so the output never holds half of one. The
    workers are ended at the first Ctrl-C either way. A second Ctrl-C ends the run wherever
    it is.

    When standard output is a pipe, a thread watches it too: if its reader goes away while
    this process waits for a long document (`| head`), nothing would be written to notice
    it for as long as the document takes, so the watcher interrupts the wait the same way.
    """

    def __init__(self, output: _StreamSink) -> None:
        self.count = 0
        self.waiting = False
        self.reader_gone = False
        self._output = output
        self._previous: Any = None
        self._active = False
        self._lock = threading.Lock()

    def __enter__(self) -> _Interrupts:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._active = True
            descriptor = self._output.pipe()
            if descriptor is not None and hasattr(select, "poll"):
                watcher = threading.Thread(
                    target=self._watch,
                    args=(descriptor, threading.main_thread().ident),
                    name="newsclaims-reader-watch",
                    daemon=True,
                )
                watcher.start()
        return self

    def __exit__(self, *_: object) -> None:
        with self._lock:
            self._active = False
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    def _handle(self, signum: int, frame: object) -> None:
        _stop_workers()
        if self.reader_gone:
            # Ends a wait; while writing, the next write finds the pipe broken by itself.
            if self.waiting:
                raise KeyboardInterrupt
            return
        self.count += 1
        if self.waiting or self.count > 1:
            raise KeyboardInterrupt

    def _watch(self, descriptor: int, main: int | None) -> None:
        # Registered for no event: poll() still reports POLLERR (the reader closed its end)
        # and POLLHUP, and nothing else, so this wakes only for them.
        poller = select.poll()
        poller.register(descriptor, 0)
        while True:
            events = poller.poll(200)
            with self._lock:
                if not self._active:
                    return
                if events and main is not None:
                    self.reader_gone = True
                    signal.pthread_kill(main, signal.SIGINT)
                    return


def _run_analyze(args: argparse.Namespace) -> int:
    messages = _Messages(sys.stderr)
    output_format: str | None = args.format
    try:
        sink = _open_sink(args.output, output_format)
    except _OutputFailed as error:
        messages.say(f"newsclaims: {error}")
        return EXIT_OUTPUT
    try:
        return _analyze_into(sink, args, messages)
    finally:
        # Whatever ended the run before its end (Ctrl-C while counting, a bug), an output
        # file is written in full or not at all.
        sink.discard()


def _analyze_into(sink: _StreamSink, args: argparse.Namespace, messages: _Messages) -> int:
    lexicon: Lexicon | None = None
    if args.lexicon is not None:
        lexicon = _read_lexicon(args.lexicon, messages)
        if lexicon is None:
            return EXIT_USAGE
    output_format: str | None = args.format
    to_terminal = sink.isatty()
    output_format = output_format or ("table" if to_terminal else "jsonl")
    reading = Reading(
        input_format=args.input,
        encoding=args.encoding,
        max_chars=args.max_chars,
        follow_links=args.follow_links,
    )
    # Progress only while the results go elsewhere: on the terminal they would garble it.
    show_progress = messages.isatty() and not to_terminal and not args.quiet
    total = count_documents(args.paths, reading) if show_progress else None
    progress = Progress(messages, total, enabled=show_progress)
    run = _Run(progress, _Interrupts(sink), fail_fast=args.fail_fast)
    output = _output(output_format, to_terminal)
    # Each document is analyzed and rendered in the same worker: this process only writes
    # strings in order, so it never holds up the workers.
    outcomes = ordered_map(
        functools.partial(_render_source, output.render, lexicon),
        read_sources(args.paths, reading),
        jobs=args.jobs,
        cost=_text_length,
        # The workers are forked from a process that has the engine warm, and this module
        # (the rendering function's) loaded: each starts in milliseconds, not a quarter
        # of a second. A --lexicon run's patterns are compiled by each worker.
        preload=("newsclaims._cli.command", "newsclaims._cli.warm"),
    )
    status = EXIT_OK
    try:
        with run.interrupts:
            output.write(run.pieces(outcomes), sink)
            if run.finished:
                sink.commit()
            else:
                sink.flush()
    except (_ReaderGone, KeyboardInterrupt) as stop:
        if isinstance(stop, KeyboardInterrupt) and not run.interrupts.reader_gone:
            raise  # a second Ctrl-C
        # `newsclaims analyze … | head`: the reader has what it wanted; end quietly.
        _stop_workers()
        sink.detach()
        return EXIT_BROKEN_PIPE
    except _OutputFailed as error:
        _stop_workers()
        sink.detach()
        messages.say(f"newsclaims: {error}")
        return EXIT_OUTPUT
    finally:
        if not run.finished:
            _stop_workers()  # else closing the pool waits for every document in flight
        outcomes.close()
        progress.finish()
    kept = (
        f"{args.output} is left as it was"
        if isinstance(sink, _FileSink)
        else f"the {run.analyzed} documents before are written"
    )
    if run.broken is not None:
        messages.say(
            f"newsclaims: the run stopped: a worker process failed ({run.broken}); {kept}"
        )
        status = EXIT_WORKER_FAILED
    if run.interrupted:
        messages.say(f"newsclaims: interrupted; {kept}")
        status = EXIT_INTERRUPTED
    if args.quiet:
        pass
    elif run.failures:
        stopped = " (stopped at the first, --fail-fast)" if args.fail_fast else ""
        done = run.failures + run.analyzed
        messages.say(f"newsclaims: {run.failures} of {done} documents failed{stopped}")
    if run.skipped and not args.quiet:
        messages.say(f"newsclaims: {run.skipped} skipped (each is named above)")
    if status != EXIT_OK:
        return status
    if run.failures:
        return EXIT_FAILED
    if not run.analyzed:
        messages.say("newsclaims: no documents found")
        return EXIT_FAILED
    return EXIT_OK


class _Run:
    """The tally of one run, and the stream of its documents' pieces in order."""

    def __init__(self, progress: Progress, interrupts: _Interrupts, *, fail_fast: bool) -> None:
        self.progress = progress
        self.fail_fast = fail_fast
        self.interrupts = interrupts
        self.failures = 0
        self.skipped = 0
        self.analyzed = 0
        self.finished = False
        self.interrupted = False
        self.broken: str | None = None

    def pieces(self, outcomes: Iterator[str | Failure | Skipped]) -> Iterator[str]:
        """The rendered documents of ``outcomes``; failures are reported and counted.

        Ends early, as if the input ended, at Ctrl-C, at --fail-fast's first failure or when
        a worker dies, so that the output's closing part (a JSON array's ``]``) is written.
        """
        while True:
            if self.interrupts.count:
                self.interrupted = True
                return
            try:
                self.interrupts.waiting = True
                outcome = next(outcomes)
            except StopIteration:
                self.finished = True
                return
            except KeyboardInterrupt:
                if self.interrupts.reader_gone:
                    raise _ReaderGone from None
                self.interrupted = True
                return
            except Exception as error:
                # A worker killed (out of memory?) or a pipe between processes broken: not
                # the output's reader going away, which is seen where the output is written.
                if not _worker_failure(error):
                    raise
                if self.interrupts.count:
                    self.interrupted = True
                else:
                    self.broken = f"{type(error).__name__}: {error}"
                return
            finally:
                self.interrupts.waiting = False
            if isinstance(outcome, Skipped):
                self.skipped += 1
                self.progress.message(f"newsclaims: {outcome}")
                continue
            self.progress.advance()
            if isinstance(outcome, Failure):
                self.failures += 1
                self.progress.message(f"newsclaims: {outcome}")
                if self.fail_fast:
                    self.finished = True
                    return
                continue
            self.analyzed += 1
            yield outcome


def _worker_failure(error: Exception) -> bool:
    """Whether ``error`` says a worker process died or the pipe to one broke."""
    # BrokenProcessPool's module is loaded with the pool: without it, no pool ever ran.
    process = sys.modules.get("concurrent.futures.process")
    if process is not None and isinstance(error, process.BrokenProcessPool):
        return True
    return isinstance(error, OSError | EOFError)


def _open_sink(path: str | None, output_format: str | None) -> _StreamSink:
    """Where the output goes: ``-o FILE`` (through a temporary file) or standard output."""
    newline = "" if output_format == "csv" else None  # CSV needs its "\r\n" untouched
    if path is not None and path != "-":
        try:
            return _FileSink(path, newline=newline)
        except OSError as error:
            raise _OutputFailed(f"cannot write {path!r}: {error.strerror or error}") from None
    out = sys.stdout
    if out is None:
        raise _OutputFailed("standard output is closed: nowhere to write the results")
    # Every format is UTF-8, whatever the locale.
    if isinstance(out, io.TextIOWrapper):
        with contextlib.suppress(OSError, ValueError):
            out.reconfigure(encoding="utf-8", newline=newline)
    return _StreamSink(out)


def _read_lexicon(path: str, messages: _Messages) -> Lexicon | None:
    """The lexicon in the file ``path``, or None when it cannot be read (said on stderr)."""
    from newsclaims.lexicon import Lexicon  # imported on use: a plain run starts faster

    try:
        with open(path, encoding="utf-8") as stream:
            return Lexicon.from_json(stream.read())
    except (OSError, UnicodeDecodeError) as error:
        messages.say(f"newsclaims: cannot read the lexicon {path}: {error}")
    except ValidationError as error:
        messages.say(f"newsclaims: {path} is not a lexicon: {error}")
    return None


def _render_source(
    render: Callable[[Document], str], lexicon: Lexicon | None, item: Source | Failure | Skipped
) -> str | Failure | Skipped:
    """Analyze and render one source in a worker; a failure to read passes through, one to
    analyze too.

    An exception here is a bug in the analysis, but one bad article must not stop a corpus:
    it becomes a Failure like an unreadable file, reported with the article's place.
    """
    if not isinstance(item, Source):
        return item
    # Imported at the call, as in _batch: no import cycle with the engine's modules.
    from newsclaims._extract.pipeline import analyze

    try:
        if lexicon is None:
            document = analyze(item.text, item.metadata)
        else:
            document = analyze(item.text, item.metadata, lexicon=lexicon)
        piece = render(document)
    except Exception as error:
        return Failure(item.origin, f"analysis failed: {type(error).__name__}: {error}")
    # The readers refuse lone surrogates; should one get through, it costs this document,
    # never the output (UTF-8 cannot encode it) and the documents after it.
    surrogate = find_lone_surrogate(piece)
    if surrogate is not None:
        return Failure(item.origin, f"cannot be written: {surrogate[1]}")
    return piece


def _text_length(item: Source | Failure | Skipped) -> int:
    """What analyzing ``item`` costs, for sharing the work out: the length of its text."""
    return len(item.text) if isinstance(item, Source) else 0


def _output(output_format: str, to_terminal: bool) -> Output:
    """The format ``output_format``, its module imported now (see the imports above)."""
    if output_format == "table":
        import shutil

        from newsclaims._formats.table import table_output

        width = min(shutil.get_terminal_size(fallback=(100, 24)).columns, 100)
        color = to_terminal and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        return table_output(width=width, color=color)
    if output_format == "jsonld":
        from newsclaims._formats.jsonld import JSONLD_OUTPUT

        return JSONLD_OUTPUT
    if output_format == "csv":
        from newsclaims._formats.csv import CSV_OUTPUT

        return CSV_OUTPUT
    if output_format == "annotations":
        from newsclaims._formats.annotations import ANNOTATIONS_OUTPUT

        return ANNOTATIONS_OUTPUT
    from newsclaims._formats.output import JSON_ARRAY_OUTPUT, JSONL_OUTPUT

    return JSON_ARRAY_OUTPUT if output_format == "json" else JSONL_OUTPUT
