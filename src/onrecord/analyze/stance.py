"""What each statement takes a side on, and which side: topics and their stance.

A topic is a noun phrase of the content that names a question ("NATO
membership", "Western troops", "path to NATO"), never a bare name: names are
actors, not issues.  Its stance is read off the words that govern it, from the
phrase up to the cue: the first support or opposition word met ("supports",
"opposed", "criticized", "insisted", "irreversible") sets the side, and each
negation on the way ("never", "not", "no one") turns it.  A negation with no
such word is against only when it denies the phrase as what something is
("he was never going to be a member") or denies a "join".  A place named
right after the phrase belongs to it ("troops to Ukraine"), and a bare noun
takes the name an earlier mention gave it ("membership" after "NATO
membership"), so that statements from different sentences and outlets meet in
one issue.  Besides the words on the way up, two judgements count: a relative
clause on the thing ("NATO, which it perceives as a hostile entity") and the
aim ascribed to a means ("by discussing sending peacekeepers, they are
attempting to strengthen their anti-Russian position"); and a judgement of a
deed composes with it ("criticized Clinton for accepting donations": against),
as does a side on a deed or an attitude ("ruled out withdrawing troops": for
them; "rejected calls for a ceasefire": against it), through a deed named by
a noun ("disappointment over the decision to block the takeover": for it) or
undone ("reverse his ban on the bid": for the bid).  A verdict on a clause's
subject judges the phrase only near that subject ("attempts to politicize the
review of the sale were counterproductive" judges no sale).  A joining or a
recognizing is itself a question ("join NATO", "recognize Crimea as
Russian"), and what should or must be done about it is a side on it, as is
what the speakers say they will (not) give or carry out ("I'm not going to
make security guarantees", "we will enforce the law") and what there will be
no more of ("there would be no extensions").  What a thing does ("a law
banning tariffs") is a side only through a side on the thing ("supported a
law banning tariffs"); a reason for a side ("blocked the deal as it lacked
guarantees") and a loss told ("will be denied an outlet") are none.

Five cases are left ``unclear`` on purpose, because reading a side into them
misleads: the doer of a passive ("pushed by the media"), a negated
commitment ("No one promised Ukraine that membership would be part of the
agreement" says nothing against membership), a question ("asked if Trump had
ruled it out"), another named person's deed or wish ("Zelensky said Putin
rejected the proposal" is Putin's side, not Zelensky's; what the speaker
says that person should do stays the speaker's), and, inside a quotation, a
wish or refusal the speaker reports of a third person ("He wants to be a
member", said by someone else, is not the speaker's wish).  So are whom a
judgement is for ("not realistic for Italy's budget"), what the speaker says
another could do, and a poll's share ("Trump received 37 percent"), which is
no question at all; a share the speaker says will or should be spent or paid
is one ("would not spend 5% of its GDP": against), and a target named
without its amount is of the one its text names as a target.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from onrecord.analyze.quotes import Quote, find_quotes
from onrecord.analyze.speakers import ROLES, country_of
from onrecord.analyze.transfer import transfers
from onrecord.model import Span, Stance, Statement, Topic, combined

SUPPORT = frozenset(
    """support back want insist demand seek urge favor favour welcome endorse advocate
    push pursue champion defend embrace approve praise continue irreversible vital
    importance revive resurrect essential crucial necessary commit committed propose call
    need hail accept ready willing prepared allow permit tolerate realistic agree intend
    intention precondition prerequisite deserve""".split()
)
OPPOSE = frozenset(
    """oppose opposed reject refuse block veto criticize criticise condemn deny resist fight
    against warn concern threat hostile fear object dismiss slam attack scrap
    halt stop ban prevent undermine derail impossible unacceptable dangerous abandon
    blast mistake provocation disaster unrealistic objection opposition disagree
    skeptical sceptical wary doubt doubtful abomination disgrace inadequate insufficient
    disappointment regrettable""".split()
)
# Taking a claim as true: no side on what the claim is about.
ASSENT = frozenset({"agree"})  # "deny that ..." still speaks against what it denies
DEPRIVALS = frozenset({"deny", "refuse"})  # passive, they tell a loss: "were denied entry"
_SIDED = (SUPPORT | OPPOSE) - ASSENT  # cues whose side falls on what they act on
_CLAUSES = frozenset({"ccomp", "advcl", "conj", "parataxis"})
# Verdicts on a thing, only as what its subject is said to be ("the tariffs
# were “brutal and unfounded”", "a major blow", "a success", "not an option"):
# before a noun they describe it ("the wrong impression"), as verbs they do
# other work ("blow away expectations"), and what they are to is their victim
# ("unfair to dealerships").
VERDICTS = {
    **dict.fromkeys(
        "success successful beneficial justified right option necessity safe".split(), 1
    ),
    **dict.fromkeys(
        """wrong unfounded unjustified unfair brutal harmful damaging blow catastrophic
        counterproductive reckless misguided dumb stupid foolish unsafe flawed
        shameful""".split(),
        -1,
    ),
}
# Verbs that undo what they act on ("give up" too): against it, but only their
# own object ("lift sanctions", "sanctions should be lifted"), not one deeper in it ("lift
# restrictions that kept trucks out" is not against trucks).
REVERSALS = frozenset(
    "ease lift loosen relax withdraw reverse overturn repeal rescind suspend pause".split()
)
# Verbs that regard their object as something: "viewed the deployment as unacceptable".
REGARDS = frozenset("view see regard consider describe treat brand label characterize".split())
# Doubts about a thing are against it; doubting that something happens is a guess.
DOUBTS = frozenset({"doubt"})
# Verbs that voice an attitude their object names: "cast doubt on X".
VOICING = frozenset("cast raise voice express".split())
# Verbs that say what their object is: "called X “unrealistic”", "declared X unrealistic".
NAMING = REGARDS | frozenset("call declare deem term dub pronounce".split())
# Judgements of a deed that only compose with a side it takes ("accused Putin
# of rejecting the proposal": for it), never a side by themselves ("accused
# Russia of dragging out the talks" is no side on talks).
ACCUSATIONS = frozenset({"accuse", "blame"})
# Negating these denies a promise or a deal term, not the thing promised.
COMMITMENT = frozenset(
    """promise guarantee guaranteed pledge assure vow part component condition
    precondition offer""".split()
)
SUBJECTS = frozenset({"nsubj", "csubj"})
# What one votes to do to a bill that takes its side ("would vote to advance the
# bill"): only under "vote", for passing a bill is an event, not a side.
PASSAGE = frozenset("advance pass adopt ratify confirm".split())
# Where a question is put, as (word, noun): "off the table" (-1), "on the agenda"
# (+1, "not on" turns it), "a red line" (-1).
PLACES = {("off", "table"): -1, ("on", "table"): 1, ("on", "agenda"): 1, ("red", "line"): -1}
# Verbs that judge their subject by what it does to something.
HARMS = frozenset("threaten undermine endanger harm hurt damage destabilize jeopardize".split())
HELPS = frozenset("help strengthen benefit protect boost".split())
# Verbs whose side their particle sets: "ruled out membership", "pushed back on".
PARTICLES = {
    ("rule", "out"): -1,
    ("push", "back"): -1,
    ("tone", "down"): -1,
    ("roll", "back"): -1,
    ("scale", "back"): -1,
    ("wind", "down"): -1,
}
QUESTIONS = frozenset({"if", "whether"})
# Blocs one is a member of, by the names the text gives them; "the alliance"
# and "the bloc" name the one named last.
BLOCS = {
    "nato": "NATO",
    "north atlantic treaty organization": "NATO",
    "eu": "EU",
    "european union": "EU",
}
ALIASED = frozenset({"alliance", "bloc"})
MEMBERS = frozenset({"country", "member", "state", "nation"})
# Not believing a clause denies it: "does not think it is realistic".
BELIEFS = frozenset("believe think expect consider imagine suppose feel".split())
DEONTIC = frozenset({"should", "must", "ought"})
MODALS = DEONTIC | {"will", "would", "shall", "wo", "'ll", "’ll"}  # not "could": no side
# Deeds that meet an amount or a target: what will or should be spent is a side on it.
INCLUSIONS = frozenset({"involve", "include"})  # what a deal must hold is a side for it
# Deeds that give their object: the speakers are for what they say they will give.
PROVISIONS = frozenset("give provide offer extend grant make sign enforce implement".split())
AMOUNT_DEEDS = frozenset("spend pay meet reach hit invest contribute".split())
NEGATIONS = frozenset("not n't n’t never no nobody nothing none neither nor".split())
THIRD_PERSON = frozenset("he she they".split())
SPEAKER_PRONOUNS = frozenset({"he", "she"})  # the speaker's "I" in reported speech
# Nouns too general to name a question by themselves.
LIGHT = frozenset(
    """idea question issue matter part component way thing time year day week month
    people presence inclusion pursuit prospect possibility aspiration condition
    justification entity direction role comment remark statement interview visit deployment
    request invitation decision ruling table ground vote agenda
    lot kind sort number point case fact reason view position side term place end
    something anything everything one country group accordance concern others need course
    call demand plea appeal push intention objection opposition outcome exchange precondition
    prerequisite approval passage passing""".split()
)
FAVOUR = frozenset({"favour", "favor"})
# Nouns for people are actors, not questions, unless tied to a name ("member of NATO").
PEOPLE = frozenset(
    """president candidate nominee voter people woman man family kid child official
    leader member supporter critic reporter spokesman spokeswoman adviser aide citizen
    american worker resident friend person someone everyone anyone wife husband father
    mother son daughter brother sister parent rival opponent challenger ally adult patient
    constituent""".split()
)
_GROUPS = PEOPLE | ROLES  # plural nouns for people whose deeds are theirs
# Words of saying: a side in a clause they govern is the sayer's, not the
# speaker's ("commented on Trump's statements that Ukraine will never join").
REPORT_VERBS = frozenset(
    "say tell suggest claim argue state report assert announce insist declare".split()
)
REPORT_NOUNS = frozenset(
    """statement proclamation claim assertion suggestion remark comment indication
    signal allegation rumor rumour report""".split()
)
ABOUT = frozenset({"about", "on", "regarding", "concerning"})
REPORT_REACH = 8  # how far before its that-clause a noun of saying may end its phrase
FIRST_PERSON = frozenset({"i", "we"})
CONCESSIVE = frozenset({"despite", "notwithstanding"})
# Words setting a phrase in time: what it is set by takes no side ("ahead of the summit").
SETTINGS = frozenset({"ahead", "before", "after", "during", "amid", "since", "until"})
CONCEDING = frozenset({"although", "though"})  # marks of a clause granted, not argued
REASONS = frozenset({"as", "because", "since"})  # marks of a clause giving a reason
# Prepositions that give an adjective an aim of its own ("committed to", "wary of"),
# and adjectives whose "for" is their aim ("ready for a ceasefire"), not whom
# they judge a thing good or bad for ("not realistic for Italy's budget").
AIMS = frozenset("to toward towards about of on with into against".split())
ATTITUDES = frozenset("ready prepared eager keen willing grateful".split())
# Nouns whose question is where they lead: "path to membership", "road to a deal".
PATHS = frozenset({"path", "road"})
# Grounds for a thing, a side on it only when denied: "no justification or
# need for these tariffs" is against them, "the reason for the tariffs" nothing.
GROUNDS = frozenset("justification basis excuse reason".split())
# Means put to a purpose: "force to acquire", "the use of force to seize".
MEANS = frozenset("force use power means coercion pressure involve employ military time".split())
# Nouns whose question is what they are for: "a proposal for a 30-day ceasefire",
# "Ukraine's bid for NATO membership"; without "for" they name one themselves.
# Not "plan": a "plan for the economy" is about it, not for it.
PROPOSALS = frozenset({"proposal", "offer", "bid"})
# What a legislature or negotiators adopt: "the bill" is the kind of bill the
# text named before ("the border security bill").
MEASURES = frozenset({"bill", "legislation", "measure", "package", "treaty", "resolution"})
DEALS = frozenset({"deal", "agreement", "accord", "pact"})
DEAL_KEY = "deal"  # "the agreement" after "the minerals deal" is that deal
STAGES = frozenset({"draft", "framework"})  # not what a deal is about: "the draft agreement"
POINTERS = frozenset({"it", "this", "that"})  # pronouns that may stand for a measure
_POINTED = MEASURES | DEALS  # what they may stand for
NEAR = 2  # how far up from the phrase a bare negation still speaks against it
SUBJECT_REACH = 3  # how far below a clause's subject a verdict on it still judges the phrase
# Verbs whose object names a question: "join NATO", "recognize Crimea as Russian".
VERB_HEADS = frozenset({"join", "enter", "recognize", "recognise"})
LINKING_PREPOSITIONS = frozenset({"to", "into", "of"})
PLACE_PREPOSITIONS = frozenset({"to", "into", "in"})
MAX_TOPICS = 4
LOOK_BACK = 1000  # how far back a bare noun's name is looked for
NAMES_KEY = "onrecord_names"  # Doc.user_data key of the per-document name index
PERSON_WORDS_KEY = "onrecord_person_words"  # and of the words of people's names
AMOUNT_KEY = "onrecord_amount"  # Doc.user_data key of the percentage a text names most
# Nouns for an amount to reach: one named without it is of the amount its text
# names most often as a target.
TARGETS = frozenset("target goal commitment pledge".split())
_SHARE = r"(\d+(?:\.\d+)?)\s?(?:%|percent\b)"
_TARGET = "(?:" + "|".join(sorted(TARGETS)) + ")s?"
_TARGET_AMOUNT = re.compile(  # "the 5% target", "a 5 percent spending goal", "a target of 5%"
    rf"\b{_SHARE}\s+(?:[a-z]+\s+)?{_TARGET}\b|\b{_TARGET}\s+of\s+{_SHARE}"
)


def _content_tokens(doc: Doc, statement: Statement) -> list[Token]:
    """The tokens lying wholly inside the content's parts."""
    tokens: list[Token] = []
    for part in statement.parts:
        span = doc.char_span(part.start, part.end, alignment_mode="contract")
        if span is not None:
            tokens.extend(span)
    return tokens


