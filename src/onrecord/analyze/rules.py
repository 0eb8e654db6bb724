"""Clausal attributions the tagger left out: SUBJECT speech-verb that-CLAUSE.

The CRF sees a window of words; some textbook attributions ("Moscow
maintains that ...") slip through it.  This layer reads them off the
dependency parse: a verb that, in the training data, is mostly a cue when it
governs a clause, with a subject and a clausal complement, none of whose
words the tagger already gave to a statement, unless the clause holds that
statement whole (an attribution nested in another's content).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from onrecord.analyze.features import QUOTE_MARKS, TokenTable
from onrecord.analyze.syntax import first_subject, phrase

_SUBJECT = ("nsubj", "nsubjpass")
_CUE_PREFIX = frozenset({"aux", "auxpass", "neg", "advmod"})

TokenRange = tuple[int, int]


def learn_verbs(
    pairs: Iterable[tuple[str, bool]], min_count: int = 5, min_ratio: float = 0.6
) -> frozenset[str]:
    """Lemmas that are cues in at least ``min_ratio`` of their uses with a complement.

    ``pairs`` gives, for every verb with the complement in the training data
    (see :func:`complement`), its lemma and whether it heads a gold attribution
    (lies in a cue, its complement in a content).
    """
    seen: dict[str, int] = {}
    cue: dict[str, int] = {}
    for lemma, in_cue in pairs:
        seen[lemma] = seen.get(lemma, 0) + 1
        cue[lemma] = cue.get(lemma, 0) + in_cue
    return frozenset(
        lemma for lemma, n in seen.items() if n >= min_count and cue[lemma] / n >= min_ratio
    )


# Tried in this order: a clause, an object, a preposition's object ("insisted on X").
COMPLEMENTS = ("ccomp", "dobj", "prep")


def complement(token: Token) -> tuple[str, Token] | None:
    """A verb's first complement in COMPLEMENTS order, with the relation.

    For "prep" the complement is the preposition's object; the preposition
    itself belongs to the cue.
    """
    if token.pos_ != "VERB":
        return None
    children = list(token.children)
    for relation in COMPLEMENTS:
        for child in children:
            if child.dep_ != relation:
                continue
            if relation != "prep":
                return relation, child
            if child.i == token.i + 1:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return relation, obj
    return None


_NO_ASIDE = frozenset({"you", "that", "all"})  # discourse markers, not sayings


def discourse_marker(subject: Token, verb: Token) -> bool:
    """A discourse marker opening its sentence: "That said, ...", "You know, ..."."""
    return (
        bool(subject.is_sent_start)
        and subject.lower_ in _NO_ASIDE
        and verb.i == subject.i + 1
        and verb.i + 1 < len(verb.doc)
        and verb.doc[verb.i + 1].text == ","
    )


def _aside(verb: Token, subject: Token) -> Token | None:
    """The clause a saying is set into ("During his years in office, Mr. Obama
    said, a majority of Americans have come to believe ..."), reported from
    the aside on, if the verb is such a saying."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i < verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if subject.lower_ in _NO_ASIDE or subject.ent_type_ in ("TIME", "DATE"):
        return None  # "You know, ...", "All told, ...", a live blog's "4:40 p.m."
    # Its own subject after the aside: not a relative clause's ("climate
    # change, which Mr. Obama often says is the greatest threat").
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > verb.i for c in head.children):
        return None
    return head


# Attitudes told with "be", an adjective and its preposition: "has been firmly
# opposed to X", "is supportive of X", "were skeptical of X" (not "critical
# for": important).
ATTITUDES = {
    "opposed": "to",
    "supportive": "of",
    "critical": "of",
    "skeptical": "of",
    "sceptical": "of",
}


def _attitude(be: Token) -> tuple[Token, Token] | None:
    """The adjective and the object of an attitude "be" tells ("Moscow has been
    firmly opposed to Ukraine's NATO aspirations"): an adjective of ATTITUDES,
    its own preposition right after it."""
    if be.lemma_ != "be":
        return None
    for adjective in (c for c in be.children if c.dep_ == "acomp" and c.lower_ in ATTITUDES):
        following = be.doc[adjective.i + 1] if adjective.i + 1 < len(be.doc) else None
        if (
            following is None
            or following.head.i != adjective.i
            or following.lower_ != ATTITUDES[adjective.lower_]
        ):
            continue
        thing = next((c for c in following.children if c.dep_ == "pobj"), None)
        if thing is not None:
            return adjective, thing
    return None


