"""Ids derived from content, so that the same record gets the same id on any machine.

Records from many articles can then be merged and deduplicated by id: the same speaker
saying the same words has the same quote id in every article that quotes them.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from collections.abc import Iterable, Iterator

import regex

__all__ = ["actor_id", "actor_key", "record_id", "unique"]

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
# Apostrophes inside a name belong to it: O’Rourke is "orourke", not "o-rourke".
_APOSTROPHES = regex.compile(r"(?<=\p{L})['’ʼ](?=\p{L})")


@functools.lru_cache(maxsize=4096)
def actor_id(name: str) -> str:
    """A readable id for an actor: the slug of its canonical name.

    Cached, as texts name the same people again and again.

    >>> actor_id("Russian President Vladimir Putin")
    'russian-president-vladimir-putin'
    >>> actor_id("Zelensky’s office")
    'zelensky-s-office'
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    slug = _NOT_WORD.sub("-", folded).strip("-")
    return slug or record_id("actor", name)


@functools.lru_cache(maxsize=4096)
def actor_key(name: str) -> str:
    """A key for an actor's name that is the same in every article: the join key across documents.

    The name is folded to lower case without accents (NFKD, combining marks dropped), with
    apostrophes inside a word dropped and every other run of non-letters turned into one
    hyphen. The name an :class:`~newsclaims.Actor` holds is the fullest one its article gives,
    without titles ("Vladimir Putin", never "President Putin"), so the same person gets the same
    key in every article that gives their full name.

    >>> actor_key("Volodymyr Zelenskyy"), actor_key("VOLODYMYR  ZELENSKYY")
    ('volodymyr-zelenskyy', 'volodymyr-zelenskyy')
    >>> actor_key("José Andrés"), actor_key("Beto O’Rourke")
    ('jose-andres', 'beto-orourke')
    """
    decomposed = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    folded = unicodedata.normalize("NFKC", folded)
    slug = _NOT_WORD.sub("-", _APOSTROPHES.sub("", folded)).strip("-")
    return slug or record_id("actor", name)


def record_id(prefix: str, *parts: str) -> str:
    """``prefix`` and a short hash of ``parts``: the id of a quote, claim or dispute.

    >>> record_id("q", "vladimir-putin", "The Kyiv regime’s adventure has completely failed,")
    'q-6289c434565d'
    """
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=6)
    return f"{prefix}-{digest.hexdigest()}"


def unique(ids: Iterable[str]) -> Iterator[str]:
    """The ids in order, a repeat made distinct by its occurrence number.

    A headline that repeats a quote of the body is the same words by the same speaker, so
    both derive the same id; the second becomes ``…-2``, still deterministic.

    >>> list(unique(["q-1", "q-2", "q-1"]))
    ['q-1', 'q-2', 'q-1-2']
    """
    used: set[str] = set()
    # Where each id's count got to: a text repeating one quote many times stays linear.
    reached: dict[str, int] = {}
    for id_ in ids:
        count = reached.get(id_, 1)
        candidate = id_ if count == 1 else f"{id_}-{count}"
        while candidate in used:
            count += 1
            candidate = f"{id_}-{count}"
        reached[id_] = count
        used.add(candidate)
        yield candidate