def _quoted(token: Token, quotes: Sequence[Quote]) -> bool:
    return any(q.start <= token.idx < q.end for q in quotes)


def _linked(head: Token, inside: set[int]) -> bool:
    """The noun is tied to a name by "to" or "of": "member of NATO"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in LINKING_PREPOSITIONS
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" and o.i in inside for o in prep.children)
        for prep in head.rights
    )


def _phrase(head: Token, inside: set[int]) -> list[Token]:
    """The head noun with its compounds and adjectives, and a linking ``to/of NAME``.

    Adjectives that judge ("irreversible path into NATO", "unacceptable plans")
    are left out; so is a country owning the thing when a place follows ("membership
    of Ukraine in NATO" is "membership in NATO").
    """
    judged = head.lemma_.lower() in PATHS
    tokens = [
        c
        for c in head.lefts
        if c.dep_ in ("compound", "amod", "nmod")
        and c.i in inside
        and c.pos_ != "DET"
        and not (c.dep_ == "amod" and (judged or _first_polar([c]) is not None))
    ]
    tokens += [g for c in tokens if c.dep_ == "compound" for g in _compounds(c)]
    tokens.append(head)
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in LINKING_PREPOSITIONS:
            objects = [o for o in prep.children if o.dep_ == "pobj" and _named(o)]
            if objects and objects[0].i in inside:
                tokens += [prep, objects[0]]
    words = sorted({t.i: t for t in tokens if t.i in inside}.values(), key=lambda t: t.i)
    place = _place(head, words[-1], inside)
    if place and len(words) >= 3 and words[-2].lower_ == "of" and words[-1].ent_type_ == "GPE":
        words = words[:-2]
    words += place
    first = words[0]
    # "NATO-like guarantees": keep what a hyphen joins to the phrase.
    while first.i >= 2 and first.nbor(-1).text == "-" and not first.nbor(-1).whitespace_:
        if first.i - 2 not in inside or first.nbor(-2).whitespace_:
            break
        first = first.nbor(-2)
        words.insert(0, first)
    # "20% tariff", "5 percent": and a number written onto it or counting percent.
    if first.i >= 1 and first.i - 1 in inside:
        number = first.nbor(-1)
        if number.like_num and (not number.whitespace_ or first.lower_ == "percent"):
            words.insert(0, number)
    return words


def _compounds(word: Token) -> list[Token]:
    """The nouns compounded onto a compound: "border" of "border security bill"."""
    found = [c for c in word.lefts if c.dep_ == "compound"]
    return found + [g for c in found for g in _compounds(c)]


def _place(head: Token, last: Token, inside: set[int]) -> list[Token]:
    """A place named right after the phrase, which says where the question lies:
    "troops to Ukraine" ("sending troops to Ukraine"), "Western troops in Ukraine"
    ("the presence of Western troops in Ukraine"), also after where the thing
    comes from ("troops from NATO countries in Ukraine").  The preposition may
    hang on the noun, on the verb it is the object of, on a light noun it
    belongs to, or inside the "from" phrase."""
    doc = last.doc
    if last.i + 2 >= len(doc) or head.lemma_.lower() in MEASURES:
        return []  # "this Bill in the Lords": where it is debated, not what it is
    owners = {head.i}
    if head.dep_ == "dobj":
        owners.add(head.head.i)
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        owner = head.head.head
        if owner.lemma_.lower() in LIGHT:
            owners.add(owner.i)
    prep = last.nbor(1)
    origin: list[Token] = []
    if prep.lower_ == "from" and prep.head.i in owners:
        inner = [t for t in prep.subtree if t.dep_ == "prep" and t.lower_ in PLACE_PREPOSITIONS]
        after = prep.right_edge.i + 1
        following = inner[0] if inner else doc[after] if after < len(doc) else None
        if following is None or following.i <= prep.i:
            return []
        origin = list(doc[prep.i : following.i])
        owners.update(t.i for t in origin)
        prep = following
    if prep.lower_ not in PLACE_PREPOSITIONS or prep.i not in inside:
        return []
    places = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.head.i not in owners or not places or places[0].i not in inside:
        return []
    if places[0].pos_ != "PROPN" or places[0].i - prep.i > 3:
        return []
    return [*origin, prep, places[0]]


def _common(token: Token) -> bool:
    """A common noun, also a measure written with a capital after a determiner
    or an owner, as British papers write them ("this Bill", "Ms Leadbeater's
    Bill", "the Assisted Dying Bill")."""
    return token.pos_ == "NOUN" or (
        token.pos_ == "PROPN"
        and token.lower_ in MEASURES
        and any(c.dep_ in ("det", "poss", "compound", "nmod") for c in token.children)
        and not (token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "of")  # "Bill of Rights"
    )


def _named(token: Token) -> bool:
    """A name, or a noun a name qualifies: "NATO", "NATO membership" ("path to NATO membership")."""
    return token.pos_ == "PROPN" or (
        _common(token) and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts)
    )


# Nouns naming a side one takes on what follows "for" or "to": "support for",
# "opposition to" (not "the threat of tariffs", a thing, nor "the support of
# the public", whose support it is).
SIDE_NOUNS = frozenset(
    "support backing endorsement approval opposition objection resistance".split()
)


def _attitude_to(noun: Token) -> bool:
    """A noun naming a side taken on what follows it: "his support for the impeachment"."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in SIDE_NOUNS
        and any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in noun.children)
    )


def _others_side(noun: Token, cue: Token | None) -> bool:
    """A side named by a noun that someone else holds: "her previous support
    for global trade deals", "decades of Republican support for free trade";
    not the speaker's own, which the cue announces ("announced his support for
    the impeachment") or the speaker owns ("our support for Ukraine")."""
    if not _attitude_to(noun) or (cue is not None and noun.head.i == cue.i):
        return False
    return any(
        (c.dep_ == "poss" and c.lower_ not in ("my", "our"))
        or (c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "PERSON", "ORG", "GPE"))
        for c in noun.children
    )