def _trim(doc: Doc, start: int, end: int) -> TokenRange:
    """Drop punctuation (but not quotation marks) and spaces at both ends."""
    while (
        start < end
        and (doc[start].is_space or doc[start].is_punct)
        and (doc[start].lower_ not in QUOTE_MARKS)
    ):
        start += 1
    while (
        end > start
        and (doc[end - 1].is_space or doc[end - 1].is_punct)
        and (doc[end - 1].lower_ not in QUOTE_MARKS)
    ):
        end -= 1
    return start, end


def _cue_range(verb: Token) -> TokenRange:
    """The verb with the auxiliaries and adverbs right before it ("has consistently opposed")."""
    start = verb.i
    before = sorted(
        (c.i for c in verb.children if c.dep_ in _CUE_PREFIX and c.i < verb.i), reverse=True
    )
    for i in before:
        if i == start - 1:
            start = i
    return start, verb.i + 1


def clausal_attributions(
    doc: Doc,
    table: TokenTable,
    verbs: dict[str, frozenset[str]],
    taken: list[bool],
    tagged_cues: frozenset[int] = frozenset(),
    extents: Iterable[TokenRange] = (),
) -> list[tuple[TokenRange, TokenRange, TokenRange]]:
    """(source, cue, content) token ranges of attributions over untaken words.

    ``verbs`` maps each complement relation to the lemmas it is trusted for;
    a verb in ``tagged_cues`` (the tagger called it a cue but found no
    content) is trusted with any complement.  ``taken`` marks the tokens
    already in a statement; found ones are added.  A clause may hold whole
    statements (``extents``: each one's first and last token, end exclusive)
    of its own: "Trump said that Clinton once described the deal as “the
    gold standard”" is Trump's, the nested statement's words and all.
    """
    extents = list(extents)
    found = []
    for i, pos in enumerate(table.pos):
        if table.quoted[i] or pos not in ("VERB", "AUX"):
            continue
        verb = doc[i]
        subject = first_subject(verb, _SUBJECT)
        if subject is None or discourse_marker(subject, verb):
            continue
        attitude = _attitude(verb) if pos == "AUX" else None
        if pos == "AUX" and attitude is None:
            continue
        found_complement = complement(verb) if attitude is None else ("prep", attitude[1])
        aside = _aside(verb, subject) if found_complement is None else None
        if aside is not None:
            found_complement = "ccomp", aside  # trusted as a verb taking a clause
        if found_complement is None:
            continue
        if (
            attitude is None
            and i not in tagged_cues
            and table.lemma[i] not in verbs[found_complement[0]]
        ):
            continue
        clause = found_complement[1]
        source = _trim(doc, *phrase(subject))
        if aside is not None:  # the rest of the sentence after the aside
            content = _trim(doc, verb.right_edge.i + 1, clause.right_edge.i + 1)
            # The aside opens at its comma: "To understand the real Dred Scott,
            # Chief Justice Roberts said," (read as one subject) is Roberts's.
            commas = [k for k in range(source[0], i) if doc[k].text == ","]
            source = _trim(doc, commas[-1] + 1, source[1]) if commas else source
        else:
            content = _trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
        cue = _cue_range(verb)
        if attitude is not None:  # "has been firmly opposed to"
            cue = (cue[0], attitude[0].i + 2)
        elif found_complement[0] == "prep":
            cue = (cue[0], cue[1] + 1)
        ranges = (source, cue, content)
        if any(a >= b for a, b in ranges) or content[0] <= i < content[1]:
            continue
        if any(any(taken[a:b]) for a, b in (source, cue)):
            continue
        if any(taken[content[0] : content[1]]) and not _holds_whole(content, extents):
            continue
        if any(table.quoted[k] for a, b in (source, cue) for k in range(a, b)):
            continue
        for a, b in ranges:
            taken[a:b] = [True] * (b - a)
        found.append(ranges)
        extents.append((min(a for a, _ in ranges), max(b for _, b in ranges)))
    return found


def _holds_whole(clause: TokenRange, extents: Iterable[TokenRange]) -> bool:
    """Whether every statement touching ``clause`` lies wholly inside it."""
    start, end = clause
    return all(start <= a and b <= end for a, b in extents if a < end and start < b)
