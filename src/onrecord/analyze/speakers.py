"""Resolve a statement's source words to a named entity within one text.

Conservative by design: a wrong speaker is worse than an unknown one.  A
source that names a person resolves to the fullest form of that name in the
text ("Rutte" -> "Mark Rutte"), also in apposition to the source's head ("the
UK prime minister, Keir Starmer"); a personal pronoun to the nearest preceding
person mentioned as a subject outside quotations or named by an earlier source
(a pronoun's too), skipping one the text tells is of the other gender (by given
name or honorific: "she" is not Frank Fiorina, nor "he" Mrs. Okafor);
a definite description ("the NATO chief") to a person introduced with a
matching title ("NATO Secretary-General Mark Rutte"); a capital or seat of
government to its country ("Moscow" -> "Russia"), as does a government body
("Ukraine's foreign ministry"); a bare name the entity tagger missed
("Umerov") to itself.  Anything else keeps its mention and
gets no name.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from onrecord.analyze.layout import INVERTED_SAYING
from onrecord.model import Span as TextSpan
from onrecord.model import Speaker
from onrecord.names import GENDERED_TITLES, PARTICLES, gender_of, surname_first, surname_of

# Capitals that speak for their governments ("Madrid said it would not spend 5%").
_CAPITALS = {
    "madrid": "Spain",
    "rome": "Italy",
    "warsaw": "Poland",
    "budapest": "Hungary",
    "ottawa": "Canada",
    "seoul": "South Korea",
    "canberra": "Australia",
    "mexico city": "Mexico",
    "taipei": "Taiwan",
    "damascus": "Syria",
    "riyadh": "Saudi Arabia",
    "cairo": "Egypt",
    "bratislava": "Slovakia",
    "prague": "Czech Republic",
    "stockholm": "Sweden",
    "helsinki": "Finland",
    "oslo": "Norway",
    "copenhagen": "Denmark",
    "athens": "Greece",
    "lisbon": "Portugal",
    "dublin": "Ireland",
    "tallinn": "Estonia",
    "riga": "Latvia",
    "vilnius": "Lithuania",
    "minsk": "Belarus",
    "bucharest": "Romania",
    "beirut": "Lebanon",
    "baghdad": "Iraq",
    "kabul": "Afghanistan",
    "islamabad": "Pakistan",
    "caracas": "Venezuela",
    "havana": "Cuba",
    "brasilia": "Brazil",
    "buenos aires": "Argentina",
    "pretoria": "South Africa",
    "hanoi": "Vietnam",
    "manila": "Philippines",
    "jakarta": "Indonesia",
}
METONYMS = {
    "moscow": "Russia",
    "the kremlin": "Russia",
    "kremlin": "Russia",
    "kiev": "Ukraine",
    "kyiv": "Ukraine",
    "beijing": "China",
    "washington": "United States",
    "the white house": "United States",
    "white house": "United States",
    "london": "United Kingdom",
    "downing street": "United Kingdom",
    "paris": "France",
    "the elysee": "France",
    "berlin": "Germany",
    "tehran": "Iran",
    "pyongyang": "North Korea",
    "ankara": "Turkey",
    "brussels": "European Union",
    "tokyo": "Japan",
    "new delhi": "India",
    "jerusalem": "Israel",
    **_CAPITALS,
}
# A country's government speaking through one of its bodies.
_GOVERNMENT_BODIES = frozenset({"government", "ministry", "presidency", "cabinet"})
# One who speaks for a body speaks as it: "a spokesperson for China's commerce ministry".
_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# What speaks for a person as the person's own: "a statement from her office".
# What speaks for the person who issues it: "her office", "Trump's executive action".
_ISSUES = frozenset(
    {"statement", "office", "order", "action", "proclamation", "memo", "letter", "post", "tweet"}
    | {"account"}  # "Ford's account said in a post to X"
)
_COUNTRIES = frozenset(
    "Russia Ukraine China France Germany Poland Italy Spain Turkey Iran Israel Japan India "
    "Hungary Netherlands Canada Denmark Greenland Panama Mexico Norway Sweden Finland".split()
)
_DEMONYMS = {
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "american": "United States",
    "british": "United Kingdom",
    "french": "France",
    "german": "Germany",
    "chinese": "China",
    "polish": "Poland",
    "italian": "Italy",
    "spanish": "Spain",
    "turkish": "Turkey",
    "iranian": "Iran",
    "israeli": "Israel",
    "japanese": "Japan",
    "indian": "India",
    "hungarian": "Hungary",
    "dutch": "Netherlands",
    "canadian": "Canada",
    "danish": "Denmark",
    "greenlandic": "Greenland",
    "panamanian": "Panama",
    "mexican": "Mexico",
    "norwegian": "Norway",
    "swedish": "Sweden",
    "finnish": "Finland",
}
_ABBREVIATIONS = {
    "u.s.": "United States",
    "us": "United States",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
}
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_PERSONAL = frozenset(_PRONOUN_GENDER)


def country_of(words: str) -> str | None:
    """The country a few words name or stand for: "Moscow", "the Kremlin",
    "Russia", "Ukrainian", "U.S." (the last such word), or None."""
    found = None
    for word in words.replace("’s", "").replace("'s", "").split():
        key = word.lower().strip(",")
        found = (
            METONYMS.get(key)
            or _DEMONYMS.get(key)
            or _DEMONYMS.get(key.removesuffix("s"))  # "Ukrainians"
            or _ABBREVIATIONS.get(key)
            or found
        )
        if key.capitalize() in _COUNTRIES:
            found = key.capitalize()
    return found


_RELATIVE = frozenset({"who", "which", "that"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ANY_LEADER = frozenset({"chief", "leader"})  # words for whoever leads a body or a country
_RANKS = frozenset({"deputy", "vice"})  # a deputy holds another office than the one deputized
_TITLE_STOP = frozenset({"the", "a", "an", "of", "former", "'s", "’s", "and", "who"})
_PARAGRAPH_WINDOW = 2  # how many paragraphs back a pronoun may look


@dataclass(slots=True)
class _Person:
    name: str
    title_words: frozenset[str]
    first: int  # the token of the first mention
    mentions: int = 0


def _clean(name: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if "(" in name and ")" not in name:
        name = name[: name.index("(")]  # "the New Popular Front (NFP": an acronym cut off
    return " ".join(name.split())


def _entities(doc: Doc) -> list[Span]:
    """The Doc's entities (read once: doc.ents is built anew on every access),
    with two misreadings of names mended: a person's name the tagger cut at a
    particle ("Ursula von der" + "Leyen", a place) is one person, and so is
    that surname alone wherever the text writes it ("Von der Leyen", read as an
    organisation); a saying verb read into a name ("Said Ellis") and a photo
    credit ("Hiro Komae/AP") are left out."""
    out: list[Span] = []
    taken = {k for e in doc.ents for k in range(e.start, e.end)}
    for e in sorted([*doc.ents, *_missed_names(doc, taken)]):
        if out and e.start < out[-1].end:
            continue  # taken into the name before it
        start, end = e.start + (len(e) > 1 and e[0].text in INVERTED_SAYING), e.end
        named = _titled_within(e) if e.label_ != "PERSON" else None
        if named is not None:
            # "Leeds Dame Ruth Hale", "National Assembly Speaker Woo Won Shik"
            out.append(named)
            continue
        if e.label_ == "ORG" and start > 1 and doc[start - 1].lower_ in _LINKS:
            word = doc[start - 2]  # "Dignity in Dying", read as "Dying"
            start -= 2 * (word.is_title and word.tag_ in ("NN", "NNP") and word.i not in taken)
        if e.label_ == "PERSON":
            if len(e) == 1 and e[0].lower_ in _OWNED and doc[start - 1].tag_ in _DETERMINERS:
                continue  # "the Bill", "Ms Leadbeater's Bill": no one's name
            if any(t.text == "/" for t in e) or (e.end < len(doc) and doc[e.end].text == "/"):
                continue  # a photo credit, "Hiro Komae/AP": no one the text tells of
            if len(e) > 2 and (e[0].lower_ in ROLES or _given_after(e)):
                start += 1  # "Spokeswoman Catherine Robinson", "Conservative Paul Reed"
            # a title the tagger read into the name: "National Assembly Speaker Woo Won Shik"
            start = max(start, _after_titles(e, _TITLE_RUN))
            before = doc[start - 1] if start > 0 else None
            if before is not None and before.is_title and surname_first(f"{before} {e.text}"):
                start -= 1  # "Han Dong Hoon", read as "Dong Hoon" (and "Han" a group)
                if out and out[-1].start == start:
                    out.pop()
            if len(e) > 2 and e[-2].tag_ == "POS" and e[-1].lower_ in _OWNED:
                end -= 1  # "Ms Leadbeater's Bill": hers, not a name
            k = end
            while k < len(doc) and doc[k].is_lower and doc[k].lower_ in PARTICLES:
                k += 1
            if doc[k - 1].lower_ in PARTICLES and k < len(doc) and doc[k].is_title:
                end = k + 1
        out.append(Span(doc, start, end, label=e.label_))
    joined = [surname_of(e.text) for e in out if e.label_ == "PERSON"]
    surnames = {name.lower() for name in joined if " " in name}
    return [
        Span(doc, e.start, e.end, label="PERSON") if e.text.lower() in surnames else e for e in out
    ]


def _after_titles(entity: Span, titles: Collection[str]) -> int:
    """The token after the last title word an entity holds before the two
    words a name needs at least; the entity's start when it holds none."""
    return max((t.i + 1 for t in entity[:-2] if t.lower_ in titles), default=entity.start)


