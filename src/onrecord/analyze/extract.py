"""Statements of one parsed Doc: features, tagging, grouping, speakers."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from onrecord.analyze.decode import Group, RoleSpan, group_sequence
from onrecord.analyze.features import QUOTE_MARKS, TokenTable, document_features, sequences
from onrecord.analyze.quotes import Quote, find_quotes
from onrecord.analyze.speakers import SpeakerResolver
from onrecord.analyze.tagger import Tagger
from onrecord.model import Kind, Span, Statement


def _char_span(doc: Doc, text: str, run: Sequence[int], span: RoleSpan) -> Span:
    first, last = doc[run[span.start]], doc[run[span.end - 1]]
    start, end = first.idx, last.idx + len(last)
    return Span(start, end, text[start:end])


def _kind(parts: Sequence[Span], quotes: Sequence[Quote]) -> Kind:
    total = sum(p.end - p.start for p in parts)
    inside = sum(
        max(0, min(p.end, q.end) - max(p.start, q.start)) for p in parts for q in quotes
    )
    if inside >= 0.9 * total:
        return "direct"
    return "mixed" if inside else "indirect"


def extract(doc: Doc, tagger: Tagger) -> list[Statement]:
    """All attributed statements of ``doc``, in text order."""
    text = doc.text  # built anew on every access: read it once
    if not text.strip():
        return []
    quotes = find_quotes(text)
    table = TokenTable.of(doc, quotes)
    resolver = SpeakerResolver(doc, table.quoted)
    runs = sequences(doc)
    statements: list[Statement] = []
    previous: Statement | None = None  # last statement of the previous sequence
    for run, features in zip(runs, document_features(table, runs, tagger.cue_lemmas), strict=True):
        labels, marginals = tagger.tag(features)
        groups = group_sequence(
            labels, [table.sentence[i] for i in run], [table.quoted[i] for i in run]
        )
        last: Statement | None = None
        for group in groups:
            statement = _statement(doc, text, run, group, marginals, quotes, resolver, previous)
            if statement is not None:
                statements.append(statement)
                last = statement
        previous = last
    return statements


def _statement(
    doc: Doc,
    text: str,
    run: Sequence[int],
    group: Group,
    marginals: Sequence[float],
    quotes: Sequence[Quote],
    resolver: SpeakerResolver,
    previous: Statement | None,
) -> Statement | None:
    parts = tuple(_char_span(doc, text, run, c) for c in group.contents)
    if not any(ch.isalnum() for p in parts for ch in p.text):
        return None
    if group.cue is None:
        # A content without a cue: only a quotation that opens its paragraph
        # right after a paragraph ending in a statement continues that one.
        opens = doc[run[group.contents[0].start]].lower_ in QUOTE_MARKS
        if previous is None or not opens or group.contents[0].start != 0:
            return None
        source, cue, speaker = previous.source, previous.cue, previous.speaker
    else:
        cue = _char_span(doc, text, run, group.cue)
        source = _char_span(doc, text, run, group.source) if group.source else None
        speaker = resolver.resolve(source) if source else None
    positions = [k for c in group.contents for k in range(c.start, c.end)]
    confidence = sum(marginals[k] for k in positions) / len(positions)
    return Statement(parts, source, cue, _kind(parts, quotes), speaker, confidence)
