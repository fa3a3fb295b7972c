"""A one-line progress report for long runs: documents done of total, rate, time left."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

__all__ = ["ESTIMATE_AFTER_DOCUMENTS", "ESTIMATE_AFTER_SECONDS", "Progress", "describe_progress"]

#: The time left is estimated only after this many seconds or this many documents: the
#: first documents include the start of the worker processes, and a rate drawn from them
#: alone is wild (it once said 46:54 left for a run of two minutes).
ESTIMATE_AFTER_SECONDS = 5.0
ESTIMATE_AFTER_DOCUMENTS = 100


class _Stream(Protocol):
    def write(self, text: str, /) -> int: ...

    def flush(self) -> None: ...


def describe_progress(done: int, total: int | None, seconds: float) -> str:
    """The progress line for ``done`` of ``total`` documents after ``seconds``.

    >>> describe_progress(120, 900, 10.0)
    '120/900 documents · 12.0/s · 1:05 left'
    >>> describe_progress(5, None, 2.0)
    '5 documents · 2.5/s'
    >>> describe_progress(0, 10, 0.0)
    '0/10 documents'
    >>> describe_progress(3, 840, 1.5)  # too early to tell the time left
    '3/840 documents · 2.0/s'
    """
    parts = [f"{done} documents" if total is None else f"{done}/{total} documents"]
    if done and seconds > 0:
        rate = done / seconds
        parts.append(f"{rate:.1f}/s")
        settled = seconds >= ESTIMATE_AFTER_SECONDS or done >= ESTIMATE_AFTER_DOCUMENTS
        if settled and total is not None and total >= done:
            parts.append(f"{_clock((total - done) / rate)} left")
    return " · ".join(parts)


class Progress:
    """Keeps one line on a terminal up to date; messages print above it.

    Redraws at most every ``interval`` seconds, so a fast run spends no time on it. When
    ``enabled`` is false every method does nothing, so callers need not ask.
    """

    def __init__(
        self,
        stream: _Stream,
        total: int | None,
        *,
        enabled: bool = True,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._total = total
        self._enabled = enabled
        self._interval = interval
        self._clock = clock
        self._started = clock()
        self._drawn_at: float | None = None
        self._width = 0
        self.done = 0

    def advance(self) -> None:
        """Count one more document done, and redraw if it is time."""
        self.done += 1
        now = self._clock()
        if self._drawn_at is None or now - self._drawn_at >= self._interval:
            self._draw(now)

    def message(self, line: str) -> None:
        """Print ``line`` on the stream without garbling the progress line."""
        self._clear()
        self._stream.write(line + "\n")
        if self._drawn_at is not None:
            self._draw(self._clock())
        self._stream.flush()

    def finish(self) -> None:
        """Take the progress line away: the run is over."""
        self._clear()
        self._stream.flush()

    def _draw(self, now: float) -> None:
        if not self._enabled:
            return
        line = describe_progress(self.done, self._total, now - self._started)
        self._stream.write("\r" + line.ljust(self._width))
        self._stream.flush()
        self._width = len(line)
        self._drawn_at = now

    def _clear(self) -> None:
        if self._enabled and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._width = 0


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
