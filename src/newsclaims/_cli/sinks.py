"""Where the command line writes: its output (stdout or a file) and its messages (stderr).

Each way a write can fail means something different, so each is its own outcome:

- the reader of standard output went away (``newsclaims analyze … | head``):
  :class:`ReaderGone`, a normal end, quiet;
- the output cannot be written (a full disk, a closed stdout, an I/O error):
  :class:`OutputFailed`, with the system's reason;
- standard error went away (closed, or a pipe whose reader ended): the messages are lost,
  but the documents are still written: :class:`Messages` swallows it.

``-o FILE`` is written by :class:`FileSink` to a temporary file beside FILE, renamed over it
only when the run is complete, so an interrupted or failed run never leaves a half-written
file behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

__all__ = ["FileSink", "Messages", "OutputFailed", "ReaderGone", "StreamSink", "detach"]

_T = TypeVar("_T")


class ReaderGone(Exception):  # noqa: N818 (an outcome, not an error)
    """The reader of standard output went away: stop writing, quietly."""


class OutputFailed(Exception):  # noqa: N818 (reported as a message, with its own status)
    """The output could not be written; the message says why (the system's reason)."""


def detach(stream: IO[str] | None) -> None:
    """Point ``stream``'s file descriptor at the null device: nothing more can fail there.

    Python flushes stdout and stderr once more at exit; without this, what a dead pipe or
    a full disk refused is tried again, and the failure changes the exit status to 120.
    """
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        descriptor = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, descriptor)
        os.close(null)


class StreamSink:
    """Standard output, with each failure to write turned into its outcome."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        #: Whether :meth:`commit` has run: the output is complete.
        self.committed = False

    def write(self, text: str, /) -> int:
        """Write ``text``; raise ReaderGone or OutputFailed when it cannot be."""
        return self._guarded(self._stream.write, text)

    def flush(self) -> None:
        """Flush what is buffered, with the same outcomes as :meth:`write`."""
        self._guarded(lambda _: self._stream.flush(), "")

    @staticmethod
    def _guarded(action: Callable[[str], _T], text: str) -> _T:
        try:
            return action(text)
        except BrokenPipeError:
            raise ReaderGone from None
        except (OSError, ValueError) as error:
            raise OutputFailed(f"cannot write the output: {_reason(error)}") from None

    def isatty(self) -> bool:
        """Whether the output is a terminal (a closed one is not)."""
        try:
            return self._stream.isatty()
        except (OSError, ValueError):
            return False

    def pipe(self) -> int | None:
        """The file descriptor of the output when it is a pipe or a socket, else None."""
        try:
            descriptor = self._stream.fileno()
            mode = os.fstat(descriptor).st_mode
        except (OSError, ValueError, AttributeError):
            return None
        return descriptor if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) else None

    def commit(self) -> None:
        """The run is complete: make sure all of it is written."""
        self.flush()
        self.committed = True

    def discard(self) -> None:
        """The run did not complete: nothing to take back on a stream."""

    def detach(self) -> None:
        """Nothing more will be written: let no later flush fail (see :func:`detach`)."""
        detach(self._stream)


class FileSink(StreamSink):
    """``-o FILE``: a temporary file in FILE's folder, renamed over FILE by :meth:`commit`."""

    def __init__(self, path: str, *, newline: str | None) -> None:
        import tempfile  # here, not at the top: a run that writes to stdout never needs it

        self.path = Path(path)
        # In the same folder, so that the rename is atomic (one file system).
        descriptor, temporary = tempfile.mkstemp(
            dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".part"
        )
        self._temporary = Path(temporary)
        super().__init__(os.fdopen(descriptor, "w", encoding="utf-8", newline=newline))
        self._file = self._stream

    def commit(self) -> None:
        """Flush, close and rename the temporary file over FILE."""
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            # mkstemp makes the file private (0600); FILE gets what any new file would.
            umask = os.umask(0)
            os.umask(umask)
            self._temporary.chmod(0o666 & ~umask)
            self._temporary.replace(self.path)
            self.committed = True
        except OSError as error:
            self.discard()
            raise OutputFailed(f"cannot write {str(self.path)!r}: {_reason(error)}") from None

    def discard(self) -> None:
        """Remove the temporary file, unless committed: FILE stays as it was before the run."""
        if self.committed:
            return
        with contextlib.suppress(OSError, ValueError):
            self._file.close()
        with contextlib.suppress(OSError):
            self._temporary.unlink()

    def pipe(self) -> int | None:
        """A file is never a pipe here."""
        return None

    def detach(self) -> None:
        """Nothing to detach: the file is closed by :meth:`discard`."""


class Messages:
    """Standard error for messages: a write that fails loses the message, never the run.

    ``stream`` may be None (Python sets ``sys.stderr`` so when the process started with it
    closed). Once a write fails, the rest are dropped, and :attr:`lost` says so.
    """

    def __init__(self, stream: IO[str] | None) -> None:
        self._stream = stream
        self.lost = stream is None

    def say(self, line: str) -> None:
        """Write ``line`` and a line end."""
        self.write(line + "\n")
        self.flush()

    def write(self, text: str, /) -> int:
        """Write ``text`` if standard error is still there."""
        if self._stream is not None and not self.lost:
            try:
                return self._stream.write(text)
            except (OSError, ValueError):
                self._lose()
        return len(text)

    def flush(self) -> None:
        """Flush standard error if it is still there."""
        if self._stream is not None and not self.lost:
            try:
                self._stream.flush()
            except (OSError, ValueError):
                self._lose()

    def isatty(self) -> bool:
        """Whether standard error is a terminal."""
        if self._stream is None or self.lost:
            return False
        try:
            return self._stream.isatty()
        except (OSError, ValueError):
            return False

    def _lose(self) -> None:
        self.lost = True
        detach(self._stream)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
