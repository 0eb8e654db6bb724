"""What each statement takes a side on, and which side: topics and their stance.

A topic is a noun phrase of the content that names a question ("NATO
membership", "Western troops", "path to NATO"), never a bare name: names are
actors, not issues.  Its stance is read off the words that govern it, from the
phrase up to the cue: the first support or opposition word met ("supports",
"opposed", "criticized", "insisted", "irreversible") sets the side, and each
negation on the way ("never", "not", "no one") turns it.  A negation with no
such word is against only when it denies the phrase as what something is
("he was never going to be a member").

Two cases are left ``unclear`` on purpose, because reading a side into them
misleads: a negated commitment ("No one promised Ukraine that membership
would be part of the agreement" says nothing against membership), and, inside
a quotation, a wish or refusal the speaker reports of a third person ("He
wants to be a member", said by someone else, is not the speaker's wish).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from onrecord.analyze.quotes import Quote, find_quotes
from onrecord.model import Span, Stance, Statement, Topic, combined

SUPPORT = frozenset(
    """support back want insist demand seek urge favor favour welcome endorse advocate
    push pursue champion defend embrace approve praise continue irreversible vital
    essential crucial necessary commit propose call need hail""".split()
)
OPPOSE = frozenset(
    """oppose reject refuse block veto criticize criticise condemn deny resist fight
    against warn concern threat threaten hostile fear object dismiss slam attack scrap
    halt stop ban prevent undermine derail impossible unacceptable dangerous""".split()
)
# Negating these denies a promise or a deal term, not the thing promised.
COMMITMENT = frozenset(
    """promise guarantee guaranteed pledge assure vow part component condition
    precondition offer""".split()
)
SUBJECTS = frozenset({"nsubj", "csubj"})
NEGATIONS = frozenset("not n't n’t never no nobody nothing none neither nor".split())
THIRD_PERSON = frozenset("he she they".split())
# Nouns too general to name a question by themselves.
LIGHT = frozenset(
    """idea question issue matter part component way thing time year day week month
    people presence inclusion pursuit prospect possibility aspiration condition
    justification entity direction role comment remark statement interview visit
    lot kind sort number point case fact reason view position side term place end
    something anything everything one country group accordance concern others need""".split()
)
# Nouns for people are actors, not questions, unless tied to a name ("member of NATO").
PEOPLE = frozenset(
    """president candidate nominee voter people woman man family kid child official
    leader member supporter critic reporter spokesman spokeswoman adviser aide citizen
    american worker resident friend person someone everyone anyone wife husband father
    mother son daughter brother sister parent""".split()
)
NEAR = 2  # how far up from the phrase a bare negation still speaks against it
VERB_HEADS = frozenset({"join"})  # verbs whose object names a question: "join NATO"
LINKING_PREPOSITIONS = frozenset({"to", "into", "of"})
MAX_TOPICS = 4


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
    """The head noun with its compounds and adjectives, and a linking ``to/of NAME``."""
    tokens = [
        c
        for c in head.lefts
        if c.dep_ in ("compound", "amod", "nmod") and c.i in inside and c.pos_ != "DET"
    ]
    tokens.append(head)
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in LINKING_PREPOSITIONS:
            objects = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if objects and objects[0].i in inside:
                tokens += [prep, objects[0]]
    words = sorted({t.i: t for t in tokens if t.i in inside}.values(), key=lambda t: t.i)
    first = words[0]
    # "NATO-like guarantees": keep what a hyphen joins to the phrase.
    while first.i >= 2 and first.nbor(-1).text == "-" and not first.nbor(-1).whitespace_:
        if first.i - 2 not in inside or first.nbor(-2).whitespace_:
            break
        first = first.nbor(-2)
        words.insert(0, first)
    return words


def _modifies(noun: Token, inside: set[int]) -> bool:
    """A noun inside another topic: "steel" in "tariffs on steel", "bloc" in "join the bloc",
    or an owner: "nation" in "the nation’s cybersecurity efforts"."""
    if noun.dep_ == "poss" or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in VERB_HEADS):
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    owner = prep.head
    return owner.i in inside and owner.pos_ == "NOUN" and owner.lemma_.lower() not in LIGHT


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
        if token.pos_ == "NOUN":
            named = (
                token.dep_ != "compound"
                and lemma not in LIGHT
                and not _modifies(token, inside)
                and not _hyphenated(token)
            )
            if lemma in PEOPLE:
                named = named and len(_phrase(token, inside)) > 1 and _linked(token, inside)
        else:
            named = token.pos_ == "VERB" and lemma in VERB_HEADS and bool(_objects(token, inside))
        if named:
            yield token


def _negated(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in NEGATIONS:
            return child
        if child.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "no" for g in child.children):
            return child
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in NEGATIONS:
            return child
    return None


def _polar(token: Token, own: bool = True) -> tuple[int, Token] | None:
    """+1 or -1 and the deciding word, for the token (when ``own``) or what it predicates:
    an adjective ("remains irreversible") or one qualifying its noun ("a crucial condition")."""
    predicates = [c for c in token.children if c.dep_ in ("acomp", "oprd")]
    predicates += [
        a for c in token.children if c.dep_ == "attr" for a in c.children if a.dep_ == "amod"
    ]
    for word in ([token] if own else []) + predicates:
        lemma = word.lemma_.lower()
        if lemma == "call" and not any(c.lower_ == "for" for c in word.children):
            continue  # "calls it a crazy system" names; "calls for talks" supports
        if lemma in SUPPORT:
            return 1, word
        if lemma in OPPOSE or lemma.startswith("anti"):
            return -1, word
    return None


def _reported_of_other(token: Token, quotes: Sequence[Quote]) -> bool:
    return _quoted(token, quotes) and any(
        c.dep_ == "nsubj" and c.lower_ in THIRD_PERSON for c in token.children
    )


def _commitment(token: Token) -> bool:
    words = [token, *(c for c in token.children if c.dep_ in ("attr", "acomp"))]
    words += [g for w in words[1:] for g in w.children if g.dep_ == "amod"]
    return any(w.lemma_.lower() in COMMITMENT or w.lower_ in COMMITMENT for w in words)


def _side(head: Token, inside: set[int], cue: Token | None, quotes: Sequence[Quote]) -> Topic:
    chain = [head]
    while chain[-1].head.i != chain[-1].i and chain[-1].head.i in inside:
        chain.append(chain[-1].head)
    if cue is not None and cue.i not in inside and _object_of_cue(chain):
        chain.append(cue)
    sign = 0
    turns = 0
    near = False  # a negation on the phrase's own predicate ("was never going to be a member")
    evidence: list[Token] = []
    for depth, token in enumerate(chain):
        # "no specific timeline", "no evidence": a quantity, not a side.
        negation = _negated(token) if depth else None
        if negation is not None and _commitment(token):
            return _topic(head, inside, "unclear", [])
        if depth and chain[depth - 1].dep_ in SUBJECTS and chain[depth - 1].head.i == token.i:
            # The phrase is what the clause is about: only a predicate adjective
            # judges it ("the path remains irreversible"); what its verb does
            # ("the campaign hasn't spent much") is no side on it.
            polar = _polar(token, own=False)
            if polar is None:
                return _topic(head, inside, "unclear", [])
            sign = sign or polar[0]
            evidence.append(polar[1])
            if negation is not None:
                turns += 1
                evidence.append(negation)
            break
        polar = _polar(token) if token is not head else None
        if polar and not sign and not _reported_of_other(token, quotes):
            sign = polar[0]
            evidence.append(polar[1])
        if negation is not None:
            turns += 1
            near = near or depth <= NEAR
            evidence.append(negation)
    if not sign and turns:
        # A bare negation denies the phrase only as what something is or will
        # be ("he was never going to be a member of NATO"); "hadn't paid any
        # taxes", "will not be attending the debate" take no side on them.
        if not near or head.dep_ != "attr":
            return _topic(head, inside, "unclear", [])
        sign = -1
        turns -= 1
    if turns % 2:
        sign = -sign
    stance: Stance = "for" if sign > 0 else "against" if sign < 0 else "unclear"
    return _topic(head, inside, stance, evidence if sign else [])


def _object_of_cue(chain: list[Token]) -> bool:
    """Whether the phrase is what the cue acts on: the content is a noun phrase
    ("opposed the presence of Western troops") and the phrase its head or one
    preposition below it.  Deeper in, or in a clause ("urged her husband to
    come out of the car"), the cue's verb says nothing about it."""
    path = [t for t in chain if t.dep_ != "conj"]  # "membership or guarantees": both
    if not path or chain[-1].pos_ not in ("NOUN", "PROPN"):
        return False
    return len(path) == 1 or (len(path) == 3 and path[1].dep_ == "prep")


def _topic(head: Token, inside: set[int], stance: Stance, evidence: list[Token]) -> Topic:
    words = _phrase(head, inside) if head.pos_ == "NOUN" else [head, *_objects(head, inside)]
    # The span's own text: Doc.text rebuilds the whole document on every call.
    phrase = head.doc[words[0].i : words[-1].i + 1]
    return Topic(
        Span(phrase.start_char, phrase.end_char, phrase.text),
        stance,
        tuple(Span(e.idx, e.idx + len(e), e.text) for e in sorted(evidence, key=lambda e: e.i)),
    )


def _objects(verb: Token, inside: set[int]) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj" and c.i in inside][:1]


def _cue_token(doc: Doc, statement: Statement) -> Token | None:
    if statement.cue is None:
        return None
    span = doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    return (verbs or list(span))[-1]


def topics(
    doc: Doc, statement: Statement, quotes: Sequence[Quote] | None = None
) -> tuple[Topic, ...]:
    """The statement's topics with their stance, at most MAX_TOPICS, in text order."""
    tokens = _content_tokens(doc, statement)
    if len(tokens) < 3:
        return ()
    inside = {t.i for t in tokens}
    found_quotes = find_quotes(doc.text) if quotes is None else quotes
    cue = _cue_token(doc, statement)
    seen: set[str] = set()
    out: list[Topic] = []
    for head in _heads(tokens):
        topic = _side(head, inside, cue, found_quotes)
        key = topic.span.text.casefold()
        if key in seen:
            out = [_merged(t, topic) if t.span.text.casefold() == key else t for t in out]
            continue
        seen.add(key)
        out.append(topic)
    return tuple(out[:MAX_TOPICS])


def _merged(first: Topic, second: Topic) -> Topic:
    """One phrase met twice in a statement: its sides combined."""
    return Topic(
        first.span, combined((first.stance, second.stance)), first.evidence + second.evidence
    )
