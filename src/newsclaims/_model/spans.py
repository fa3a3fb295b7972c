"""Spans and mentions: the anchors that tie every record to the exact text it came from."""

from __future__ import annotations

import attrs

from newsclaims._errors import ValidationError

__all__ = ["Mention", "Span", "utf16_span"]


def _check_span(instance: Span, attribute: attrs.Attribute[str], value: str) -> None:
    # One validator for the whole span, with a fast path: analysis builds many thousands.
    start, end = instance.start, instance.end
    if type(start) is int and type(end) is int and type(value) is str:
        if 0 <= start <= end and len(value) == end - start:
            return
    else:
        problems = [
            (name, f"must be {kind.__name__}, got {type(got).__name__}")
            for name, got, kind in (("start", start, int), ("end", end, int), ("text", value, str))
            if type(got) is not kind  # bool is no offset
        ]
        raise ValidationError(problems)
    problems = []
    if instance.start < 0:
        problems.append(("start", f"must not be negative, got {instance.start}"))
    if instance.end < instance.start:
        problems.append(("end", f"{instance.end} is before start {instance.start}"))
    elif len(value) != instance.end - instance.start:
        problems.append(
            (
                "text",
                f"has {len(value)} characters but the span [{instance.start}, "
                f"{instance.end}) covers {instance.end - instance.start}",
            )
        )
    if problems:
        raise ValidationError(problems)


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of a document's text, with the text it covers.

    Offsets are Python ``str`` indexes (Unicode code points, end exclusive); ``text`` is what
    the document holds there, so a span can be read on its own and checked against its source.

    >>> text = "Putin said it."
    >>> span = Span(0, 5, text[0:5])
    >>> span
    Span(start=0, end=5, text='Putin')
    >>> Span(5, 0, "")
    Traceback (most recent call last):
    ...
    newsclaims.ValidationError: end: 0 is before start 5
    """

    start: int
    end: int
    text: str = attrs.field(validator=_check_span)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``[start, end)`` of ``text``, holding its slice.

        >>> Span.of("Putin said it.", 6, 10)
        Span(start=6, end=10, text='said')
        """
        if not 0 <= start <= end <= len(text):
            raise ValidationError(
                [("", f"span [{start}, {end}) is outside a text of {len(text)} characters")]
            )
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start


def _check_spans(
    instance: object, attribute: attrs.Attribute[tuple[Span, ...]], spans: tuple[Span, ...]
) -> None:
    check_span_sequence(spans, attribute.name, allow_empty=False)


def check_span_sequence(spans: tuple[Span, ...], name: str, *, allow_empty: bool) -> None:
    """Raise unless ``spans`` are Span values in text order without overlap."""
    if not is_tuple_of(spans, Span):
        raise ValidationError([(name, "must be a tuple of Span values")])
    if not spans and not allow_empty:
        raise ValidationError([(name, "must hold at least one span")])
    for i in range(1, len(spans)):
        if spans[i].start < spans[i - 1].end:
            raise ValidationError(
                [
                    (
                        f"{name}[{i}]",
                        f"starts at {spans[i].start}, inside or before the span "
                        f"before it, which ends at {spans[i - 1].end}",
                    )
                ]
            )


def is_tuple_of(value: object, kind: type) -> bool:
    """Whether ``value`` is a tuple of ``kind`` values only."""
    if not isinstance(value, tuple):
        return False
    # A loop: all() over a generator costs twice as much for the short tuples records hold.
    for item in value:  # noqa: SIM110
        if not isinstance(item, kind):
            return False
    return True


def joined(spans: tuple[Span, ...]) -> str:
    """The texts of ``spans`` joined with one space: the single-string form of a record."""
    return " ".join([span.text for span in spans])


@attrs.frozen
class Mention:
    """Where a text names an actor: one span or more, and the words found there.

    A mention is usually one span ("Russian President Vladimir Putin", "he"); several spans
    are allowed for names that a text splits. ``text`` joins the pieces with one space.

    >>> text = "Putin said it."
    >>> Mention((Span.of(text, 0, 5),)).text
    'Putin'
    """

    spans: tuple[Span, ...] = attrs.field(validator=_check_spans)

    @property
    def text(self) -> str:
        """The mention's words: the texts of its spans joined with one space."""
        return joined(self.spans)

    @property
    def start(self) -> int:
        """Where the mention starts in the document."""
        return self.spans[0].start

    @property
    def end(self) -> int:
        """Where the mention ends in the document (exclusive)."""
        return self.spans[-1].end

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Mention:
        """The one-span mention ``[start, end)`` of ``text``.

        >>> Mention.of("Putin said it.", 0, 5).text
        'Putin'
        """
        return cls((Span.of(text, start, end),))


def utf16_span(text: str, span: Span) -> tuple[int, int]:
    """The span's offsets counted in UTF-16 code units, as JavaScript strings count them.

    newsclaims counts code points, like Python and W3C's ``TextPositionSelector``; a
    character outside the Basic Multilingual Plane (an emoji, say) is one code point but two
    UTF-16 units.

    >>> text = "😀 Putin"
    >>> utf16_span(text, Span.of(text, 2, 7))
    (3, 8)
    """
    if text[span.start : span.end] != span.text:
        raise ValidationError([("", f"span [{span.start}, {span.end}) does not match the text")])
    start = span.start + sum(1 for ch in text[: span.start] if ord(ch) > 0xFFFF)
    end = start + len(span.text) + sum(1 for ch in span.text if ord(ch) > 0xFFFF)
    return start, end
