"""Issues across the record, each speaker's stance on them, and the conflicts.

An issue gathers topic phrases ("NATO membership", "path to NATO", "member
of NATO") whose MiniLM embeddings lie close: phrases are taken commonest
first, and each joins the first issue whose leading phrase is at least
SIMILAR to it, else leads a new one.  Phrases are short and name the
question, so they cluster far more cleanly than whole statements, which all
read alike when an article has one story.

An issue needs MIN_STATEMENTS statements, at least one taking a side.

A conflict cites two statements on one issue with opposite clear stances:
two speakers (``between_speakers``), each on a side they hold (see
``_held``), or one speaker whose side changed from an earlier date to a later
one (``over_time``).  ``unclear`` and ``mixed``
statements never raise a flag, nor two sides that are not ``comparable``
(a place or company changing hands meets only phrases naming that change):
a wrong accusation costs users more than a missed one.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import combinations, pairwise
from typing import Any

import numpy as np

from onrecord.analyze.stance import NEGATIONS, VERB_HEADS
from onrecord.analyze.transfer import TRANSFER_NAMES
from onrecord.link.embed import Vectors, encoder, spelled
from onrecord.model import combined
from onrecord.store import Store

SIMILAR = 0.7
SAME = 0.9  # phrases this close name the very same question
STORY = 0.45  # articles whose leads are this close tell one story
LEAD_CHARS = 400  # an article's lead: its title and the start of its text
MIN_STATEMENTS = 2
KIND_WEIGHT = {"direct": 2, "mixed": 1, "indirect": 0}


@dataclass(frozen=True, slots=True)
class Member:
    """One statement's side on one issue."""

    statement_id: str
    speaker_id: str | None
    speaker: str | None
    stance: str
    phrase: str
    evidence: tuple[tuple[int, int, str], ...]
    kind: str
    confidence: float
    said_on: str | None  # a date or a range; None when only publication bounds it
    article_id: str = ""

    @property
    def first_day(self) -> str:
        return (self.said_on or "")[:10]

    @property
    def last_day(self) -> str:
        return (self.said_on or "")[-10:]


@dataclass(slots=True)
class Issue:
    id: str
    label: str
    phrases: list[str]
    members: list[Member] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    issue: str
    kind: str  # between_speakers or over_time
    a: str
    b: str
    why: str


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:80] or "issue"


def leaders(vectors: Vectors, threshold: float = SIMILAR) -> list[int]:
    """For each row (commonest phrase first), the row index of its issue's leader."""
    out: list[int] = []
    heads: list[int] = []
    for i in range(len(vectors)):
        if heads:
            similarity = vectors[heads] @ vectors[i]
            best = int(np.argmax(similarity))
            if similarity[best] >= threshold:
                out.append(heads[best])
                continue
        heads.append(i)
        out.append(i)
    return out


def build_issues(rows: list[dict[str, Any]], embed: Callable[[list[str]], Vectors]) -> list[Issue]:
    """Issues from statement rows: id, speaker_id, speaker, kind, confidence, said_on,
    said_on_bound and topics."""
    uses: dict[str, Counter[str]] = defaultdict(Counter)  # key -> surface forms
    for row in rows:
        for topic in row["topics"] or ():
            uses[_key(topic)][_wording(topic)] += 1
    keys = sorted(uses, key=lambda k: (-sum(uses[k].values()), len(k), k))
    if not keys:
        return []
    leader = dict(zip(keys, (keys[i] for i in leaders(embed(keys))), strict=True))
    gathered: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        for topic in row["topics"] or ():
            gathered[leader[_key(topic)]][row["id"]].append(topic)
    by_id = {row["id"]: row for row in rows}
    issues: dict[str, Issue] = {}
    for head, statements in gathered.items():
        sides = {t["stance"] for topics in statements.values() for t in topics}
        if len(statements) < MIN_STATEMENTS or not sides & {"for", "against", "mixed"}:
            continue
        phrases = [k for k in keys if leader[k] == head]
        label = _label(phrases, uses)
        issue_id = slug(label)
        while issue_id in issues:
            issue_id += "-2"
        issue = issues[issue_id] = Issue(issue_id, label, phrases)
        for statement_id, topics in statements.items():
            row = by_id[statement_id]
            stance = combined(t["stance"] for t in topics)
            issue.members.append(
                Member(
                    statement_id=statement_id,
                    speaker_id=row["speaker_id"],
                    speaker=row["speaker"],
                    stance=stance,
                    # The phrase the side was taken on ("tax returns", not the
                    # "income taxes" the statement merely mentions first).
                    phrase=_wording(next((t for t in topics if t["stance"] == stance), topics[0])),
                    evidence=tuple(
                        (e["start"], e["end"], e["text"]) for t in topics for e in t["evidence"]
                    ),
                    kind=row["kind"],
                    confidence=row["confidence"],
                    said_on=None if row["said_on_bound"] else row["said_on"],
                    article_id=row.get("article_id") or "",
                )
            )
    return list(issues.values())


