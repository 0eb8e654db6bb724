"""The words that say when a statement was made ("on Tuesday", "earlier this week").

A date or time named in the statement's own sentence, outside its content,
nearest its cue; else one named in an earlier sentence of the same paragraph
("Rutte spoke to MI Ukraina on Tuesday. He clarified that ...").  Dates inside
the content are what the speaker talks about, not when they spoke; so are dates
in a clause describing the speaker ("Trump, who enters office on Jan. 20, said").
Resolving the words against the publication date is ``link.when``'s job.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from onrecord.model import Span, Statement

TIME_LABELS = frozenset({"DATE", "TIME"})


def _inside(ent: DocSpan, parts: Sequence[Span]) -> bool:
    return any(p.start <= ent.start_char < p.end for p in parts)


_DESCRIBING = frozenset({"relcl", "appos"})


def _describes(ent: DocSpan, source: Span) -> bool:
    """Whether a date inside the source sits in a clause or apposition describing
    a named speaker ("Trump, who enters office on Jan. 20,"), not in a phrase
    saying when the source spoke ("a poll released last week", "a speech she
    delivered in July 2015")."""
    token = ent.root
    while source.start <= token.idx < source.end:
        if token.dep_ in _DESCRIBING and (token.head.pos_ == "PROPN" or token.head.ent_type_):
            return True
        if token.head.i == token.i:
            break
        token = token.head
    return False


def _widened(text: str, times: Sequence[DocSpan], ent: DocSpan) -> tuple[int, int]:
    """The expression's characters with the time words right next to it: spaCy
    reads "Thursday night" as a DATE and a TIME."""
    start, end = ent.start_char, ent.end_char
    for other in times:  # in text order, as spaCy gives them
        if other.start_char >= end and text[end : other.start_char] == " ":
            end = other.end_char
    for other in reversed(times):
        if other.end_char <= start and text[other.end_char : start] == " ":
            start = other.start_char
    return start, end


def with_time_expressions(doc: Doc, text: str, statements: list[Statement]) -> list[Statement]:
    """The statements, each with the time expression that dates it, if any."""
    times = [e for e in doc.ents if e.label_ in TIME_LABELS]
    if not times:
        return statements
    contents = [p for s in statements for p in s.parts]
    sentences = list(doc.sents)
    starts = [sent.start_char for sent in sentences]
    out = []
    for statement in statements:
        anchor = statement.cue or statement.source or statement.parts[0]
        index = max(0, sum(1 for start in starts if start <= anchor.start) - 1)
        found = None
        for k in range(index, -1, -1):
            sentence = sentences[k]
            last_word = sentence.start_char + len(sentence.text.rstrip())
            if k < index and "\n" in text[last_word : anchor.start]:
                break  # earlier paragraphs do not date this statement
            candidates = [
                e
                for e in times
                if sentence.start_char <= e.start_char < sentence.end_char
                and not _inside(e, contents)
                and not (statement.source and _describes(e, statement.source))
                and "\n"
                not in text[min(e.start_char, anchor.start) : max(e.end_char, anchor.start)]
            ]
            if candidates:
                best = min(candidates, key=lambda e: abs(e.start_char - anchor.start))
                start, end = _widened(text, times, best)
                found = Span(start, end, text[start:end])
                break
        out.append(dataclasses.replace(statement, time_expression=found) if found else statement)
    return out
