"""Statements of one parsed Doc: features, tagging, grouping, speakers."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from onrecord.analyze.decode import (
    Context,
    Group,
    RoleSpan,
    closing_cue,
    group_sequence,
    role_spans,
)
from onrecord.analyze.features import QUOTE_MARKS, TokenTable, document_features, sequences
from onrecord.analyze.layout import Marked, marked_attributions
from onrecord.analyze.quotes import Quote, find_quotes
from onrecord.analyze.rules import clausal_attributions, discourse_marker
from onrecord.analyze.speakers import SpeakerResolver
from onrecord.analyze.stance import topics
from onrecord.analyze.syntax import cue_root, nearest, paragraphs_between, phrase
from onrecord.analyze.tagger import Tagger
from onrecord.analyze.timing import with_time_expressions
from onrecord.model import Kind, Span, Speaker, Statement


def _char_span(doc: Doc, text: str, run: Sequence[int], span: RoleSpan) -> Span:
    first, last = doc[run[span.start]], doc[run[span.end - 1]]
    start, end = first.idx, last.idx + len(last)
    return Span(start, end, text[start:end])


def _whole_subject(
    doc: Doc, text: str, run: Sequence[int], source: RoleSpan, cue: RoleSpan
) -> Span:
    """The source, or the whole subject of the cue's verb when the tagger took
    only words of a clause on it for the source ("Zelenskyy, who has come under
    pressure from US officials to sign the accord, told": not "US officials
    ...", which would make them the speakers)."""
    first, last = run[source.start], run[source.end - 1]
    while last > first and doc[last].is_punct:
        last -= 1
    verbs = [doc[run[k]] for k in range(cue.start, cue.end) if doc[run[k]].pos_ == "VERB"]
    subject = next(
        (c for v in verbs[-1:] for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None
    )
    if subject is None:
        return _char_span(doc, text, run, source)
    clause = next(
        (
            c
            for c in subject.children
            if c.dep_ in ("relcl", "acl") and c.left_edge.i <= first and last <= c.right_edge.i
        ),
        None,
    )
    if clause is None:
        return _char_span(doc, text, run, source)
    start, end = subject.left_edge.i, clause.right_edge.i
    words = text[doc[start].idx : doc[end].idx + len(doc[end])]
    if "\n" in words or any(mark in words for mark in QUOTE_MARKS):
        return _char_span(doc, text, run, source)  # not a headline's words, nor a quotation's
    while doc[end].is_punct:
        end -= 1
    return _token_span(doc, text, start, end + 1)


def _kind(parts: Sequence[Span], quotes: Sequence[Quote]) -> Kind:
    total = sum(p.end - p.start for p in parts)
    inside = sum(max(0, min(p.end, q.end) - max(p.start, q.start)) for p in parts for q in quotes)
    if inside >= 0.9 * total:
        return "direct"
    return "mixed" if inside else "indirect"


_CLAUSE_LINKS = frozenset({"xcomp", "conj", "advcl"})


_QUOTING = frozenset({"quote", "cite"})
_LINK_DEPTH = 3  # how far up a chain of linked verbs a subject is looked for


def _subject(verb: Token, children: dict[int, list[Token]], passive: bool = False) -> Token | None:
    """A verb's active subject, or the passive one of "quoted"/"cited" ("Lavrov
    was quoted as saying": Lavrov spoke) or of a verb another hangs on
    (``passive``: "After saying ..., she was whisked off": she said it), from
    ``children``, each verb's subjects of either kind."""
    passive = passive or verb.lemma_ in _QUOTING
    found = children.get(verb.i, [])
    return nearest(found if passive else [c for c in found if c.dep_ == "nsubj"], verb)


def _subjects(doc: Doc, quoted: Sequence[int]) -> list[tuple[int, int, bool]]:
    """Per token: the token range of its clause's active subject, or (-1, -1),
    and whether the subject is borrowed from another verb.

    The clause is the token's own when it is a verb, else its head's; a verb
    linked to another (xcomp, conj, advcl, or loosely: dep) without a subject
    shares that one, up a chain of them ("Trump gestured, then leaned in and
    boomed: ..."), as does a gerund after a preposition ("Obama responded by
    saying ...") and a verb spaCy conjoined to its sister's object ("adopted a
    fake accent and joked, “...”").  A subject whose modifiers run into a
    quotation ("Ramos, whose book features “...”") ends at its head noun.
    """
    by_verb: dict[int, tuple[int, int, bool]] = {}  # many tokens share one verb
    children: dict[int, list[Token]] = {}  # read once: a verb's children, over and over, is slow
    for token in doc:
        if token.dep_ in ("nsubj", "nsubjpass"):
            children.setdefault(token.head.i, []).append(token)
    out = []
    for token in doc:
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        found = by_verb.get(verb.i)
        if found is None:
            subject, linked = _subject(verb, children), verb
            for _ in range(_LINK_DEPTH):
                if subject is not None:
                    break
                if linked.dep_ == "pcomp" and linked.head.dep_ == "prep":
                    linked = linked.head  # "responded by saying ...": the responder
                elif linked.dep_ not in _CLAUSE_LINKS and not _loosely_linked(linked):
                    break
                elif _beyond_modal(linked):
                    linked = linked.head  # really a conjunct of the verb above
                elif (reporter := _reporter(linked)) is not None and _subject(reporter, children):
                    linked = reporter
                    subject = _subject(linked, children)
                    continue
                elif linked.dep_ == "conj" and linked.head.dep_ == "dobj":
                    linked = linked.head  # hung on its sister's object ("took a seat and joked")
                # A passive subject does what hangs on its verb ("After saying ...,
                # she was whisked off"), unless spaCy hung a conjunct one clause
                # too low ("said the move was made by Bratton and said, “...”").
                passive = linked.dep_ != "conj" or linked.head.dep_ != "ccomp"
                linked = linked.head
                subject = _subject(linked, children, passive)
            if subject is None:
                found = (-1, -1, False)
            else:
                start, end = phrase(subject)
                if any(quoted[start:end]) and not any(quoted[start : subject.i + 1]):
                    end = subject.i + 1
                found = (start, end, linked is not verb)
            by_verb[verb.i] = found
        out.append(found)
    return out


_ASIDE_VERBS = frozenset(
    {"call", "say", "add", "note", "describe", "label", "dub", "caution", "warn"}
)


def _reporter(verb: Token) -> Token | None:
    """The reporting verb a participle of saying set off by a comma after a
    reported clause belongs to: "Rutte stressed that the West must ensure Putin
    does not attempt another attack, calling it a critical priority" (Rutte
    calls it so, not Putin); not one reporting after it ("..., calling Trump
    “an orange buffoon,” Susan said")."""
    if not (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_ in _ASIDE_VERBS
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.head.dep_ == "ccomp"
    ):
        return None
    top = verb.head
    while top.dep_ == "ccomp":
        top = top.head
    return top if top.i < verb.i and not paragraphs_between(top, verb) else None


def _loosely_linked(verb: Token) -> bool:
    """A verb spaCy hung on another without a relation ("dep": "Trump gestured
    ..., then leaned in and boomed:"), a word of a verb, not a dash it read as
    one ("PHILADELPHIA ― Felicia Sanders ... made")."""
    head = verb.head
    return verb.dep_ == "dep" and verb.pos_ == "VERB" and head.pos_ == "VERB" and head.is_alpha


def _beyond_modal(verb: Token) -> bool:
    """A past or present conjunct of a modal clause that another verb governs:
    "said that Ukraine should recognize Crimea, and criticized Zelensky" -
    "criticized" cannot share "should", so spaCy hung it one verb too low and
    its subject is the sayer's."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and head.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


_EMPTY_CONTENTS = frozenset({"that", "whether", "if", "how", "what", "why", "which", "who"})


def _complete(doc: Doc, run: Sequence[int], labels: Sequence[str], content: RoleSpan) -> RoleSpan:
    """The content stretched to the end of its own phrase when the rest is unlabelled.

    The tagger sometimes stops a content before a trailing modifier ("... to
    support Ukraine | both during and after a ceasefire").  When the words
    between the content's end and the end of the phrase it heads are all
    unlabelled and in the same sequence, they belong to it.
    """
    first, last = run[content.start], run[content.end - 1]
    root = next((t for t in doc[first : last + 1] if not first <= t.head.i <= last), None)
    if root is None:
        return content
    right = root.right_edge.i
    while right > last and _loose(doc[right]):
        right -= 1
    end = content.end + (right - last)
    if right <= last or end > len(run) or run[end - 1] != right:
        return content
    if any(label != "O" for label in labels[content.end : end]):
        return content
    return RoleSpan(content.role, content.start, end)


_ADVERBIAL = frozenset({"npadvmod", "tmod", "advmod", "prep"})


def _after_leading_date(doc: Doc, run: Sequence[int], content: RoleSpan) -> RoleSpan:
    """The content without a date that opens it before "that" or hangs on a word
    outside it: in "said two weeks ago that ...", "said Thursday evening he will
    vote ...", the date dates the saying, not the thing said."""
    k = content.start
    if (  # "said on Monday there was no chance ...": the preposition opens the date
        k + 1 < content.end and doc[run[k]].lower_ == "on" and doc[run[k + 1]].ent_type_ == "DATE"
    ):
        k += 1
    while k < content.end and doc[run[k]].ent_type_ in ("DATE", "TIME"):
        k += 1
    if k == content.start or k >= content.end - 1 or doc[run[k - 1]].ent_type_ == "":
        return content
    inside = set(run[content.start : content.end])
    date = {run[j] for j in range(content.start, k)}
    roots = [doc[i] for i in sorted(date) if doc[i].head.i not in date]
    # An adverbial of the cue, not its object ("cited her years as ...") nor a
    # time a clause describes ("said the days when ... are over"); spaCy may
    # hang it on the reported verb when the clause's subject follows ("said
    # Thursday evening he will vote"), not on a noun ("said Thursday's vote").
    dating = (
        bool(roots)
        and all(t.dep_ in _ADVERBIAL for t in roots)
        and doc[run[k]].tag_ not in ("WRB", "WDT", "WP")
        and (
            any(t.head.i not in inside for t in roots)
            or doc[run[k]].dep_ in ("nsubj", "nsubjpass", "expl")
        )
    )
    if doc[run[k]].lower_ != "that" and not dating:
        return content
    return RoleSpan(content.role, k, content.end)


def _before_participle(
    doc: Doc, run: Sequence[int], table: TokenTable, content: RoleSpan
) -> RoleSpan:
    """A content that opens with a closed quotation, without the -ing clause set
    after the quotation ("said “no, but we are ready to talk,” | echoing
    Frederiksen’s statement that ..."): the words said end with the quotation."""
    if table.quoted[run[content.start]] != 1 or doc[run[content.start]].text not in QUOTE_MARKS:
        return content
    end = content.start
    while end < content.end and table.quoted[run[end]] == 1:
        end += 1
    after = end
    while after < content.end and doc[run[after]].text in (",", ";"):
        after += 1
    if after >= content.end or doc[run[after]].tag_ != "VBG" or table.quoted[run[after]]:
        return content
    return RoleSpan(content.role, content.start, end)


def _before_with_telling(
    doc: Doc, run: Sequence[int], table: TokenTable, content: RoleSpan
) -> RoleSpan:
    """The content cut before ", with one warning that ...", ", with aides
    saying that ...": a telling set after it, with a teller of its own, is not
    part of what was said (", with the economy adding jobs" is)."""
    for k in range(content.start + 1, content.end - 3):
        if doc[run[k]].lower_ != "with" or doc[run[k - 1]].text != "," or table.quoted[run[k]]:
            continue
        for j in (k + 2, k + 3):  # the teller in one or two words
            telling, after = doc[run[j]], doc[run[j + 1]] if j + 1 < content.end else None
            if (
                telling.lower_ in _TELLINGS
                and after is not None
                and (after.lower_ == "that" or after.text in QUOTE_MARKS or after.text == ":")
            ):
                return RoleSpan(content.role, content.start, k - 1)
    return content


def _before_next_deed(
    doc: Doc,
    run: Sequence[int],
    position: dict[int, int],
    table: TokenTable,
    content: RoleSpan,
    cue: RoleSpan,
) -> tuple[RoleSpan, tuple[int, int] | None]:
    """The content cut before a second verb its cue's subject goes on to
    ("called it “shameful” | and called on leaders ...", "defended him as a
    “decent man” | and ranked ..."): what follows "and" is another deed.
    Also, when cut, that verb's position and the old content's end."""
    verbs = [run[k] for k in range(cue.start, cue.end) if doc[run[k]].pos_ == "VERB"]
    if not verbs:
        return content, None
    verb = doc[verbs[-1]]
    for k in range(content.start + 1, content.end):
        token = doc[run[k]]
        if token.dep_ != "cc" or token.head.i != verb.i or table.quoted[token.i]:
            continue
        deed = next(
            (c for c in verb.children if c.dep_ == "conj" and c.i > token.i and _shares_subject(c)),
            None,
        )
        if deed is None or position.get(deed.i, content.end) >= content.end:
            continue
        end = k
        while end > content.start + 1 and doc[run[end - 1]].text in (",", ";"):
            end -= 1  # ", and": the comma goes with the cut
        return RoleSpan(content.role, content.start, end), (position[deed.i], content.end)
    return content, None


_SEQUENCE = frozenset({"before", "after", "while", "by"})  # a deed the subject goes on to
# Words of telling in ", with one warning that ...": another teller's telling.
_TELLINGS = frozenset("warning saying adding noting arguing insisting claiming cautioning".split())


def _before_quoted_speech(
    doc: Doc, run: Sequence[int], table: TokenTable, cue_lemmas: frozenset[str], group: Group
) -> Group | None:
    """A statement of the speaker's own that a content runs into: a cue word
    whose subject is the cue's, opening a quotation ("called bigwigs to the
    stage, | singing “It's Our Time.”", "urges her husband to come out and |
    repeatedly says, “Don't you do it,”"), as PolNeAR marks it.  The content is
    cut before it in place; the new statement is returned.

    Only a conjunct or an -ing verb of the cue (up a chain of linked verbs), or
    one after a preposition of sequence ("before asking her, “...”"), and only
    before a quotation, its addressee between: "for promoting “...”",
    "messages deemed “...”" are no saying of the speaker."""
    assert group.cue is not None
    cue = {run[k] for k in range(group.cue.start, group.cue.end)}
    for n, content in enumerate(group.contents):
        for k in range(content.start + 2, content.end - 1):
            i = run[k]
            if table.quoted[i] or table.pos[i] != "VERB" or table.lemma[i] not in cue_lemmas:
                continue
            after_preposition = (
                table.dep[i] == "pcomp"
                and table.tag[i] == "VBG"
                and table.dep[table.head[i]] == "prep"
                and table.lower[table.head[i]] in _SEQUENCE
            )  # "sings to Clinton before | asking her, “...”", not "slammed it for promoting “...”"
            if (
                not (table.dep[i] == "conj" and table.tag[i] != "VBN")
                and not (table.dep[i] == "advcl" and table.tag[i] == "VBG")
                and not after_preposition
            ):
                continue
            node = table.head[table.head[i]] if after_preposition else i
            for _ in range(_LINK_DEPTH):
                if node in cue or table.dep[node] not in _CLAUSE_LINKS:
                    break
                node = table.head[node]
            if node not in cue or any(c.dep_ in ("nsubj", "expl") for c in doc[i].children):
                continue
            opening = k + 1
            addressed = {
                t.i for c in doc[i].children if c.dep_ in ("dobj", "dative") for t in c.subtree
            }  # "asking her, “...”", "telling the crowd: “...”"
            while opening < content.end and run[opening] in addressed:
                opening += 1
            while opening < content.end and table.lower[run[opening]] in (",", ":"):
                opening += 1
            if opening == content.end or table.lower[run[opening]] not in QUOTE_MARKS:
                continue
            end = opening + 1
            while end < content.end and table.quoted[run[end]]:
                end += 1
            start = k  # with the adverbs right before it: "repeatedly says"
            while start - 1 > content.start and table.dep[run[start - 1]] == "advmod":
                start -= 1
            cut = start - 1 if after_preposition and run[start - 1] == table.head[i] else start
            while cut > content.start + 1 and (
                _loose(doc[run[cut - 1]]) or table.dep[run[cut - 1]] == "cc"
            ):
                cut -= 1
            group.contents[n] = RoleSpan(content.role, content.start, cut)
            return Group(
                [RoleSpan("CONTENT", opening, end)], RoleSpan("CUE", start, k + 1), group.source
            )
    return None


def _shares_subject(verb: Token) -> bool:
    """A finite verb with no subject of its own ("... and blamed police"): it
    goes on with its head's.  A bare or -ing verb ("... and let them know",
    "refinancing loans and forcing universities") may be part of the content."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )
    return finite and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children
    )


def _quote_resumed(
    doc: Doc, run: Sequence[int], quoted: Sequence[int], groups: list[Group]
) -> None:
    """A quotation after an aside on the speaking ("“A,” Tester said, referring to
    the excuse, “B.”") resumes the quotation before it: PolNeAR makes "A" and "B"
    one content of "said" and the aside ("referring") a statement of its own.

    The aside is a cue governed by an earlier cue of a quoted content; its
    contents are cut where a quotation opens after the aside has ended, and
    that quotation moves to the earlier cue's statement.
    """
    by_cue_token = {run[k]: g for g in groups if g.cue for k in range(g.cue.start, g.cue.end)}
    for aside in groups:
        if aside.cue is None or not aside.contents:
            continue
        said = by_cue_token.get(doc[run[aside.cue.start]].head.i)
        if said is None or said is aside or said.source != aside.source:
            continue
        if not said.contents or doc[run[said.contents[0].start]].lower_ not in QUOTE_MARKS:
            continue
        kept: list[RoleSpan] = []
        for c in aside.contents:
            first = doc[run[c.start]]
            opening = next(
                (
                    k
                    for k in range(c.start + 1, c.end)
                    if quoted[k] and not quoted[k - 1] and _aside_ends(first, doc[run[k - 1]])
                ),
                None,
            )
            if c.start < aside.cue.end or quoted[c.start] or opening is None:
                kept.append(c)
                continue
            end = opening
            while end > c.start and _loose(doc[run[end - 1]]):
                end -= 1
            if end > c.start:
                kept.append(RoleSpan(c.role, c.start, end))
            said.contents.append(RoleSpan(c.role, opening, c.end))
        aside.contents = kept


_SUBORDINATORS = frozenset({"that", "whether", "if", "how", "why", "what", "who", "when"})


def _aside_ends(first: Token, last: Token) -> bool:
    """Whether an aside from ``first`` to ``last`` ends before the quotation after it:
    at a sentence's end, or at a comma when it is no clause the quotation goes on
    with ("noting that he and his wife, “have talked with him”" goes on)."""
    if last.text in (".", "!", "?"):
        return True
    return last.text == "," and first.lower_ not in _SUBORDINATORS


def _positions(tokens: tuple[int, int, bool], position: dict[int, int]) -> tuple[int, int]:
    """A token range as sequence positions, (-1, -1) when it leaves the sequence."""
    start, end = position.get(tokens[0], -1), position.get(tokens[1] - 1, -1)
    return (start, end + 1) if start >= 0 and end >= start else (-1, -1)


def extract(doc: Doc, tagger: Tagger) -> list[Statement]:
    """All attributed statements of ``doc``, in text order."""
    text = doc.text  # built anew on every access: read it once
    if not text.strip():
        return []
    quotes = find_quotes(text)
    table = TokenTable.of(doc, quotes)
    resolver = SpeakerResolver(doc, table.quoted)
    runs = sequences(doc)
    subjects = _subjects(doc, table.quoted)
    tagged_cues: set[int] = set()
    statements: list[Statement] = []
    previous: Statement | None = None  # last statement of the previous sequence
    previous_at = -1  # and its index in statements
    announced: Carried | None = None  # a cue closing the previous sequence with a colon
    for run, features in zip(
        runs, document_features(table, runs, tagger.cue_lemmas, tagger.speech_verbs), strict=True
    ):
        labels, marginals = tagger.tag(features)
        labels = _cue_after_quotation(doc, run, table, labels, tagger.speech_verbs)
        tagged_cues.update(
            run[k]
            for span in role_spans(labels)
            if span.role == "CUE" and _valid_cue(doc, run, span, tagger.cue_prepositions)
            for k in range(span.start, span.end)
        )
        position = {i: k for k, i in enumerate(run)}
        context = Context(
            sentence=[table.sentence[i] for i in run],
            quoted=[table.quoted[i] for i in run],
            subject=[_positions(subjects[i], position) for i in run],
            borrowed=[subjects[i][2] for i in run],
            nominal=[table.pos[i] in ("NOUN", "PROPN", "PRON", "PUNCT") for i in run],
            head=[position.get(table.head[i], -1) for i in run],
            speech=[table.pos[i] == "VERB" and table.lemma[i] in tagger.speech_verbs for i in run],
        )
        groups = group_sequence(labels, context)
        _quote_resumed(doc, run, context.quoted, groups)
        groups = [g for g in groups if g.contents]
        deeds: list[Group] = []
        for group in groups:
            group.contents = [
                _before_with_telling(
                    doc,
                    run,
                    table,
                    _before_participle(
                        doc,
                        run,
                        table,
                        _after_leading_date(doc, run, _complete(doc, run, labels, c)),
                    ),
                )
                for c in group.contents
            ]
            if group.cue is None:
                continue
            cut = [
                _before_next_deed(doc, run, position, table, c, group.cue) for c in group.contents
            ]
            group.contents = [c for c, _ in cut]
            deeds += [
                Group([RoleSpan("CONTENT", k + 1, end)], RoleSpan("CUE", k, k + 1), group.source)
                for k, end in (d for _, d in cut if d is not None)
                if table.lemma[run[k]] in tagger.cue_lemmas and end > k + 1
            ]
            speech = _before_quoted_speech(doc, run, table, tagger.cue_lemmas, group)
            if speech is not None:
                deeds.append(speech)
        groups = sorted(groups + deeds, key=lambda g: g.contents[0].start if g.contents else -1)
        last: Statement | None = None
        last_at = -1
        for group in groups:
            if group.cue is not None and len(group.contents) > 1:
                kept = _interrupted_only(doc, run, group.contents, group.cue)
                # A verb of the tagger's cue vocabulary inside a dropped content
                # may head an attribution of its own ("He clarified that ...").
                tagged_cues.update(
                    run[k]
                    for c in group.contents
                    if c not in kept
                    for k in range(c.start, c.end)
                    if doc[run[k]].pos_ == "VERB" and table.lemma[run[k]] in tagger.cue_lemmas
                )
                group.contents = kept
            statement = _statement(
                doc,
                text,
                run,
                group,
                marginals,
                quotes,
                table.quoted,
                resolver,
                announced or _carried(previous),
                tagger.cue_prepositions,
            )
            if statement is not None and group.cue is None and announced is not None:
                statements.append(statement)  # the quotation "Potts echoed:" announced
                last, last_at = statement, len(statements) - 1
                announced = None
            elif statement is not None and group.cue is None and _heading(text, statement):
                pass  # a quoted subheading ("“Nothing is Certain”") carries nothing on
            elif statement is not None and group.cue is None and previous is not None:
                # A quotation carried on into a new paragraph is one statement
                # with the one it continues, as PolNeAR marks it.
                statement = _continued(previous, statement, quotes)
                statements[previous_at] = statement
                last = previous = statement
                last_at = previous_at
            elif statement is not None:
                statements.append(statement)
                last, last_at = statement, len(statements) - 1
        previous, previous_at = last, last_at
        announced = _announcing(doc, text, run, labels, context, groups, resolver, tagger)
    statements = _with_marked(text, statements, resolver)
    statements.extend(
        _clausal(doc, text, table, tagger, statements, frozenset(tagged_cues), quotes, resolver)
    )
    statements.extend(_according_to(doc, text, table, statements, quotes, resolver))
    statements.extend(_quoted_after(doc, text, statements, quotes, resolver))
    title = _title_end(text)
    statements = [
        _without_dateline(doc, text, s, resolver)
        for s in statements
        if not _marked_off(doc, s) and s.parts[0].start >= title
    ]
    statements = _conjoined_cues(doc, statements)
    statements = _conjoined_inside(doc, statements)
    statements = _Tellings(doc, text, tagger, quotes, resolver).split(statements)
    statements.sort(key=lambda s: (s.parts[0].start, s.parts[0].end))
    return [
        dataclasses.replace(s, topics=topics(doc, s, quotes))
        for s in with_time_expressions(doc, text, statements)
    ]


_QUOTE_CLOSING = frozenset({",", "?", "!"})
_SOURCE_REACH = 12  # words between a quotation and its cue's verb


def _cue_after_quotation(
    doc: Doc, run: Sequence[int], table: TokenTable, labels: list[str], speech: frozenset[str]
) -> list[str]:
    """The tagger's content run on past a quotation closing with a comma into
    "SOURCE said" ("“... important to them,” Machinists District 751 President
    Jon Holden said immediately after the vote": all of it was content, and the
    statement was lost): the words after the quotation are the source and the
    cue, as they read.  Only a speech verb whose subject fills the words
    between, or one right after the quotation with its subject after it."""
    out = list(labels)
    for k in range(1, len(run) - 2):
        i = run[k]
        if (
            table.lower[i] not in QUOTE_MARKS
            or not table.quoted[i]
            or table.quoted[run[k + 1]]
            or table.lower[run[k - 1]] not in _QUOTE_CLOSING
            or not out[k].endswith("CON")
            or not out[k + 1].endswith("CON")
        ):
            continue
        for v in range(k + 1, min(len(run), k + 2 + _SOURCE_REACH)):
            verb = doc[run[v]]
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if len(subjects) != 1:
                break
            first, last = subjects[0].left_edge.i, subjects[0].right_edge.i
            # the parse may hang a title's first words elsewhere ("Machinists
            # District 751" of "Machinists District 751 President Jon Holden")
            titled = all(t.pos_ in ("PROPN", "NUM") for t in doc[run[k + 1] : first])
            before = run[k + 1] <= first and titled and last == run[v] - 1
            after = v == k + 1 and first == run[v] + 1
            if not before and not after:
                break
            source = range(k + 1, v) if before else range(v + 1, v + 1 + last - first + 1)
            end = k + 1
            while end < len(run) and out[end].endswith("CON"):
                end += 1
            for m in range(k + 1, end):
                out[m] = "O"
            for n, m in enumerate(source):
                out[m] = ("B-" if n == 0 else "I-") + "SRC"
            out[v] = "B-CUE"
            break
    return out


_HEADING_WORDS = 8


def _heading(text: str, statement: Statement) -> bool:
    """Whether a statement is a line of a few words standing alone with no
    punctuation inside: a quoted subheading, no words of the speaker before."""
    first, last = statement.parts[0], statement.parts[-1]
    line_start = text.rfind("\n", 0, first.start) + 1
    line_end = text.find("\n", last.end)
    line = text[line_start : len(text) if line_end == -1 else line_end].strip()
    words = line.strip("“”\"'‘’").split()
    return (
        line == text[first.start : last.end].strip()
        and len(words) <= _HEADING_WORDS
        and not any(c in line for c in ".,;:!?")
    )


def _conjoined_inside(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """A cue the parse conjoined to a verb inside another statement's content,
    its source that verb's subject: "Le Pen believes that Macron “is largely
    responsible ...” and is convinced that ..." may be Le Pen's conviction or
    Macron's, so its speaker is unknown rather than a guess."""
    out = []
    for statement in statements:
        verb = cue_root(doc, statement)
        source = statement.source
        name = statement.speaker.name if statement.speaker else None
        if verb is not None and source is not None and verb.dep_ == "conj":
            inner = verb.head.idx
            for other in statements:
                parts = other.parts
                if (
                    other is not statement
                    and any(
                        p.start <= inner < p.end and p.start <= source.start < p.end for p in parts
                    )
                    # not when the outer speaker is the one named ("He did not
                    # address tweets in which he called her ... and referred to")
                    and (other.speaker.name if other.speaker else None) != name
                ):
                    mention = statement.speaker.mention if statement.speaker else source.text
                    statement = dataclasses.replace(statement, speaker=Speaker(mention, None))
                    break
        out.append(statement)
    return out


def _conjoined_cues(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """A cue conjoined to another statement's cue, or a participle set after
    it, shares its source where the tagger took one from the other's content:
    "Carney returned the compliments, saying Trump was a “transformational
    president” and praising Trump’s ..." (the praising is Carney's, not
    Trump's); "Carney told Trump that Canada is “not for sale,” pushing back
    against ..." (Carney's, not Canada's)."""
    verbs = [cue_root(doc, s) for s in statements]
    by_cue = {verb.i: s for verb, s in zip(verbs, statements, strict=True) if verb is not None}
    out = []
    for verb, statement in zip(verbs, statements, strict=True):
        source = statement.source
        if (
            verb is not None
            and source is not None
            and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"))
        ):
            head = verb.head
            # spaCy may hang the participle on the verb of its sister's content
            # ("saying Trump was ... and praising"): the sister is up the clauses
            while head.i not in by_cue and head.dep_ == "ccomp" and head.tag_ != verb.tag_:
                head = head.head
            other = by_cue.get(head.i)
            if other is not None and any(p.start <= source.start < p.end for p in other.parts):
                statement = dataclasses.replace(
                    statement, source=other.source, speaker=other.speaker
                )
        out.append(statement)
    return out


@dataclasses.dataclass(frozen=True, slots=True)
class _Tellings:
    """Another's telling the tagger ran into a statement, split out as a
    statement of its own (PolNeAR marks each so)."""

    doc: Doc
    text: str
    tagger: Tagger
    quotes: Sequence[Quote]
    resolver: SpeakerResolver

    def split(self, statements: list[Statement]) -> list[Statement]:
        out: list[Statement] = []
        for statement in statements:
            for part in self._with_participle(statement):
                out.extend(self._quote_told_before(part))
        return out

    def _with_participle(self, statement: Statement) -> list[Statement]:
        """A telling of another set off inside a content by "with" ("Moscow
        welcomed the fallout, with former Russian President Dmitry Medvedev
        calling Zelensky a “pig”"): its subject's; the content it sat in ends
        before it."""
        doc, text = self.doc, self.text
        last = statement.parts[-1]
        span = doc.char_span(last.start, last.end, alignment_mode="contract")
        found = _telling_with(span, self.tagger) if span is not None else None
        if found is None:
            return [statement]
        verb, subject = found
        comma = doc[verb.head.i - 1]
        kept = dataclasses.replace(last, end=comma.idx, text=text[last.start : comma.idx])
        parts = (*statement.parts[:-1], kept)
        out = [dataclasses.replace(statement, parts=parts, kind=_kind(parts, self.quotes))]
        content_start = doc[verb.i + 1].idx if verb.i + 1 < len(doc) else last.end
        body = text[content_start : last.end].rstrip()
        if body:
            content = Span(content_start, content_start + len(body), body)
            out.append(self._told(content, verb, phrase(subject), statement.confidence))
        return out

    def _quote_told_before(self, statement: Statement) -> list[Statement]:
        """A quotation right after a person and a verb of saying of its own
        ("with Zelensky vowing, “...”", "... and Trump replied: “...”") is that
        person's, where the tagger joined it to a telling after it ("“...” He
        added that ...") or ran another's content over it ("Hannity asked what
        advice he would give and Trump replied: “...”")."""
        doc, text, quotes = self.doc, self.text, self.quotes
        first, last = statement.parts[0], statement.parts[-1]
        told = _teller_before(doc, first.start, self.tagger)
        cue = statement.cue
        if told is not None and len(statement.parts) > 1 and cue and cue.start >= first.end:
            quoted = self._told(first, *told, statement.confidence)
            rest = statement.parts[1:]
            # its "He added" now comes after the person the quotation is of
            source = statement.source
            speaker = self.resolver.resolve(source) if source else statement.speaker
            kind = _kind(rest, quotes)
            return [quoted, dataclasses.replace(statement, parts=rest, kind=kind, speaker=speaker)]
        inner = doc.char_span(last.start, last.end, alignment_mode="contract")
        for token in inner[1:] if inner is not None else ():
            told = (
                _teller_before(doc, token.idx, self.tagger) if token.text in QUOTE_MARKS else None
            )
            if told is None or doc[told[1][0] - 1].lower_ != "and":
                continue
            body = text[last.start : doc[told[1][0] - 1].idx].rstrip()
            if not body:
                continue
            kept = Span(last.start, last.start + len(body), body)
            quote = Span(token.idx, last.end, text[token.idx : last.end])
            parts = (*statement.parts[:-1], kept)
            shortened = dataclasses.replace(statement, parts=parts, kind=_kind(parts, quotes))
            return [self._told(quote, *told, statement.confidence), shortened]
        return [statement]

    def _told(
        self, content: Span, verb: Token, person: tuple[int, int], confidence: float
    ) -> Statement:
        source = _token_span(self.doc, self.text, *person)
        speaker = self.resolver.resolve(source)
        if speaker.name is None:  # "give to Zelensky and Trump replied": the person alone
            speaker = Speaker(source.text, self.resolver.full_name(source.text), "person")
        return Statement(
            parts=(content,),
            source=source,
            cue=_token_span(self.doc, self.text, verb.i, verb.i + 1),
            kind=_kind((content,), self.quotes),
            speaker=speaker,
            confidence=confidence,
        )


def _telling_with(span: DocSpan, tagger: Tagger) -> tuple[Token, Token] | None:
    """The participle of saying and its person subject in ", with NAME
    calling ..." within ``span``, if there is one."""
    for verb in span:
        if (
            verb.tag_ == "VBG"
            and verb.dep_ == "pcomp"
            and verb.lemma_ in tagger.speech_verbs
            and verb.head.lower_ == "with"
            and verb.head.i > span.start + 1
            and span.doc[verb.head.i - 1].text == ","
        ):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.ent_type_ == "PERSON":
                return verb, subject
    return None


def _teller_before(doc: Doc, start: int, tagger: Tagger) -> tuple[Token, tuple[int, int]] | None:
    """The verb of saying and its person's tokens right before the quotation
    opening at character ``start`` ("Zelensky vowing, “", "Trump replied: “")."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None or token[0].text not in QUOTE_MARKS:
        return None
    k = token.start - 1
    if k < 2 or doc[k].text not in (",", ":"):
        return None
    verb = doc[k - 1]
    word = verb.lower_
    stems = {verb.lemma_.lower()}
    if word.endswith("ing"):  # a participle the tagger read as a noun: "vowing"
        stems |= {word[:-3], word[:-3] + "e", word[:-4]}
    if not stems & tagger.speech_verbs or doc[k - 2].ent_type_ != "PERSON":
        return None
    first = k - 2
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return verb, (first, k - 1)


def _title_end(text: str) -> int:
    """Where a title ends: a first line with no closing punctuation and a blank
    line after it ("NATO Secretary General: Ukraine's Membership Not
    Guaranteed in Any Peace Accord"), an editor's summary of what the story
    tells, no one's words; 0 when the text opens with no such title."""
    first = text.find("\n")
    line = text[:first].rstrip()
    blank = text[first : first + 4].count("\n") >= 2
    if first == -1 or not line or line[-1] in ".!?\"”’'" or not blank:
        return 0
    return first


def _marked_off(doc: Doc, statement: Statement) -> bool:
    """Whether the statement is a discourse marker the tagger took for one: "That
    said, Cruz cannot win" (no one said it)."""
    source, cue = statement.source, statement.cue
    if source is None or cue is None:
        return False
    subject = doc.char_span(source.start, source.end)
    verb = doc.char_span(cue.start, cue.end)
    if subject is None or verb is None or len(subject) != 1 or len(verb) != 1:
        return False
    return discourse_marker(subject[0], verb[0])


RULE_CONFIDENCE = 0.5  # the clausal layer's statements, below the tagger's usual
MARKED_CONFIDENCE = 0.9  # a signed quotation or a transcript turn leaves little doubt


def _with_marked(text: str, found: list[Statement], resolver: SpeakerResolver) -> list[Statement]:
    """The statements with each signed quotation ("“…” ― Name") and transcript
    turn ("PENCE: ...") given to its speaker.

    A statement reaching into one from outside took a wrong speaker (the
    tagger saw no cue) and gives way; one wholly inside, with its own source
    there ("Trump said Hispanics live in hell"), stays.
    """
    marked = marked_attributions(text, resolver.by_surname)
    if not marked:
        return found

    def foreign(statement: Statement, mark: Marked) -> bool:
        content, source = statement.content, statement.source
        return (
            content.start < mark.content.end
            and mark.content.start < content.end
            and not (source is not None and mark.content.start <= source.start < mark.content.end)
        )

    kept = [s for s in found if not any(foreign(s, m) for m in marked)]
    for mark in marked:
        if mark.label:  # "PENCE": the person of that surname, if the text names one
            name = resolver.full_name(mark.source.text.title())
            speaker = Speaker(mark.source.text, name, "person")
        else:
            speaker = resolver.resolve(mark.source)
            if speaker.name is None:
                speaker = dataclasses.replace(speaker, name=mark.source.text)
        # Both are the speaker's own words, even a signed quotation opened by a mistyped ”.
        kept.append(
            Statement((mark.content,), mark.source, mark.cue, "direct", speaker, MARKED_CONFIDENCE)
        )
    return kept


def _token_span(doc: Doc, text: str, start: int, end: int) -> Span:
    begin, stop = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return Span(begin, stop, text[begin:stop])


def _clausal(
    doc: Doc,
    text: str,
    table: TokenTable,
    tagger: Tagger,
    found: Sequence[Statement],
    tagged_cues: frozenset[int],
    quotes: Sequence[Quote],
    resolver: SpeakerResolver,
) -> list[Statement]:
    """Statements of the clausal layer over the words no statement has yet."""
    taken = [False] * len(doc)
    extents = []
    for statement in found:
        first, last = len(doc), 0
        for span in (*statement.parts, statement.source, statement.cue):
            if span is not None:
                covered = doc.char_span(span.start, span.end, alignment_mode="expand")
                if covered is not None:
                    taken[covered.start : covered.end] = [True] * len(covered)
                    first, last = min(first, covered.start), max(last, covered.end)
        if first < last:
            extents.append((first, last))
    out = []
    for source_range, cue_range, content_range in clausal_attributions(
        doc, table, tagger.rule_verbs, taken, tagged_cues, extents
    ):
        source = _token_span(doc, text, *source_range)
        content = _snap(text, _token_span(doc, text, *content_range), quotes)
        opened = next((q for q in quotes if q.start == content.start < content.end < q.end), None)
        if opened is not None:  # a quotation of several sentences is the content whole
            content = Span(opened.start, opened.end, text[opened.start : opened.end])
        out.append(
            Statement(
                (content,),
                source,
                _token_span(doc, text, *cue_range),
                _kind((content,), quotes),
                resolver.resolve(source),
                RULE_CONFIDENCE,
            )
        )
    return out


def _according_to(
    doc: Doc,
    text: str,
    table: TokenTable,
    found: Sequence[Statement],
    quotes: Sequence[Quote],
    resolver: SpeakerResolver,
) -> list[Statement]:
    """ "…,” Walker said, according to an Associated Press account": the account
    attributes the whole rest of its sentence, inner attribution and all.  Only
    where no statement has taken "according to" as its cue or source yet."""
    cues = [s.cue for s in found if s.cue is not None] + [s.source for s in found if s.source]
    out = []
    for i, word in enumerate(table.lower[:-1]):
        if word != "according" or table.lower[i + 1] != "to":
            continue
        token, to = doc[i], doc[i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects or any(c.start <= token.idx < c.end for c in cues):
            continue
        first, last = objects[0].left_edge.i, objects[0].right_edge.i
        sentence = token.sent
        # Within the paragraph: spaCy's sentences can run over a line break.
        opening = max(
            [
                sentence.start,
                *(i + 1 for i in range(sentence.start, token.i) if "\n" in doc[i].text),
            ]
        )
        closing = min(
            [sentence.end, *(i for i in range(last + 1, sentence.end) if "\n" in doc[i].text)]
        )
        before = _shed(doc, opening, token.i)  # "…, according to X."
        after = _shed(doc, last + 1, closing)  # "According to X, …"
        # Set off in the middle ("But in this case, according to him, Ukraine
        # “must build its own NATO”"): the sentence around it, when a clause
        # of its own goes on after it (not "..., according to X, but ..." nor
        # an apposition the parse left off the source).
        parts = [r for r in (before, after) if r[1] - r[0] >= 3]
        if before[1] - before[0] >= 3 and not _goes_on(doc, last, after):
            parts = [before]
        if not parts:
            continue
        source = _token_span(doc, text, first, last + 1)
        content = tuple(_token_span(doc, text, a, b) for a, b in parts)
        out.append(
            Statement(
                content,
                source,
                _token_span(doc, text, token.i, to.i + 1),
                _kind(content, quotes),
                resolver.resolve(source),
                RULE_CONFIDENCE,
            )
        )
    return out


class _Stretches:
    """Stretches of text, asked whether any overlaps a range in logarithmic
    time (a long text holds thousands of quotations and statements)."""

    def __init__(self, spans: Sequence[Span | Quote]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlap(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)  # those starting before ``end``
        return k > 0 and self.reach[k - 1] > start


def _quoted_after(
    doc: Doc,
    text: str,
    found: Sequence[Statement],
    quotes: Sequence[Quote],
    resolver: SpeakerResolver,
) -> list[Statement]:
    """A quotation standing as whole sentences to its paragraph's end, with no
    cue, right after a sentence that tells of a person doing something: the
    quotation is that person's ("The premier would not set a timeline.\n
    “Let's just see how this rolls out ...”"), the telling's verb its cue.
    Not when that sentence names another person the quotation does not
    ("Ford places everything at the feet of President Donald Trump. "I feel
    terrible ... That's President Trump."" is Ford's), nor when it is said
    or quoted already."""
    taken = _Stretches([p for s in found for p in (*s.parts, s.source, s.cue) if p is not None])
    quoted = _Stretches(quotes)
    out = []
    for quote in quotes:
        # scanned, not sliced: a long text with many quotations copies nothing
        end = quote.start
        while end and text[end - 1].isspace():
            end -= 1
        if not end or (text[end - 1] not in ".!?" and "\n" not in text[end : quote.start]):
            continue  # not a sentence of its own
        next_word = quote.end
        while next_word < len(text) and text[next_word] in " \t":
            next_word += 1
        said = text[quote.start : quote.end]
        if (next_word < len(text) and text[next_word] != "\n") or "\n" in said:
            continue  # not closing its paragraph, or running over a line
        if taken.overlap(quote.start, quote.end):
            continue
        last = doc.char_span(end - 1, end, alignment_mode="expand")
        if last is None:
            continue
        sentence = last[0].sent
        verb = sentence.root
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if (
            verb.pos_ not in ("VERB", "AUX")
            or len(subjects) != 1
            or quoted.overlap(sentence.start_char, sentence.end_char)
            or taken.overlap(sentence.start_char, sentence.end_char)
        ):
            continue
        subject = subjects[0]
        others = [
            e
            for e in sentence.ents
            if e.label_ == "PERSON" and not subject.left_edge.i <= e.start <= subject.right_edge.i
        ]
        if any(e.root.text not in said for e in others):
            continue
        source = _token_span(doc, text, subject.left_edge.i, subject.right_edge.i + 1)
        speaker = resolver.resolve(source)
        if speaker.name is None or speaker.kind != "person":
            continue
        content = (Span(quote.start, quote.end, said),)
        cue = Span(verb.idx, verb.idx + len(verb), verb.text)
        out.append(Statement(content, source, cue, "direct", speaker, RULE_CONFIDENCE))
    return out


def _goes_on(doc: Doc, last: int, after: tuple[int, int]) -> bool:
    """Whether the words after "according to X," at ``last`` are the rest of
    the clause it is set into: a subject and its verb, no conjunction first."""
    start, end = after
    if start >= end or doc[last + 1].text != "," or doc[start].dep_ in ("cc", "mark"):
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and start <= t.head.i < end for t in doc[start:end])


def _shed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token range without the space and punctuation at its ends."""
    while start < end and _loose(doc[start]):
        start += 1
    while end > start and _loose(doc[end - 1]):
        end -= 1
    return start, end


def _loose(token: Token) -> bool:
    """Space or punctuation, not a quotation mark: what a content's ends shed."""
    return token.is_space or (token.is_punct and token.lower_ not in QUOTE_MARKS)


def _snap(text: str, part: Span, quotes: Sequence[Quote]) -> Span:
    """A content filling a quotation but for its marks takes the whole quotation.

    Contents keep their quotation marks (and the comma before a closing one).
    """
    for quote in quotes:
        if quote.start <= part.start and part.end <= quote.end:
            inner = text[quote.start : part.start] + text[part.end : quote.end]
            if inner and all(not ch.isalnum() for ch in inner):
                return Span(quote.start, quote.end, text[quote.start : quote.end])
            break
    return part


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _demonstrative(doc: Doc, run: Sequence[int], content: RoleSpan) -> bool:
    """Whether a content is headed by a bare demonstrative ("those of Donald Trump"):
    it points at other words rather than saying anything."""
    tokens = doc[run[content.start] : run[content.end - 1] + 1]
    return tokens.root.lower_ in _DEMONSTRATIVES and tokens.root.pos_ == "PRON"


def _interrupted_only(
    doc: Doc, run: Sequence[int], contents: list[RoleSpan], cue: RoleSpan
) -> list[RoleSpan]:
    """Contents on both sides of a cue are one statement only when the cue interrupts
    them: a quotation ("“A,” he said, “B.”") or a parenthetical ("The plan, he said,
    would fail").  Else ("..., they never promised it would") the later side is the
    cue's own and the earlier belongs to another statement."""
    before = [c for c in contents if c.end <= cue.start]
    after = [c for c in contents if c.end > cue.start]
    if not before or not after:
        return contents
    if doc[run[before[0].start]].lower_ in QUOTE_MARKS:
        return contents
    between = range(cue.end, after[0].start)
    if any(doc[run[k]].text == "," for k in between):
        return contents
    return after


def _valid_cue(
    doc: Doc, run: Sequence[int], cue: RoleSpan, cue_prepositions: frozenset[str]
) -> bool:
    """False for a cue ending in a preposition no cue ends in the training data.

    ("made these comments during ...": the tagger ran a cue into an adjunct.)
    """
    last = doc[run[cue.end - 1]]
    return last.pos_ != "ADP" or last.lower_ in cue_prepositions


# The wire or service a dateline names: "(Reuters)", "(Tribune News Service)".
WIRE = (
    r"\((?:AP|AFP|Reuters|UPI|Bloomberg|ANI|PTI|IANS|dpa|Xinhua|CNN"
    r"|[A-Z][\w&.'’ ]{0,30}(?:News|Service|Press|Agency|Wire)(?: Service)?)\)"
)
# A wire dateline opening an article: "LONDON (Reuters) - ", "WASHINGTON (AP) — ".
_DATELINE = re.compile(r"[A-Z][\w.,'\[\] ]*" + WIRE + r"(?:\s*[—–-]+\s*|$)")
_MAX_SUBJECT_WORDS = 8


def _without_dateline(
    doc: Doc, text: str, statement: Statement, resolver: SpeakerResolver
) -> Statement:
    """The statement with a dateline cut off its source: "LONDON (Reuters) -
    Donald Trump said" is Trump's; when the source was the dateline alone
    ("Washington, DC [US], June 6 (ANI) – Amid ..., Tesla CEO Elon Musk has
    claimed"), the words between it and the cue if few, else the cue's subject
    there."""
    source, cue = statement.source, statement.cue
    found = _DATELINE.match(source.text) if source else None
    if source is None or found is None:
        return statement
    start, end = source.start + found.end(), source.end
    between = start >= end and cue is not None and cue.start > start
    if between and cue is not None:
        end = cue.start
    words = text[start:end]
    start += len(words) - len(words.lstrip())
    end -= len(words) - len(words.rstrip())
    if between and len(text[start:end].split()) > _MAX_SUBJECT_WORDS:
        verb = cue_root(doc, statement)
        subjects = [
            c for c in (verb.children if verb else ()) if c.dep_ == "nsubj" and start <= c.idx < end
        ]
        if subjects:  # not the dateline's place, which the parser may take for one too
            first, last = phrase(subjects[-1])
            start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
        else:
            start = end
    if start >= end:
        return dataclasses.replace(statement, source=None, speaker=None)
    kept = Span(start, end, text[start:end])
    return dataclasses.replace(statement, source=kept, speaker=resolver.resolve(kept))


def _continued(first: Statement, more: Statement, quotes: Sequence[Quote]) -> Statement:
    """``first`` with the parts of ``more``, the quotation that carries it on."""
    parts = first.parts + more.parts
    return dataclasses.replace(
        first,
        parts=parts,
        kind=_kind(parts, quotes),
        confidence=min(first.confidence, more.confidence),
    )


_SPEAKING_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_OBJECTS = frozenset({"pobj", "dobj", "dative", "poss"})


def _adjacent_name(
    doc: Doc, text: str, run: Sequence[int], group: Group, quoted: Sequence[int]
) -> Span | None:
    """A name right after or right before a cue that found no subject, outside
    the contents and quotations: where spaCy misparsed an inverted "said Skelly"
    or "former president Bill Clinton said"."""
    if group.cue is None:
        return None
    taken = {k for c in group.contents for k in range(c.start, c.end)}
    cue = [doc[run[k]] for k in range(group.cue.start, group.cue.end)]
    passive = any(t.dep_ == "auxpass" for t in cue)  # "Reagan was once asked": not his
    for k in (group.cue.end,) if passive else (group.cue.end, group.cue.start - 1):
        if not 0 <= k < len(run) or k in taken:
            continue
        token = doc[run[k]]
        if token.ent_type_ not in _SPEAKING_KINDS or token.dep_ in _OBJECTS or quoted[token.i]:
            continue  # "research during the Convention showing ...": not the Convention
        start, end = token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return _token_span(doc, text, start, end)
    return None


class Carried(NamedTuple):
    """Who a quotation opening a paragraph without a cue of its own is of."""

    source: Span | None
    cue: Span
    speaker: Speaker | None


def _carried(statement: Statement | None) -> Carried | None:
    """The speaker a quotation carrying ``statement`` on into a new paragraph keeps."""
    if statement is None or statement.cue is None:
        return None
    return Carried(statement.source, statement.cue, statement.speaker)


def _announcing(
    doc: Doc,
    text: str,
    run: Sequence[int],
    labels: Sequence[str],
    context: Context,
    groups: Sequence[Group],
    resolver: SpeakerResolver,
    tagger: Tagger,
) -> Carried | None:
    """A paragraph ending in a colon whose last labelled words are a cue that
    took no content there ("Cruz called them on it:"), or, unlabelled, a verb
    of the cue vocabulary right before the colon with a subject ("17-year-old
    Jared Potts echoed:"): the quotation opening the next paragraph is the
    cue's, as PolNeAR marks it."""
    if doc[run[-1]].text != ":":
        return None
    closing = closing_cue(labels, context)
    k = len(run) - 2  # the word before the colon
    if closing is None and k >= 0 and context.subject[k][0] >= 0:
        verb = doc[run[k]]
        if verb.pos_ == "VERB" and verb.lemma_.lower() in tagger.cue_lemmas:
            closing = Group([], RoleSpan("CUE", k, k + 2), RoleSpan("SRC", *context.subject[k]))
    if closing is None or closing.cue is None or any(g.cue == closing.cue for g in groups):
        return None
    if not _valid_cue(doc, run, closing.cue, tagger.cue_prepositions):
        return None
    source = _char_span(doc, text, run, closing.source) if closing.source else None
    return Carried(
        source,
        _char_span(doc, text, run, closing.cue),
        resolver.resolve(source) if source else None,
    )


def _statement(
    doc: Doc,
    text: str,
    run: Sequence[int],
    group: Group,
    marginals: Sequence[float],
    quotes: Sequence[Quote],
    quoted: Sequence[int],
    resolver: SpeakerResolver,
    carried: Carried | None,
    cue_prepositions: frozenset[str],
) -> Statement | None:
    """The statement of ``group``; a content without a cue takes ``carried``'s
    source and cue, or is none."""
    if len(group.contents) == 1 and _demonstrative(doc, run, group.contents[0]):
        return None
    parts = tuple(_snap(text, _char_span(doc, text, run, c), quotes) for c in group.contents)
    words = " ".join(p.text for p in parts).strip(" ,.:;\"“”'").lower()
    if not any(ch.isalnum() for ch in words) or words in _EMPTY_CONTENTS:
        return None
    if group.cue is None:
        # A content without a cue: only a quotation that opens its paragraph
        # right after a paragraph ending in a statement or a cue has one.
        opens = doc[run[group.contents[0].start]].lower_ in QUOTE_MARKS
        if carried is None or not opens or group.contents[0].start != 0:
            return None
        source, cue, speaker = carried
    else:
        if not _valid_cue(doc, run, group.cue, cue_prepositions):
            return None
        cue = _char_span(doc, text, run, group.cue)
        source = (
            _whole_subject(doc, text, run, group.source, group.cue)
            if group.source
            else _adjacent_name(doc, text, run, group, quoted)
        )
        speaker = resolver.resolve(source) if source else None
    positions = [k for c in group.contents for k in range(c.start, c.end)]
    confidence = sum(marginals[k] for k in positions) / len(positions)
    return Statement(parts, source, cue, _kind(parts, quotes), speaker, confidence)