def _wording(topic: Mapping[str, Any]) -> str:
    """A stored topic's name: its phrase, or the full name an earlier mention gave it."""
    return str(topic.get("name") or topic["text"])


def _key(topic: Mapping[str, Any]) -> str:
    return spelled(_wording(topic))


def _label(phrases: list[str], uses: dict[str, Counter[str]]) -> str:
    """The commonest wording, a noun phrase ("NATO membership") before a verb ("join NATO")."""
    nouns = [p for p in phrases if not p.startswith(tuple(VERB_HEADS))] or phrases
    return uses[nouns[0]].most_common(1)[0][0]


def _strength(member: Member) -> tuple[int, int, float]:
    """Which statement to cite: a direct quote over paraphrase, then evidence, then confidence."""
    return KIND_WEIGHT.get(member.kind, 0), len(member.evidence), member.confidence


def _firm(member: Member) -> bool:
    """Its side rests on a word of support or opposition, not on a negation alone."""
    return any(text.lower() not in NEGATIONS for _, _, text in member.evidence)


def _specific(member: Member) -> bool:
    """Its phrase names a question by itself: "NATO membership", "Western troops", not "taxes"."""
    return len(member.phrase.split()) > 1 or any(ch.isupper() for ch in member.phrase)


def comparable(
    a: Member,
    b: Member,
    vectors: Mapping[str, np.ndarray],
    stories: Mapping[str, np.ndarray] | None = None,
) -> bool:
    """Whether two opposite sides may be called a conflict.

    An issue led by a one-word phrase gathers loosely ("taxes" takes in both
    "tax returns" and "tax reform"), so the two phrases must themselves be
    SIMILAR; and a negation alone reads a side into many sentences, so a flag
    needs both phrases specific, or both sides firm on the SAME question
    (general words like "battle" and "combat", "vote" and "votes" name many
    questions).  With ``stories`` (each article's lead embedding), two
    articles must tell one story (cosine ≥ STORY): a record of many stories
    gathers "campaign" or "taxes" from unrelated ones.  Wrong accusations cost
    users more than missed ones.
    """
    if stories is not None and a.article_id != b.article_id:
        first_story, second_story = stories.get(a.article_id), stories.get(b.article_id)
        if first_story is None or second_story is None:
            return False
        if float(first_story @ second_story) < STORY:
            return False
    if _changes_hands(a.phrase) != _changes_hands(b.phrase):
        return False  # "takeover of U.S. Steel" and "American steel companies"
    closeness = _closeness(a, b, vectors)
    if closeness < SIMILAR:
        return False
    return (_specific(a) and _specific(b)) or (_firm(a) and _firm(b) and closeness >= SAME)


def _changes_hands(phrase: str) -> bool:
    """Whether a phrase names a place or a company changing hands, as
    ``analyze.transfer`` names each telling of it: that question is met only
    by others so named, however close another phrase's words lie."""
    return phrase.startswith(TRANSFER_NAMES)


def _closeness(a: Member, b: Member, vectors: Mapping[str, np.ndarray]) -> float:
    """The cosine of two members' phrases (their vectors are unit length)."""
    return float(vectors[spelled(a.phrase)] @ vectors[spelled(b.phrase)])


def _cited(
    firsts: list[Member],
    seconds: list[Member],
    vectors: Mapping[str, np.ndarray],
    stories: Mapping[str, np.ndarray] | None,
) -> tuple[Member, Member] | None:
    """The comparable pair to cite, or None: one naming the very same question
    ("tax returns" and "tax returns" before "income tax" and "tax returns"),
    then the strongest statements (a direct quote first), then the closest."""
    pairs = [(a, b) for a in firsts for b in seconds if comparable(a, b, vectors, stories)]
    if not pairs:
        return None

    def rank(
        pair: tuple[Member, Member],
    ) -> tuple[bool, tuple[int, int, float], tuple[int, int, float], float]:
        closeness = _closeness(*pair, vectors)
        return closeness >= SAME, _strength(pair[0]), _strength(pair[1]), round(closeness, 3)

    return max(pairs, key=rank)


