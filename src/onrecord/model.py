"""The vocabulary of onrecord: spans, statements and the analysis of one text.

Offsets are Python ``str`` offsets into the text exactly as given (for files:
read as UTF-8 with ``newline=""``), end exclusive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["direct", "indirect", "mixed"]
Stance = Literal["for", "against", "mixed", "unclear"]


@dataclass(frozen=True, slots=True)
class Span:
    """A contiguous stretch of the text: ``text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a statement is attributed to.

    ``mention`` is the source words as written ("he", "the NATO chief");
    ``name`` the named entity they resolve to in this text, or None when the
    text does not say who it is.
    """

    mention: str
    name: str | None
    kind: str | None = None  # person, country, organization, group; None when unnamed
    role: str | None = None  # a title written before the name ("NATO Secretary General")


def combined(stances: Iterable[str]) -> Stance:
    """One side from several readings of the same thing: both sides make ``mixed``."""
    sides = set(stances) - {"unclear"}
    if "mixed" in sides or len(sides) > 1:
        return "mixed"
    return "for" if "for" in sides else "against" if "against" in sides else "unclear"


@dataclass(frozen=True, slots=True)
class Topic:
    """What a statement takes a side on ("NATO membership"), and which side.

    ``span`` is the phrase in the content; ``evidence`` the words that decided
    the stance ("opposed", "never"), empty when it is ``unclear``; ``name`` the
    question's full name when the phrase leaves it to an earlier mention
    ("membership" after "NATO membership") or its words skip an owner
    ("membership in NATO" for "membership of Ukraine in NATO"), else None.
    """

    span: Span
    stance: Stance
    evidence: tuple[Span, ...] = ()
    name: str | None = None

    @property
    def key(self) -> str:
        """What the topic is linked by across the record."""
        return (self.name or self.span.text).casefold()

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "name": self.name,
            "stance": self.stance,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed statement: content, source and cue spans.

    ``parts`` holds the content's fragments in order; a quote interrupted by
    "he said" has two.  ``content`` spans from the first to the last part.
    """

    parts: tuple[Span, ...]
    source: Span | None
    cue: Span | None
    kind: Kind
    speaker: Speaker | None
    confidence: float
    time_expression: Span | None = None
    said_on: str | None = None  # YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD
    said_on_bound: bool = False  # only publication bounds it: said on or before
    topics: tuple[Topic, ...] = ()

    @property
    def content(self) -> Span:
        first, last = self.parts[0], self.parts[-1]
        if len(self.parts) == 1:
            return first
        return Span(first.start, last.end, " … ".join(p.text for p in self.parts))

    def to_dict(self, doc: str | None = None) -> dict[str, Any]:
        """The JSON record of ``onrecord extract --format jsonl``.

        ``content`` is ``{start, end, text}``; a discontinuous content is a
        list of such fragments, the form the shared scorer reads, and
        ``content_text`` joins them.
        """
        content: dict[str, Any] | list[dict[str, Any]]
        if len(self.parts) == 1:
            content = self.parts[0].to_dict()
        else:
            content = [p.to_dict() for p in self.parts]
        record: dict[str, Any] = {} if doc is None else {"doc": doc}
        record.update(
            content=content,
            content_text=self.content.text,
            source=self.source.to_dict() if self.source else None,
            cue=self.cue.to_dict() if self.cue else None,
            speaker=self.speaker.name if self.speaker else None,
            mention=self.speaker.mention if self.speaker else None,
            speaker_role=self.speaker.role if self.speaker else None,
            kind=self.kind,
            confidence=round(self.confidence, 3),
            time_expression=self.time_expression.to_dict() if self.time_expression else None,
            said_on=self.said_on,
            said_on_bound=self.said_on_bound,
            topics=[t.to_dict() for t in self.topics],
        )
        return record


@dataclass(slots=True)
class Analysis:
    """The statements found in one text, in text order."""

    text: str
    statements: list[Statement] = field(default_factory=list)
    published: str | None = None

    def to_dicts(self, doc: str | None = None) -> list[dict[str, Any]]:
        return [s.to_dict(doc) for s in self.statements]


@dataclass(slots=True)
class Article:
    """One article as ingested: its text and what is known about it.

    ``id`` is stable and readable (given, or derived from the URL or file
    name); ``published`` is an ISO date or datetime string.
    """

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Hash of the whitespace-normalised, case-folded text: same text, same hash."""
        normalised = " ".join(self.text.split()).casefold()
        return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