def _titled_within(entity: Span) -> Span | None:
    """A person's name closing a place's or a body's entity after a title:
    "Leeds Dame Ruth Hale", "National Assembly Speaker Woo Won Shik"."""
    after = _after_titles(entity, _TITLE_RUN | GENDERED_TITLES.keys())
    if after == entity.start:
        return None
    name = entity.doc[after : entity.end]
    if len(name) not in (2, 3) or any(t.tag_ != "NNP" for t in name):
        return None
    if gender_of(name.text) or surname_first(name.text):
        return Span(entity.doc, name.start, name.end, label="PERSON")
    return None


def _titled_gender(name: Span) -> str | None:
    """The gender an honorific or role opening a name, or right before it,
    tells ("Mrs. Clinton")."""
    before = name.doc[name.start - 1].lower_ if name.start else ""
    return GENDERED_TITLES.get(name[0].lower_) or GENDERED_TITLES.get(before)


def _given_after(name: Span) -> bool:
    """Whether a name opens with a party's word the tagger read into it
    ("Conservative Paul Reed")."""
    return name[0].lower_ in _PARTIES and gender_of(name[1:].text) is not None


def _missed_names(doc: Doc, tagged: Collection[int]) -> list[Span]:
    """Names the entity tagger missed: two or three capitalised proper nouns
    outside any entity (``tagged``: the entities' tokens), opening with a given
    name ("the DUP’s Gavin Robinson"), not part of a longer run of them."""
    out = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].tag_ == "NNP" and doc[j].is_title and j not in tagged:
            j += 1
        if 2 <= j - i <= 3 and gender_of(doc[i:j].text) is not None:
            out.append(Span(doc, i, j, label="PERSON"))
        i = max(j, i + 1)
    return out


# Head nouns of a person's role written in apposition to a name.
ROLES = frozenset(
    """minister president premier chancellor secretary spokesman spokeswoman spokesperson speaker
    envoy ambassador senator governor mayor leader chief chairman chairwoman director
    adviser advisor commissioner general admiral judge professor economist analyst founder
    executive lawmaker congressman congresswoman diplomat negotiator pm nominee candidate
    mp""".split()
)
# Words of a title written before a name ("Vice President", "Prime Minister").
_TITLE_RUN = ROLES | {"vice", "deputy", "prime", "first", "lady", "foreign", "defense"}
# Titles joined to another before one name: "President and CEO", "Vice President and Head".
_JOINED_TITLES = _TITLE_RUN | {"ceo", "head", "chair", "cfo", "coo", "owner", "publisher"}
# Titles written short, compared as written out: "Danish PM" is "Danish prime minister".
_SHORT_TITLES = {
    "pm": ("prime", "minister"),
    "sen": ("senator",),
    "gov": ("governor",),
    "rep": ("representative",),
}
# Last words of an organisation's or a place's name that begins like a person's.
_BODIES = frozenset(
    "county city university college school foundation institute center centre group party "
    "hospital church company corporation news post times fund bank council committee "
    "department agency association club team project campaign".split()
)
# What a person's name owns that the tagger may read into it ("Ms Leadbeater's Bill").
_OWNED = frozenset({"bill", "act", "law", "plan", "campaign", "office", "team", "government"})
_DETERMINERS = frozenset({"DT", "POS", "PRP$"})
_PARTIES = frozenset(
    "conservative tory labour liberal democrat democratic republican independent green".split()
)
# Small words inside a body's name ("Dignity in Dying", "Right to Life").
_LINKS = frozenset({"in", "of", "for", "to", "against"})
# Letters written after a name for a seat or a rank ("David Chadwick MP").
_POST_NOMINALS = frozenset({"MP", "MEP", "MSP", "MLA", "TD", "QC", "KC"})
# Words for a body's kind, besides _BODIES, that may introduce its name.
_KINDS = frozenset(
    {"charity", "organisation", "organization", "lobby", "body", "union", "firm"}
    | {"coalition", "alliance"}
)
_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "mr", "mrs", "ms"})


def _personal(entity: Span, source: Span) -> bool:
    """Whether a name the tagger read as a place or a body is a person's: one
    with an honorific ("Mr. Thune") or described by "who" ("Thune, who had
    championed the deal"), or a given name and a surname ("Carly Fiorina", read
    as an organisation; not "Jefferson County"), or one a person's role is in
    apposition to ("Yulia Svyrydenko, Ukraine's prime minister,", read as a place)."""
    proper = len(entity) <= 3 and all(t.tag_ == "NNP" for t in entity)
    if (
        proper
        and entity.label_ != "NORP"
        and any(
            c.dep_ == "appos" and c.lemma_.lower() in ROLES and c.i < source.end
            for c in entity.root.children
        )
    ):
        return True
    if proper and len(entity) >= 2 and entity.label_ == "ORG" and gender_of(entity.text):
        return entity[-1].lower_ not in _BODIES
    if len(entity) > 1 or entity.label_ == "NORP" or entity.root.tag_ != "NNP":
        return False  # "Republicans, who ...", "Human Rights Watch, who ..."
    before = entity.start - 1
    if before >= source.start and entity.doc[before].lower_ in _HONORIFICS:
        return True
    return any(
        c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in c.children)
        for c in entity.root.children
    )


