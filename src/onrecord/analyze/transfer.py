"""A place changing hands: one question, however a statement tells it.

"Greenland is not for sale", "we need Greenland", "the ownership and control
of Greenland is an absolute necessity", "acquiring Greenland", "transferring
the island to the United States" and "won't cede even an inch of its
territory" all take a side on one question: whether the place passes into
other hands.  Each is named "control of PLACE", so that statements from every
outlet and speaker meet in one issue, whatever words they use.

A place is a name the entity tagger reads as a country, a region or a
facility ("Greenland", "Panama Canal"); "the island", "the territory", "the
waterway" are the place of that kind the text last told as changing hands
("purchasing Greenland ... an acquisition of the Arctic territory"), and
"its territory", said by a country, is that country's.  Land a country gives
up ("Ukrainians will not give their land to the occupier", "will not
surrender any territory to Russia") is "COUNTRY's territory", and territories
swapped are the land the text last told as changing hands.  Only "for sale" and
wanting or needing a place carry their side here; any other telling is
judged by the words that govern it, as every topic is (:mod:`stance`).

A company changes hands the same way: "the sale of U.S. Steel", "acquire
U.S. Steel", "U.S. Steel being bought by a foreign company" and, after one of
them, "the deal", "this transaction", "Nippon Steel's takeover" are each
"takeover of U.S. Steel"; "U.S. Steel must remain domestically owned" is a side
against it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from onrecord.analyze.speakers import country_of

# Verbs of a place passing into other hands, with the place as object.
TAKING = frozenset(
    "buy purchase acquire annex seize grab takeover transfer sell cede surrender concede".split()
)
# Verbs of handing a place over only with whom it goes to: "give their land to the occupier".
GIVING = frozenset({"give", "hand"})
# Words of places traded for others: "some swapping of territories", "a land swap".
SWAPS = frozenset({"swap", "swapping", "exchange"})
# Nouns of it, with the place after "of": "control of Greenland", "sale of".
HOLDING = frozenset("control ownership acquisition purchase annexation takeover transfer".split())
# Wanting a place is a side for its taking: "We need Greenland".
WANTING = frozenset({"need", "want"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TRANSFER_NAMES = ("control of ", "takeover of ")  # how a place's, a company's change is named
# Words of a company changing hands, with the company as object or after "of".
BUYING = frozenset("buy purchase acquire sell takeover".split())
SELLING = frozenset("acquisition purchase takeover sale merger".split())
# Verbs of a company staying in its owners' hands: "must remain domestically owned".
STAYING = frozenset({"remain", "stay"})
# Nouns standing for the company deal the text last told: "the deal", "this transaction".
DEALS = frozenset("deal sale takeover acquisition transaction merger purchase".split())
# A share of a place stands for it: "won't cede an inch of its territory".
SHARES = frozenset("inch part piece bit acre".split())
# Nouns standing for a place named before, by the kind of place they stand for.
STAND_INS = {
    "island": "land",
    "territory": "land",
    "land": "land",
    "waterway": "water",
    "canal": "water",
}
WATERS = ("Canal", "Strait", "Channel", "River")
PLACES_KEY = "onrecord_transfer_places"  # Doc.user_data key of the places told as changing hands


@dataclass(frozen=True, slots=True)
class Transfer:
    """One telling of a place changing hands: the word that tells it, the
    place's name, and its side when the telling carries one (+1, -1), told
    by ``verb`` ("is" of "is not for sale", "need"), whose subject is no actor
    whose side the speaker reports."""

    head: Token
    place: str
    sign: int | None = None
    evidence: tuple[Token, ...] = ()
    verb: Token | None = None
    company: bool = False

    @property
    def name(self) -> str:
        return f"{TRANSFER_NAMES[self.company]}{self.place}"


def transfers(tokens: list[Token], speaker_country: str | None) -> Iterator[Transfer]:
    """The tellings of a place changing hands among ``tokens``, in text order."""
    inside = {t.i for t in tokens}
    for token in tokens:
        frame = _frame(token)
        if frame is None:
            continue
        kind, things = frame
        things = [t for t in things if t.i in inside]
        company = _company(token, things[0]) if things else None
        if kind == "kept":
            found = None if company is None else _kept(token, company)
        elif company is not None:
            found = Transfer(token, company, company=True)
        elif kind == "deal":
            told = _last_told(token, "company")
            found = None if told is None else Transfer(token, told, company=True)
        elif kind == "wanting":
            found = _wanted(token, things)
        else:
            place = _place(things[0], speaker_country, token) if things else None
            if place is None:
                continue
            found = _for_sale(token, place) if kind == "sale" else Transfer(token, place)
        if found is not None:
            yield found


def _frame(token: Token) -> tuple[str, list[Token]] | None:
    """The kind of telling a word opens ("sale", "wanting", "taking") and the
    words that may name the place, or None."""
    lemma = token.lemma_.lower()
    if lemma == "sale" and token.dep_ == "pobj" and token.head.lower_ == "for":
        verb = token.head.head  # "Greenland is not for sale"
        return "sale", [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if lemma in WANTING and token.pos_ == "VERB":
        return "wanting", _objects(token)
    if lemma in STAYING and token.pos_ == "VERB" and _owned(token) is not None:
        # "U.S. Steel must remain domestically owned"
        return "kept", [c for c in token.children if c.dep_ == "nsubj"]
    if lemma in TAKING and any(c.dep_ == "prt" for c in token.children):
        return None  # "sold out", "bought into": no changing hands
    if lemma in BUYING and token.pos_ == "VERB" and token.tag_ == "VBN":
        # "U.S. Steel was bought", "U.S. Steel being bought by a foreign company"
        owned = [c for c in token.children if c.dep_ == "nsubjpass"] + _objects(token)
        return "taking", owned + ([token.head] if token.dep_ == "acl" else [])
    if (lemma in TAKING and token.pos_ == "VERB") or (lemma == "take" and _over(token)):
        return "taking", _objects(token)
    if lemma in GIVING and token.pos_ == "VERB" and _recipient(token) is not None:
        return "taking", _objects(token)
    if _swap(token):
        # "some swapping of territories", "a land swap", "swap land"
        lands = [c for c in token.children if c.dep_ == "compound"]
        return "swap", _of(token) + lands + (_objects(token) if token.pos_ == "VERB" else [])
    if (lemma in HOLDING or lemma in SELLING) and token.pos_ == "NOUN" and _of(token):
        return "taking", _of(token)  # "control of Greenland", "the sale of U.S. Steel"
    if lemma in DEALS and token.pos_ == "NOUN" and _pointing(token):
        return "deal", [token]
    return None


def _owned(verb: Token) -> Token | None:
    """The "owned" a verb of staying is said with: "remain American-owned"."""
    return next(
        (c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ == "owned"), None
    )


def _kept(verb: Token, company: str) -> Transfer:
    """ "must remain domestically owned" (-1 on its changing hands); "not" turns it."""
    owned = _owned(verb)
    assert owned is not None
    negations = [c for c in verb.children if c.dep_ == "neg"]
    sign = 1 if len(negations) % 2 else -1
    return Transfer(verb, company, sign, (verb, owned, *negations), verb, company=True)


def _company(teller: Token, thing: Token) -> str | None:
    """The company a word of buying or selling, or of staying owned, tells of, by name."""
    lemma = teller.lemma_.lower()
    if not (lemma in BUYING or lemma in STAYING or (lemma in SELLING and teller.pos_ == "NOUN")):
        return None
    if thing.ent_type_ != "ORG" or thing.pos_ != "PROPN":
        return None
    if any(c.dep_ in ("poss", "nummod") for c in thing.children) or thing.like_num:
        return None  # "his Boeing 727": a thing it makes, not the company
    if any(t.ent_type_ == "PERSON" and t.text == thing.text for t in thing.doc):
        return None  # "selling Trump to other Muslims": a person read as a body
    name = _named_place(thing)
    return None if name is None else name.removesuffix("’s").removesuffix("'s").strip()


def _pointing(noun: Token) -> bool:
    """ "the deal", "this transaction", "Nippon Steel's takeover": one told before."""
    return not _of(noun) and any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in noun.children
    )


def _for_sale(sale: Token, place: str) -> Transfer:
    """ "Greenland is not for sale" (-1), "is for sale" (+1)."""
    verb = sale.head.head
    negations = [  # on the verb, or on "for" where quotation marks part them ("is “not for sale”")
        c
        for word in (verb, sale.head)
        for c in word.children
        if c.dep_ == "neg" or c.lower_ == "never"
    ]
    sign = -1 if len(negations) % 2 else 1
    return Transfer(sale, place, sign, (sale, *negations), verb)


def _wanted(verb: Token, things: list[Token]) -> Transfer | None:
    """ "We need Greenland", said by those who would take it; not "does not want
    Greenland", nor another's wanting ("Russia wants Crimea"): no side read."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children):
        return None
    names = [o for o in things if o.ent_type_ in PLACE_LABELS]
    place = _named_place(names[0]) if names else None
    return None if place is None else Transfer(verb, place, 1, (verb,), verb)