def _modifies(noun: Token, inside: set[int]) -> bool:
    """A noun inside another topic: "steel" in "tariffs on steel", "bloc" in "join the bloc",
    or an owner: "nation" in "the nation’s cybersecurity efforts"."""
    if noun.dep_ == "poss" or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in VERB_HEADS):
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    owner = prep.head
    owned = owner.lemma_.lower()
    if owned in PROPOSALS and prep.lower_ == "for":
        return False
    if _attitude_to(owner):
        return False  # "his support for the impeachment": the impeachment is the question
    return (
        owner.i in inside
        and _common(owner)
        and owned not in LIGHT
        and owned not in PATHS
        and not _in_favour(owner)
    )


def _in_favour(word: Token) -> bool:
    """ "favour" of "in favour of X": no question itself; X is, and "favour" a side on it."""
    return word.lemma_.lower() in FAVOUR and word.head.lower_ == "in"


def _hyphenated(token: Token) -> bool:
    """The first half of a hyphenated word: "tax" in "tax-paying"."""
    return (
        not token.whitespace_
        and token.i + 2 < len(token.doc)
        and token.nbor(1).text == "-"
        and not token.nbor(1).whitespace_
    )


def _heads(tokens: list[Token]) -> Iterator[Token]:
    """Heads of topic phrases: common nouns that name something, and "join X"."""
    inside = {t.i for t in tokens}
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.text == "-":
            continue  # the hyphen of "re-election", tagged a noun: no question
        if _common(token):
            named = (
                token.dep_ != "compound"
                and not _in_favour(token)
                and not _attitude_to(token)
                and (lemma not in LIGHT or _bloc_named(token) is not None)
                and lemma not in REPORT_NOUNS
                and not _modifies(token, inside)
                and not _hyphenated(token)
                and not (lemma in PATHS and _leads_on(token, inside))
                and not (lemma in PROPOSALS and _proposes(token, inside))
            )
            if _bloc_member(token) is not None:
                named = True  # "a NATO country": membership
            elif lemma in PEOPLE:
                named = named and len(_phrase(token, inside)) > 1 and _linked(token, inside)
            if _amount(token):
                # A share is a question only as one to spend or pay ("would not
                # spend 5% of GDP"), not as a poll's ("Trump received 37 percent").
                named = named and token.dep_ == "dobj" and token.head.lemma_.lower() in AMOUNT_DEEDS
        elif token.lower_ in POINTERS:
            named = True  # named by what it stands for, if anything (see topics)
        else:
            named = token.pos_ == "VERB" and lemma in VERB_HEADS and bool(_objects(token, inside))
        if named:
            yield token


def _pointed_at(pronoun: Token) -> str | None:
    """The measure or deal a pronoun judged in the content stands for ("it was
    a “terrible mistake”", "called it a mistake", "it was “the only viable
    option”"): the last one the text named before it, in its paragraph or the
    one before, by the name the text gave it.  Only the subject of "be" with a
    predicate, not one standing for a clause ("It was a mistake to invade
    Iraq"), or the object of a verb naming it something; never a plural
    ("larger bills")."""
    head = pronoun.head
    if pronoun.tag_ == "WDT":
        return None  # a relative "that" stands for the noun it follows
    if pronoun.dep_ == "nsubj" and head.lemma_ == "be":
        predicates = [c for c in head.children if c.dep_ in ("attr", "acomp")]
        clauses = [c for c in (head, *predicates) for c in c.children]
        if not predicates or (
            pronoun.lower_ == "it"  # "this is the right thing to do" judges this
            and any(
                c.dep_ in ("xcomp", "ccomp", "csubj")
                or (c.dep_ in ("acl", "relcl") and c.tag_ == "VB")
                for c in clauses
            )
        ):
            return None  # "It was a mistake to invade Iraq": the clause is judged
    elif not (
        pronoun.dep_ == "dobj"
        and head.lemma_.lower() in NAMING
        and any(c.dep_ == "oprd" for c in head.children)
    ):
        return None
    doc = pronoun.doc
    breaks = 0
    for token in reversed(doc[max(0, pronoun.i - LOOK_BACK) : pronoun.i]):
        if token.is_space and "\n" in token.text:
            breaks += 1
            if breaks > 1:
                return None
        if (
            _common(token)
            and token.lemma_.lower() in _POINTED
            and token.tag_ not in ("NNS", "NNPS")  # "it" is no "larger bills", no "trade deals"
        ):
            return _named_before(token) or _measure_name(token) or token.lemma_.lower()
    return None


def _proposes(proposal: Token, inside: set[int]) -> bool:
    """A proposal for a thing the content names: "proposal for a ceasefire"."""
    return _proposed(proposal, inside) is not None


def _proposed(proposal: Token, inside: set[int]) -> Token | None:
    """What a proposal is for, when the content names it: "ceasefire" in "a
    proposal for a ceasefire"."""
    return next(
        (
            o
            for child in proposal.children
            if child.dep_ == "prep" and child.lower_ == "for" and child.i in inside
            for o in child.children
            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.i in inside
        ),
        None,
    )


def _leads_on(path: Token, inside: set[int]) -> bool:
    """A path to a question the content names by other words: "path to membership
    in the alliance", "path to join NATO" (those words are the topic)."""
    if path.dep_ == "nsubj" and path.head.i in inside and _non_finite(path.head):
        return True  # spaCy reads "path to join NATO" as the joining's subject
    for child in path.children:
        if child.i not in inside:
            continue
        if (
            child.dep_ == "prep"
            and child.lower_ in PLACE_PREPOSITIONS
            and any(o.dep_ == "pobj" and _common(o) for o in child.children)
        ):
            return True
        if child.dep_ in ("acl", "relcl") and _non_finite(child):
            return True
    return False


def _negated(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass") and _outdone(token):
            continue  # "Nobody wants peace more than the Ukrainians do"
        if child.dep_ == "neg" or child.lower_ in NEGATIONS:
            return child
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return child  # "is no longer pursued"
        if child.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "no" for g in child.children):
            return child
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in NEGATIONS:
            return child
    return None


def _people(noun: Token) -> bool:
    """A plural noun for people ("parents", "officials", "MPs")."""
    return noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() in _GROUPS


def _asked_about(token: Token) -> bool:
    """What one is asked about, or declines to talk about ("refused to talk
    about America's interest in Greenland", "would not comment on the bill"):
    the question put, no side."""
    verb = token.head
    if token.lower_ == "about" and verb.lemma_.lower() == "ask":
        return True
    return (
        token.lower_ in ("about", "on")
        and verb.lemma_.lower() in ("talk", "speak", "comment")
        and (
            any(c.dep_ == "neg" for c in verb.children)
            or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline"))
        )
    )


def _contrasted(conjunct: Token, head: Token) -> bool:
    """Whether a clause is set against its head by "but" ("not X, but Y"): the
    head's negation is not its own."""
    return (
        conjunct.dep_ == "conj"
        and conjunct.head.i == head.i
        and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children)
    )


def _outdone(verb: Token) -> bool:
    """Whether a verb compares ("Nobody wants peace more than the Ukrainians
    do"): its negated subject says no one outdoes the rest, not that no one does."""
    return any(
        c.dep_ == "advmod" and c.lower_ in ("more", "less", "better") for c in verb.children
    ) and any(t.lower_ == "than" for t in verb.subtree)


