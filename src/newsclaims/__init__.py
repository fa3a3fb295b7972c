"""newsclaims: who said what, who claims what, and who disputes whom, in news text.

Every record points back to the exact characters of the text it came from.
"""

from newsclaims._annotations import ANNOTATION_CONTEXT, to_annotations, write_annotations
from newsclaims._batch import analyze_many, analyze_record
from newsclaims._csv import CSV_COLUMNS, csv_rows, write_csv
from newsclaims._document import DisputeEdge, Document
from newsclaims._errors import InputError, NewsclaimsError, SchemaVersionError, ValidationError
from newsclaims._jsonld import SCHEMA_ORG_CONTEXT, to_jsonld, write_jsonld
from newsclaims._models import (
    Actor,
    ActorKind,
    Claim,
    Dispute,
    Metadata,
    Quote,
    QuoteKind,
    Stance,
)
from newsclaims._serialize import (
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
from newsclaims._spans import Mention, Span, utf16_span
from newsclaims._table import render_table, write_table
from newsclaims._version import __version__

__all__ = [
    "ANNOTATION_CONTEXT",
    "CSV_COLUMNS",
    "SCHEMA_ORG_CONTEXT",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Claim",
    "Dispute",
    "DisputeEdge",
    "Document",
    "InputError",
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
    "analyze_many",
    "analyze_record",
    "csv_rows",
    "from_dict",
    "from_json",
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
