"""The records: actors, quotes, claims and disputes, each anchored to its text by spans."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from newsclaims._errors import ValidationError
from newsclaims._spans import Mention, Span, check_span_sequence, is_tuple_of, joined

__all__ = [
    "Actor",
    "ActorKind",
    "Claim",
    "Dispute",
    "Metadata",
    "Quote",
    "QuoteKind",
    "Stance",
]

_E = TypeVar("_E", bound=enum.StrEnum)


def _quick(kind: type, *, optional: bool) -> Callable[[Any, Any, Any], None]:
    """attrs' ``instance_of(kind)`` (made ``optional``), with the test written out.

    Analysis builds many thousands of records: a value of ``kind`` (or None) passes in one
    call, not the two of attrs' nested validators; any other value is left to attrs'
    validator, which raises its usual error.
    """
    slow: Callable[[Any, Any, Any], None] = attrs.validators.instance_of(kind)
    if optional:
        slow = attrs.validators.optional(slow)

    def check(instance: Any, attribute: Any, value: Any) -> None:
        if not (isinstance(value, kind) or (optional and value is None)):
            slow(instance, attribute, value)

    return check


_str = _quick(str, optional=False)
_optional_str = _quick(str, optional=True)
_optional_span = _quick(Span, optional=True)
_optional_mention = _quick(Mention, optional=True)
_span = _quick(Span, optional=False)


def _nonempty_str(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError([(attribute.name, "must be a non-empty string")])


def _spans(*, allow_empty: bool) -> Callable[[Any, Any, tuple[Span, ...]], None]:
    def check(instance: Any, attribute: Any, value: tuple[Span, ...]) -> None:
        check_span_sequence(value, attribute.name, allow_empty=allow_empty)

    return check


def _to_enum(kind: type[_E], name: str, value: object) -> _E:
    if type(value) is kind:
        return value  # what kind(value) returns for a member, without the enum's call
    try:
        if isinstance(value, str):
            return kind(value)
    except ValueError:
        pass
    allowed = ", ".join(repr(k.value) for k in kind)
    raise ValidationError([(name, f"{value!r} is not one of {allowed}")])


# Named converters (mypy's attrs plugin needs names), so that a bad value raises our error.
def _actor_kind(value: object) -> ActorKind:
    return _to_enum(ActorKind, "kind", value)


def _quote_kind(value: object) -> QuoteKind:
    return _to_enum(QuoteKind, "kind", value)


def _stance(value: object) -> Stance:
    return _to_enum(Stance, "stance", value)


def _str_tuple(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    if not is_tuple_of(value, str):
        raise ValidationError([(attribute.name, "must be a tuple of strings")])


def _mention_tuple(
    instance: object, attribute: attrs.Attribute[tuple[Mention, ...]], value: tuple[Mention, ...]
) -> None:
    if not is_tuple_of(value, Mention):
        raise ValidationError([(attribute.name, "must be a tuple of Mention values")])


class ActorKind(enum.StrEnum):
    """What sort of actor speaks, claims or disputes."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GOVERNMENT = "government"
    COUNTRY = "country"
    GROUP = "group"
    #: Unnamed sources: "officials", "a senior official", "intelligence reports".
    ANONYMOUS = "anonymous"
    PUBLICATION = "publication"
    UNKNOWN = "unknown"


class QuoteKind(enum.StrEnum):
    """What a pair of quotation marks holds."""

    #: A sentence or more of someone's speech.
    DIRECT = "direct"
    #: A fragment of speech inside the reporter's own sentence: said it was "very close".
    PARTIAL = "partial"
    #: Marks around words the writer holds at a distance, quoting nobody.
    SCARE = "scare"
    #: The title of a work: a book, a film, a show, a report.
    TITLE = "title"
    #: A nickname or a coined name: "Little Marco".
    NICKNAME = "nickname"

    @property
    def is_speech(self) -> bool:
        """True for the kinds that quote somebody: direct and partial quotes.

        >>> QuoteKind.PARTIAL.is_speech, QuoteKind.TITLE.is_speech
        (True, False)
        """
        return self in (QuoteKind.DIRECT, QuoteKind.PARTIAL)


class Stance(enum.StrEnum):
    """How a dispute contests its target."""

    #: Says the claim is untrue: "denied", "there is no truth to".
    DENY = "deny"
    #: Shows or argues it is untrue: "refuted", "debunked".
    REFUTE = "refute"
    #: Refuses to accept it: "rejected", "pushed back on", calling it "propaganda".
    REJECT = "reject"
    #: Contests it: "disputed", "contested", "challenged".
    DISPUTE = "dispute"
    #: Waves it away: "dismissed", "brushed off".
    DISMISS = "dismiss"


@attrs.frozen
class Metadata:
    """What is known about a document besides its text.

    ``published`` is kept as given (ISO 8601, ``2025-04-26``, is what the analysis writes);
    ``id`` is the caller's own name for the document, such as its file name.
    """

    id: str | None = attrs.field(default=None, validator=_optional_str)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    url: str | None = attrs.field(default=None, validator=_optional_str)
    publisher: str | None = attrs.field(default=None, validator=_optional_str)
    published: str | None = attrs.field(default=None, validator=_optional_str)
    language: str | None = attrs.field(default=None, validator=_optional_str)


