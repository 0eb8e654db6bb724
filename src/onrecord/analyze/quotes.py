"""Pair quotation marks into quoted regions, tolerating messy input.

News text mixes curly (“ ”), straight ("), doubled-apostrophe ('') and
guillemet (« ») marks, leaves quotes open, and runs one quotation over several
paragraphs, reopening it at each paragraph without closing the previous one.
The pairing is a single left-to-right pass that never fails: a mark that
cannot be paired is left out of every region.  Curly marks inside an open
straight quotation are part of it ("Elon was “wearing thin,” I asked ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = frozenset("“«„‘")
CLOSERS = frozenset("”»’")
# Marks whose direction is read from the characters around them.
_AMBIGUOUS = re.compile(r"\"|''|“|”|«|»|„")
_SINGLE = re.compile(r"'|‘|’")
SPOKEN_ENDS = frozenset(",.!?;:")  # how a quotation of speech ends inside its marks
SPOKEN_WORDS = 4


def _apostrophe(text: str, start: int) -> bool:
    """Whether a single mark is an apostrophe: between two letters ("don't",
    "Leadbeater's") or opening a year ("'90s")."""
    before = text[start - 1] if start > 0 else " "
    after = text[start + 1] if start + 1 < len(text) else " "
    return (before.isalnum() and after.isalnum()) or (before.isspace() and after.isdigit())


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted region ``text[start:end]``, marks included.

    ``closed`` is False for a quotation still open at the end of its
    paragraph (it may continue in the next one).
    """

    start: int
    end: int
    closed: bool


def _direction(text: str, start: int, end: int) -> str:
    """'open', 'close' or '?' for a straight mark at text[start:end]."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return "open" if not after.isspace() else "?"
    if after.isspace() or after in ".,;:!?)]}—–-/":
        return "close"
    if before.isalnum() and after.isalnum():
        return "?"
    return "close" if before in ".,!?" else "open"


def _glued_opener(text: str, end: int) -> bool:
    return end < len(text) and text[end].isalnum()


def find_quotes(text: str) -> list[Quote]:
    """All quoted regions of ``text`` in order, never overlapping.  A text with
    no double quotation mark at all quotes with single ones, as British wire
    copy does ("told the PA news agency: 'This will make a huge positive
    difference'"); an apostrophe inside a word is none."""
    single = _AMBIGUOUS.search(text) is None
    quotes: list[Quote] = []
    open_at: int | None = None
    nested = False  # a curly quotation inside an open straight one: "Elon was “wearing thin,” I"
    paragraph_end = text.find("\n")
    for match in (_SINGLE if single else _AMBIGUOUS).finditer(text):
        start, end = match.span()
        if single and _apostrophe(text, start):
            continue
        while paragraph_end != -1 and start > paragraph_end:
            # A quotation left open runs to the end of its paragraph.
            if open_at is not None:
                quotes.append(Quote(open_at, paragraph_end, False))
                open_at = None
                nested = False
            paragraph_end = text.find("\n", paragraph_end + 1)
        mark = match.group()
        curly = mark in OPENERS or mark in CLOSERS
        if open_at is not None and text[open_at] == '"' and curly and (mark in OPENERS or nested):
            nested = mark in OPENERS  # opened inside, or closed again
            continue
        if mark in OPENERS:
            direction = "open"
        elif mark in CLOSERS:
            # A closer with nothing open, before a word, is a mistyped opener:
            # ”Fear. I am truly afraid...”
            mistyped = open_at is None and _direction(text, start, end) == "open"
            direction = "open" if mistyped else "close"
        else:
            direction = _direction(text, start, end)
            if direction == "?" or (direction == "close" and _glued_opener(text, end)):
                # nothing open, a word after it: an opener glued to the end
                # of a sentence ('... President Donald Trump."I feel terrible')
                direction = "close" if open_at is not None else "open"
        if direction == "open":
            if open_at is not None:
                # Two openers in a row: the first never closed.
                quotes.append(Quote(open_at, start, False))
            open_at = start
        elif open_at is not None:
            quotes.append(Quote(open_at, end, True))
            open_at = None
            nested = False
    if open_at is not None:
        stop = len(text) if paragraph_end == -1 else paragraph_end
        quotes.append(Quote(open_at, stop, False))
    return [q for q in quotes if any(c.isalnum() for c in text[q.start : q.end])]


def _spoken(words: str) -> bool:
    """Words that read as said, not as a title ("‘American Sniper’") or a
    scare-quoted phrase: ending on punctuation, or four words or more."""
    words = words.strip()
    return words[-1:] in SPOKEN_ENDS or len(words.split()) >= SPOKEN_WORDS


def double_marked(text: str) -> str:
    """``text`` with the single marks that open and close its quotations of
    speech written as double ones, character for character (offsets hold):
    the tagger and the parser learned quotations from double marks, and read
    "‘We have to save it,’ he said" as one only so."""
    if _AMBIGUOUS.search(text) is not None:
        return text  # a text with double marks quotes with them (see find_quotes)
    marks = list(text)
    for quote in find_quotes(text):
        if text[quote.start] in "‘'" and _spoken(text[quote.start + 1 : quote.end - 1]):
            marks[quote.start] = "“"
            if quote.closed and text[quote.end - 1] in "’'":
                marks[quote.end - 1] = "”"
    return "".join(marks)
