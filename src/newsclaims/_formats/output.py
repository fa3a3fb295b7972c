"""How an output format writes a run of documents, one piece per document.

Each format is an :class:`Output`: a ``render`` function turning one document into its
piece of text, and the text around and between the pieces. Splitting a format so lets the
command line render each document where it was analyzed (in a worker process) and only
write strings in order, and lets the library writers share the same definition.

The JSON formats are defined here, on top of the codec (:mod:`newsclaims._formats.json`): the
codec turns one document into JSON and knows nothing of runs of documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

import attrs

from newsclaims._formats.json import to_json
from newsclaims._model.document import Document

__all__ = ["JSONL_OUTPUT", "JSON_ARRAY_OUTPUT", "Output", "TextStream"]


class TextStream(Protocol):
    """Anything text is written to: a file, ``sys.stdout``, ``io.StringIO``."""

    def write(self, text: str, /) -> int:
        """Write ``text``."""
        ...


@attrs.frozen
class Output:
    """A format: ``render`` makes each document's piece; the rest goes around the pieces.

    ``head`` comes first and ``tail`` last; ``first`` goes before the first piece that is
    not empty, ``separator`` before each later one. ``empty``, when given, is written
    instead of ``head`` and ``tail`` when no document came at all.

    >>> import io
    >>> listing = Output(render=lambda doc: repr(doc.text), head="[", first="", separator=", ",
    ...                  tail="]\\n", empty="[]\\n")
    >>> out = io.StringIO()
    >>> listing.write([listing.render(Document(t)) for t in ("a", "b")], out)
    2
    >>> out.getvalue()
    "['a', 'b']\\n"
    """

    render: Callable[[Document], str]
    head: str = ""
    first: str = ""
    separator: str = ""
    tail: str = ""
    empty: str | None = None

    def write(self, pieces: Iterable[str], stream: TextStream) -> int:
        """Write the rendered ``pieces`` in order; return how many documents they were."""
        count = 0
        written = False
        for piece in pieces:
            if count == 0:
                stream.write(self.head)
            if piece:
                stream.write(self.separator if written else self.first)
                stream.write(piece)
                written = True
            count += 1
        if count == 0 and self.empty is not None:
            stream.write(self.empty)
            return 0
        if count == 0:
            stream.write(self.head)
        stream.write(self.tail)
        return count

    def write_documents(self, documents: Iterable[Document], stream: TextStream) -> int:
        """Render and write ``documents`` one at a time; return how many."""
        return self.write((self.render(document) for document in documents), stream)


def _jsonl_piece(document: Document) -> str:
    return to_json(document) + "\n"


def _json_piece(document: Document) -> str:
    return to_json(document, indent=2)


#: JSON Lines: one document a line.
JSONL_OUTPUT = Output(render=_jsonl_piece)
#: One JSON array of documents, written one document at a time.
JSON_ARRAY_OUTPUT = Output(
    render=_json_piece, head="[", first="\n", separator=",\n", tail="\n]\n", empty="[]\n"
)