class SpeakerResolver:
    """Resolves source spans of one Doc, in text order."""

    def __init__(self, doc: Doc, quoted: Sequence[int]) -> None:
        self.doc = doc
        self.quoted = quoted
        self.people: dict[str, _Person] = {}  # full name -> person
        self.by_surname: dict[str, list[str]] = {}
        self.by_middle: dict[str, list[str]] = {}  # see _bear
        self.ents: Sequence[Span] = _entities(doc)
        self.named_sources: list[tuple[int, str]] = []  # (token, person) of sources that name one
        self.honored: dict[str, set[str]] = {}  # name or surname -> genders its honorifics tell
        for ent in self.ents:
            if ent.label_ == "PERSON":
                self._honor(ent, self._register(ent))
        self.paragraph_of = _paragraph_index(doc)
        self._words: tuple[frozenset[str], frozenset[str]] | None = None  # see _bare_name
        self._surnames: list[Token] | None = None  # see _lone_surnames
        self._lone_propers: frozenset[str] | None = None  # see _proper_elsewhere
        self._described: list[tuple[int, Token, str | None]] | None = None  # _described_people
        self.told: list[tuple[int, str | None]] = []  # (token, person) of each source resolved
        # (token, description) of sources that describe whom the text never names
        # ("the president-elect announced"), and of pronouns going on with them
        self.descriptions: dict[int, str] = {}

    def _register(self, ent: Span) -> str:
        name = _clean(ent.text)
        parts = name.split()
        if len(parts) >= 2:
            titles = self._title_words(ent)
            person = self.people.setdefault(name, _Person(name, titles, ent.start))
            if titles and not person.title_words:
                person.title_words = titles
            person.mentions += 1
            self._bear(name)
        return name

    def _introduce(self, name: str) -> None:
        """Note a full name a source gives that the tagger did not read as a
        person's: a later lone "Fiorina", which it may call a place, is this
        person, unless the text names another of that surname (not so a later
        "Trump" for a misread "Team Trump")."""
        if " " in name and surname_of(name).lower() not in self.by_surname:
            self._bear(name)

    def _bear(self, name: str) -> None:
        bearers = self.by_surname.setdefault(surname_of(name).lower(), [])
        if name not in bearers:
            bearers.append(name)
        # A middle name that is half a surname ("Lars Løkke Rasmussen", called
        # "Løkke" in Danish copy): the person's when no one bears it as surname.
        words = name.split()
        if (
            len(words) == 3
            and len(words[1]) > 2
            and all(w.isalpha() and w.istitle() for w in words)
            and not surname_first(name)  # "Woo Won Shik" is no Won
        ):
            middle = self.by_middle.setdefault(words[1].lower(), [])
            if name not in middle:
                middle.append(name)

    def _honor(self, ent: Span, name: str) -> None:
        """Note the gender an honorific or role right before a name tells ("Mrs. Clinton")."""
        told = _titled_gender(ent)
        if told is not None:
            self.honored.setdefault(name.lower(), set()).add(told)

    def _gender(self, name: str) -> str | None:
        """The gender, "f" or "m", the text tells of a person it names: from
        honorifics and given names.  For a surname, that of all who bear it and
        whose gender is told, if they are named more often than those whose
        gender is not ("Lehel Lazar" beside "Gabriela Violeta Lazar": unknown;
        "Donald Trump" beside a misread "Bashing Trump": a man).  None when
        unknown or mixed ("Clinton" for Bill and Hillary)."""
        told: set[str] = set(self.honored.get(name.lower(), ()))
        told_weight, untold_weight = len(told), 0
        for full in [name] if " " in name else self.by_surname.get(name.lower(), []):
            known = set(self.honored.get(full.lower(), ()))
            given = gender_of(full)
            if given is not None:
                known.add(given)
            person = self.people.get(full)
            weight = person.mentions if person else 1
            if known:
                told |= known
                told_weight += weight
            else:
                untold_weight += weight
        return told.pop() if len(told) == 1 and told_weight > untold_weight else None

    def _title_words(self, ent: Span) -> frozenset[str]:
        """Words of a title written right before a name ("NATO Secretary
        General", "Greenland's Prime Minister"), or set before it in apposition
        ("The Greenlandic Prime Minister, Múte B. Egede,")."""
        end = ent.start
        head = ent.root.head
        if (
            ent.root.dep_ == "appos"
            and head.i < ent.start
            and head.lower_ in ROLES
            and all(t.is_punct for t in self.doc[head.i + 1 : ent.start])
        ):
            end = head.i + 1
        words: list[str] = []
        i = end - 1
        while i >= 0 and i >= end - 6:
            token = self.doc[i]
            if token.text == "-" and i and not self.doc[i - 1].whitespace_:
                i -= 1  # "Secretary-General"
                continue
            if token.lower_ in ("'s", "’s") and i and country_of(self.doc[i - 1].text):
                words.append(self.doc[i - 1].lower_)  # "Greenland's Prime Minister"
                break
            if token.text == ")" and i >= 2 and self.doc[i - 2].text == "(":
                words.append(self.doc[i - 1].lower_)  # "People Power Party (PPP) chief"
                i -= 3
                continue
            if token.is_space or token.is_punct or token.lower_ in _TITLE_STOP:
                break
            if not (token.is_title or token.is_upper or self._small_role(token, end)):
                break
            words.append(token.lower_)
            i -= 1
        return frozenset(spelled_out(words))

    def _small_role(self, token: Token, end: int) -> bool:
        """A role in small letters right before the name, after a body's name
        ("People Power Party (PPP) chief Han Dong-hoon", "Boeing chief"); not
        one a description in small letters leads to ("Republican presidential
        nominee Mitt Romney" is no "Republican vice-presidential nominee")."""
        before = self.doc[token.i - 1] if token.i else None
        return (
            token.i == end - 1
            and token.lower_ in _JOINED_TITLES
            and before is not None
            and (before.is_title or before.is_upper or before.text == ")")
        )

    def _second_of_two(self, person: Span) -> bool:
        """Whether a titled name follows "NAME and" whatever the parse ("Trump
        and Vice President JD Vance accused", parsed as two phrases)."""
        i = person.start - 1
        while i >= 0 and self.doc[i].is_title and self.doc[i].lower_ in _TITLE_RUN:
            i -= 1
        if i < 1 or self.doc[i].lower_ != "and":
            return False
        before = self.doc[i - 1]
        return before.ent_type_ == "PERSON" or before.lower_ in self.by_surname

    def full_name(self, name: str, gender: str | None = None) -> str:
        """The one full name the text gives a surname ("Rutte", "von der Leyen"),
        of the gender an honorific tells if several bear it ("Mrs. Clinton"
        beside Bill Clinton), or a given name after "Sir" or "Dame" ("Dame
        Esther": "Dame Esther Rantzen"), else ``name``."""
        words = name.split()
        if len(words) == 2 and words[0] in ("Sir", "Dame"):
            candidates = [p for p in self.people if p.split()[0] == words[1]]
        else:
            candidates = self.by_surname.get(name.lower()) or self.by_middle.get(name.lower(), [])
            if not candidates and len(words) > 1:  # "Løkke Rasmussen": Lars Løkke Rasmussen
                candidates = [
                    full
                    for full, person in self.people.items()
                    if full.endswith(f" {name}")
                    and all(w.rstrip(".").isalpha() and w.istitle() for w in full.split())
                    and not self.quoted[person.first]  # not "Crooked Hillary Clinton"
                    and self.doc[person.first].pos_ == "PROPN"  # not "Telling Jeb Bush"
                ]
            if len(candidates) > 1 and gender is not None:
                candidates = [c for c in candidates if self._gender(c) == gender]
        return candidates[0] if len(candidates) == 1 else name

    def _given_or_full(self, person: Span) -> str:
        """The full name of a person named, also with an honorific telling
        which of two bearers of a surname ("Mrs. Clinton"), or by "Sir" or
        "Dame" and a given name."""
        name = _clean(person.text)
        before = self.doc[person.start - 1].text if person.start else ""
        if before in ("Sir", "Dame") and " " not in name:
            named = self.full_name(f"{before} {name}")
            return name if named.startswith(before) else named
        return self.full_name(name, _titled_gender(person))

    def resolve(self, source: TextSpan) -> Speaker:
        span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        if span is None or not len(span):
            return Speaker(source.text, None)
        speaker = self._resolve(span, source.text)
        named = speaker.name if speaker.kind in ("person", None) else None
        self.told.append((span.start, named))  # see _last_described
        roles = {t.lower_ for t in span} & ROLES
        if named is None and roles and _described_by(span) - roles:
            role = _role(source.text)
            if role is not None and (span[0].lower_ == "the" or "’s" in role or "'s" in role):
                self.descriptions[span.start] = role
        return speaker

    def _resolve(self, span: Span, mention: str) -> Speaker:
        if span[0].lower_ in _RELATIVE and span[0].head.dep_ == "relcl":
            if len(span) > 1 and (
                not span[0].dep_.startswith("nsubj")
                or any(t.dep_.startswith("nsubj") and t.head == span[0].head for t in span[1:])
            ):
                # "which Prime Minister Denys Shmyhal has called", "which many
                # European leaders said reeked of ...": the clause's own subject
                span = span[1:]
            else:
                # "Donald Trump, who ... said": the speaker is the noun the clause describes.
                antecedent = span[0].head.head
                span = self.doc[antecedent.left_edge.i : antecedent.i + 1]
        span = _nominal(span)
        # A name is the speaker only when it holds the head of the source phrase:
        # "Trump's campaign manager" is not Trump.
        head = span.root.i
        if span.root.text in _POST_NOMINALS:
            name = self._before_post_nominal(span.root)
            if name is not None:  # "David Chadwick MP said"
                return self._named(span, Speaker(mention, self.full_name(name), "person"))
        named = [e for e in self.ents if span.start <= e.start <= head < e.end <= span.end]
        persons = [e for e in named if e.label_ == "PERSON"]
        before_head = {*span[: head - span.start + 1], *span.root.lefts}
        if persons and (
            any(t.pos_ == "PROPN" and _names_two(t) for t in before_head)
            or self._second_of_two(persons[-1])
        ):
            # "Frederiksen and Trump have spoken", "Trump and Vice President JD Vance
            # accused": no one speaker
            return Speaker(mention, None)
        if persons:
            person = persons[-1]
            title = self.doc[span.start : person.start]
            role = _role(title.text) if len(title) <= _MAX_ROLE_WORDS else None
            role = role or self._apposed_role(person, span)
            return self._named(span, Speaker(mention, self._given_or_full(person), "person", role))
        # "the UK prime minister, Keir Starmer": the name in apposition to the head
        # (not "Presidential candidates Hillary Clinton and Donald Trump").
        apposed = [
            e
            for e in self.ents
            if e.label_ == "PERSON"
            and span.start <= e.start < e.end <= span.end
            and e.root.dep_ == "appos"
            and e.root.head.i == head
        ]
        if apposed and not _coordinated(apposed[0].root) and not _coordinated(span.root):
            role = _role(self.doc[span.start : apposed[0].start].text)
            name = self.full_name(_clean(apposed[0].text))
            return self._named(span, Speaker(mention, name, "person", role))
        body = _closing_body(span, self.ents) or _apposed_body(span, self.ents)
        if body is not None:
            return Speaker(mention, _clean(body.text), "organization")
        closing = self._closing_name(span)
        if closing is not None:
            role = _role(self.doc[span.start : closing.start].text)
            name = self.full_name(_clean(closing.text))
            return self._named(span, Speaker(mention, name, "person", role))
        surname = _clean(span.text).lower()
        if surname in self.by_surname:
            return self._named(span, Speaker(mention, self.full_name(_clean(span.text)), "person"))
        if self._lone_surname(span):
            return self._named(span, Speaker(mention, self.full_name(span.root.text), "person"))
        lowered = _clean(mention).lower()
        if lowered in METONYMS:
            return Speaker(mention, METONYMS[lowered], "country")
        government = self._government(span)
        if government is not None:
            return Speaker(mention, government, "country")
        issuer = self._issuer(span)
        if issuer is not None:
            return Speaker(mention, issuer, "person")
        titled = self._titled_name(span)
        if titled is not None:
            name = self.full_name(_clean(titled.text))
            self._introduce(name)
            role = _role(self.doc[span.start : titled.start].text)
            return self._named(span, Speaker(mention, name, "person", role))
        others = [e for e in named if e.label_ in ("GPE", "ORG", "NORP")]
        if others and span.root.tag_ == "NNS" and not others[-1].start <= head < others[-1].end:
            return Speaker(mention, None)  # "Major social media platforms like Meta and TikTok"
        if others and _names_two(span.root):
            # "Nippon Steel and U.S. Steel argued": both speak, neither alone
            return Speaker(mention, None)
        if others and _described_one(others[-1], span):
            return _person(mention, self._titled_all(span))  # "the Republican said"
        if others and (_personal(others[-1], span) or self._person_told(others[-1])):
            name = self.full_name(_clean(others[-1].text))
            self._introduce(name)
            return self._named(span, Speaker(mention, name, "person"))
        if others:
            key = _clean(others[-1].text).lower()
            if key in METONYMS:
                return Speaker(mention, METONYMS[key], "country")
            kinds = {"GPE": "country", "ORG": "organization", "NORP": "group"}
            return Speaker(mention, _clean(others[-1].text), kinds[others[-1].label_])
        if len(span) == 1 and span[0].lower_ in _PERSONAL:
            gender = _PRONOUN_GENDER[span[0].lower_]
            nearest = self._fronted(span[0], gender) or self._antecedent(
                span.start, gender, self._objects_of(span[0])
            )
            described = None if nearest else self._described_before(span.start)
            if described is not None:
                # "the president-elect announced ... he wrote", no one named
                # before: the description, which other articles may name
                self.descriptions[span.start] = described
                return Speaker(mention, None, None, described)
            return self._named(span, _person(mention, nearest))  # "She tweeted" goes on with it
        if [t.lower_ for t in span] in (["the", "former"], ["the", "latter"]):
            return self._named(span, _person(mention, self._one_of_two(span)))
        supreme = _court_words(span)
        if supreme is not None:
            court = self._court_before(span.start, supreme)
            return Speaker(mention, court, "organization" if court else None)
        if [t.lower_ for t in span] in (["the", "company"], ["the", "firm"]):
            company = self._company_before(span.start)
            return Speaker(mention, company, "organization" if company else None)
        if span[0].lower_ == "the" or _owned_role(span) or self._whole_title(span):
            holder, told = self._by_title(span), self._last_described(span)
            if holder is None or (told is not None and self.people[holder].first > span.start):
                holder = told  # a title the text gives only later names another
            known = self.people.get(holder) if holder else None
            if holder is None or (known is not None and known.first > span.start):
                holder = self._titled_surname(span) or holder
            return self._named(span, _person(mention, holder))
        if self._bare_name(span):
            name = self.full_name(_clean(span.text))
            self.named_sources.append((span.start, name))  # "He added ..." goes on with it
            self._introduce(name)
            return Speaker(mention, name, None)
        return Speaker(mention, None)

    def _one_of_two(self, span: Span) -> str | None:
        """Whom "the former" or "the latter" names: the first or the second of
        the last two people named before it in its sentence ("Trump confirmed
        that Zelensky would visit ..., while the latter said": Zelensky)."""
        names: list[str] = []
        for e in self.ents:
            if e.label_ == "PERSON" and span.sent.start <= e.start and e.end <= span.start:
                name = self._given_or_full(e)
                if name in names:
                    names.remove(name)
                names.append(name)
        if len(names) < 2:
            return None
        return names[-1] if span[-1].lower_ == "latter" else names[-2]

    def _person_told(self, entity: Span) -> bool:
        """Whether a one-word name the tagger read as a body is a person's: one
        an earlier source named as a person ("Egede told reporters" before
        "Egede also stated"), or one that speaks of himself or herself in what
        the sentence reports ("Egede said his government was trying")."""
        if len(entity) != 1 or entity.label_ != "ORG" or entity.root.tag_ != "NNP":
            return False
        name = _clean(entity.text)
        if any(told == name for _, told in self.named_sources):
            return True
        verb = entity.root.head
        if entity.root.dep_ != "nsubj" or verb.pos_ != "VERB":
            return False
        for token in verb.subtree:
            if token.i <= verb.i or self.quoted[token.i]:
                continue
            if token.ent_type_ in ("PERSON", "ORG"):
                return False  # someone else the pronoun may stand for
            if token.lower_ in ("his", "her", "he", "she"):
                return True
        return False

    def _before_post_nominal(self, letters: Token) -> str | None:
        """The name right before a seat or rank written after it ("Jane Porter
        MP"): two or three capitalised proper nouns, a person's by the tagger
        or by a given name."""
        start = letters.i
        while start > 0 and self.doc[start - 1].tag_ == "NNP" and self.doc[start - 1].is_title:
            start -= 1
        run = self.doc[start : letters.i]
        tagged = any(e.label_ == "PERSON" and e.start < letters.i <= e.end for e in self.ents)
        if 2 <= len(run) <= 3 and (tagged or gender_of(run.text) is not None):
            return _clean(run.text)
        return None

    def _closing_name(self, span: Span) -> Span | None:
        """A person's name closing the source's noun phrase that the parse did
        not make its head: after a title of capitalised words ("Mother of the
        House Diane Abbott", "Anglican Bishop of London Dame Sarah Mullally,
        who sits in the Lords,") or set off by a comma after a description
        ("one of the leading opponents of the Bill, Conservative Danny
        Kruger,"); not the object of "of" ("the wife of John Smith"), nor one
        of two."""
        persons = [e for e in self.ents if e.label_ == "PERSON" and span.start < e.start < span.end]
        if not persons:
            return self._apposed_after(span)
        if len(persons) != 1 or any(
            t.lower_ in ("and", "&") and not _joins_titles(t) for t in span
        ):
            return None
        person = persons[0]
        if person.end < span.end and self.doc[person.end].text != ",":
            return None
        i = person.start - 1
        while i > span.start and self.doc[i].is_title and self.doc[i].tag_ == "NNP":
            i -= 1  # "Conservative", "Dame"
        if i == person.start - 1 and self.doc[i].lower_ in ("of", "the"):
            return None
        if self.doc[i].text == "," and i > span.start:
            return person
        title = self.doc[span.start : i + 1]
        titled = all(t.is_title or t.lower_ in ("of", "the") or _joins_titles(t) for t in title)
        # or a description in small letters ending in a role ("Machinist union
        # district 751 president Holden"; not "the wife of president Holden")
        described = title[-1].lower_ in ROLES and all(t.lower_ != "of" for t in title)
        return person if titled or described else None

    def _apposed_after(self, span: Span) -> Span | None:
        """A name set off by commas right after the source, before its verb,
        which the source left out ("one of the fiercest critics of the plan,
        Conservative Paul Reed, described ...")."""
        doc, k = self.doc, span.end
        if k + 2 >= len(doc) or doc[k].text != "," or span.root.pos_ not in ("NOUN", "NUM"):
            return None
        person = next((e for e in self.ents if e.label_ == "PERSON" and k < e.start <= k + 2), None)
        if person is None or person.end + 1 >= len(doc) or doc[person.end].text != ",":
            return None
        if not all(t.is_title for t in doc[k + 1 : person.start]):
            return None
        verb = doc[person.end + 1]
        return person if verb.pos_ == "VERB" and span.root.head.i == verb.i else None

    def _titled_name(self, span: Span) -> Span | None:
        """A name the entity tagger missed after a title that ends the source
        ("Ukrainian Defense Minister Rustem Umerov", "The Minister of Defense of
        Ukraine Rustem Umerov"): two or three capitalised proper nouns ending at
        the source's head, right after a role word or a country closing a title
        that has one, none written in lower case elsewhere in the text, nor a
        role or a body ("Minister of Foreign Affairs" names no one)."""
        root = span.root
        if root.i != span.end - 1 and not all(t.is_punct for t in self.doc[root.i + 1 : span.end]):
            return None
        start = root.i
        while start > span.start and _name_word(self.doc[start - 1]):
            start -= 1
        run = self.doc[start : root.i + 1]
        if not 2 <= len(run) <= _MAX_BARE_NAME or not all(_name_word(t) for t in run):
            return None
        before = self.doc[start - 1] if start > span.start else None
        roles = [t for t in self.doc[span.start : start] if t.lower_ in ROLES]
        if before is None or not roles:
            return None
        if before.lower_ not in ROLES and not (
            country_of(before.text) is not None and before.i > roles[-1].i
        ):
            return None
        lowered, _ = self._text_words()
        return None if any(t.lower_ in lowered for t in run) else run

    def _lone_surname(self, span: Span) -> bool:
        """Whether the source is headed by the surname of one person the text
        names, which the tagger read as no name or another kind ("Thune, who had
        championed the deal,"): not two people, a plural ("Republicans"), a
        description ("the Wisconsin Republican") or a source naming another."""
        root = span.root
        return (
            root.tag_ == "NNP"
            and root.is_title
            and root.ent_type_ != "NORP"
            and len(self.by_surname.get(root.lower_, ())) == 1
            and not _coordinated(root)
            and not any(c.dep_ == "det" for c in root.children)
            and not any(c.dep_ == "compound" and c.lower_ not in _HONORIFICS for c in root.children)
            and not any(e.label_ == "PERSON" for e in self.ents if span.start <= e.start < span.end)
        )

    def _bare_name(self, span: Span) -> bool:
        """Whether the source is a name the entity tagger missed ("Umerov told
        reporters"): capitalised proper nouns the text never writes in lower
        case ("Judge", "Correction"), and, opening a headline-cased sentence,
        seen capitalised inside another one (a headline's "New Poll Shows ..."
        is no name)."""
        if len(span) > _MAX_BARE_NAME or not all(t.is_title for t in span):
            return False
        if len(span) == 1 and span[0].is_stop:
            return False  # "Several said ...", "Many said ..."
        # A rare name the tagger took for an adjective ("Bessent later said"):
        # an adjective is never a subject on its own.
        if (
            not all(t.pos_ == "PROPN" for t in span)
            and (len(span) > 1 or span[0].pos_ != "ADJ")
            and not self._proper_elsewhere(span)
        ):
            return False
        if span.root.dep_ not in _SUBJECT_DEPS:
            return False  # a label: "Correction: An earlier version ..."
        lower, inner = self._text_words()
        if any(t.lower_ in lower for t in span):
            return False
        if not span[0].is_sent_start or all(t.text in inner for t in span):
            return True
        words = [t for t in span.sent if t.is_alpha]
        return sum(t.is_title for t in words) * 2 < len(words)  # not a headline

    def _proper_elsewhere(self, span: Span) -> bool:
        """Whether a one-word source the tagger read as a common noun
        ("Zelenskyy said Kyiv is ...") stands alone as a proper noun elsewhere
        in the text ("rejected by Zelenskyy")."""
        if len(span) != 1 or span[0].tag_ != "NN":
            return False
        if self._lone_propers is None:  # read once per text
            self._lone_propers = frozenset(
                t.text
                for t in self.doc
                if t.tag_ == "NNP"
                and t.dep_ != "compound"
                and not any(c.dep_ == "compound" for c in t.children)
            )
        return span[0].text in self._lone_propers  # an NN word: another token

    def _text_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words the text writes in lower case, and those it capitalises
        inside a sentence; read once."""
        if self._words is None:
            lowered = frozenset(t.text for t in self.doc if t.is_lower)
            inside = frozenset(t.text for t in self.doc if t.is_title and not t.is_sent_start)
            self._words = (lowered, inside)
        return self._words

    def _government(self, span: Span) -> str | None:
        """The country whose government body the source names: "Ukraine's foreign
        ministry", "the Russian government", "a spokesperson for China's commerce
        ministry" (not "Russian officials": many people)."""
        if span.root.lemma_.lower() in _SPOKESPEOPLE:
            bodies = [
                o
                for prep in span.root.children
                if prep.dep_ == "prep" and prep.lower_ == "for"
                for o in prep.children
                if o.dep_ == "pobj" and o.i < span.end
            ]
            if bodies:
                span = self.doc[bodies[0].left_edge.i : bodies[0].i + 1]
        if span.root.lemma_.lower() not in _GOVERNMENT_BODIES:
            return None
        owners = [e for e in self.ents if span.start <= e.start and e.end <= span.root.i]
        if len(owners) != 1:
            return None
        owner, label = _clean(owners[0].text), owners[0].label_
        if label not in ("GPE", "NORP"):
            return None
        return country_of(owner) or (owner if label == "GPE" else None)

    def _issuer(self, span: Span) -> str | None:
        """The person whose statement or office speaks: "a statement from her
        office", "Frederiksen's office", and "the statement" after one ("In the
        conversation, Frederiksen “argued ...,” the statement said")."""
        root = span.root
        if root.lemma_.lower() not in _ISSUES or root.tag_ == "NNS":
            return None  # not "Donald J. Trump's statements", which others describe
        owner = _owner(root)
        if owner is None and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            floor = self.paragraph_of[root.i] - _PARAGRAPH_WINDOW
            earlier = [
                found
                for t in self.doc[: span.start]
                if t.lemma_.lower() == root.lemma_.lower()
                and self.paragraph_of[t.i] >= floor
                and (found := _owner(t)) is not None
            ]
            owner = earlier[-1] if earlier else None
        if owner is None:
            return None
        if owner.lower_ in _PERSONAL:
            return self._antecedent(owner.i, _PRONOUN_GENDER[owner.lower_])
        persons = [e for e in self.ents if e.label_ == "PERSON" and e.start <= owner.i < e.end]
        if persons:
            return self.full_name(_clean(persons[0].text))
        if owner.lower_ in self.by_surname:  # "Trump’s executive action", "Trump" read as no person
            return self.full_name(owner.text)
        return None

    def _apposed_role(self, person: Span, span: Span) -> str | None:
        """A role in apposition after the name, within the source: "Keir Starmer,
        the UK prime minister," -> "UK prime minister"."""
        for appos in (c for c in person.root.children if c.dep_ == "appos"):
            first, last = appos.left_edge.i, appos.right_edge.i
            if person.end <= first and last < span.end and last - first < _MAX_ROLE_WORDS:
                return _role(self.doc[first : last + 1].text)
        return None

    def _named(self, span: Span, speaker: Speaker) -> Speaker:
        if speaker.name is not None and speaker.kind == "person":
            self.named_sources.append((span.start, speaker.name))
        return speaker

    def _fronted(self, pronoun: Token, gender: str) -> str | None:
        """The person a clause set before the pronoun's own is about: "While
        Trump smiled and nodded as Carney spoke, he also referred to ...":
        Trump, the subject of the clause that opens the sentence, not the one
        nearest the pronoun."""
        if pronoun.dep_ != "nsubj":
            return None
        for clause in pronoun.head.children:
            if clause.dep_ != "advcl" or clause.i > pronoun.i:
                continue
            if any(t.lower_ in ("him", "her") for t in clause.subtree):
                return None  # "After Clinton accused him of sexism, he warned": him
            for subject in clause.children:
                if subject.dep_ != "nsubj" or subject.pos_ != "PROPN":
                    continue
                if subject.ent_type_ != "PERSON" and subject.lower_ not in self.by_surname:
                    continue
                whole = next((e.text for e in self.ents if e.start <= subject.i < e.end), None)
                name = self.full_name(_clean(whole or subject.text))
                return name if self._gender(name) in (None, gender) else None
        return None

    def _objects_of(self, pronoun: Token) -> frozenset[str]:
        """The people the pronoun's own verb takes as object, whom it cannot
        stand for ("he told Hannity", "she thanked Trump")."""
        verb = pronoun.head
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
        # "Referring to Mark Rutte, he added": the pronoun is the subject of the
        # participle too, so not whom it refers to
        nouns += [
            t
            for c in verb.children
            if c.dep_ == "advcl"
            and c.i < pronoun.i
            and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)
            for t in c.subtree
        ]
        return frozenset(
            self.full_name(_clean(n.text))
            for n in nouns
            if n.pos_ == "PROPN" and n.dep_ in ("dobj", "dative", "pobj")
        )

    def _antecedent(self, i: int, gender: str, objects: frozenset[str] = frozenset()) -> str | None:
        """The nearest person named as a subject before token ``i``, outside quotes
        and reported clauses:
        a person entity, or an earlier source that named its speaker ("Zelenskyy
        stressed ...", which spaCy may not tag as a person); not one the text
        tells is of the other gender ("she" is not Frank Fiorina), nor a plural
        the tagger took for a name ("Aides handed out flyers")."""
        floor = self.paragraph_of[i] - _PARAGRAPH_WINDOW
        fallback: tuple[int, str] | None = None
        for start, name, subject in sorted(self._mentions(i), reverse=True):
            if self.paragraph_of[start] < floor:
                break
            if self._gender(name) not in (None, gender) or name in objects:
                continue
            if subject:
                return name
            fallback = fallback or (start, name)
        if fallback is None or self._described_since(fallback[0], i):
            return None  # "the Prime Minister has disregarded ... despite ties with Trump"
        return fallback[1]

    def _mentions(self, i: int) -> list[tuple[int, str, bool]]:
        """People named before token ``i`` outside quotations, as (token, name,
        whether a subject): person entities, sources that named a person, and
        lone surnames."""
        mentions = [
            (
                e.start,
                self._given_or_full(e),
                _main_subject(e.root, i) and not _names_two(e.root),
            )
            for e in self.ents
            if e.end <= i
            and e.label_ == "PERSON"
            and (e.root.tag_ != "NNS" or e.root.lower_ in self.by_surname)  # "Sanders"
            and not self.quoted[e.start]
        ]
        mentions += [(k, name, True) for k, name in self.named_sources if k < i]
        mentions += [
            (k, name, _main_subject(root, i))
            for k, root, name in self._described_people()
            if name is not None and root.i < i and not self.quoted[k]
        ]
        return mentions + self._lone_surnames(i)

    def _court_before(self, i: int, supreme: bool) -> str | None:
        """The court "the court" stands for, or "the high court" or "the
        nation's top court" (``supreme``): the last one (a supreme one) named
        before token ``i``, outside quotations."""
        courts = [
            name
            for e in self.ents
            if e.end <= i and e.label_ == "ORG" and not self.quoted[e.start]
            for name in [_COURT.sub("", _clean(e.text))]
            if name.endswith(" Court") and (not supreme or "Supreme" in name)
        ]
        return courts[-1] if courts else None

    def _company_before(self, i: int) -> str | None:
        """The body "the company" stands for, named before token ``i`` in its
        paragraph or the one before: the subject of its own sentence, else a
        body that sentence names ("Trump said of Apple, when the company
        balked"), else the last body named, if as the subject of the sentence
        right before ("Meta, the parent company of Facebook, released a
        statement. While the company affirmed ..."); None otherwise ("...
        Bloomberg's own list. The company says").  Bodies named in an
        apposition describe another and do not count."""
        floor = self.paragraph_of[i] - 1
        near = [
            (e.start, _clean(e.text), _main_subject(e.root, i))
            for e in self.ents
            if e.end <= i
            and self.paragraph_of[e.start] >= floor
            and e.label_ == "ORG"
            and not self.quoted[e.start]
            and _clean(e.text).lower() not in self.by_surname  # "Weiner's future"
            and not any(t.dep_ == "appos" for t in (e.root, *e.root.ancestors))
        ]
        # a source named by one word no person bears ("Meta", tagged a person)
        near += [
            (k, name, True)
            for k, name in self.told
            if name
            and k < i
            and self.paragraph_of[k] >= floor
            and " " not in name
            and name.lower() not in self.by_surname
        ]
        near.sort()
        sentence = self.doc[i].sent.start
        here = [  # not one in what the body is said to say ("a deal with Nippon Steel
            # would raise “serious questions ...,” the company warned")
            b
            for b in near
            if self.doc[b[0]].sent.start == sentence and not any(self.quoted[b[0] : i])
        ]
        # its own sentence's subject ("Ameriquest was one of several firms sued
        # by the NAACP ..., and the company agreed"), a body that sentence names,
        # else the last body named, if as a subject
        subjects_here = [b for b in here if b[2]]
        if subjects_here or here:
            return (subjects_here or here)[-1][1]
        if not near or not near[-1][2]:
            return None
        before = self.doc[near[-1][0]].sent.end == sentence  # the sentence right before
        return near[-1][1] if before else None

    def _described_people(self) -> list[tuple[int, Token, str | None]]:
        """Subjects that describe a person by a role ("However the Prime Minister
        has disregarded ..."), each as (first token, head, the one person the
        text titles so or None): a later "he" goes on with that person, not
        with one named in a clause between ("despite his ties with Donald
        Trump")."""
        if self._described is None:
            self._described = []
            for token in self.doc:
                if (
                    token.dep_ in _SUBJECT_DEPS
                    and token.lower_ in ROLES
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
                ):
                    span = self.doc[token.left_edge.i : token.i + 1]
                    self._described.append((span.start, token, self._by_title(span)))
        return self._described

    def _described_since(self, k: int, i: int) -> bool:
        """Whether the sentence naming a person at token ``k`` in no subject's
        place has a subject before it describing someone by a role ("However the
        Prime Minister has disregarded ... despite his ties with Donald Trump"),
        not one the name is said to be ("If the candidate is Donald Trump")."""
        named = self.doc[k]
        name_root = next((e.root for e in self.ents if e.start <= k < e.end), named)
        if name_root.dep_ in ("attr", "appos"):
            return False
        first = named.sent.start
        return any(
            first <= start < k
            and self.paragraph_of[start] == self.paragraph_of[k]
            and not self.quoted[start]
            and _main_subject(root, i)
            for start, root, _ in self._described_people()
        )

    def _lone_surnames(self, i: int) -> list[tuple[int, str, bool]]:
        """Mentions before token ``i`` of a surname the tagger read as no
        person's ("Both Frederiksen and ...", "But Trump has been undeterred",
        an organisation): of the one person the text names so, or of the name
        an earlier source gave (not a transcript's "Q" or "A")."""
        if self._surnames is None:  # the candidate words, read once
            persons = {k for e in self.ents if e.label_ == "PERSON" for k in range(e.start, e.end)}
            self._surnames = [
                t
                for t in self.doc
                if t.tag_ == "NNP" and t.is_title and t.i not in persons and not self.quoted[t.i]
            ]
        sourced = {
            name.lower(): name
            for k, name in self.named_sources
            if k < i and " " not in name and len(name) > 2
        }
        out = []
        for token in self._surnames:
            if token.i >= i:
                break
            bearers = self.by_surname.get(token.lower_, [])
            name = bearers[0] if len(bearers) == 1 else sourced.get(token.lower_)
            if name is not None:
                out.append((token.i, name, _main_subject(token, i)))
        return out

    def _whole_title(self, span: Span) -> bool:
        """Whether the source is a title, whole, that the text gives a person
        before their name ("NATO's secretary general said", after "NATO
        Secretary General Jens Stoltenberg"); headlines use them so too."""
        if span.root.lower_ not in ROLES:
            return False  # not "Ted Cruz" the tagger missed, nor a dateline "ATLANTIC CITY —"
        keys = _title_keys(_described_by(span))
        return len(keys) > 1 and any(
            keys <= _title_keys(p.title_words) for p in self.people.values()
        )

    def _described_before(self, start: int) -> str | None:
        """The description of the last source before token ``start``, in this
        paragraph or the one before, when it named no one and no person is
        named since outside quotations."""
        told = [t for t in self.told if t[0] < start]
        if not told:
            return None
        k, name = max(told)
        described = self.descriptions.get(k)
        if name is not None or described is None:
            return None
        if self.paragraph_of[k] < self.paragraph_of[start] - 1 or self._named_since(k, start):
            return None
        return described

    def _named_since(self, k: int, start: int, name: str = "") -> bool:
        """Whether a person other than ``name`` is named between tokens ``k``
        and ``start``, outside quotations."""
        return any(
            e.label_ == "PERSON"
            and k < e.start < start
            and not self.quoted[e.start]
            and self._given_or_full(e) != name
            for e in self.ents
        ) or any(
            t.lower_ in self.by_surname and t.text not in name and not self.quoted[t.i]
            for t in self.doc[k:start]
        )

    def _last_described(self, span: Span) -> str | None:
        """The person whose words the text has just told, for a description
        with a role no title in the text holds ("Ms Leadbeater described ...
        The Spen Valley MP added: ..."): the speaker of the last statement
        before it, if a named person, in this paragraph or the one before, with
        no other person named since outside quotations and no other role given
        them ("the senator" is not "Governor Mike Pence")."""
        head = span.root.lower_
        if span[0].lower_ != "the" or head not in ROLES:
            return None
        if not _described_by(span) - {head}:
            return None  # "the president" alone: whoever holds that office
        told = [t for t in self.told if t[0] < span.start]
        if not told:
            return None
        k, name = max(told)
        if name is None or self.paragraph_of[k] < self.paragraph_of[span.start] - 1:
            return None
        if self._named_since(k, span.start, name):
            return None
        person = self.people.get(name)
        roles = (person.title_words if person else frozenset()) & ROLES
        return name if not roles or head in roles else None

    def _titled_all(self, span: Span) -> str | None:
        """The one person introduced with a title holding every word of the
        description ("the Republican": "Republican nominee Donald Trump"; not
        "the Wisconsin Republican": "Republican National Committee Chairman
        Reince Priebus")."""
        words = _described_by(span)
        matches = [p for p in self.people.values() if words <= p.title_words]
        return matches[0].name if len(matches) == 1 else None

    def _titled_surname(self, span: Span) -> str | None:
        """The one person named before the description by a single name under a
        title holding all its words ("the President" after "President Biden
        voiced ...", not "International President David McCall" named after it):
        the people index keeps only full names, so such a person has no entry."""
        head = span.root.lower_
        if head not in ROLES:
            return None
        keys = _title_keys(_described_by(span))
        found = {
            _clean(e.text)
            for e in self.ents
            if e.label_ == "PERSON"
            and e.end <= span.start
            and len(_clean(e.text).split()) == 1
            and e.start
            and self.doc[e.start - 1].lower_ == head  # "President Biden", not a headline's words
            and keys <= _title_keys(self._title_words(e))
        }
        if len(found) != 1:
            return None
        name = found.pop()
        bearers = self.by_surname.get(name.lower(), [])
        if len(bearers) > 1:
            return None  # "President Bush" beside Jeb Bush and George W. Bush
        # The full name only when it holds the title: "Michelle Obama" bears the
        # surname, not the presidency.
        person = self.people.get(bearers[0]) if bearers else None
        if person is not None and keys <= _title_keys(person.title_words):
            return person.name
        return name

    def _by_title(self, span: Span) -> str | None:
        """The one person introduced with a title the description shares words
        with ("the NATO chief": "NATO Secretary General Mark Rutte"); among
        several, the one whose title has all its words, a country named as a
        country or its people ("Ukraine's president": "Ukrainian President
        Volodymyr Zelenskyy", not "European Commission President ...")."""
        words = _described_by(span)
        head = span.root.lemma_.lower()
        countries = {country_of(w) for w in words} - {None}
        matches = [
            p
            for p in self.people.values()
            if words & p.title_words
            and (head in ROLES or head in p.title_words)  # not "the Danish government"
            and countries <= _title_keys(p.title_words)  # not "the Greenlandic prime minister"
            and _same_office(words, head, p.title_words)
        ]
        if len(matches) > 1:
            keys = _title_keys(words)
            matches = [p for p in matches if keys <= _title_keys(p.title_words)]
        return matches[0].name if len(matches) == 1 else None


