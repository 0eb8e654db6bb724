"""The words that say when a statement was made ("on Tuesday", "earlier this week").

A date or time named in the statement's own sentence, outside its content,
nearest its cue; else one named in an earlier sentence of the same paragraph
("Rutte spoke to MI Ukraina on Tuesday. He clarified that ..."), when it dates
that sentence's telling, not a clause of its own nor one of what is to come.
A length of time ("three years") names no day.  Dates inside the content are
what the speaker talks about, not when they spoke, unless they hang on the
cue's verb ("criticized Trump in December"); so are dates in a clause
describing the speaker ("Trump, who enters office on Jan. 20, said").
Resolving the words against the publication date is ``link.when``'s job.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from onrecord.analyze.syntax import cue_root
from onrecord.model import Span, Statement

TIME_LABELS = frozenset({"DATE", "TIME"})
# A length of time names no day: "upended three years of US policy", "68-year-old",
# "as long as 18 years", "each day", "in the six months since the bill was first voted on".
DURATION = re.compile(
    r"(?:the\s+)?(?:(?:as long as|more than|less than|nearly|about|almost|over|up to)\s+)?"
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|a few|few|many|each|every)[\s-]+(?:hour|day|week|month|year|decade)s?"
    r"(?:-olds?)?"
    # "over the last decade", "the past years": a stretch up to now, not a date
    r"|(?:the\s+)?(?:last|past)\s+(?:decades?|years|centuries|century)",
    re.IGNORECASE,
)
# A day counted from the one the story last named: "The following day, he
# dismissed ...", "a day later", "Hours later" (the same day); spaCy tags some
# of them as no date.
RELATIVE_DAY = re.compile(
    r"\b(?:the (?:(?P<after>following|next) day|(?P<before>previous|preceding) day|"
    r"day (?P<dir>after|before))|(?P<n>a|one|two|three|four|five|six|\d+) days? "
    r"(?P<way>later|earlier)|(?P<hours>(?:(?:a few|several|two|three|\d+) )?hours) "
    r"(?:later|earlier))\b",
    re.IGNORECASE,
)
_DEADLINES = frozenset({"by", "until", "through", "before"})
_THIS_DAY = re.compile(r"\b(?:[Tt]oday|[Yy]esterday|[Tt]onight)\b")
_UNDATED_PAST = frozenset({"once", "previously", "formerly"})
# A clause of its own, off the main clause: "since Trump returned ... last month".
_SUBORDINATE = "advcl"


def _inside(ent: DocSpan, parts: Sequence[Span]) -> bool:
    return any(p.start <= ent.start_char < p.end for p in parts)


def _talked_about(ent: DocSpan, anchor: Span, parts: Sequence[Span]) -> bool:
    """Whether a date lies in a statement's content that the statement being
    dated is not itself told in: what some speaker talks about.  A statement
    nested in another's content ("“…,” Frederiksen said Tuesday, according to
    the BBC") is dated by the words around it there."""
    return any(
        p.start <= ent.start_char < p.end and not p.start <= anchor.start < p.end for p in parts
    )


_DESCRIBING = frozenset({"relcl", "appos"})


def _describes(ent: DocSpan, source: Span) -> bool:
    """Whether a date inside the source sits in a clause or apposition describing
    a named speaker ("Trump, who enters office on Jan. 20,") or a person ("The
    party leader, who has been in office since July,"), not in a phrase
    saying when the source spoke ("a poll released last week", "a speech she
    delivered in July 2015")."""
    token = ent.root
    while source.start <= token.idx < source.end:
        if token.dep_ in _DESCRIBING and (token.head.pos_ == "PROPN" or token.head.ent_type_):
            return True
        if token.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in token.children):
            return True
        if token.head.i == token.i:
            break
        token = token.head
    return False


def _planned(ent: DocSpan, parts: Sequence[Span]) -> bool:
    """Whether a date outside the content is the day of something to come,
    its nearest verb one that "will" do or the infinitive of a plan ("thanked
    him for an invitation to meet in Washington on Monday and said ..."): no
    telling happened then.  Not an infinitive the cue goes on to ("refused
    to endorse Trump ... in July")."""
    if _inside(ent, parts):
        return False
    token = ent.root
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i or _across_paragraphs(token, token.head):
            return False
        token = token.head
    if any(p.start <= token.idx < p.end for p in parts):
        # the parse hung a date right after the cue on the content's verb
        return False
    auxes = [c for c in token.children if c.dep_ == "aux"]
    return any(c.tag_ == "MD" and c.text in ("will", "'ll", "shall") for c in auxes) or (
        token.dep_ == "acl" and any(c.tag_ == "TO" for c in auxes)
    )