def _objects(verb: Token) -> list[Token]:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [c for o in objects for c in o.children if c.dep_ == "conj"]


def _of(noun: Token) -> list[Token]:
    return [
        o
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def _recipient(verb: Token) -> Token | None:
    """Whom a verb of giving hands its object to: "to the occupier"."""
    for child in verb.children:
        if child.dep_ in ("dative", "prep") and child.lower_ == "to":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _over(verb: Token) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


def _place(thing: Token, country: str | None, teller: Token) -> str | None:
    """The place a word names or stands for, if any: also through a share of it
    ("an inch of its territory") or what it lies around ("its territory around
    the canal"); places traded ("swapping of territories") are the land the
    text last told as changing hands."""
    if thing.ent_type_ in PLACE_LABELS and thing.pos_ == "PROPN":
        return _named_place(thing)
    if thing.lower_ == "we":
        return country  # "We are not for sale", said for Greenland
    lemma = thing.lemma_.lower()
    if lemma in SHARES:
        whole = _of(thing)
        return _place(whole[0], country, teller) if whole else None
    kind = STAND_INS.get(lemma)
    if kind is not None and _swap(teller):
        return _last_told(thing, kind)
    if kind is None or thing.tag_ == "NNS":
        return None
    own = _owners_country(thing, teller)
    if own is not None:
        return own
    around = [
        o
        for prep in thing.children
        if prep.dep_ == "prep" and prep.lower_ in ("around", "near", "along")
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    if around:
        return _place(around[0], country, teller)
    owners = [c for c in thing.children if c.dep_ == "poss"]
    if owners and owners[0].lower_ == "its":
        return country  # "its territory", said by Panama
    if owners:
        return _territory(country) if owners[0].lower_ == "our" else None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in thing.children):
        # "rejecting any suggestion of ceding territory to Russia": the speaker's country's
        return _territory(country) if _recipient(teller) is not None else None
    return _last_told(thing, kind)


def _territory(country: str | None) -> str | None:
    """Land of a country's, not the whole of it, told as changing hands."""
    return None if country is None else f"{country}'s territory"


def _swap(token: Token) -> bool:
    return token.lemma_.lower() in SWAPS or token.lower_ in SWAPS


def _last_told(thing: Token, kind: str) -> str | None:
    earlier = [name for i, name, told in _told_places(thing.doc) if i < thing.i and told == kind]
    return earlier[-1] if earlier else None


def _owners_country(thing: Token, teller: Token) -> str | None:
    """The country whose land a giving hands over, told by its subject: "Ukrainians
    will not give their land", "Kyiv will not surrender any territory"."""
    if _recipient(teller) is None:
        return None
    owners = [c for c in thing.children if c.dep_ == "poss"]
    if owners and owners[0].lower_ not in ("their", "its"):
        return None
    subjects = [c for c in teller.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    return _territory(country_of(" ".join(t.text for t in subjects[0].subtree)))


def _named_place(token: Token) -> str | None:
    """The whole name a token of an entity belongs to, read off its IOB tags
    (``doc.ents`` is built anew on every access)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text.removeprefix("the ").strip()


def _told_places(doc: Doc) -> list[tuple[int, str, str]]:
    """Each place the text names as changing hands, with its kind ("land",
    "water"); built once."""
    cached = doc.user_data.get(PLACES_KEY)
    if cached is None:
        cached = []
        for token in doc:
            frame = _frame(token)
            for thing in frame[1] if frame is not None else ():
                company = _company(token, thing)
                if company is not None:
                    cached.append((thing.i, company, "company"))
                elif thing.ent_type_ in PLACE_LABELS and thing.pos_ == "PROPN":
                    name = _named_place(thing)
                    if name is not None:
                        water = thing.ent_type_ == "FAC" or name.endswith(WATERS)
                        cached.append((thing.i, name, "water" if water else "land"))
                elif STAND_INS.get(thing.lemma_.lower()) == "land":
                    name = _owners_country(thing, token)
                    if name is not None:
                        cached.append((thing.i, name, "land"))
        doc.user_data[PLACES_KEY] = cached
    places: list[tuple[int, str, str]] = cached
    return places