@attrs.frozen
class Actor:
    """Someone or something that speaks, claims or disputes: one per entity in a document.

    ``name`` is the canonical name (the fullest the text gives); ``mentions`` are all the
    places the text refers to the actor, whatever words it uses there.

    >>> text = "Russian President Vladimir Putin said so. Putin added more."
    >>> putin = Actor(
    ...     id="vladimir-putin", name="Vladimir Putin", kind=ActorKind.PERSON,
    ...     title="President", affiliation="Russia",
    ...     mentions=(Mention.of(text, 0, 32), Mention.of(text, 42, 47)),
    ... )
    >>> putin.aliases
    ('Putin', 'Russian President Vladimir Putin')
    """

    id: str = attrs.field(validator=_nonempty_str)
    name: str = attrs.field(validator=_nonempty_str)
    kind: ActorKind = attrs.field(converter=_actor_kind)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    affiliation: str | None = attrs.field(default=None, validator=_optional_str)
    mentions: tuple[Mention, ...] = attrs.field(default=(), validator=_mention_tuple)

    @property
    def aliases(self) -> tuple[str, ...]:
        """The distinct words the text uses for the actor, sorted."""
        return tuple(sorted({m.text for m in self.mentions}))


@attrs.frozen
class Quote:
    """Words between quotation marks, with who said them and how the text says so.

    ``spans`` cover the quoted words without the outer quotation marks: one span, or several
    for a quote split around "he said" or running over paragraphs (the marks that reopen
    each paragraph are left out). ``text`` joins the pieces with one space.

    ``speaker`` is the id of an :class:`Actor` of the same document, or None when the text
    names nobody; ``speaker_mention`` is the words at the attribution site ("he", "Putin").
    ``rule`` names the rule that found the speaker, so a reader can ask why.
    """

    id: str = attrs.field(validator=_nonempty_str)
    spans: tuple[Span, ...] = attrs.field(validator=_spans(allow_empty=False))
    kind: QuoteKind = attrs.field(converter=_quote_kind)
    speaker: str | None = attrs.field(default=None, validator=_optional_str)
    speaker_mention: Mention | None = attrs.field(default=None, validator=_optional_mention)
    cue: Span | None = attrs.field(default=None, validator=_optional_span)
    channel: Span | None = attrs.field(default=None, validator=_optional_span)
    nested: tuple[Span, ...] = attrs.field(default=(), validator=_spans(allow_empty=True))
    rule: str = attrs.field(default="", validator=_str)

    @property
    def text(self) -> str:
        """The quoted words; the pieces of a split quote are joined with one space."""
        return joined(self.spans)


@attrs.frozen
class Claim:
    """An attributed assertion: reported speech ("Putin said his troops ...") or a quote.

    ``spans`` cover the content, the reported proposition only. ``quotes`` holds the ids of
    the quotes inside it (the partial quotes of a mixed claim); ``hedges`` the words that
    weaken it ("estimated", "alleged", "believed").
    """

    id: str = attrs.field(validator=_nonempty_str)
    spans: tuple[Span, ...] = attrs.field(validator=_spans(allow_empty=False))
    claimant: str | None = attrs.field(default=None, validator=_optional_str)
    claimant_mention: Mention | None = attrs.field(default=None, validator=_optional_mention)
    cue: Span | None = attrs.field(default=None, validator=_optional_span)
    quotes: tuple[str, ...] = attrs.field(default=(), validator=_str_tuple)
    hedges: tuple[Span, ...] = attrs.field(default=(), validator=_spans(allow_empty=True))
    rule: str = attrs.field(default="", validator=_str)

    @property
    def text(self) -> str:
        """The claim's content; the pieces of a split claim are joined with one space."""
        return joined(self.spans)


def _check_target(
    instance: Dispute, attribute: attrs.Attribute[tuple[Span, ...]], value: tuple[Span, ...]
) -> None:
    check_span_sequence(value, attribute.name, allow_empty=True)
    if instance.claim is None and not value:
        raise ValidationError([("disputed", "a dispute needs a claim or a disputed span")])


@attrs.frozen
class Dispute:
    """An actor contesting a claim: a denial, a refutation, a rejection.

    ``claim`` is the id of the disputed :class:`Claim` when one was extracted; ``disputed``
    holds the contested words (the part of that claim, or the content's span when no claim
    fits). ``evidence`` is the passage that shows the dispute, ``cue`` the words that signal
    it ("denied", "pushed back on", "do not correspond to reality").
    """

    id: str = attrs.field(validator=_nonempty_str)
    stance: Stance = attrs.field(converter=_stance)
    cue: Span = attrs.field(validator=_span)
    evidence: Span = attrs.field(validator=_span)
    disputant: str | None = attrs.field(default=None, validator=_optional_str)
    disputant_mention: Mention | None = attrs.field(default=None, validator=_optional_mention)
    claim: str | None = attrs.field(default=None, validator=_optional_str)
    disputed: tuple[Span, ...] = attrs.field(default=(), validator=_check_target)
    rule: str = attrs.field(default="", validator=_str)