def _aside(ent: DocSpan, anchor: Span) -> bool:
    """Whether a date after the telling names the day of a thing an -ing clause
    set after it speaks of ("said “...,” echoing Frederiksen’s statement on
    Thursday that ..."): it hangs on that clause's object, not on its verb
    nor on the occasion ("telling reporters during a visit on Friday")."""
    if ent.start_char < anchor.end:
        return False
    token, noun = ent.root, False
    while token.head.i != token.i:
        head = token.head
        if token.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN"):
            noun = True
        if head.dep_ == "advcl" and head.tag_ == "VBG" and head.idx >= anchor.end:
            return noun and token.dep_ == "dobj"  # not "telling reporters during a visit on Friday"
        token = head
    return False


def _speaker_words(statement: Statement) -> list[str]:
    """The words of the name the statement's speaker resolved to, if any."""
    speaker = statement.speaker
    return speaker.name.split() if speaker and speaker.name else []


def _describes_another(ent: DocSpan, statement: Statement) -> bool:
    """Whether a date lies in a relative clause on a name other than the
    speaker's that is the subject of what is said ("Trump, who takes office on
    January 20, “wants ...”, Hashimoto added"): it tells of that one, not of the
    telling ("outside the Taj Mahal, where Ann Lee said on Wednesday" does)."""
    named = _speaker_words(statement)
    token = ent.root
    while token.head.i != token.i:
        if token.dep_ == "relcl" and token.head.pos_ == "PROPN":
            described = token.head
            return (
                described.dep_ in ("nsubj", "nsubjpass")
                and any(p.start <= described.head.idx < p.end for p in statement.parts)
                and described.text not in named
            )
        token = token.head
    return False


def _dates_main_clause(ent: DocSpan, statement: Statement) -> bool:
    """Whether a date in an earlier sentence dates that sentence's telling
    ("Rutte spoke on Tuesday during a visit"; "Trump, who earlier this month
    criticized ...", a clause on the speaker), not a clause of its own ("their
    first contact since Trump returned to the White House last month", "Ali,
    who died three months ago")."""
    named = _speaker_words(statement)
    token = ent.root
    while token.head.i != token.i:
        if token.dep_ == _SUBORDINATE:
            return False
        if token.dep_ == "relcl" and token.head.text not in named:
            return False
        token = token.head
    return True


def _relative_days(doc: Doc, text: str, times: Sequence[DocSpan]) -> list[DocSpan]:
    """Days counted from another ("the following day") or from the day of
    publication ("Today Anglican Bishop ... said") that spaCy tagged as no date."""
    found = []
    for match in itertools.chain(RELATIVE_DAY.finditer(text), _THIS_DAY.finditer(text)):
        if any(e.start_char < match.end() and match.start() < e.end_char for e in times):
            continue
        span = doc.char_span(match.start(), match.end(), label="DATE")
        if span is not None and span[0].ent_iob_ != "I" and span[0].dep_ != "compound":
            found.append(span)  # not "USA Today"
    return found


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
    times = [
        e for e in doc.ents if e.label_ in TIME_LABELS and not DURATION.fullmatch(e.text.strip())
    ]
    times = sorted(times + _relative_days(doc, text, times), key=lambda e: e.start_char)
    if not times:
        return statements
    contents = [p for s in statements for p in s.parts]
    sentences = list(doc.sents)
    starts = [sent.start_char for sent in sentences]
    out = []
    for statement in statements:
        if _undated_past(doc, statement):
            out.append(statement)  # "Trump, who once supported a ban": not the day of the story
            continue
        anchor = statement.cue or statement.source or statement.parts[0]
        others = [p for p in contents if p not in statement.parts]
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
                and (
                    not _inside(e, statement.parts)
                    or _closes_infinitive(doc, e, statement)
                    or _dates_cue(doc, text, e, statement)
                )
                and not _talked_about(e, anchor, others)
                and not _planned(e, statement.parts)
                and not _aside(e, anchor)
                and not (statement.source and _describes(e, statement.source))
                and not _describes_another(e, statement)
                and (k == index or (_dates_main_clause(e, statement) and _told_before(e)))
                and "\n"
                not in text[min(e.start_char, anchor.start) : max(e.end_char, anchor.start)]
            ]
            if candidates:
                best = min(candidates, key=lambda e: abs(e.start_char - anchor.start))
                start, end = _widened(text, times, best)
                found = Span(start, end, text[start:end])
                break
        out.append(dataclasses.replace(statement, time_expression=found) if found else statement)
    return _participles_dated(doc, out)


