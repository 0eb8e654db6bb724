"""One speaker across articles: matching resolved names to speaker entities.

Conservative by design: two different people who share a surname are never
merged without evidence.  A full name matches a known person with the same
surname (after transliteration: Zelensky, Zelenskyy, Zelenskiy; Umerov,
Umierov) and a
compatible first name (the same, or the same initial: Vladimir, Volodymyr).
A bare surname matches only when exactly one known person has it.  A full
name one letter off a known person's surname ("Emmanuel Macros") matches only
with the same first name and a title both were given ("French President").
Users' corrections (merges, splits, renames) are aliases that win over every
rule.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from onrecord.ingest.ids import slug
from onrecord.names import PARTICLES, surname_first
from onrecord.store import Store

TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "president",
        "vice",
        "pm",
        "minister",
        "secretary",
        "gen",
        "general",
        "adm",
        "admiral",
        "col",
        "colonel",
        "capt",
        "captain",
        "rev",
        "pope",
        "king",
        "queen",
        "prince",
        "princess",
        "judge",
        "justice",
        "mayor",
        "chancellor",
        "ambassador",
    }
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Transliteration variants of one sound, folded to one spelling.
# "ie" and "ye" after a consonant are one sound: Umierov, Umyerov, Umerov.
_FOLDS = (
    (r"(?:yy|iy|ii|yi|ij)\b", "y"),
    (r"(?<=[bcdfgklmnprstvz])[iy]e", "e"),
    (r"ck", "k"),
    (r"ph", "f"),
    (r"kh", "h"),
    (r"ou", "u"),
    (r"oo", "u"),  # Korean romanized two ways: Yoon and Yun, Dong-hoon and Dong-hun
)


def fold(word: str) -> str:
    """A word without accents, case or transliteration variants."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"[^a-z]", "", plain)
    for pattern, replacement in _FOLDS:
        plain = re.sub(pattern, replacement, plain)
    return plain


@dataclass(frozen=True, slots=True)
class NameKey:
    first: str | None
    surname: str
    suffix: str = ""

    @property
    def initial(self) -> str | None:
        return self.first[0] if self.first else None


def name_key(name: str) -> NameKey | None:
    """The parts of a person's name that decide identity; None if there are none."""
    if surname_first(name):  # "Han Dong-hoon", "Han Dong Hoon": Han, Donghoon
        surname, *given = name.split()
        return NameKey(fold("".join(given)), fold(surname))
    words = [w for w in re.split(r"[\s\-]+", name.replace("’", "'")) if w]
    words = [w for w in words if fold(w) not in TITLES] or words
    # "Ursula von der Leyen", "Von der Leyen": a particle is no first name, nor the surname.
    words = [w for w in words[:-1] if w.lower() not in PARTICLES] + words[-1:]
    suffix = ""
    if words and fold(words[-1]) in SUFFIXES:
        suffix = fold(words.pop())
    words = [w for w in words if fold(w)]
    if not words:
        return None
    first = fold(words[0]) if len(words) > 1 else None
    return NameKey(first, fold(words[-1]), suffix)


def _middle_initial(name: str) -> str | None:
    """The initial between a given name and a surname ("Múte B. Egede": b)."""
    words = name.split()
    if len(words) != 3 or not re.fullmatch(r"[A-Z]\.?", words[1]):
        return None
    return words[1][0].lower()


def alias_key(name: str) -> str:
    """How a name is looked up among aliases: folded words, in order."""
    return " ".join(fold(w) for w in name.split() if fold(w))


@dataclass(slots=True)
class Known:
    id: str
    name: str
    kind: str