def _conflict(issue: Issue, kind: str, a: Member, b: Member, why: str) -> Conflict:
    digest = hashlib.sha256(f"{issue.id}|{kind}|{a.statement_id}|{b.statement_id}".encode())
    return Conflict(
        f"c-{digest.hexdigest()[:12]}", issue.id, kind, a.statement_id, b.statement_id, why
    )


def _words(member: Member) -> str:
    return ", ".join(f"“{text}”" for _, _, text in member.evidence) or "no marked words"


def _when(member: Member) -> str:
    return f" ({member.said_on})" if member.said_on else ""


def _held(by_stance: Mapping[str, list[Member]]) -> set[str]:
    """The sides a speaker holds on an issue: both when the text dates each
    side apart (for in January, against in March: a change, each held in its
    time), else the side most of their statements take, none when as many take
    each.  A speaker is set against another by a side they hold, not by one
    stray reading ("could allow them to join NATO", spoken as a refusal)."""
    backing, opposing = by_stance.get("for", []), by_stance.get("against", [])
    if not backing or not opposing:
        return {"for"} if backing else {"against"} if opposing else set()
    dated = all(m.said_on for m in (*backing, *opposing))
    if dated and (_before(backing, opposing) or _before(opposing, backing)):
        return {"for", "against"}
    if len(backing) == len(opposing):
        return set()
    return {"for"} if len(backing) > len(opposing) else {"against"}


def _before(earlier: list[Member], later: list[Member]) -> bool:
    """Whether every statement of ``earlier`` was said before any of ``later``."""
    return max(m.last_day for m in earlier) < min(m.first_day for m in later)


def conflicts(
    issue: Issue,
    vectors: Mapping[str, np.ndarray],
    stories: Mapping[str, np.ndarray] | None = None,
) -> list[Conflict]:
    """The issue's conflicts between speakers and over time.

    ``vectors``: the unit embedding of each topic phrase, by its ``spelled``
    form; ``stories``: of each article's lead, by article id (see ``comparable``).
    """
    sides: dict[str, dict[str, list[Member]]] = defaultdict(lambda: defaultdict(list))
    for m in issue.members:
        if m.speaker_id and m.stance in ("for", "against"):
            sides[m.speaker_id][m.stance].append(m)
    out = []
    held = {speaker: _held(by_stance) for speaker, by_stance in sides.items()}
    for first, second in combinations(sorted(sides), 2):
        for stance, other in (("for", "against"), ("against", "for")):
            if stance not in held[first] or other not in held[second]:
                continue
            cited = _cited(sides[first][stance], sides[second][other], vectors, stories)
            if cited is not None:
                a, b = cited
                why = (
                    f"{a.speaker} is {stance} {issue.label} ({_words(a)}){_when(a)}; "
                    f"{b.speaker} is {other} ({_words(b)}){_when(b)}"
                )
                out.append(_conflict(issue, "between_speakers", a, b, why))
                break
    for speaker_sides in sides.values():
        dated = sorted(
            (m for ms in speaker_sides.values() for m in ms if m.said_on),
            key=lambda m: (m.first_day, m.statement_id),
        )
        for earlier, later in pairwise(dated):
            if (
                earlier.stance != later.stance
                and earlier.last_day < later.first_day
                and comparable(earlier, later, vectors, stories)
            ):
                why = (
                    f"{earlier.speaker} was {earlier.stance} {issue.label} ({_words(earlier)})"
                    f"{_when(earlier)}, then {later.stance} ({_words(later)}){_when(later)}"
                )
                out.append(_conflict(issue, "over_time", earlier, later, why))
                break
    return out


def link_issues(store: Store) -> int:
    """Rebuild the record's issues, stances and conflicts; how many issues."""
    rows = store.topic_rows()
    known: dict[str, np.ndarray] = {}

    def embed(phrases: list[str]) -> Vectors:
        known.update(store.phrase_vectors(phrases))
        missing = [p for p in phrases if p not in known]
        if missing:
            fresh = dict(zip(missing, encoder().encode(missing), strict=True))
            store.save_phrase_vectors(fresh)
            known.update(fresh)
        return np.stack([known[p] for p in phrases]).astype(np.float32)

    found = build_issues(rows, embed)
    leads = store.article_leads({row["article_id"] for row in rows}, LEAD_CHARS)
    spelled_leads = [spelled(lead) for lead in leads.values()]
    stories = dict(zip(leads, embed(spelled_leads), strict=True)) if leads else {}
    store.replace_issues(found, [c for issue in found for c in conflicts(issue, known, stories)])
    return len(found)
