"""Analysis of many documents, across processes, in input order and in bounded memory."""

from __future__ import annotations

import functools
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import regex

from newsclaims._errors import InputError, NewsclaimsError
from newsclaims._formats.records import metadata_from_record
from newsclaims._model.records import Metadata
from newsclaims.lexicon import DEFAULT_LEXICON, Lexicon

# multiprocessing and concurrent.futures are imported when workers start, the codec when
# a record is analyzed: one job (the command line's default) loads neither.
if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from types import FrameType

    from newsclaims._model.document import Document

__all__ = [
    "analyze_line",
    "analyze_many",
    "analyze_record",
    "is_error_record",
    "ordered_map",
    "resolve_jobs",
]

_T = TypeVar("_T")
_R = TypeVar("_R")

#: How many batches each worker process may have waiting, beyond the one it works on.
#: Enough to keep every process busy while the parent writes results; few enough that
#: memory stays flat however long the input.
PENDING_PER_JOB = 2
#: The most documents that go to a worker at once: each round trip between processes
#: wakes this process and a worker, so documents travel in batches (measured on 2 cores:
#: 1.6x speed-up with one document a trip, 1.8x with 32).
BATCH = 32
#: A batch also closes once its items cost this much (for texts, characters: about 20 ms
#: of analysis). Short batches share out the end of a run evenly: 100 documents in batches
#: of 32 gave one worker 64 to analyze and the other 36.
BATCH_COST = 20_000


def analyze_many(
    documents: Iterable[str | tuple[str, Metadata | None]],
    *,
    jobs: int = 1,
    lexicon: Lexicon = DEFAULT_LEXICON,
) -> Iterator[Document]:
    """Analyze each text (or ``(text, metadata)`` pair); yield the Documents in input order.

    With ``jobs`` above 1 the texts are analyzed in that many worker processes (``0`` means
    one per CPU). The input is read lazily and at most ``jobs * 4`` documents are in flight
    at once, so an input of any length runs in bounded memory. An exception raised for a
    document is raised here, at that document's place in the order. ``lexicon`` is passed
    to :func:`~newsclaims.analyze` for every text.

    Worker processes start fresh ("spawn") and run the calling script again before they
    work, as any multiprocessing code: a script that asks for several jobs calls this under
    ``if __name__ == "__main__":``. Called at a script's top level with ``jobs`` above 1, it
    raises :class:`NewsclaimsError` saying so, instead of the pool breaking.

    >>> [doc.text for doc in analyze_many(["One.", ("Two.", None)])]
    ['One.', 'Two.']
    """
    if resolve_jobs(jobs) > 1:
        _check_main_guard()
    function = _analyze_one if lexicon is DEFAULT_LEXICON else _with_lexicon(lexicon)
    return ordered_map(function, documents, jobs=jobs, cost=_text_length)


def _text_length(item: str | tuple[str, Metadata | None]) -> int:
    return len(item) if isinstance(item, str) else len(item[0])


def _with_lexicon(lexicon: Lexicon) -> Callable[[str | tuple[str, Metadata | None]], Document]:
    # A partial of a module-level function pickles, lexicon and all, for the workers.
    return functools.partial(_analyze_one, lexicon=lexicon)


