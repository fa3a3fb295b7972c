"""The JSON-LD contexts newsclaims writes against, shipped in the package for offline use.

``to_jsonld`` writes ``"@context": "https://schema.org"`` and ``to_annotations`` the W3C Web
Annotation context. A JSON-LD processor fetches those over the network to expand the output;
:func:`jsonld_document_loader` serves the copies in ``newsclaims/contexts/`` instead, so that
output can be expanded and validated with no network (where each copy comes from, and its
licence, is in ``contexts/README.md``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

from newsclaims._errors import NewsclaimsError

__all__ = ["BUNDLED_CONTEXTS", "jsonld_document_loader"]

#: Each context URL newsclaims writes (in its spellings), and the file that holds its copy.
BUNDLED_CONTEXTS = {
    "https://schema.org": "schemaorg-context.jsonld",
    "https://schema.org/": "schemaorg-context.jsonld",
    "http://schema.org": "schemaorg-context.jsonld",
    "http://schema.org/": "schemaorg-context.jsonld",
    "http://www.w3.org/ns/anno.jsonld": "anno.jsonld",
    "https://www.w3.org/ns/anno.jsonld": "anno.jsonld",
}

#: What pyld calls a document loader: a URL (and pyld's options) to a remote document.
DocumentLoader = Callable[..., dict[str, Any]]


@functools.cache
def _context(name: str) -> Any:
    with (resources.files("newsclaims") / "contexts" / name).open(encoding="utf-8") as stream:
        return json.load(stream)


def jsonld_document_loader(fallback: DocumentLoader | None = None) -> DocumentLoader:
    """A document loader for pyld that serves the bundled contexts, never the network.

    Any other URL goes to ``fallback`` (for instance pyld's own ``requests_document_loader()``)
    or, without one, raises :class:`NewsclaimsError`. pyld itself is not a dependency of
    newsclaims: install it to use this.

    >>> from pyld import jsonld
    >>> from newsclaims import Document, to_jsonld
    >>> loader = jsonld_document_loader()
    >>> expanded = jsonld.expand(to_jsonld(Document("Hi.")), {"documentLoader": loader})
    >>> expanded[0]["@type"]
    ['http://schema.org/NewsArticle']
    >>> loader("https://example.com/c.jsonld")
    Traceback (most recent call last):
    ...
    newsclaims.NewsclaimsError: no bundled JSON-LD context for https://example.com/c.jsonld ...
    """

    def load(url: str, options: object = None) -> dict[str, Any]:
        name = BUNDLED_CONTEXTS.get(url)
        if name is not None:
            return {"contextUrl": None, "documentUrl": url, "document": _context(name)}
        if fallback is not None:
            return fallback(url, options)
        raise NewsclaimsError(
            f"no bundled JSON-LD context for {url} (newsclaims ships "
            "schema.org's and the W3C Web Annotation context); pass a fallback loader to "
            "fetch others"
        )

    return load
