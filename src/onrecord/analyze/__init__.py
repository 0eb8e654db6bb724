"""Analysis of one text: its attributed statements.  Pure: text in, statements out.

Long texts are cut at paragraph breaks into chunks the parser handles in
bounded memory; each chunk is analyzed alone and its offsets shifted back.
Quotations written with single marks are read as if written with double ones
(``quotes.double_marked``); every span still quotes the text as given.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

from onrecord import __version__
from onrecord.analyze.pipeline import pipeline
from onrecord.analyze.quotes import double_marked
from onrecord.analyze.tagger import MODEL_STEM, models_dir
from onrecord.model import Analysis, Span, Statement

CHUNK_CHARS = 100_000


@lru_cache(maxsize=1)
def engine_version() -> str:
    """onrecord's version and the shipped model's fingerprint: what made a record."""
    model = (models_dir() / f"{MODEL_STEM}.crfsuite").read_bytes()
    return f"{__version__}+{hashlib.sha256(model).hexdigest()[:12]}"


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """``text`` cut into pieces of at most ``limit`` characters, with their offsets.

    Cuts fall after a line break where there is one, else after a space, else
    anywhere.
    """
    pieces = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n")
        if cut < limit // 2:
            cut = max(cut, window.rfind(" "))
        end = start + (cut + 1 if cut > 0 else limit)
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


def _placed(statement: Statement, offset: int, text: str) -> Statement:
    """A chunk's statement with offsets into the whole text, and the words of
    its spans as that text writes them (see ``double_marked``)."""

    def place(span: Span) -> Span:
        start, end = span.start + offset, span.end + offset
        return Span(start, end, text[start:end])

    return dataclasses.replace(
        statement,
        parts=tuple(place(p) for p in statement.parts),
        source=place(statement.source) if statement.source else None,
        cue=place(statement.cue) if statement.cue else None,
        time_expression=place(statement.time_expression) if statement.time_expression else None,
        topics=tuple(
            dataclasses.replace(t, span=place(t.span), evidence=tuple(map(place, t.evidence)))
            for t in statement.topics
        ),
    )


def analyze(text: str, *, published: str | None = None) -> Analysis:
    """The attributed statements of ``text``, in text order."""
    from onrecord.link.when import dated

    analysis = next(analyze_many([text]))
    analysis.published = published
    analysis.statements = dated(analysis.statements, published)
    return analysis


def analyze_many(texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Analysis]:
    """Analyses of many texts, in order, streamed through spaCy's ``nlp.pipe``."""

    def pieces() -> Iterator[tuple[str, tuple[str, int, bool]]]:
        for text in texts:
            cut = chunks(double_marked(text))
            for k, (offset, piece) in enumerate(cut):
                yield piece, (text, offset, k == len(cut) - 1)

    statements: list[Statement] = []
    for doc, (text, offset, last) in pipeline().pipe(
        pieces(), as_tuples=True, batch_size=batch_size
    ):
        statements.extend(_placed(s, offset, text) for s in doc._.onrecord_statements)
        if last:
            yield Analysis(text, statements)
            statements = []