def _same_office(words: Collection[str], head: str, title: Collection[str]) -> bool:
    """Whether a description may name one who holds ``title``: the same office,
    or a word for any leader ("the NATO chief": "NATO Secretary General"); not
    "the Ukrainian deputy prime minister" for "Ukrainian President Volodymyr
    Zelensky", nor "the president" for "Vice President JD Vance"."""
    if _RANKS.intersection(words) != _RANKS.intersection(title):
        return False
    return head not in ROLES or head in _ANY_LEADER or head in title or not ROLES & set(title)


def _court_words(span: Span) -> bool | None:
    """Whether a source is "the court" (False) or the highest one ("the high
    court", "the nation's top court": True); None for any other words ("the
    appeals court" is not the one named last)."""
    if span.root.lower_ != "court" or len(span) > _MAX_COURT_WORDS:
        return None
    words = {t.lower_ for t in span} - _COURT_PLAIN
    return None if words - _COURT_HIGHEST else bool(words)


def _closing_body(span: Span, ents: Sequence[Span]) -> Span | None:
    """An organisation's name that a word for its kind introduces ("Campaign
    group Right to Life UK", "the charity Humanists UK"), ending the source."""
    body = next((e for e in ents if e.end == span.end and e.start > span.start), None)
    if body is None or body.label_ != "ORG":
        return None
    kind = span.doc[body.start - 1]
    before = span.doc[span.start : body.start]
    if kind.lower_ not in _BODIES | _KINDS or kind.tag_ != "NN":
        return None
    return body if all(t.pos_ in ("DET", "ADJ", "NOUN") for t in before) else None