def analyze_record(
    record: Mapping[str, Any], *, lexicon: Lexicon = DEFAULT_LEXICON
) -> dict[str, Any]:
    """Analyze one JSON Lines article record; return the document as :func:`to_dict` does.

    The record is what ``newsclaims analyze`` reads from a JSON Lines file (a ``text``
    field, metadata under the names ``docs/cli.md`` lists, other keys ignored), and the
    result is one line of its ``jsonl`` output. Plain values in, plain values out.
    A record that is no object, has no text, has metadata of the wrong type, or holds a
    lone surrogate (not Unicode text, and unwritable as UTF-8) raises :class:`InputError`.
    On a distributed engine, map :func:`analyze_line` instead: it never raises.

    >>> analyze_record({"text": "Hi.", "title": "Greeting", "sitename": "Example"})["metadata"]
    {'id': None, 'title': 'Greeting', 'url': None, 'publisher': 'Example', 'published': None,
     'language': None}
    >>> analyze_record([])  # type: ignore[arg-type]
    Traceback (most recent call last):
    ...
    newsclaims.InputError: <record>: expected a JSON object, got list
    """
    if not isinstance(record, Mapping):
        raise InputError("<record>", f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("<record>", "no text field" if text is None else "text is not a string")
    try:
        metadata = metadata_from_record(dict(record), default_id=None)
    except ValueError as error:
        raise InputError("<record>", str(error)) from None
    _check_unicode("text", text)
    for field in ("id", "title", "url", "publisher", "published", "language"):
        value = getattr(metadata, field)
        if value is not None:
            _check_unicode(field, value)
    from newsclaims._formats.json import to_dict

    return to_dict(_analyze_one((text, metadata), lexicon=lexicon))


#: The keys of what :func:`analyze_line` returns for a line it cannot analyze.
ERROR_KEYS = ("error", "input")
_INPUT_SHOWN = 200  # characters of a bad line an error record keeps


def analyze_line(line: str, *, lexicon: Lexicon = DEFAULT_LEXICON) -> dict[str, Any]:
    """Analyze one line of JSON Lines; the serialized document, or an error record.

    The function a distributed engine maps over the lines of JSON Lines files: it never
    raises for bad input. A line that is not a JSON object, nests too deeply, holds a
    number too long to read, has no text, has metadata of the wrong type or holds a lone
    surrogate gives an error record instead, ``{"error": message, "input": start of the
    line}``; :func:`is_error_record` tells the two apart (a document never has an ``error``
    key). Blank lines are errors too: filter them out first.

    >>> analyze_line('{"text": "Hi.", "id": "a-1"}')["metadata"]["id"]
    'a-1'
    >>> analyze_line('[1, 2]')
    {'error': '<record>: expected a JSON object, got list', 'input': '[1, 2]'}
    """
    try:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(
                "<record>", f"not valid JSON at column {error.colno}: {error.msg}"
            ) from None
        except RecursionError:
            raise InputError("<record>", "JSON nested too deeply to read") from None
        except ValueError:  # the only other: an integer of more digits than Python converts
            raise InputError("<record>", "a number too long to read (over 4,300 digits)") from None
        return analyze_record(record, lexicon=lexicon)
    except NewsclaimsError as error:
        message = str(error)
    except RecursionError:
        message = "<record>: nested too deeply to analyze"
    shown = line[:_INPUT_SHOWN].encode("utf-8", "backslashreplace").decode("utf-8")
    return {"error": message, "input": shown}


def is_error_record(result: Mapping[str, Any]) -> bool:
    """Whether ``result``, from :func:`analyze_line`, is an error record, not a document.

    >>> is_error_record(analyze_line("{}")), is_error_record(analyze_line('{"text": ""}'))
    (True, False)
    """
    return "error" in result


_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _check_unicode(field: str, value: str) -> None:
    # JSON's \ud800 escapes decode to lone surrogates, which no UTF-8 output can write:
    # refused here, where the record is, not when the output breaks later.
    found = _SURROGATE.search(value)
    if found:
        where = f"{field}, character {found.start()}"
        raise InputError(
            "<record>", f"lone surrogate {found.group()!a} in {where}: not Unicode text"
        )


def _check_main_guard() -> None:
    """Raise if the caller runs at the top level of a script, outside its main guard.

    Spawned workers run the main script again; a call outside ``if __name__ ==
    "__main__":`` would then start workers of its own, and the pool would break with
    ``BrokenProcessPool``. Said before any worker starts, with what to add.
    """
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or not isinstance(path, str) or not path.endswith(".py"):
        return  # an interactive session, a notebook, python -c: workers run no script
    frame = _top_level_frame(main.__dict__)
    if frame is None or _guarded(path, frame.f_lineno):
        return
    raise NewsclaimsError(
        f"{path}, line {frame.f_lineno}: analyze_many with several jobs runs at the top "
        "level of the script, and each worker process runs the script again before it "
        'works. Put the code that calls it under `if __name__ == "__main__":`, as for any '
        "multiprocessing code, or use jobs=1."
    )


def _top_level_frame(main_globals: dict[str, Any]) -> FrameType | None:
    """The frame of the main script's module code in the current call stack, if any."""
    frame = sys._getframe(1)
    found = None
    while frame is not None:
        if frame.f_code.co_name == "<module>" and frame.f_globals is main_globals:
            found = frame
        frame = frame.f_back  # type: ignore[assignment]
    return found


def _guarded(path: str, line: int) -> bool:
    """Whether ``line`` of the script at ``path`` lies under an ``if __name__ ...`` test."""
    import ast

    try:
        with open(path, encoding="utf-8") as script:
            tree = ast.parse(script.read())
    except (OSError, SyntaxError, ValueError):
        return True  # cannot tell: leave it to multiprocessing
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "__name__" in {
            n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)
        }:
            end = node.end_lineno or node.lineno
            if node.lineno <= line <= end:
                return True
    return False


