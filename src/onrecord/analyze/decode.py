"""Turn per-token role labels into grouped attributions.

Labels are BIO over three roles: SRC (source), CUE and CON (content).  Within
one sequence (a paragraph) every content goes to its nearest cue, and every
cue that got a content takes its nearest source.  A cue with contents on both
sides ("“A,” he said, “B.”") makes one statement whose content has two parts.
A quotation opening a paragraph with no cue of its own continues the previous
paragraph's speaker when that paragraph ended inside a statement, or is the
quotation a cue closing the previous paragraph announced ("Potts echoed:").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(slots=True)
class RoleSpan:
    """Tokens ``start:end`` (positions within the sequence) in one role."""

    role: str
    start: int
    end: int


@dataclass(slots=True)
class Group:
    """One attribution in sequence positions; ``contents`` in text order."""

    contents: list[RoleSpan] = field(default_factory=list)
    cue: RoleSpan | None = None
    source: RoleSpan | None = None


def role_spans(labels: Sequence[str]) -> list[RoleSpan]:
    """Maximal runs of one role; a B- label always starts a new run."""
    spans: list[RoleSpan] = []
    current: RoleSpan | None = None
    for k, label in enumerate(labels):
        if label == "O":
            current = None
            continue
        prefix, role = label[0], label[2:]
        if current is not None and current.role == role and prefix == "I":
            current.end = k + 1
        else:
            current = RoleSpan(role, k, k + 1)
            spans.append(current)
    return spans


def _gap(a: RoleSpan, b: RoleSpan) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def _join(contents: list[RoleSpan], taken: Sequence[bool]) -> list[RoleSpan]:
    """Contents in text order, neighbours joined unless a cue or source lies between.

    A content's parts are separated by its cue or source ("“A,” he said,
    “B.”"); a gap of unlabelled tokens inside one content is the tagger's slip.
    """
    joined: list[RoleSpan] = []
    for content in sorted(contents, key=lambda c: c.start):
        last = joined[-1] if joined else None
        if last is not None and not any(taken[last.end : content.start]):
            last.end = max(last.end, content.end)
        else:
            joined.append(RoleSpan(content.role, content.start, content.end))
    return joined


@dataclass(frozen=True, slots=True)
class Context:
    """What the grouping needs to know of each position of a sequence.

    ``sentence``: its sentence number.  ``quoted``: true inside a quotation.
    ``subject``: the positions ``(start, end)`` of the subject of its clause,
    ``(-1, -1)`` when it has none in the sequence.  ``head``: the position of
    its syntactic head, -1 when that lies outside the sequence.  ``speech``:
    whether it is a verb that is nearly always a cue.  ``borrowed``: whether
    its subject is another verb's, found up a chain of linked verbs.
    ``nominal``: whether it may end a noun phrase: a noun, a name, a pronoun,
    or punctuation closing one ("Lindsey Graham, R-S.C.,").
    """

    sentence: Sequence[int]
    quoted: Sequence[int]
    subject: Sequence[tuple[int, int]]
    head: Sequence[int]
    speech: Sequence[bool]
    borrowed: Sequence[bool]
    nominal: Sequence[bool]


def _source_for(cue: RoleSpan, sources: list[RoleSpan], context: Context) -> RoleSpan | None:
    """The cue's grammatical subject, preferring its tagged form, else the nearest source."""
    for k in range(cue.start, cue.end):
        start, end = context.subject[k]
        if start < 0 or any(context.quoted[start:end]):
            continue
        if context.borrowed[k]:
            # A source the tagger found right before the cue beats a subject
            # borrowed from another verb ("The ad uses footage of Hillary
            # Clinton asking, “...”": not the ad).
            adjacent = next(
                (s for s in sources if s.end == cue.start and context.nominal[s.end - 1]), None
            )
            if adjacent is not None:
                return adjacent
        for source in sources:
            if source.start <= start < source.end or start <= source.start < end:
                return source
        return RoleSpan("SRC", start, end)
    if not sources:
        return None
    sentence = context.sentence
    return min(
        sources,
        key=lambda s: (sentence[s.start] != sentence[cue.start], _gap(s, cue)),
    )