def _apposed_body(span: Span, ents: Sequence[Span]) -> Span | None:
    """A body named in apposition to a word for its kind: "The main opposition
    party, the Democratic Party,"."""
    root = span.root
    if root.lemma_.lower() not in _BODIES | _KINDS or root.ent_type_ or root.tag_ != "NN":
        return None  # not a body's own name ("the Freedom Partners Action Fund, a super PAC")
    return next(
        (
            e
            for e in ents
            if e.label_ == "ORG"
            and span.start <= e.start < e.end <= span.end
            and e.root.dep_ == "appos"
            and e.root.head.i == root.i
        ),
        None,
    )


def _described_by(span: Span) -> set[str]:
    """The words of a description that may match a title ("the NATO chief": nato, chief)."""
    return spelled_out(
        t.lower_
        for t in span
        if (t.is_alpha or t.text.replace(".", "").isalpha())  # "U.S."
        and t.lower_ not in _TITLE_STOP
    )


def spelled_out(words: Iterable[str]) -> set[str]:
    """Title words with short titles written out ("pm": prime, minister)."""
    out: set[str] = set()
    for word in words:
        out.update(_SHORT_TITLES.get(word.rstrip("."), (word,)))
    return out


_MAX_ROLE_WORDS = 6
_MAX_BARE_NAME = 3  # words of a name the entity tagger missed
_MAX_COURT_WORDS = 5  # "the nation's top court"
_COURT = re.compile(r"^[Tt]he |[’']s$")  # "the Supreme Court’s": "Supreme Court"
_COURT_PLAIN = frozenset({"the", "court", "’s", "'s", "nation", "country"})
_COURT_HIGHEST = frozenset({"high", "highest", "top"})