def _polar(token: Token, own: bool = True, verdicts: bool = False) -> tuple[int, Token] | None:
    """+1 or -1 and the deciding word, for the token (when ``own``) or what it predicates:
    an adjective ("remains irreversible") or one qualifying its noun ("a crucial condition");
    with ``verdicts``, also a verdict ("were “brutal and unfounded”")."""
    if token.lemma_.lower() == "come" and any(c.lower_ == "first" for c in token.children):
        return 1, token  # a priority: "a ceasefire must come first"
    predicates = [c for c in token.children if c.dep_ in ("acomp", "oprd")]
    if token.lemma_.lower() in NAMING and not any(p.pos_ == "ADJ" for p in predicates):
        predicates += _trailing_predicate(token)  # also past a thing read as "oprd"
    if own and token.lemma_.lower() in VOICING:  # "cast doubt on", "raised concerns about"
        predicates += [c for c in token.children if c.dep_ == "dobj"]
    # "right and necessary"
    predicates += [c for p in predicates for c in p.children if c.dep_ == "conj"]
    if token.lemma_.lower() in REGARDS:  # "viewed the deployment as unacceptable"
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"):
            predicates += [c for c in prep.children if c.dep_ in ("amod", "acomp", "pobj")]
    for prep in (c for c in token.children if c.dep_ == "prep"):  # "is off the table"
        for thing in (o for o in prep.children if o.dep_ == "pobj"):
            if (prep.lower_, thing.lower_) in PLACES:
                return PLACES[(prep.lower_, thing.lower_)], prep
    existential = any(c.dep_ == "expl" for c in token.children)  # "there are skeptical voters"
    for attr in (c for c in token.children if c.dep_ == "attr" and not existential):
        # "is a (crucial) threat"
        qualifiers = [a for a in attr.children if a.dep_ == "amod"]
        for qualifier in qualifiers:
            if (qualifier.lower_, attr.lower_) in PLACES:
                return PLACES[(qualifier.lower_, attr.lower_)], attr
        predicates += [attr, *qualifiers]
    found = _first_polar(([token] if own else []) + predicates)
    if found is None and (verdicts or token.lemma_.lower() in NAMING):  # "called it shameful"
        verdict = next((w for w in predicates if w.lemma_.lower() in VERDICTS), None)
        found = None if verdict is None else (VERDICTS[verdict.lemma_.lower()], verdict)
    return found


def _trailing_predicate(verb: Token) -> list[Token]:
    """What a naming verb says its object is, where spaCy hung it inside the
    object: "calling Ukraine's NATO ambitions and its goal of reclaiming all
    lost territories “unrealistic”" (on "reclaiming"), "declared Ukraine's
    NATO membership and restoration of its borders “unrealistic”" (on
    "borders", after it): the adjective closing the object."""
    doc = verb.doc
    for thing in (c for c in verb.children if c.dep_ in ("dobj", "oprd")):
        k = thing.right_edge.i
        while k > thing.i and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        last = doc[k]
        while last.dep_ == "conj" and last.head.pos_ == "ADJ" and last.head.i > thing.i:
            last = last.head  # "“shameful and corrupt”"
        if last.pos_ == "ADJ" and (
            last.dep_ == "oprd" or (last.dep_ == "amod" and last.head.i < last.i)
        ):
            return [last]
    return []


def _effect(verb: Token) -> tuple[int, Token] | None:
    """What a clause says its subject does to something: "expansion threatens
    its security" (-1), "the deal protects jobs" (+1)."""
    lemma = verb.lemma_.lower()
    if lemma in HARMS:
        return -1, verb
    if lemma in HELPS:
        return 1, verb
    if lemma == "work" and _works(verb):
        return 1, verb
    return None


def _works(verb: Token) -> bool:
    """Whether "work" says a thing works ("the tariffs are working"): not labour
    ("working on a deal", "working hard"), nor a deed's working ("slashing
    taxes hasn't worked" judges the slashing, not the taxes)."""
    labour = any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "prt", "advcl")
        or (c.dep_ == "prep" and c.lower_ != "without")  # "will not work without guarantees"
        or (c.dep_ == "advmod" and c.lower_ in ("hard", "together", "closely"))
        for c in verb.children
    )
    thing = any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    return thing and not labour and verb.dep_ not in ("relcl", "acl")


def _first_polar(words: Iterable[Token]) -> tuple[int, Token] | None:
    for word in words:
        lemma = word.lemma_.lower()
        if lemma == "call" and not (
            _followed_by(word, "for") or (_common(word) and _followed_by(word, "to"))
        ):
            continue  # "calls it a crazy system" names; "calls for talks", "a call to ban" support
        for particle in (c.lower_ for c in word.children if c.dep_ == "prt"):
            if (lemma, particle) in PARTICLES:
                return PARTICLES[(lemma, particle)], word
        if lemma == "forget" and _followed_by(word, "about"):
            return -1, word  # "can forget about joining NATO"
        if lemma == "open" and word.pos_ == "ADJ":
            return 1, word  # "open to talks", not "opened fire"
        if lemma in DEPRIVALS and any(c.dep_ == "auxpass" for c in word.children):
            continue  # "will be denied an outlet": a loss told, no one's opposition
        if lemma in SUPPORT:
            return 1, word
        if (lemma in OPPOSE and not (lemma in DOUBTS and word.pos_ == "VERB")) or lemma.startswith(
            "anti"
        ):
            return -1, word
    return None


def _followed_by(word: Token, particle: str) -> bool:
    """ "called for": "for" hangs on the verb or opens the clause right after it."""
    after = word.i + 1 < len(word.doc) and word.nbor(1).lower_ == particle
    return after or any(c.lower_ == particle for c in word.children)


def _aim(token: Token) -> tuple[int, Token] | None:
    """What a verb is said to be after: "attempting to strengthen their anti-Russian
    position" (-1, "anti").  Read when the phrase lies in the verb's means ("by
    discussing sending peacekeepers"): the speaker judges the means by the aim."""
    words: list[Token] = []
    for aim in (c for c in token.children if c.dep_ == "xcomp"):
        words.append(aim)
        for thing in (c for c in aim.children if c.dep_ == "dobj"):
            words += [thing, *(a for a in thing.children if a.dep_ == "amod")]
    return _first_polar(words)


def _described(noun: Token) -> tuple[int, Token] | None:
    """How a relative clause on the noun judges it: "NATO, which it perceives as a
    hostile entity" (-1, "hostile")."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        words = [
            w
            for prep in clause.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for thing in prep.children
            if thing.dep_ == "pobj"
            for w in (thing, *(a for a in thing.children if a.dep_ == "amod"))
        ]
        polar = _polar(clause, own=False) or _first_polar(words)
        if polar is not None:
            return polar
    return None


def _reported_of_other(token: Token, quotes: Sequence[Quote]) -> bool:
    return _quoted(token, quotes) and any(
        c.dep_ == "nsubj" and c.lower_ in THIRD_PERSON for c in token.children
    )


def _commitment(token: Token) -> bool:
    words = [token, *(c for c in token.children if c.dep_ in ("attr", "acomp"))]
    words += [g for w in words[1:] for g in w.children if g.dep_ == "amod"]
    return any(w.lemma_.lower() in COMMITMENT or w.lower_ in COMMITMENT for w in words)


def _chain(
    head: Token, inside: set[int], cue: Token | None, quotes: Sequence[Quote]
) -> list[Token]:
    """The words that govern the phrase, from it up to the top of the content,
    and the cue when the cue acts on it."""
    chain = [head]
    while chain[-1].head.i != chain[-1].i and chain[-1].head.i in inside:
        chain.append(chain[-1].head)
    if (
        cue is not None
        and cue.i not in inside
        and (
            _object_of_cue(chain, quotes)
            or (_reason(chain[-1:]) and chain[-1].head.i == cue.i)  # "criticized X for ..."
        )
    ):
        chain.append(cue)
    return chain


def _nobody_s_side(
    chain: list[Token],
    depth: int,
    cue: Token | None,
    speaker: Speaking,
    quotes: Sequence[Quote],
) -> bool:
    """Whether the word at ``depth`` puts the phrase beyond any side of the
    speaker's: a question ("asked if Trump had ruled it out"), a concession
    ("irreversible despite X"), another's saying ("claims that ..."), another
    person's or country's deed or wish ("Zelensky said Putin rejected the
    proposal", "U.S. envoy Steve Witkoff said Russia had agreed to halt ..."),
    whom a judgement is for ("not realistic for Italy's budget"), another's
    readiness ("the Ukrainian leader is “not ready for peace”"),
    but not what the speaker says it will or should do ("Trump said Ukraine
    would never join NATO")."""
    token = chain[depth]
    top = len(chain) - (2 if cue is not None and chain[-1].i == cue.i else 1)
    if _others_side(token, cue):
        return True
    if depth == top and _common(token) and _judgement(chain, depth, quotes):
        # another's wish, with no word of the content's over it: "expressed
        # frustration with Zelenskyy’s demand for ..." (not "condemning Trump’s
        # call for a ban", against the ban)
        owners = [c for c in token.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"]
        if owners and not {t.lower_ for t in owners[0].subtree} & speaker.words:
            return True
    if token.lemma_.lower() in ATTITUDES and token.dep_ == "acomp":
        subjects = [c for c in token.head.children if c.dep_ in SUBJECTS]
        if subjects and all(_another(s, speaker, quotes) for s in subjects):
            return True  # another's readiness: "the Ukrainian leader is “not ready for peace”"
    for subject in token.children:
        group = _people(subject)
        if subject.dep_ not in SUBJECTS or not (
            group or subject.ent_type_ in ("PERSON", "GPE", "NORP")
        ):
            continue
        if (
            (cue is not None and token.i == cue.i)
            or any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children)
            or (token.dep_ == "ccomp" and _deontic(token.head) is not None)
        ):
            break  # what will, would or should happen is the speaker's own claim
            # ("must ensure that Ukraine gives up its NATO ambitions"); not what
            # could ("Witkoff said Russia could accept a short ceasefire")
        if group:
            return True  # "MPs whom she hoped would support her have moved against the bill"
        words = [t.lower_ for t in subject.subtree]
        country = country_of(" ".join(t.text for t in subject.subtree))
        person = subject.ent_type_ == "PERSON" or subject.text in _person_words(subject.doc)
        if person and country is None and not set(words) & speaker.words:
            return True  # ("Kyiv", tagged a person, is a government; "Carney", tagged a place,
            # where the text names Mark Carney, is a person)
        if country is not None and speaker.country is not None and country != speaker.country:
            return True
    if any(c.dep_ == "mark" and c.lower_ in QUESTIONS for c in token.children):
        return True
    if _asked_about(token) or (token.dep_ == "pobj" and _asked_about(token.head)):
        return True  # "When asked about concerns regarding the bill, she said": the question put
    if token.lower_ == "in" and any(map(_in_favour, token.children)):
        # "Sanders' vote in favor of a law" (the parse may hang "in" on the verb):
        # his side, told by another
        verb = token.head
        owned = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.i < token.i)]
        owners = [c for o in owned for c in o.children if c.dep_ == "poss"]
        if any(c.lower_ not in ("my", "our") for c in owners):
            return True
    if token.dep_ == "prep" and token.lower_ in CONCESSIVE:
        return True
    if depth and any(c.dep_ == "mark" and c.lower_ in CONCEDING for c in token.children):
        return True  # "would not negotiate ..., although its residents could vote for independence"
    if (
        token.dep_ == "prep"
        and token.lower_ == "for"
        and token.head.pos_ == "ADJ"
        and token.head.lemma_.lower() not in ATTITUDES
    ):
        return True  # whom a judgement is for: "not realistic for Italy's budget"
    return bool(depth and _reports(token, chain[depth - 1], cue)) or _after_report(token, cue)


