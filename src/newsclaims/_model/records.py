"""The records: actors, quotes, claims and disputes, each anchored to its text by spans."""

from __future__ import annotations

import enum
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from newsclaims._errors import ValidationError
from newsclaims._model.ids import actor_key
from newsclaims._model.spans import Mention, Span, check_span_sequence, is_tuple_of, joined

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
    """A validator that ``value`` is a ``kind`` (or None, if ``optional``).

    Analysis builds many thousands of records: a good value passes in one ``isinstance``
    call. A bad one raises :class:`ValidationError` naming the field, as every other check
    of a record does (never attrs' bare ``TypeError``).
    """
    expected = kind.__name__ + (" or None" if optional else "")

    def check(instance: Any, attribute: Any, value: Any) -> None:
        if not (isinstance(value, kind) or (optional and value is None)):
            got = type(value).__name__
            raise ValidationError([(attribute.name, f"expected {expected}, got {got}")])

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


def _default_key(actor: Actor) -> str:
    return actor_key(actor.name) if isinstance(actor.name, str) else ""


@attrs.frozen
class Actor:
    """Someone or something that speaks, claims or disputes: one per entity in a document.

    ``name`` is the canonical name (the fullest the text gives, without titles);
    ``mentions`` are all the places the text refers to the actor, whatever words it uses
    there. ``id`` names the actor inside its document; ``key`` is the same in every
    document for the same name (by default the name folded to lower case without accents,
    see :func:`~newsclaims.actor_key`), so tables from many articles join on it.

    >>> text = "Russian President Vladimir Putin said so. Putin added more."
    >>> putin = Actor(
    ...     id="vladimir-putin", name="Vladimir Putin", kind=ActorKind.PERSON,
    ...     title="President", affiliation="Russia",
    ...     mentions=(Mention.of(text, 0, 32), Mention.of(text, 42, 47)),
    ... )
    >>> putin.aliases, putin.key
    (('Putin', 'Russian President Vladimir Putin'), 'vladimir-putin')
    """

    id: str = attrs.field(validator=_nonempty_str)
    name: str = attrs.field(validator=_nonempty_str)
    kind: ActorKind = attrs.field(converter=_actor_kind)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    affiliation: str | None = attrs.field(default=None, validator=_optional_str)
    mentions: tuple[Mention, ...] = attrs.field(default=(), validator=_mention_tuple)
    key: str = attrs.field(
        default=attrs.Factory(_default_key, takes_self=True), validator=_nonempty_str
    )

    @property
    def aliases(self) -> tuple[str, ...]:
        """The distinct words the text uses for the actor, sorted."""
        return tuple(sorted({m.text for m in self.mentions}))


def _check_speaker_mention(
    instance: Quote, attribute: attrs.Attribute[Mention | None], value: Mention | None
) -> None:
    _optional_mention(instance, attribute, value)
    # The mention is the evidence for the speaker: a speaker the text never names there
    # would be an attribution nobody can check.
    if value is None and instance.speaker is not None:
        raise ValidationError([(attribute.name, "missing: a quote with a speaker needs one")])


@attrs.frozen
class Quote:
    """Words between quotation marks, with who said them and how the text says so.

    ``spans`` cover the quoted words without the outer quotation marks: one span, or several
    for a quote split around "he said" or running over paragraphs (the marks that reopen
    each paragraph are left out). ``text`` joins the pieces with one space.

    ``speaker`` is the id of an :class:`Actor` of the same document, or None when the text
    names nobody (:meth:`Document.speaker_of` gives the Actor); ``speaker_mention`` is the
    words at the attribution site ("he", "Putin"), present whenever ``speaker`` is.
    ``rule`` names the rule that found the speaker, so a reader can ask why.
    """

    id: str = attrs.field(validator=_nonempty_str)
    spans: tuple[Span, ...] = attrs.field(validator=_spans(allow_empty=False))
    kind: QuoteKind = attrs.field(converter=_quote_kind)
    speaker: str | None = attrs.field(default=None, validator=_optional_str)
    speaker_mention: Mention | None = attrs.field(default=None, validator=_check_speaker_mention)
    cue: Span | None = attrs.field(default=None, validator=_optional_span)
    channel: Span | None = attrs.field(default=None, validator=_optional_span)
    nested: tuple[Span, ...] = attrs.field(default=(), validator=_spans(allow_empty=True))
    rule: str = attrs.field(default="", validator=_str)

    @property
    def text(self) -> str:
        """The quoted words; the pieces of a split quote are joined with one space."""
        return joined(self.spans)


class _Unset(enum.Enum):
    UNSET = enum.auto()


_UNSET = _Unset.UNSET


def renamed(old: str, new: str, cls: str, *, stacklevel: int = 3) -> None:
    """Warn that ``cls.old`` is now ``cls.new``: the old name works until newsclaims 0.2.

    ``stacklevel`` 3 points the warning at the code that called the caller of this function.
    """
    warnings.warn(
        f"{cls}.{old} is deprecated and will be removed in newsclaims 0.2; use {cls}.{new}",
        DeprecationWarning,
        stacklevel=stacklevel,
    )