def _role(words: str) -> str | None:
    """A title written before a name, without a leading article; None if there is none."""
    role = " ".join(words.split()).strip(" ,")
    for article in ("the ", "The ", "a ", "A "):
        role = role.removeprefix(article)
    return role if any(ch.isalpha() for ch in role) else None


def _title_keys(words: Collection[str]) -> set[str]:
    """Title words as compared: a country or its people as the country."""
    return {country_of(w) or w for w in words}


def _owned_role(span: Span) -> bool:
    """A person's role that a country or a body owns: "Ukraine's president",
    "Boeing's CEO" (not "Trump's spokesman", whom no title in the text names)."""
    root = span.root
    return root.lemma_.lower() in _JOINED_TITLES and any(
        c.dep_ == "poss"
        and (country_of(c.text) is not None or (c.pos_ == "PROPN" and c.ent_type_ != "PERSON"))
        for c in root.children
    )


def _main_subject(token: Token, i: int) -> bool:
    """A subject of its sentence's telling, not of a clause it reports ("Rutte
    stressed that the West must ensure Putin does not attempt ...": Rutte),
    unless token ``i`` is in that clause too ("Flynn said Trump was right when
    he said ...": Trump)."""
    verb = token.head
    if any(
        c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
        for c in token.children
    ) and (token.dep_, token.head.dep_, token.head.head.dep_) == ("pobj", "prep", "ROOT"):
        return True  # "The most eloquent came from the DUP's Gavin Robinson who voted against"
    return token.dep_ in _SUBJECT_DEPS and (
        verb.dep_ != "ccomp" or verb.left_edge.i <= i <= verb.right_edge.i
    )