def _another(subject: Token, speaker: Speaking, quotes: Sequence[Quote]) -> bool:
    """Whether a subject is plainly not the speaker: a person named or described
    ("the Ukrainian leader"), "he" or "she" in the speaker's own words, a
    country other than the speaker's; not "I", "we", "she" told of outside
    quotation marks ("Lee said she is ready"), the speaker's name, nor a
    country when the speaker's is unknown."""
    lowered = subject.lower_
    if lowered in FIRST_PERSON:
        return False
    if lowered in THIRD_PERSON or lowered == "it":
        return _quoted(subject, quotes)
    if {t.lower_ for t in subject.subtree} & speaker.words:
        return False
    if subject.lemma_.lower() in ROLES:
        return True
    country = country_of(" ".join(t.text for t in subject.subtree))
    if country is not None:
        return speaker.country is not None and country != speaker.country
    return subject.ent_type_ not in ("GPE", "NORP", "ORG")  # a place or body: cannot tell


def _judgement(chain: list[Token], depth: int, quotes: Sequence[Quote]) -> tuple[int, Token] | None:
    """How the word at ``depth`` judges the phrase below it, if it does."""
    token = chain[depth]
    if not depth:
        return None
    if _pending(token):
        return None  # "put off a decision on approving the deal": no one's side yet
    if token.lemma_.lower() in ASSENT and chain[depth - 1].dep_ in _CLAUSES:
        # "don't agree that it will shut the government down": a claim taken
        # as true or not, no side on what it is about ("agreed to the deal" is).
        return None
    # A conjunct's own word is no judgement of it ("support for Ukraine and
    # the spending of NATO"), but a path's or a plan's adjective judges
    # where it leads.
    joined = chain[depth - 1].dep_ in ("conj", "appos")
    polar = _polar(token, own=not joined)
    if polar is None and _judged_by_adjective(token, chain[:depth]):
        polar = _first_polar(a for a in token.children if a.dep_ == "amod")
    if polar is not None and any(polar[1].i == c.i for c in chain[: depth + 1] if c is not token):
        # "a threat to Russia" does not judge itself, nor does "the support for
        # Ukraine, the spending of NATO" judge the spending by the support.
        polar = None
    if polar is None and chain[depth - 1].lower_ == "by":
        polar = _aim(token)
    if polar is None and _reverses(token) and _undone(chain[:depth]):
        polar = -1, token
    if polar is None and chain[depth - 1].lower_ == "for":
        polar = _denied_grounds(token)
    if polar is None and token.lemma_.lower() == "vote" and depth == 2 and _votes_for(chain[1]):
        polar = 1, token
    if polar is None or _reported_of_other(token, quotes):
        return None
    return polar


def _pending(word: Token) -> bool:
    """A deed a decision or vote is still to be taken on: "a decision on approving
    the deal", "a vote on blocking it"."""
    prep = word.head
    return (
        word.dep_ in ("pcomp", "pobj")
        and prep.dep_ == "prep"
        and prep.lower_ in ABOUT
        and prep.head.lemma_.lower() in PENDING
    )


def _denied_grounds(token: Token) -> tuple[int, Token] | None:
    """Grounds for a thing denied: "no justification for these tariffs" (+1,
    which the negation on the word turns), "there is no need for them" (-1:
    the negation sits on the grounds the verb states)."""
    if token.lemma_.lower() in GROUNDS:
        return (1, token) if _negated(token) is not None else None
    stated = [c for c in token.children if c.dep_ == "attr" and c.lemma_.lower() in GROUNDS]
    if stated and _negated(stated[0]) is not None:
        return -1, stated[0]
    return None


def _votes_for(word: Token) -> bool:
    """Whether "vote" then ``word`` votes for what follows: "would not vote for
    the bill", "would vote to advance the bill" ("vote against" opposes by itself)."""
    return word.lower_ == "for" or (word.dep_ == "xcomp" and word.lemma_.lower() in PASSAGE)


@dataclasses.dataclass(frozen=True, slots=True)
class Speaking:
    """Who speaks, as far as a side needs: the words naming the speaker and
    the country the speaker is or speaks for ("Kremlin spokesman": Russia)."""

    words: frozenset[str]
    country: str | None


def _speaking(statement: Statement) -> Speaking:
    names = [statement.source.text if statement.source else ""]
    speaker = statement.speaker
    if speaker is not None and speaker.name:
        names.append(speaker.name)
    country = None
    if speaker is not None:
        country = speaker.name if speaker.kind == "country" else country_of(speaker.role or "")
    return Speaking(frozenset(w.lower() for n in names for w in n.split()), country)


def _side(
    head: Token,
    inside: set[int],
    cue: Token | None,
    quotes: Sequence[Quote],
    speaker: Speaking,
) -> Topic:
    chain = _chain(head, inside, cue, quotes)
    sign = 0
    turns = 0
    near = False  # a negation on the phrase's own predicate ("was never going to be a member")
    evidence: list[Token] = []
    decided: int | None = None  # where the side was set
    described = False  # set by a word describing a thing ("a law banning TikTok")
    on_described: tuple[int, Token] | None = None  # and the side then met on that thing
    for depth, token in enumerate(chain):
        if _nobody_s_side(chain, depth, cue, speaker, quotes) or (
            token.dep_ == "agent" and not sign
        ):
            return _topic(head, inside, "unclear", [])  # also the doer: "pushed by media"
        if depth and not sign and token.lower_ in SETTINGS and token.dep_ in ("prep", "advmod"):
            # "rejecting any suggestion of ceding territory ahead of a planned
            # summit": when it happens, no side on the summit
            return _topic(head, inside, "unclear", [])
        if depth and not sign and _because(chain[depth - 1]):
            # "blocked the deal as it lacked security guarantees": the reason
            # for a side is no side on what it names
            return _topic(head, inside, "unclear", [])
        if depth and (not sign or described) and _purpose(chain[depth - 1]):
            # "ruled out using force to take control": a side on the means, none on the aim
            return _topic(head, inside, "unclear", [])
        # "no specific timeline", "no evidence": a quantity, not a side; but
        # "would never join NATO" denies the joining.
        if depth and chain[depth - 1].dep_ == "advcl" and chain[depth - 1].tag_ == "VBG":
            break  # "will not bring peace, rejecting ...": a participle set off has its own side
        negation = _negated(token) if depth or token.pos_ == "VERB" else None
        if depth and _contrasted(chain[depth - 1], token):
            negation = None  # "It is not because ..., but because ..., that I implore"
        if cue is not None and token.i == cue.i and _polar(cue) is None:
            negation = None  # "isn't saying", "doesn't mention": no side turned
        if negation is not None and _commitment(token):
            return _topic(head, inside, "unclear", [])
        if depth and chain[depth - 1].dep_ in SUBJECTS and chain[depth - 1].head.i == token.i:
            # The phrase is what the clause is about: only a predicate adjective
            # judges it ("the path remains irreversible"); what its verb does
            # ("the campaign hasn't spent much") is no side on it.
            polar = _polar(token, own=False, verdicts=True) or _effect(token)
            if not sign and depth > SUBJECT_REACH:
                # "Attempts to politicize the review of the acquisition are
                # counterproductive" judges the attempts, not the acquisition.
                return _topic(head, inside, "unclear", [])
            if polar is None or _aimed(polar[1]):
                # "the alliance remains committed to ...": the adjective tells
                # the subject's side on something else, not a side on it.
                return _topic(head, inside, "unclear", [])
            # A verdict on a deed done to it composes with the deed ("preventing
            # Muslims from entering is stupid": for entering).
            deed = chain[depth - 1].pos_ == "VERB"
            sign = sign * polar[0] if sign and deed else sign or polar[0]
            evidence.append(polar[1])
            # "was not realistic", "was “not realistic”": on the verb or the adjective.
            own = _negated(polar[1]) if polar[1] != token else None
            for negated in filter(None, (negation, own, *_denied_belief(chain, depth))):
                turns += 1
                evidence.append(negated)
            break
        polar = (
            _judgement(chain, depth, quotes)
            or (_deontic(token) if not depth or _passed(chain, depth) else None)
            or (
                _pledged(token, chain[0], _quoted(token, quotes))
                if depth == 1 and chain[0].dep_ == "dobj"
                else None
            )
        )
        if polar is None and sign and token.lemma_.lower() in ACCUSATIONS:
            polar = -1, token  # composes only: "accused Putin of rejecting the proposal"
        if (
            polar is None
            and decided is not None
            and _reverses(token)
            and _undone(chain[decided:depth])
        ):
            polar = -1, token  # "reverse his ban on the bid": for the bid
        if polar:
            if not sign:
                sign, decided = polar[0], depth
                evidence.append(polar[1])
                described = _describing(polar[1], inside) and (cue is None or polar[1].i != cue.i)
            elif decided is not None and (
                _reason(chain[decided + 1 : depth]) or _acted_on(chain, decided, depth)
            ):
                # "criticized Clinton for accepting donations": a judgement of a
                # deed composes with it (against donations), as does a side on a
                # deed or an attitude ("ruled out withdrawing troops": for them;
                # "rejected calls for a ceasefire": against it); once.
                sign *= polar[0]
                evidence.append(polar[1])
                decided = None
            elif described and on_described is None:
                on_described = polar  # the side on what the participle describes
        if negation is not None:
            turns += 1
            near = near or depth <= NEAR
            evidence.append(negation)
    if described and decided is not None:
        # "supported a law banning tariffs": against them; what the law does
        # is no one's side unless a side is taken on the law ("review the
        # decision to uphold a law banning tariffs")
        if on_described is None:
            return _topic(head, inside, "unclear", [])
        sign *= on_described[0]
        evidence.append(on_described[1])
    ruled_out = _ruled_out(head) if not sign and not turns else None
    if ruled_out is not None:
        sign = -1  # "there will be no extensions"
        evidence.append(ruled_out)
    if not sign and not turns:
        # What the content says the thing is: "NATO, which it perceives as hostile".
        judged = [head] if _common(head) else _objects(head, inside)
        polar = next(filter(None, map(_described, judged)), None)
        if polar is not None:
            sign = polar[0]
            evidence.append(polar[1])
    if not sign and turns:
        # A bare negation denies the phrase only as what something is or will
        # be ("he was never going to be a member of NATO"); "hadn't paid any
        # taxes", "will not be attending the debate" take no side on them.
        if not near or (head.dep_ != "attr" and head.pos_ != "VERB"):
            return _topic(head, inside, "unclear", [])
        sign = -1
        turns -= 1
    if turns % 2:
        sign = -sign
    stance: Stance = "for" if sign > 0 else "against" if sign < 0 else "unclear"
    return _topic(head, inside, stance, evidence if sign else [])


