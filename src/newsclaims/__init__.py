"""newsclaims: who said what, who claims what, and who disputes whom, in news text.

Every record points back to the exact characters of the text it came from.
"""

from newsclaims._analyze import analyze, find_quotes
from newsclaims._document import DisputeEdge, Document
from newsclaims._errors import InputError, NewsclaimsError, SchemaVersionError, ValidationError
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
from newsclaims._version import __version__
from newsclaims.lexicon import DEFAULT_LEXICON, Lexicon

__all__ = [
    "DEFAULT_LEXICON",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Claim",
    "Dispute",
    "DisputeEdge",
    "Document",
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
    "analyze",
    "find_quotes",
    "from_dict",
    "from_json",
    "read_jsonl",
    "structure",
    "to_dict",
    "to_json",
    "unstructure",
    "utf16_span",
    "write_jsonl",
]