def _name_word(token: Token) -> bool:
    """A word that may be part of a name the tagger missed: a capitalised proper
    noun it tagged as no entity, or as a person."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_type_ in ("", "PERSON", "WORK_OF_ART")  # "Danish PM Mette Frederiksen"
        and token.lower_ not in ROLES
        and token.lower_ not in _BODIES
        and country_of(token.text) is None
    )


def _described_one(entity: Span, span: Span) -> bool:
    """Whether the source describes one person by a group's name: "the
    Republican" (not "Republicans", "the Republican Party", "Democrats")."""
    root = span.root
    return (
        entity.label_ == "NORP"
        and entity.root.i == root.i
        and not _coordinated(root)
        and root.tag_ == "NNP"
        and any(c.dep_ == "det" and c.lower_ in ("the", "a") for c in root.children)
    )


def _owner(noun: Token) -> Token | None:
    """Whose a statement or office is: "her office", "Frederiksen's statement",
    "a statement from her office"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners[0]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"):
        for thing in (o for o in prep.children if o.dep_ == "pobj"):
            if thing.lemma_.lower() in _ISSUES:
                return _owner(thing)
            if thing.ent_type_ == "PERSON":
                return thing
    return None


def _nominal(span: Span) -> Span:
    """The noun phrase of a source that runs over more: the subject of a clause
    the source holds before the cue's "and" ("Trump congratulated Carney on
    his win and" described ...), or a name before an aside set off by a comma
    ("Trump, undeterred,"; "Mr. Daniloff, now 81 and retired,")."""
    doc = span.doc
    if span[-1].lower_ == "and":
        for token in span:
            if token.pos_ == "VERB" and token.tag_ in ("VBD", "VBZ", "VBP"):
                for child in token.children:
                    if (
                        child.dep_ == "nsubj"
                        and child.pos_ in ("PROPN", "NOUN")
                        and child.left_edge.i == span.start
                    ):
                        return doc[span.start : child.right_edge.i + 1]
    if span.root.pos_ in ("NOUN", "PROPN", "PRON"):
        return span
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None or comma == span.start:
        return span
    first, aside = doc[span.start : comma], doc[comma : span.end]
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP") for t in aside)
    return first if all(t.is_title for t in first) and not finite else span


def _names_two(token: Token) -> bool:
    """Whether a name is joined to another by "and" ("Frederiksen and Trump");
    not titles so joined ("President and CEO David B. Burritt", "Economy,
    Trade and Industry Minister Yoji Muto"), nor one body's name ("The Globe
    and Mail", "Procter & Gamble": the tagger holds them in one organization)."""
    joined = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return (
        bool(joined)
        and any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in token.children)
        and not any(t.lower_ in _JOINED_TITLES for t in (token, *token.conjuncts))
        and not _one_body(token, joined[-1])
    )


def _one_body(first: Token, last: Token) -> bool:
    """Whether two words lie inside one organization's name."""
    doc = first.doc
    return first.ent_type_ == "ORG" and all(
        doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "ORG" for k in range(first.i + 1, last.i + 1)
    )


def _joins_titles(conjunction: Token) -> bool:
    """Whether "and" joins two titles of one person ("Senior Vice President and
    Head of International John Murphy")."""
    doc, i = conjunction.doc, conjunction.i
    return 0 < i < len(doc) - 1 and any(
        doc[k].is_title and doc[k].lower_ in _JOINED_TITLES for k in (i - 1, i + 1)
    )


def _coordinated(token: Token) -> bool:
    return any(c.dep_ in ("conj", "cc") for c in token.children)


def _person(mention: str, name: str | None) -> Speaker:
    return Speaker(mention, name, "person" if name else None)


def _paragraph_index(doc: Doc) -> list[int]:
    index = []
    paragraph = 0
    for token in doc:
        index.append(paragraph)
        if token.is_space and "\n" in token.text:
            paragraph += 1
    return index