def _ruled_out(noun: Token) -> Token | None:
    """The "no" of "there will be no extensions": what is to be is a side;
    what is ("there is no evidence") is none."""
    verb = noun.head
    if noun.dep_ not in ("attr", "nsubj") or verb.lemma_ != "be":
        return None
    if not any(c.dep_ == "expl" for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return None
    return next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "no"), None)


def _describing(word: Token, inside: set[int]) -> bool:
    """A participle describing a thing the content mentions ("review a law
    banning TikTok"), not the thing the content is ("filed papers opposing
    the unsealing": what was filed opposes it)."""
    return (
        word.pos_ == "VERB"
        and word.dep_ == "acl"
        and word.tag_ in ("VBG", "VBN")
        and word.head.head.i in inside
        and word.head.head.i != word.head.i
    )


def _purpose(verb: Token) -> bool:
    """A purpose a means is put to: "using force to take control", "military
    force to acquire the Panama Canal"; not a plan's aim ("plans to deploy
    troops"), which its judgement judges, nor any other aim ("his call to raise
    the minimum wage")."""
    if not (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False
    if any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        return False  # "called for Ukraine to join NATO": what is called for
    return verb.dep_ in ("advcl", "acl", "relcl", "xcomp") and _means(verb.head, verb, depth=2)


def _means(word: Token, purpose: Token, depth: int) -> bool:
    """A means, or a deed whose object (or the deed it goes on to) is one:
    "force", "ruling out military force", "rule out involving the military";
    not the purpose itself ("ready to use force")."""
    if word.lemma_.lower() in MEANS:
        return True
    return depth > 0 and any(
        c.dep_ in ("dobj", "xcomp") and c.i != purpose.i and _means(c, purpose, depth - 1)
        for c in word.children
    )


def _denied_belief(chain: list[Token], depth: int) -> list[Token]:
    """The negations of beliefs the clause at ``depth`` is held in: "does not
    believe that NATO membership is a realistic outcome" denies it is."""
    found = []
    for k in range(depth + 1, len(chain)):
        if chain[k - 1].dep_ != "ccomp" or chain[k].lemma_.lower() not in BELIEFS:
            break
        negation = _negated(chain[k])
        if negation is not None:
            found.append(negation)
    return found


def _reverses(verb: Token) -> bool:
    """A verb that undoes what it acts on: "lift", "withdraw", "give up"."""
    lemma = verb.lemma_.lower()
    return lemma in REVERSALS or (
        lemma == "give"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        and not any(c.dep_ == "dobj" and c.lower_ == "heads" for c in verb.children)  # a heads up
    )


def _undone(below: list[Token]) -> bool:
    """Whether the phrase (``below[0]``, the chain up to a reversal) is what the
    reversal acts on: its object, a passive's subject, or what is withdrawn
    from ("lift sanctions", "withdraw from the deal")."""
    if len(below) == 1:
        return below[0].dep_ in ("dobj", "nsubjpass")
    return len(below) == 2 and below[1].dep_ == "prep" and below[1].lower_ == "from"


def _passed(chain: list[Token], depth: int) -> bool:
    """Whether the phrase is what a passage verb passes ("the bill must be
    passed", "should not pass the impeachment"): what the speaker says should
    pass takes a side as the deed does."""
    return (
        depth == 1 and chain[1].lemma_.lower() in PASSAGE and chain[0].dep_ in ("nsubjpass", "dobj")
    )


def _deontic(verb: Token) -> tuple[int, Token] | None:
    """+1 and the modal for a topic that is itself a deed the speaker says
    should or must be done ("Ukraine should join NATO": for the joining)."""
    if verb.pos_ != "VERB":
        return None
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in DEONTIC), None)
    return (1, modal) if modal is not None else None


def _amount(noun: Token) -> bool:
    """A share: "5%", "5 percent"."""
    return noun.lower_ in ("%", "percent") and any(c.like_num for c in noun.lefts)


def _pledged(verb: Token, amount: Token, quoted: bool) -> tuple[int, Token] | None:
    """+1 and the modal for what the speaker says a deal must involve, or for
    an amount or target a deed meets that the speaker says will, would or
    should be met ("would not spend 5% of GDP": against
    it; "they should pay 5%": for it); that it is met ("Spain spends 1.3%") is
    a fact, and what else is paid or reached ("pay attention") no amount."""
    if verb.lemma_.lower() in INCLUSIONS:  # "any end to the war must involve some swapping"
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in DEONTIC), None)
        return (1, modal) if modal is not None else None
    if verb.lemma_.lower() in PROVISIONS and _own_future(verb, quoted):
        return 1, verb  # "we will provide guarantees"; "I'm not going to make guarantees"
    if verb.lemma_.lower() not in AMOUNT_DEEDS:
        return None
    if not (_amount(amount) or amount.lemma_.lower() in TARGETS):
        return None
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
    return (1, modal) if modal is not None else None


def _own_future(verb: Token, quoted: bool) -> bool:
    """A deed the speakers say they will or would do: "we will provide", "I'm
    going to make", and outside a quotation "he would give" (reported speech
    tells the speaker's "I" so); not what another will do, nor what was done."""
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and verb.head.tag_ == "VBG":
        doer = verb.head  # "I'm going to make"
    elif any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        doer = verb
    else:
        return False
    own = FIRST_PERSON if quoted else FIRST_PERSON | SPEAKER_PRONOUNS
    return any(c.dep_ == "nsubj" and c.lower_ in own for c in doer.children)