def _governing_cue(content: RoleSpan, cues: list[RoleSpan], context: Context) -> int | None:
    """The cue the content's clause hangs on ("said in February during the meeting
    that ...": "said", however far), or None when its root hangs elsewhere."""
    for k in range(content.start, content.end):
        h = context.head[k]
        if h < 0 or content.start <= h < content.end:
            continue
        return next((c for c, cue in enumerate(cues) if cue.start <= h < cue.end), None)
    return None


SPEECH_REACH = 5  # how far before a quotation its speech verb may stand


def _speech_head(content: RoleSpan, context: Context) -> RoleSpan | None:
    """A quotation the tagger gave no cue: a speech verb just before it in its
    sentence ("telling the crowd, “Some people get carried away”"), if any."""
    if not context.quoted[content.start]:
        return None
    sentence = context.sentence[content.start]
    for k in range(content.start - 1, max(content.start - 1 - SPEECH_REACH, -1), -1):
        if context.quoted[k] or context.sentence[k] != sentence:
            return None
        if context.speech[k]:
            return RoleSpan("CUE", k, k + 1)
    return None


def closing_cue(labels: Sequence[str], context: Context) -> Group | None:
    """The sequence's last cue with its source, when nothing labelled follows
    it: a cue that may announce the next paragraph's quotation."""
    spans = [s for s in role_spans(labels) if not any(context.quoted[s.start : s.end])]
    if not spans or spans[-1].role != "CUE":
        return None
    cue = spans[-1]
    return Group([], cue, _source_for(cue, [s for s in spans if s.role == "SRC"], context))


def group_sequence(labels: Sequence[str], context: Context) -> list[Group]:
    """Group one sequence's role spans into attributions.

    A content goes to a cue in its own sentence, else the nearest one; but an
    unquoted one not to a cue after it when its clause hangs on one before.
    The cue takes its subject or nearest source.  The speaker of a quotation
    is never inside one, so sources and cues inside quotations are dropped.
    A quotation left without a cue takes a speech verb just before it.
    """
    quoted, sentence_ids = context.quoted, context.sentence
    spans = [s for s in role_spans(labels) if s.role == "CON" or not any(quoted[s.start : s.end])]
    cues = [s for s in spans if s.role == "CUE"]
    sources = [s for s in spans if s.role == "SRC"]
    contents = [s for s in spans if s.role == "CON"]
    groups: dict[int, Group] = {}
    orphans: list[RoleSpan] = []
    for content in contents:
        if not cues:
            orphans.append(content)
            continue
        sid = sentence_ids[content.start], sentence_ids[content.end - 1]
        best = min(
            range(len(cues)),
            key=lambda c: (
                sentence_ids[cues[c].start] not in sid,
                # A quotation after the sentence of its cues goes on with a
                # speech verb's, not with a nearer cue that is none ("...,” Kaine
                # told reporters, according to NBC News. “..."): not NBC's.
                sentence_ids[cues[c].start] not in sid
                and quoted[content.start]
                and not any(context.speech[cues[c].start : cues[c].end]),
                _gap(content, cues[c]),
            ),
        )
        if cues[best].start >= content.end and not quoted[content.start]:
            # A cue after the content is nearest, but the content's clause may
            # hang on one before it: "said in February ... that “you can forget
            # about it,” suggesting that ...".
            governing = _governing_cue(content, cues, context)
            if (
                governing is not None
                and cues[governing].end <= content.start
                and sentence_ids[cues[governing].start] in sid
            ):
                best = governing
        groups.setdefault(best, Group(cue=cues[best])).contents.append(content)
    for group in groups.values():
        if group.cue is not None:
            group.source = _source_for(group.cue, sources, context)
    taken = [False] * len(labels)
    for span in cues + sources:
        taken[span.start : span.end] = [True] * (span.end - span.start)
    for group in groups.values():
        group.contents = _join(group.contents, taken)
    result = list(groups.values())
    for orphan in orphans:
        cue = _speech_head(orphan, context)
        source = _source_for(cue, sources, context) if cue is not None else None
        result.append(Group([orphan], cue, source))
    result.sort(key=lambda g: g.contents[0].start)
    return result