# Words that name a day or a stretch of the calendar, not a length of time
# ("for years", "the last seven years") nor a count ("six").
_CALENDAR = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december|\d{4}|week|weekend|month|year|"
    r"morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)
_QUOTES = str.maketrans("", "", '“”"')


def _undated_past(doc: Doc, statement: Statement) -> bool:
    """A telling set in a past no date names: "once supported", "had previously said"."""
    root = cue_root(doc, statement)
    return root is not None and any(
        c.dep_ == "advmod"
        and c.lower_ in _UNDATED_PAST
        and c.i < root.i  # not "was uttered once": one time
        and not (c.i and doc[c.i - 1].lower_ in ("not", "never"))  # "not once referring"
        for c in root.children
    )


def _dates_cue(doc: Doc, text: str, ent: DocSpan, statement: Statement) -> bool:
    """Whether a date the content runs over hangs on the cue's verb itself
    ("expressed his continued support for a deal ... on Friday, hours after
    ..."; "criticized Trump in December"): it tells when the verb's subject
    spoke, not what they spoke of.  Not a date quoted ("oppose legal status
    “today, tomorrow, forever”"), a length ("for years"), nor a telling to come
    ("will endorse Clinton in coming weeks")."""
    verb = cue_root(doc, statement)
    if verb is None or not _CALENDAR.search(ent.text):
        return False
    before = text[statement.parts[0].start : ent.start_char]
    if (len(before) - len(before.translate(_QUOTES))) % 2:
        return False  # an odd number of quotation marks before it: it is quoted
    head = ent.root.head
    if head.dep_ == "prep":
        head = head.head
    return (
        head.i == verb.i
        and verb.pos_ == "VERB"
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    )


def _told_before(ent: DocSpan) -> bool:
    """Whether an earlier sentence's date sits in a clause told in the past
    ("Rutte spoke to MI Ukraina on Tuesday", "In a statement issued Tuesday,
    Clinton was ..."), not one of what is to come ("On Sunday, representatives
    ... are set to meet in London")."""
    token = ent.root
    while True:
        if token.pos_ in ("VERB", "AUX"):
            auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
            tags = {token.tag_} | {c.tag_ for c in auxes}
            if tags & {"VBD"} or any(c.lower_ in ("has", "have") for c in auxes):
                return True
            if tags & {"VBZ", "VBP", "MD"}:
                return False
        if token.head.i == token.i:
            return True  # no finite verb: a headline, a fragment
        if _across_paragraphs(token, token.head):
            return True  # a dateline's date is the story's, whatever follows it
        token = token.head


def _across_paragraphs(token: Token, head: Token) -> bool:
    """Whether the parse hangs a word on one in another paragraph."""
    lo, hi = sorted((token.i, head.i))
    return any(t.is_space and "\n" in t.text for t in token.doc[lo:hi])


def _closes_infinitive(doc: Doc, ent: DocSpan, statement: Statement) -> bool:
    """Whether a date closes a content that is no clause of its own, only what
    the cue's verb goes on to ("refused to rule out using military force ...
    on Tuesday", "suggested purchasing Greenland last month"): then it tells
    when the verb's subject did so, as a clause's date does not ("said he would
    go on Tuesday")."""
    last = statement.parts[-1]
    content = doc.char_span(statement.parts[0].start, last.end, alignment_mode="expand")
    if content is None or not len(content) or content[0].tag_ not in ("TO", "VBG"):
        return False
    if ent.start and doc[ent.start - 1].lower_ in _DEADLINES:
        return False  # "pledged to hold a vote by mid-December": when it is due
    return ent.end_char >= len(last.text.rstrip(' .,”"')) + last.start


def _participles_dated(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """A participle of saying set off after a telling ("refused ... on Tuesday,
    saying ...") is dated as that telling is."""
    dated = {s.cue.start: s.time_expression for s in statements if s.cue and s.time_expression}
    out = []
    for statement in statements:
        verb = cue_root(doc, statement)
        if (
            statement.time_expression is None
            and verb is not None
            and verb.tag_ == "VBG"
            and verb.dep_ == "advcl"
            and verb.head.idx in dated
        ):
            statement = dataclasses.replace(statement, time_expression=dated[verb.head.idx])
        out.append(statement)
    return out