def _judged_by_adjective(noun: Token, below: list[Token]) -> bool:
    """Whether the noun's adjectives judge the phrase ``below`` it (the chain up
    from the phrase): a path's ("an irreversible path of Ukraine to enter NATO")
    or a plan's to do a thing ("“unacceptable” plans to deploy European troops
    to Ukraine"), not the plan's adjuncts ("as part of a peace deal")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in PEOPLE:
        return False  # "skeptical Americans hearing that message": theirs, not the message's
    if noun.lemma_.lower() in PATHS:
        return True
    verb = below[-1]
    done = len(below) == 1 or (len(below) == 2 and below[0].dep_ == "dobj")
    return done and verb.dep_ == "acl" and _non_finite(verb)


def _reports(token: Token, below: Token, cue: Token | None) -> bool:
    """Whether ``token`` is a saying other than the speaker's own that governs the
    clause ``below`` it ("Trump's statements that ...", "indications suggested
    that ...") or names what it is about ("comments about NATO membership");
    not the cue, nor "I think", "we believe"."""
    if cue is not None and token.i == cue.i:
        return False
    lemma = token.lemma_.lower()
    if below.dep_ == "prep" and below.lower_ in ABOUT:
        # "supports Hegseth's comments about Ukraine's NATO membership": a side
        # on the comments, none on what they are about.
        return _common(token) and lemma in REPORT_NOUNS
    if below.dep_ not in ("ccomp", "acl", "relcl"):
        return False
    if _common(token):
        return lemma in REPORT_NOUNS
    if lemma not in REPORT_VERBS:
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return token.pos_ == "VERB" and not any(c.lower_ in FIRST_PERSON for c in subjects)


def _after_report(verb: Token, cue: Token | None) -> bool:
    """A that-clause right after a noun of saying, wherever the parser hung it:
    "the statements of Donald Trump that Ukraine will never become a member"."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return False
    for k in range(mark.i - 1, max(mark.i - 1 - REPORT_REACH, -1), -1):
        noun = verb.doc[k]
        if (
            _common(noun)
            and noun.lemma_.lower() in REPORT_NOUNS
            and noun.right_edge.i == mark.i - 1
            and (cue is None or noun.i != cue.i)
        ):
            return True
    return False


def _acted_on(chain: list[Token], decided: int, depth: int) -> bool:
    """Whether the word at ``depth`` acts on the one that set the side, a deed
    ("willing to ease sanctions") or an attitude named by a noun ("rejected
    calls for a ceasefire"), directly or through a preposition."""
    word = chain[decided]
    path = chain[decided + 1 : depth]
    if path and word.dep_ == "acl" and path[0].lemma_.lower() in DEEDS:
        path = path[1:]  # "disappointment over the decision to block the takeover"
    if not all(t.dep_ == "prep" for t in path):
        return False
    return _non_finite(word) or (_common(word) and word.dep_ in ("dobj", "pobj"))


# Nouns of a choice still to be made on a deed: "a decision on approving the deal".
PENDING = frozenset({"decision", "vote", "ruling"})
# Nouns naming a deed by what it does: "the decision to block", "a move to ban".
DEEDS = frozenset("decision move order plan attempt effort action bid push".split())


def _deed_named(path: list[Token]) -> bool:
    """The phrase is what a deed noun's verb acts on: "the decision to block the takeover"."""
    return len(path) == 3 and path[1].dep_ == "acl" and path[2].lemma_.lower() in DEEDS


def _because(clause: Token) -> bool:
    """A clause giving a reason: "as it lacked ...", "because it is not ready"."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in REASONS for c in clause.children
    )


def _reason(path: list[Token]) -> bool:
    """A "for" of reason on the way: "criticized Clinton for ...", "praised him for
    ...", or the "of" of an accusation: "accused Putin of ..."."""
    return any(
        t.dep_ == "prep"
        and (t.lower_ == "for" or (t.lower_ == "of" and t.head.lemma_.lower() in ACCUSATIONS))
        for t in path
    )


def _object_of_cue(chain: list[Token], quotes: Sequence[Quote]) -> bool:
    """Whether the phrase is what the cue acts on: the content is a noun phrase
    ("opposed the presence of Western troops") and the phrase its head or one
    preposition below it.  Deeper in, or in a clause ("urged her husband to
    come out of the car"), the cue's verb says nothing about it."""
    path = [t for t in chain if t.dep_ != "conj"]  # "membership or guarantees": both
    if not path:
        return False
    if chain[-1].pos_ == "VERB":
        # A non-finite clause the cue governs ("wants Ukraine to join NATO",
        # "warned against sending peacekeepers"): its verb or the verb's object.
        # A finite one ("said the campaign continued its ads") is a report.
        if not _non_finite(chain[-1]) or _quoted(chain[-1], quotes):
            return False  # a quotation is the speaker's own words, not the cue's object
        return len(path) == 1 or (len(path) == 2 and path[0].dep_ == "dobj")
    if chain[-1].pos_ not in ("NOUN", "PROPN") and chain[-1].lower_ not in POINTERS:
        return False
    # The head, one preposition below it, what a deed it names does ("the
    # decision to block the acquisition"), or the reason given for judging it.
    return (
        len(path) == 1
        or (len(path) == 3 and path[1].dep_ == "prep")
        or (_deed_named(path) and _first_polar(path[1:2]) is not None)
        or _reason(path[-2:])
    )


def _non_finite(verb: Token) -> bool:
    """ "sending", "to join"; not "would support", "continued"."""
    return verb.tag_ == "VBG" or (
        verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _topic_words(head: Token, inside: set[int]) -> list[Token]:
    """The words of a topic's phrase: a noun's phrase, or a verb and its objects;
    never half a hyphenated word ("-tariff rhetoric" of "anti-tariff rhetoric")."""
    words = _phrase(head, inside) if _common(head) else [head, *_objects(head, inside)]
    while words[0].text == "-" and words[0].i and _hyphenated(words[0].nbor(-1)):
        words.insert(0, words[0].nbor(-1))
    return words


def _topic(head: Token, inside: set[int], stance: Stance, evidence: list[Token]) -> Topic:
    words = _topic_words(head, inside)
    # The span's own text: Doc.text rebuilds the whole document on every call.
    phrase = head.doc[words[0].i : words[-1].i + 1]
    # A phrase that skips words ("membership [of Ukraine] in NATO") is named by its own.
    pieces = _pieces(words)
    gapped = _common(head) and len(pieces) > 1
    return Topic(
        Span(phrase.start_char, phrase.end_char, phrase.text),
        stance,
        tuple(_word(e) for e in sorted(evidence, key=lambda e: e.i)),
        name=_written(pieces) if gapped else None,
    )


def _written(pieces: list[SpacySpan]) -> str:
    return " ".join(piece.text for piece in pieces)


def _pieces(words: list[Token]) -> list[SpacySpan]:
    """The words in runs that skip no written word: "30-" of "immediate 30-day
    ceasefire" is part of "day", "of Ukraine" in "membership of Ukraine in NATO"
    a gap."""
    doc = words[0].doc
    starts = [0] + [
        k
        for k, (a, b) in enumerate(itertools.pairwise(words), 1)
        if not all(_glued(t) for t in doc[a.i + 1 : b.i])
    ]
    ends = [*starts[1:], len(words)]
    return [doc[words[s].i : words[e - 1].i + 1] for s, e in zip(starts, ends, strict=True)]


def _glued(token: Token) -> bool:
    """Part of the written word after it: "30" and "-" of "30-day"; not a quotation mark."""
    return not token.whitespace_ and (token.text == "-" or token.is_alpha or token.like_num)


def _word(token: Token) -> Span:
    """The token's whole hyphenated word: "anti-Russian" for "anti"."""
    last = token
    while _hyphenated(last):
        last = last.nbor(2)
    return Span(token.idx, last.idx + len(last), token.doc[token.i : last.i + 1].text)


def _objects(verb: Token, inside: set[int]) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj" and c.i in inside][:1]


def _acted_on_by(tokens: list[Token], cue: Token | None) -> bool:
    """Whether a short content is a thing a cue of support or opposition acts on
    ("has supported | the deal", "voted against | the measure"): the cue's side
    is on it, however short."""
    nouns = [t for t in tokens if _common(t)]
    return (
        cue is not None
        and len(nouns) == 1
        and cue.lemma_.lower() in _SIDED  # not "agreed with X about"
        and (nouns[0].head.i == cue.i or nouns[0].head.head.i == cue.i)
    )


def _cue_token(doc: Doc, statement: Statement) -> Token | None:
    if statement.cue is None:
        return None
    span = doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if span[-1].lower_ == "against":
        return span[-1]  # "voted against": the side is the preposition's
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    return (verbs or list(span))[-1]


def topics(
    doc: Doc, statement: Statement, quotes: Sequence[Quote] | None = None
) -> tuple[Topic, ...]:
    """The statement's topics with their stance, at most MAX_TOPICS, in text order."""
    tokens = _content_tokens(doc, statement)
    cue = _cue_token(doc, statement)
    if len(tokens) < 3 and not _acted_on_by(tokens, cue):
        return ()
    inside = {t.i for t in tokens}
    found_quotes = find_quotes(doc.text) if quotes is None else quotes
    speaker = _speaking(statement)
    seen: set[str] = set()
    out: list[Topic] = []
    aliased = any(t.lemma_.lower() in ALIASED for t in tokens)  # "the alliance", "the bloc"
    changing, told = _changing_hands(tokens, inside, cue, found_quotes, speaker)
    for head in _heads(tokens):
        if head.i in told:
            continue  # "control" of "control of Greenland": that question's
        pointed = _pointed_at(head) if head.lower_ in POINTERS else None
        if head.lower_ in POINTERS and pointed is None:
            continue
        topic = _side(head, inside, cue, found_quotes, speaker)
        if pointed is not None:
            if topic.stance == "unclear":
                continue  # "it" taking no side is no question of the statement's
            topic = dataclasses.replace(topic, name=pointed)
        elif _common(head) and _bare(head, inside):
            topic = dataclasses.replace(topic, name=_named_before(head))
        member_of = _bloc_member(head)
        if member_of is not None:
            topic = dataclasses.replace(topic, name=f"{member_of} membership")
        elif aliased and topic.name is None:
            topic = dataclasses.replace(topic, name=_with_bloc_named(head, inside))
        amount = _amount_of(head, topic.name or topic.span.text)
        if amount is not None:
            topic = dataclasses.replace(topic, name=f"{amount} {topic.name or topic.span.text}")
        key = topic.key
        if key in seen:
            out = [_merged(t, topic) if t.key == key else t for t in out]
            continue
        seen.add(key)
        out.append(topic)
    kept = changing[:MAX_TOPICS] + out[: max(0, MAX_TOPICS - len(changing))]
    return tuple(sorted(kept, key=lambda t: t.span.start))


def _changing_hands(
    tokens: list[Token],
    inside: set[int],
    cue: Token | None,
    quotes: Sequence[Quote],
    speaker: Speaking,
) -> tuple[list[Topic], set[int]]:
    """Topics of a place changing hands ("Greenland is not for sale": against
    "control of Greenland"), one per place, and the words that tell them; a
    telling that carries no side of its own is judged as any topic is."""
    out: dict[str, Topic] = {}
    heads: set[int] = set()
    for transfer in transfers(tokens, speaker.country):
        heads.add(transfer.head.i)
        if transfer.sign is None:
            topic = _side(transfer.head, inside, cue, quotes, speaker)
        elif any(
            _nobody_s_side(chain, depth, cue, speaker, quotes)
            for chain in [_chain(transfer.head, inside, cue, quotes)]
            for depth in range(len(chain))
            if transfer.verb is None or chain[depth].i != transfer.verb.i
        ):
            # "“Greenland is not for sale,” Frederiksen said, according to the BBC"
            topic = _topic(transfer.head, inside, "unclear", [])
        else:
            stance: Stance = "for" if transfer.sign > 0 else "against"
            topic = _topic(transfer.head, inside, stance, list(transfer.evidence))
        topic = dataclasses.replace(topic, name=transfer.name)
        known = out.get(topic.key)
        out[topic.key] = topic if known is None else _merged(known, topic)
    return list(out.values()), heads


def _merged(first: Topic, second: Topic) -> Topic:
    """One phrase met twice in a statement: its sides combined."""
    return dataclasses.replace(
        first,
        stance=combined((first.stance, second.stance)),
        evidence=first.evidence + second.evidence,
    )


def _bare(head: Token, inside: set[int]) -> bool:
    """The phrase is the noun with adjectives at most: "membership", "eventual membership"."""
    return all(w.i == head.i or w.dep_ == "amod" for w in _phrase(head, inside))


def _aimed(word: Token) -> bool:
    """An adjective with a complement of its own: "committed to", "ready to send",
    "skeptical of", "ready for"; not whom or when it is good for ("not realistic
    for Italy's budget in the coming years" judges its subject)."""
    return word.pos_ == "ADJ" and any(
        c.dep_ == "xcomp"
        or (c.dep_ == "prep" and c.lower_ in AIMS)
        or (c.dep_ == "prep" and c.lower_ == "for" and word.lemma_.lower() in ATTITUDES)
        for c in word.children
    )


def _named_before(head: Token) -> str | None:
    """The name an earlier mention gave a bare noun, within LOOK_BACK tokens:
    "membership" after "Ukraine’s potential NATO membership" is "NATO membership"."""
    if not (head.is_lower or head.lower_ in MEASURES):
        return None  # "Trump" tagged as a noun is a name already
    lemma = head.lemma_.lower()
    if lemma in MEASURES | DEALS and not _referring(head):
        return None  # "legislation which allows ..." introduces one of its own
    key = DEAL_KEY if lemma in DEALS else head.lower_ if lemma in MEASURES else head.text
    earlier = [
        (i, name) for i, name in _names(head.doc).get(key, ()) if head.i - LOOK_BACK <= i < head.i
    ]
    return earlier[-1][1] if earlier else None


def _measure_name(head: Token) -> str | None:
    """The name a measure is given before it: "the assisted dying bill",
    "Kim Leadbeater's Assisted Dying Bill", "the Terminally Ill Adults (End of
    Life) Bill", "the border security bill"; not "the new bill"."""
    doc = head.doc
    start = head.i
    while start and not doc[start].is_sent_start:
        word = doc[start - 1]
        if word.text == ")":  # "(End of Life)"
            window = doc[max(0, start - 7) : start - 1]
            opening = next((t.i for t in reversed(window) if t.text == "("), None)
            if opening is None:
                break
            start = opening
            continue
        capital = (word.is_title or word.is_upper) and word.pos_ in ("PROPN", "NOUN", "ADJ")
        kind = word.dep_ in ("compound", "amod") and (
            word.tag_ in ("NN", "NNS", "VBN", "VBG")
            or (word.tag_ == "JJ" and word.lower_.endswith("ed") and start < head.i)
        )  # "assisted dying bill", not "the proposed bill"
        if not (capital or kind):
            break
        start -= 1
    if start == head.i or (start + 1 == head.i and doc[start].is_sent_start):
        return None  # a headline's capital: "New bill passes"
    return doc[start : head.i + 1].text


def _amount_of(target: Token, phrase: str) -> str | None:
    """The amount a target named without one is of: "the new target" and "the
    new NATO target" in a text about "the 5% target" are of "5%", when the text
    names one percentage as a target more often than any other ("the 5 percent
    target", "a target of 5%"; not a poll's "37 percent"); not one a
    possessive owns ("its commitments", Spain's own)."""
    if (
        target.pos_ != "NOUN"
        or target.lemma_.lower() not in TARGETS
        or any(c.isdigit() for c in phrase)
        or any(c.dep_ == "poss" for c in target.children)
    ):
        return None
    doc = target.doc
    cached = doc.user_data.get(AMOUNT_KEY)
    if cached is None:
        counts = Counter(float(m[1] or m[2]) for m in _TARGET_AMOUNT.finditer(doc.text))
        ranked = counts.most_common(2)
        clear = ranked and (len(ranked) < 2 or ranked[1][1] < ranked[0][1])
        chief = ranked[0][0] if clear else None
        cached = doc.user_data[AMOUNT_KEY] = "" if chief is None else f"{chief:g}%"
    return cached or None


def _bloc(words: str) -> str | None:
    return BLOCS.get(" ".join(words.lower().removeprefix("the ").split()))


def _bloc_named(noun: Token) -> str | None:
    """The bloc whose name qualifies the noun: "NATO aspirations"."""
    return next(
        (b for c in noun.lefts if c.dep_ == "compound" and (b := _bloc(c.text)) is not None),
        None,
    )


def _bloc_member(noun: Token) -> str | None:
    """The bloc one is said to be a member of: "(to be) a NATO country", "an EU
    member state"; not a member so labelled ("NATO member Estonia")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "attr" or noun.lemma_.lower() not in MEMBERS:
        return None
    return _bloc_named(noun)


def _with_bloc_named(head: Token, inside: set[int]) -> str | None:
    """The phrase with "the alliance" or "the bloc" named as the bloc the text
    last named before it ("join the Alliance" after "NATO": "join NATO"), so
    that it meets the phrases naming it; None when it has no such words."""
    words = _topic_words(head, inside)
    for word in words:
        if word.lemma_.lower() not in ALIASED or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in word.children
        ):
            continue
        named = [
            bloc
            for e in head.doc.ents
            if e.end <= word.i and e.label_ == "ORG" and (bloc := _bloc(e.text)) is not None
        ]
        if not named:
            return None
        dropped = {t.i for t in word.lefts for t in t.subtree}
        pieces = [
            named[-1] + word.whitespace_ if t.i == word.i else t.text_with_ws
            for t in words
            if t.i not in dropped
        ]
        return "".join(pieces).strip()
    return None


def _kind_word(word: Token) -> bool:
    """A common noun before a deal saying what kind it is: "minerals" of "the
    minerals deal" (not "Trump-led", nor a name, nor a stage: "draft")."""
    return (
        word.dep_ == "compound"
        and word.tag_ in ("NN", "NNS")
        and word.is_lower
        and word.lower_ not in STAGES
    )


def _referring(noun: Token) -> bool:
    """Whether a noun points back to one named before: "the bill", "this
    measure", not "a bill" nor "legislation which allows ..."."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _person_words(doc: Doc) -> dict[str, bool]:
    """The words of the names the entity tagger read as people's somewhere in
    the document (it may read the same surname as a place elsewhere); built
    once per document, kept as a dict, which a Doc's user data serializes."""
    cached = doc.user_data.get(PERSON_WORDS_KEY)
    if cached is None:
        cached = dict.fromkeys((t.text for e in doc.ents if e.label_ == "PERSON" for t in e), True)
        doc.user_data[PERSON_WORDS_KEY] = cached
    words: dict[str, bool] = cached
    return words


def _names(doc: Doc) -> dict[str, list[tuple[int, str]]]:
    """Each noun a name qualifies, in text order, with that full name ("United
    States companies", not "States companies"), and each proposal with the
    thing it is for ("a proposal for a 30-day ceasefire": "30-day ceasefire",
    which "this proposal" names later); built once per document."""
    cached = doc.user_data.get(NAMES_KEY)
    if cached is None:
        cached = {}
        for token in doc:
            if _common(token) and token.lemma_.lower() in PROPOSALS:
                inside = {t.i for t in token.subtree}
                aim = _proposed(token, inside)
                if aim is not None and _common(aim):
                    name = _written(_pieces(_phrase(aim, inside)))
                    cached.setdefault(token.text, []).append((token.i, name))
                    continue
            names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if _common(token) and token.lemma_.lower() in DEALS and token.tag_ == "NN":
                kinds = list(itertools.takewhile(_kind_word, reversed(list(token.lefts))))
                if kinds:  # "the minerals deal", which "the agreement" names later
                    name = doc[kinds[-1].i : token.i + 1].text
                    cached.setdefault(DEAL_KEY, []).append((token.i, name))
                continue
            if _common(token) and token.lemma_.lower() in MEASURES:
                # "the assisted dying bill", which "the bill" names later
                measure = _measure_name(token)
                if measure is not None:
                    cached.setdefault(token.lower_, []).append((token.i, measure))
                continue
            if token.pos_ != "NOUN" or not names:
                continue
            start = names[0].i
            while start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                start -= 1
            cached.setdefault(token.text, []).append((token.i, doc[start : token.i + 1].text))
        doc.user_data[NAMES_KEY] = cached
    names_by_text: dict[str, list[tuple[int, str]]] = cached
    return names_by_text
