"""Attributions written by layout rather than grammar: signed quotations, turns, labels.

A signed quotation carries its speaker after a dash: "“…” ― Sonya Herridge",
or the name on the line below ("- Bernie Sanders.").  Vox-pop lists and
fact-check round-ups sign quotations so, with no verb for the tagger to find:
the dash is the cue, the name the source, as PolNeAR annotates them.  (Tweets
signed "— Paul Ryan (@SpeakerRyan)" carry no quotation marks and are left to
the tagger.)
A quotation is signed only when it fills its paragraph up to the dash, so a
dash inside running text ("“No,” he said — then left") is never a byline.

A transcript turn opens its paragraph with the speaker in capitals and a colon
("PENCE: Well, look, ..."): the colon is the cue, the rest of the paragraph
the content.  Headlines use the same form ("BREAKING: ...", "UPDATE: ..."), so
a label counts only when it names a person of the text, or opens two turns
in a text where another speaker does too.

A name and a colon before a quotation ("Philip Bump: “…”", "Said Ellis: “…”",
"Quote from Bessent: “…”") open a quotation of that person's, when the text
names a person of that surname elsewhere: poll digests, interview write-ups
and some outlets' house style quote so; it may run on over paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from onrecord.model import Span
from onrecord.names import PARTICLES

_OPEN = '“”"«„'
_CLOSE = '”"»“'
_DASH = re.compile(r"[^\S\n]*([―—–-])[^\S\n]*")  # any space but a line break
_NAME_WORD = re.compile(r"[^\W\d_][\w.’'-]*")
_MAX_NAME_WORDS = 6
# What may follow a signature: nothing, a period, a handle, a comma and a place or a date.
_ENDS_NAME = re.compile(r"\s*(?:$|[.,(])")
_RUN_ON = 4  # paragraphs a named quotation may run on over


_LABEL = re.compile(r"(?m)^[\"“]?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[^\S\n]+(?=\S)")


@dataclass(frozen=True, slots=True)
class Marked:
    """One attribution marked by layout; ``label`` is a transcript speaker label."""

    content: Span
    cue: Span
    source: Span
    label: bool = False


def marked_attributions(text: str, surnames: Collection[str]) -> list[Marked]:
    """Signed quotations, transcript turns and named quotations of ``text``, in order.

    ``surnames``: lower-case surnames of the people the text names.
    """
    return sorted(
        [
            *signed_quotations(text),
            *transcript_turns(text, surnames),
            *named_quotations(text, surnames),
        ],
        key=lambda m: m.content.start,
    )


def transcript_turns(text: str, surnames: Collection[str]) -> list[Marked]:
    """Paragraphs opened by a speaker label ("WALLACE: ...")."""
    found = list(_LABEL.finditer(text))
    counts = Counter(m.group(1) for m in found)
    named = {label for label in counts if label.lower() in surnames}
    # A label that only repeats is a speaker when it takes turns with another
    # ("WALLACE:"/"PENCE:"); one repeated alone is a kicker ("UPDATE:" twice).
    repeated = {label for label, n in counts.items() if n >= 2}
    speakers = named | (repeated if len(repeated | named) >= 2 else set())
    out = []
    for match in found:
        label = match.group(1)
        if label not in speakers:
            continue
        end = text.find("\n", match.end())
        end = len(text) if end == -1 else end
        while end > match.end() and text[end - 1].isspace():
            end -= 1
        colon = match.end(1)
        out.append(
            Marked(
                Span(match.end(), end, text[match.end() : end]),
                Span(colon, colon + 1, ":"),
                Span(match.start(1), colon, label),
                label=True,
            )
        )
    return out


# A saying verb written before its speaker: "Said Ellis: “…”".
INVERTED_SAYING = frozenset({"Said", "Says", "Added", "Continued", "Wrote", "Asked"})
# "Philip Bump: “…”", "Said Ellis: “…”": a paragraph, a sentence or a digest
# item ("POLLS WERE WRONG - Carl Bialik: “…”") opened by a name and a colon.
# Up to five capitalised words, with a surname's particles ("Von der Leyen").
_PARTICLE = "|".join(sorted(PARTICLES))
_NAME_WORDS = rf"[A-Z][\w.’'-]*(?:(?: (?:{_PARTICLE}))* [A-Z][\w.’'-]*){{0,4}}"
_NAMED = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?][”\"] )|(?<= [-—–] ))"
    rf"(?:({'|'.join(sorted(INVERTED_SAYING))}|Quote from) )?"
    rf"({_NAME_WORDS}(?: and {_NAME_WORDS})?)"
    r":[^\S\n]*(?=[“\"])"
)


def named_quotations(text: str, surnames: Collection[str]) -> list[Marked]:
    """Quotations a name and a colon open ("Philip Bump: “…”"), to the end of
    the paragraph; only when the name ends in a surname of the text ("Leyen",
    "von der Leyen")."""
    out = []
    found = list(_NAMED.finditer(text))
    for n, match in enumerate(found):
        name = match.group(2)
        words = name.lower().split()
        if name.isupper() or not any(" ".join(words[i:]) in surnames for i in range(len(words))):
            continue  # a label in capitals is a transcript turn's
        end = _closing_paragraph(text, match.end())
        if n + 1 < len(found):
            end = min(end, found[n + 1].start())  # "Clinton: “…” Bush: “…”"
        while end > match.end() and text[end - 1].isspace():
            end -= 1
        if match.group(1):
            cue = Span(match.start(1), match.end(1), match.group(1))
        else:
            cue = Span(match.end(2), match.end(2) + 1, ":")
        out.append(
            Marked(
                Span(match.end(), end, text[match.end() : end]),
                cue,
                Span(match.start(2), match.end(2), name),
            )
        )
    return out


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _closing_paragraph(text: str, start: int) -> int:
    """The end of the paragraph where the quotation opening at ``start`` closes:
    its own, or a later one when it runs on ("Quote from Bessent: “It is
    complete ...", two paragraphs, "... closer together.”"), up to
    _RUN_ON paragraphs; its own when it never closes."""
    end = _paragraph_end(text, start)
    if _marks(text[start:end]) % 2 == 0:
        return end
    at = end
    for _ in range(_RUN_ON):
        if at >= len(text):
            break
        following = _paragraph_end(text, at + 1)
        if _marks(text[at:following]) % 2:
            return following
        at = following
    return end


def _marks(words: str) -> int:
    return sum(words.count(mark) for mark in '“”"')


def _name(text: str, start: int) -> Span | None:
    """Capitalised words from ``start`` ("Julie A. Diaz Martinez"), without a final period."""
    end, at, words = start, start, 0
    while words < _MAX_NAME_WORDS:
        match = _NAME_WORD.match(text, at)
        if match is None or not match.group()[0].isupper():
            break
        end, words = match.end(), words + 1
        at = end
        if at < len(text) and text[at] in " \xa0":
            at += 1
    if words == 0:
        return None
    word = text[start:end].split()[-1]
    if word.endswith(".") and len(word) > 2:  # "Sanchez." but not the initial "A."
        end -= 1
    return Span(start, end, text[start:end])


def _quotation(text: str, line_start: int, close: int) -> Span | None:
    """``text[line_start:close + 1]`` when it is one quotation filling the line."""
    if close < line_start or text[close] not in _CLOSE or text[line_start] not in _OPEN:
        return None
    if close - line_start < 2:
        return None
    return Span(line_start, close + 1, text[line_start : close + 1])


def signed_quotations(text: str) -> list[Marked]:
    """Every signed quotation of ``text``, in order."""
    out: list[Marked] = []
    lines: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    previous: tuple[int, int] | None = None  # the last non-blank line
    for start, end in lines:
        stripped_end = len(text[start:end].rstrip()) + start
        if stripped_end == start:
            continue
        found = _signed_here(text, start, stripped_end) or (
            _signed_below(text, previous, start, stripped_end) if previous else None
        )
        if found is not None:
            out.append(found)
        previous = (start, stripped_end)
    return out


def _signed_here(text: str, start: int, end: int) -> Marked | None:
    """ "“…” ― Name" on one line: the last dash after a closing mark."""
    for dash in re.finditer(r"[―—–-]", text[start:end]):
        at = start + dash.start()
        close = at - 1
        while close > start and text[close].isspace():
            close -= 1
        content = _quotation(text, start, close)
        signed = None if content is None else _signed(text, content, at, end)
        if signed is not None:
            return signed
    return None


def _signed_below(text: str, previous: tuple[int, int], start: int, end: int) -> Marked | None:
    """A quotation paragraph, then "- Name." as the next paragraph."""
    if text[start] not in "―—–-":
        return None
    content = _quotation(text, previous[0], previous[1] - 1)
    return None if content is None else _signed(text, content, start, end)


def _signed(text: str, content: Span, dash: int, end: int) -> Marked | None:
    after = _DASH.match(text, dash)
    if after is None:
        return None
    source = _name(text, after.end())
    if source is None or source.end > end or not _ENDS_NAME.match(text, source.end, end):
        return None
    return Marked(content, Span(dash, dash + 1, text[dash]), source)
