"""newsclaims: who said what, who claims what, and who disputes whom, in news text.

Every record points back to the exact characters of the text it came from.

>>> import newsclaims
>>> doc = newsclaims.analyze("“We are ready,” Sen. Maria Lopez said. Ortiz denied it.")
>>> [(doc.speaker_of(q), q.text) for q in doc.quotes]
[(Actor(id='maria-lopez', name='Maria Lopez', ...), 'We are ready,')]
"""

# The public names are loaded on first use (PEP 562), each from the module that defines it:
# `import newsclaims` alone costs almost nothing, and a command that only analyzes never
# loads the output formats (cattrs among them). Type checkers read the imports below.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsclaims._errors import InputError, NewsclaimsError, SchemaVersionError, ValidationError
from newsclaims._version import __version__

if TYPE_CHECKING:
    from newsclaims import lang as lang
    from newsclaims import lexicon as lexicon
    from newsclaims._batch import analyze_line, analyze_many, analyze_record, is_error_record
    from newsclaims._dispute_cues import DEFAULT_DISPUTE_CUES, DisputeCues
    from newsclaims._extract.dispute_rules import DisputeCue, find_dispute_cues
    from newsclaims._extract.pipeline import FoundQuotes, analyze, find_quotes
    from newsclaims._formats.annotations import (
        ANNOTATION_CONTEXT,
        to_annotations,
        write_annotations,
    )
    from newsclaims._formats.contexts import jsonld_document_loader
    from newsclaims._formats.csv import CSV_COLUMNS, csv_rows, write_csv
    from newsclaims._formats.json import (
        SCHEMA_VERSION,
        from_dict,
        from_json,
        read_jsonl,
        structure,
        to_dict,
        to_json,
        unstructure,
        write_jsonl,
    )
    from newsclaims._formats.jsonld import SCHEMA_ORG_CONTEXT, to_jsonld, write_jsonld
    from newsclaims._formats.table import render_table, write_table
    from newsclaims._model.document import DisputeEdge, Document
    from newsclaims._model.ids import actor_key
    from newsclaims._model.records import (
        Actor,
        ActorKind,
        Claim,
        Dispute,
        Metadata,
        Quote,
        QuoteKind,
        Stance,
    )
    from newsclaims._model.spans import Mention, Span, utf16_span
    from newsclaims.lexicon import DEFAULT_LEXICON, Lexicon

__all__ = [
    "ANNOTATION_CONTEXT",
    "CSV_COLUMNS",
    "DEFAULT_DISPUTE_CUES",
    "DEFAULT_LEXICON",
    "SCHEMA_ORG_CONTEXT",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Claim",
    "Dispute",
    "DisputeCue",
    "DisputeCues",
    "DisputeEdge",
    "Document",
    "FoundQuotes",
    "InputError",
    "Lexicon",
    "Mention",
    "Metadata",
    "NewsclaimsError",
    "Quote",
    "QuoteKind",
    "SchemaVersionError",
    "Span",
    "Stance",
    "ValidationError",
    "__version__",
    "actor_key",
    "analyze",
    "analyze_line",
    "analyze_many",
    "analyze_record",
    "csv_rows",
    "find_dispute_cues",
    "find_quotes",
    "from_dict",
    "from_json",
    "is_error_record",
    "jsonld_document_loader",
    "read_jsonl",
    "render_table",
    "structure",
    "to_annotations",
    "to_dict",
    "to_json",
    "to_jsonld",
    "unstructure",
    "utf16_span",
    "write_annotations",
    "write_csv",
    "write_jsonl",
    "write_jsonld",
    "write_table",
]

#: The module each lazily loaded public name is defined in.
_SOURCES: dict[str, str] = {
    **dict.fromkeys(
        ("analyze_line", "analyze_many", "analyze_record", "is_error_record"), "_batch"
    ),
    **dict.fromkeys(("DEFAULT_DISPUTE_CUES", "DisputeCues"), "_dispute_cues"),
    **dict.fromkeys(("DisputeCue", "find_dispute_cues"), "_extract.dispute_rules"),
    **dict.fromkeys(("FoundQuotes", "analyze", "find_quotes"), "_extract.pipeline"),
    **dict.fromkeys(
        ("ANNOTATION_CONTEXT", "to_annotations", "write_annotations"), "_formats.annotations"
    ),
    "jsonld_document_loader": "_formats.contexts",
    **dict.fromkeys(("CSV_COLUMNS", "csv_rows", "write_csv"), "_formats.csv"),
    **dict.fromkeys(
        (
            "SCHEMA_VERSION",
            "from_dict",
            "from_json",
            "read_jsonl",
            "structure",
            "to_dict",
            "to_json",
            "unstructure",
            "write_jsonl",
        ),
        "_formats.json",
    ),
    **dict.fromkeys(("SCHEMA_ORG_CONTEXT", "to_jsonld", "write_jsonld"), "_formats.jsonld"),
    **dict.fromkeys(("render_table", "write_table"), "_formats.table"),
    **dict.fromkeys(("DisputeEdge", "Document"), "_model.document"),
    "actor_key": "_model.ids",
    **dict.fromkeys(
        ("Actor", "ActorKind", "Claim", "Dispute", "Metadata", "Quote", "QuoteKind", "Stance"),
        "_model.records",
    ),
    **dict.fromkeys(("Mention", "Span", "utf16_span"), "_model.spans"),
    **dict.fromkeys(("DEFAULT_LEXICON", "Lexicon"), "lexicon"),
}
#: The modules reachable as attributes of ``newsclaims`` with no import of their own, as
#: before the names were loaded lazily (``newsclaims.strategies`` needs Hypothesis: import it).
_MODULES = ("lang", "lexicon")


def __getattr__(name: str) -> Any:
    """Load a public name, or public module, on first use; later uses find it bound."""
    if name in _MODULES:
        return importlib.import_module(f"{__name__}.{name}")
    source = _SOURCES.get(name)
    if source is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{source}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_MODULES})