@dataclass(slots=True)
class SpeakerIndex:
    """The speakers of the record, and the aliases that name them."""

    speakers: dict[str, Known] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # alias key -> speaker id
    _by_surname: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # Full names the entity tagger gave another kind ("JD Vance" read as an
    # organisation): a lone surname falls back on them when no person has it.
    _untyped_by_surname: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # The titles sources gave each speaker, folded: evidence for a misspelt name.
    titles: dict[str, set[str]] = field(default_factory=dict)
    _by_first: dict[str, list[str]] = field(default_factory=dict)

    def add(self, speaker: Known) -> None:
        self.speakers[speaker.id] = speaker
        self.aliases.setdefault(alias_key(speaker.name), speaker.id)
        key = name_key(speaker.name) if speaker.kind != "country" else None
        if key is None or (speaker.kind != "person" and key.first is None):
            return
        index = self._by_surname if speaker.kind == "person" else self._untyped_by_surname
        index.setdefault((key.surname, key.suffix), []).append(speaker.id)
        if speaker.kind == "person" and key.first is not None:
            self._by_first.setdefault(key.first, []).append(speaker.id)

    def misspelt(self, name: str, titles: set[str]) -> str | None:
        """The one person whose surname ``name``'s is one letter off, with the
        same first name and a title in common ("Emmanuel Macros", "French
        President": Emmanuel Macron), or with the same middle initial and a
        first name at most one letter off (a machine translation's "Mut B.
        Eged": Múte B. Egede); None when there is none or several."""
        key = name_key(name)
        if key is None or key.first is None or len(key.surname) < 4:
            return None
        found: set[str] = set()
        if titles and len(key.surname) >= 5:
            found = {
                i
                for i in self._by_first.get(key.first, [])
                if (other := name_key(self.speakers[i].name)) is not None
                and Levenshtein.distance(other.surname, key.surname) == 1
                and titles & self.titles.get(i, set())
            }
        middle = _middle_initial(name)
        if middle is not None:
            found |= {
                i
                for i, known in self.speakers.items()
                if known.kind == "person"
                and _middle_initial(known.name) == middle
                and (other := name_key(known.name)) is not None
                and other.first is not None
                and Levenshtein.distance(other.surname, key.surname) <= 1
                and Levenshtein.distance(other.first, key.first) <= 1
            }
        return found.pop() if len(found) == 1 else None

    def find(self, name: str, kind: str) -> str | None:
        """The id of the speaker ``name`` refers to, or None for a new one."""
        found = self.aliases.get(alias_key(name))
        if found is not None or kind == "country":
            return found
        key = name_key(name)
        if key is None:
            return None
        if kind != "person":
            # A lone surname the entity tagger took for an organisation ("Zelenskyy").
            if key.first is not None:
                return None
            bearers = self._by_surname.get((key.surname, key.suffix), [])
            return bearers[0] if len(bearers) == 1 else None
        candidates = [self.speakers[i] for i in self._by_surname.get((key.surname, key.suffix), [])]
        if key.first is None:
            if not candidates:
                untyped = self._untyped_by_surname.get((key.surname, key.suffix), [])
                return untyped[0] if len(untyped) == 1 else None
            return candidates[0].id if len(candidates) == 1 else None
        compatible = []
        for candidate in candidates:
            other = name_key(candidate.name)
            if other is None:
                continue
            if other.first is None or other.first == key.first or other.initial == key.initial:
                compatible.append(candidate)
        exact = [c for c in compatible if (k := name_key(c.name)) and k.first == key.first]
        if len(exact) == 1:
            return exact[0].id
        return compatible[0].id if len(compatible) == 1 else None

    def new_id(self, name: str) -> str:
        base = slug(name)
        candidate, n = base, 2
        while candidate in self.speakers:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def resolve(self, name: str, kind: str, titles: set[str] | None = None) -> tuple[str, bool]:
        """(speaker id, whether it is new), adding a new speaker to the index;
        ``titles`` are those the name was given, evidence for a misspelling."""
        titles = titles or set()
        found = self.find(name, kind)
        if found is None and kind == "person":
            found = self.misspelt(name, titles)
        if found is not None:
            self.aliases.setdefault(alias_key(name), found)
            self.titles.setdefault(found, set()).update(titles)
            return found, False
        speaker = Known(self.new_id(name), name, kind)
        self.add(speaker)
        self.titles[speaker.id] = set(titles)
        return speaker.id, True


def load_index(
    store: Store, titled: dict[str, set[str]] | None = None
) -> tuple[SpeakerIndex, dict[str, str]]:
    """The record's speakers as an index (with the titles in ``titled``, by
    speaker id), and the aliases stored with them."""
    rows, aliases = store.speaker_table()
    index = SpeakerIndex()
    for speaker_id, name, kind in rows:
        index.add(Known(speaker_id, name, kind))
    index.aliases.update(aliases)  # users' corrections win over the names' own keys
    index.titles.update(titled or {})
    return index, aliases


def _folded_title(title: str) -> str:
    return " ".join(fold(w) for w in title.split() if fold(w))


def link_speakers(store: Store) -> int:
    """Link every unlinked statement to its speaker entity; how many new speakers."""
    by_id: dict[str, set[str]] = {}
    by_name: dict[str, set[str]] = {}
    for name, speaker_id, title in store.titles_by_name():
        if speaker_id is not None:
            by_id.setdefault(speaker_id, set()).add(_folded_title(title))
        else:
            by_name.setdefault(name, set()).add(_folded_title(title))
    index, aliases = load_index(store, by_id)
    new: list[tuple[str, str, str]] = []
    links: dict[tuple[str, str], str] = {}
    # Full names first: a bare surname is matched only against every known bearer.
    names = sorted(store.unlinked_names(), key=lambda pair: len(pair[0].split()) < 2)
    for name, kind in names:
        speaker_id, is_new = index.resolve(name, kind, by_name.get(name))
        if is_new:
            new.append((speaker_id, name, kind))
        links[(name, kind)] = speaker_id
    store.save_links(new, {a: i for a, i in index.aliases.items() if a not in aliases}, links)
    return len(new)


def split_speaker(store: Store, speaker_id: str, name: str) -> str:
    """Give the statements that name ``name`` a speaker of their own; its id."""
    new_id = load_index(store)[0].new_id(name)
    store.split_speaker(speaker_id, alias_key(name), new_id, name)
    return new_id