def _renamed_keyword(cls: str, old: str, new: str, new_given: bool) -> None:
    renamed(old, new, cls, stacklevel=4)
    if new_given:
        raise ValidationError([(old, f"give {new} only: {old} is its deprecated name")])


@attrs.frozen(init=False)
class Claim:
    """An attributed assertion: reported speech ("Putin said his troops ...") or a quote.

    ``spans`` cover the content, the reported proposition only. ``quote_ids`` holds the ids
    of the quotes inside it (the partial quotes of a mixed claim; :meth:`Document.quotes_in`
    gives the Quotes); ``hedges`` the words that weaken it ("estimated", "alleged").

    ``quotes=`` is the deprecated name of ``quote_ids=`` and still works until newsclaims
    0.2, with a :class:`DeprecationWarning`.
    """

    id: str = attrs.field(validator=_nonempty_str)
    spans: tuple[Span, ...] = attrs.field(validator=_spans(allow_empty=False))
    claimant: str | None = attrs.field(default=None, validator=_optional_str)
    claimant_mention: Mention | None = attrs.field(default=None, validator=_optional_mention)
    cue: Span | None = attrs.field(default=None, validator=_optional_span)
    quote_ids: tuple[str, ...] = attrs.field(default=(), validator=_str_tuple)
    hedges: tuple[Span, ...] = attrs.field(default=(), validator=_spans(allow_empty=True))
    rule: str = attrs.field(default="", validator=_str)

    def __init__(
        self,
        id: str,
        spans: tuple[Span, ...],
        claimant: str | None = None,
        claimant_mention: Mention | None = None,
        cue: Span | None = None,
        quote_ids: tuple[str, ...] = (),
        hedges: tuple[Span, ...] = (),
        rule: str = "",
        *,
        quotes: tuple[str, ...] | _Unset = _UNSET,
    ) -> None:
        if not isinstance(quotes, _Unset):  # the deprecated name
            _renamed_keyword("Claim", "quotes", "quote_ids", quote_ids != ())
            quote_ids = quotes
        self.__attrs_init__(id, spans, claimant, claimant_mention, cue, quote_ids, hedges, rule)

    @property
    def quotes(self) -> tuple[str, ...]:
        """Deprecated name of :attr:`quote_ids`, until newsclaims 0.2."""
        renamed("quotes", "quote_ids", "Claim")
        return self.quote_ids

    @property
    def text(self) -> str:
        """The claim's content; the pieces of a split claim are joined with one space."""
        return joined(self.spans)


def _check_target(
    instance: Dispute, attribute: attrs.Attribute[tuple[Span, ...]], value: tuple[Span, ...]
) -> None:
    check_span_sequence(value, attribute.name, allow_empty=True)
    if instance.claim_id is None and not value:
        raise ValidationError([("disputed", "a dispute needs a claim or a disputed span")])


@attrs.frozen(init=False)
class Dispute:
    """An actor contesting a claim: a denial, a refutation, a rejection.

    ``claim_id`` is the id of the disputed :class:`Claim` when one was extracted
    (:meth:`Document.disputed_claim_of` gives the Claim); ``disputed`` holds the contested
    words (the part of that claim, or the content's span when no claim fits). ``evidence``
    is the passage that shows the dispute, ``cue`` the words that signal it ("denied",
    "pushed back on", "do not correspond to reality").

    ``claim=`` is the deprecated name of ``claim_id=`` and still works until newsclaims
    0.2, with a :class:`DeprecationWarning`.
    """

    id: str = attrs.field(validator=_nonempty_str)
    stance: Stance = attrs.field(converter=_stance)
    cue: Span = attrs.field(validator=_span)
    evidence: Span = attrs.field(validator=_span)
    disputant: str | None = attrs.field(default=None, validator=_optional_str)
    disputant_mention: Mention | None = attrs.field(default=None, validator=_optional_mention)
    claim_id: str | None = attrs.field(default=None, validator=_optional_str)
    disputed: tuple[Span, ...] = attrs.field(default=(), validator=_check_target)
    rule: str = attrs.field(default="", validator=_str)

    def __init__(
        self,
        id: str,
        stance: Stance | str,
        cue: Span,
        evidence: Span,
        disputant: str | None = None,
        disputant_mention: Mention | None = None,
        claim_id: str | None = None,
        disputed: tuple[Span, ...] = (),
        rule: str = "",
        *,
        claim: str | _Unset | None = _UNSET,
    ) -> None:
        if not isinstance(claim, _Unset):  # the deprecated name
            _renamed_keyword("Dispute", "claim", "claim_id", claim_id is not None)
            claim_id = claim
        self.__attrs_init__(
            id, stance, cue, evidence, disputant, disputant_mention, claim_id, disputed, rule
        )

    @property
    def claim(self) -> str | None:
        """Deprecated name of :attr:`claim_id`, until newsclaims 0.2."""
        renamed("claim", "claim_id", "Dispute")
        return self.claim_id
