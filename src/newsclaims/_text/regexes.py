"""Regular expressions built from the lexicon's word tables.

:func:`alternation` writes a small table as one alternation; :func:`trie_pattern` writes a
large one as a prefix tree. A flat alternation of a few hundred words makes the engine try
each one at every position; a prefix tree ("den(?:y|ies|ied)") tries one branch per
character, which scans news text several times faster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import regex

__all__ = ["NEVER", "alternation", "escaped", "trie_pattern"]

#: A pattern that matches nowhere: what an empty table becomes. An empty alternation would
#: match the empty string everywhere, so a language that leaves a table empty would find
#: cues at every position.
NEVER = "(?!)"


def alternation(words: Sequence[str]) -> str:
    """The words as one alternation, longest first, a space matching any run of spaces.

    Longest first, so that "shot back" wins over a shorter entry sharing its start.

    >>> alternation(["said", "shot back", "say"])
    'shot[ \\\\u00a0]+back|said|say'
    >>> alternation([])
    '(?!)'
    """
    if not words:
        return NEVER
    return "|".join(
        r"[ \u00a0]+".join(regex.escape(part) for part in w.split())
        for w in sorted(set(words), key=len)[::-1]
    )


def escaped(words: Iterable[str]) -> str:
    """The words as one alternation of literals, in the order given; :data:`NEVER` if none.

    >>> escaped(["Sen.", "Vice President"]), escaped([])
    ('Sen\\\\.|Vice\\\\ President', '(?!)')
    """
    return "|".join(regex.escape(w) for w in words) or NEVER


def _escape(ch: str) -> str:
    return r"[ \u00a0]{1,3}" if ch == " " else str(regex.escape(ch))


def trie_pattern(entries: Iterable[str], character: Callable[[str], str] = _escape) -> str:
    """A pattern matching exactly ``entries``; ``character`` writes each character's pattern.

    Where an entry ends inside a longer one, the longer is tried first.

    >>> pattern = trie_pattern(["deny", "denies", "denied", "said"])
    >>> pattern
    '(?:den(?:ie(?:d|s)|y)|said)'
    >>> [m.group() for m in regex.finditer(pattern, "she said he denied it")]
    ['said', 'denied']
    """
    root: dict[str, Any] = {}
    for entry in entries:
        node = root
        for ch in entry:
            node = node.setdefault(ch, {})
        node[""] = {}  # the entry ends here

    def emit(node: dict[str, Any]) -> str:
        branches = [character(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{group})?" if "" in node else group

    return emit(root) or NEVER