def _analyze_one(
    item: str | tuple[str, Metadata | None], lexicon: Lexicon = DEFAULT_LEXICON
) -> Document:
    # Imported here, not at the top: worker processes need it, and `import newsclaims` stays
    # free of any import cycle with the engine's modules.
    from newsclaims._extract.pipeline import analyze

    if isinstance(item, str):
        return analyze(item, lexicon=lexicon)
    text, metadata = item
    return analyze(text, metadata, lexicon=lexicon)


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent alone handles it
    # (it stops the pool), instead of each worker printing its own traceback. A worker
    # starts with SIGINT blocked (see _submit), so one that arrived while it was still
    # starting is pending, and is dropped once ignored here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _submit(pool: ProcessPoolExecutor, function: Callable[[_T], _R], item: _T) -> Future[_R]:
    """``pool.submit``, with SIGINT blocked meanwhile so that a worker it spawns inherits that."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks to inherit
        return pool.submit(function, item)
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return pool.submit(function, item)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _batches(items: Iterable[_T], cost: Callable[[_T], int] | None) -> Iterator[list[_T]]:
    """``items`` in lists of up to :data:`BATCH`, each closed early at :data:`BATCH_COST`."""
    batch: list[_T] = []
    total = 0
    for item in items:
        batch.append(item)
        if cost is not None:
            total += cost(item)
        if len(batch) == BATCH or total >= BATCH_COST:
            yield batch
            batch = []
            total = 0
    if batch:
        yield batch


def _map_batch(
    function: Callable[[_T], _R], batch: list[_T]
) -> list[tuple[_R, None] | tuple[None, Exception]]:
    # An error is sent back in its place, so the results before it still arrive.
    results: list[tuple[_R, None] | tuple[None, Exception]] = []
    for item in batch:
        try:
            results.append((function(item), None))
        except Exception as error:
            results.append((None, error))
            break
    return results


def _unbatch(results: list[tuple[_R, None] | tuple[None, Exception]]) -> Iterator[_R]:
    for result, error in results:
        if error is not None:
            raise error
        yield result  # type: ignore[misc]


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes ``jobs`` asks for: itself, or one per CPU for 0.

    >>> resolve_jobs(3)
    3
    >>> resolve_jobs(-1)
    Traceback (most recent call last):
    ...
    ValueError: jobs must be 0 (one per CPU) or more, got -1
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, got {jobs}")
    return jobs or os.cpu_count() or 1


def ordered_map(
    function: Callable[[_T], _R],
    items: Iterable[_T],
    *,
    jobs: int = 1,
    cost: Callable[[_T], int] | None = None,
    preload: Sequence[str] = (),
) -> Generator[_R, None, None]:
    """``map(function, items)`` over ``jobs`` processes, results in input order.

    ``function`` and the items must pickle (a module-level function, plain values). Items go
    to the workers in batches of up to :data:`BATCH`, closed early once the ``cost`` of
    their items (say, the length of a text) reaches :data:`BATCH_COST`; at most ``jobs *
    PENDING_PER_JOB`` batches are submitted and not yet yielded; the next item is read
    only when the oldest result has been handed on. One job runs in this process.

    Workers start as fresh interpreters ("spawn"). Given ``preload``, module names, they
    are forked instead from one fresh interpreter that imported those modules first (the
    "forkserver", where the system has one), so that start-up work is done once for all
    of them. The forkserver's preload setting is global to this process: only a program
    that owns its process (the command line) passes it.
    """
    workers = resolve_jobs(jobs)
    if workers == 1:
        yield from map(function, items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # "spawn" starts clean interpreters: no locks or threads inherited from the caller (a
    # Dask client, a test runner), and the same behaviour on Linux, macOS and Windows. The
    # forkserver is as clean (itself a fresh interpreter, with no threads) and starts each
    # worker as a fork of the state the preloaded modules left.
    context: multiprocessing.context.BaseContext
    if preload and "forkserver" in multiprocessing.get_all_start_methods():
        forkserver = multiprocessing.get_context("forkserver")
        forkserver.set_forkserver_preload(list(preload))
        context = forkserver
    else:
        context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_ignore_interrupts
    )
    pending: deque[Future[list[tuple[_R, None] | tuple[None, Exception]]]] = deque()
    try:
        for batch in _batches(items, cost):
            pending.append(_submit(pool, functools.partial(_map_batch, function), batch))
            if len(pending) >= workers * PENDING_PER_JOB:
                yield from _unbatch(pending.popleft().result())
        while pending:
            yield from _unbatch(pending.popleft().result())
    finally:
        # Also reached when the caller stops early or a result raised: drop queued work.
        pool.shutdown(wait=True, cancel_futures=True)
