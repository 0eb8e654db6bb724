"""Reading spaCy's parse where it runs over a paragraph break.

spaCy's sentences cross paragraph breaks (a tenth of PolNeAR dev's do): a
quotation's closing mark ending one paragraph may hang on the subject opening
the next ("...?”\\n\\nDean, a medical doctor, then appeared ..."), or that
paragraph's last noun may be read as a subject of the next one's verb.
Also: the word a statement's cue turns on.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from onrecord.model import Statement


def _breaks(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def paragraphs_between(a: Token, b: Token) -> int:
    """How many paragraph breaks lie between two tokens."""
    lo, hi = sorted((a.i, b.i))
    return sum(_breaks(t) for t in a.doc[lo:hi])


def first_subject(verb: Token, relations: tuple[str, ...]) -> Token | None:
    """The verb's first child in one of ``relations``, one in its own paragraph first."""
    return nearest([c for c in verb.children if c.dep_ in relations], verb)


def nearest(found: list[Token], verb: Token) -> Token | None:
    """The first of the verb's subjects ``found``, one in its own paragraph first."""
    if len(found) < 2:
        return found[0] if found else None
    return min(found, key=lambda c: paragraphs_between(c, verb))


def phrase(token: Token) -> tuple[int, int]:
    """The token range of ``token``'s phrase, cut at paragraph breaks."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    start = next((k + 1 for k in range(token.i - 1, start - 1, -1) if _breaks(doc[k])), start)
    end = next((k for k in range(token.i + 1, end) if _breaks(doc[k])), end)
    return start, end


def cue_root(doc: Doc, statement: Statement) -> Token | None:
    """The word a statement's cue turns on ("pushing" of "pushing back against")."""
    if statement.cue is None:
        return None
    cue = doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
    return None if cue is None or not len(cue) else cue.root
