"""Speakers a text describes without naming, named by the record's other articles.

"“We’re really happy,” the Ukrainian president added" names no one when the
article never titles Zelenskyy; another article of the same days does
("Ukrainian President Volodymyr Zelenskyy said ...").  A description is linked
to the one speaker the record titles with every word of it, in articles
published within ``WINDOW`` of its own; among several such speakers ("the
Ukrainian leader": a president and a prime minister), or with none, it stays
unknown.  Only a definite description with a word besides its title counts:
"the president" alone, "a spokesman", "he" name no one here.  The link keeps
the statement whose source gave the title, so it can be checked.
"""

from __future__ import annotations

from datetime import date, timedelta

from onrecord.analyze.speakers import ROLES, country_of, spelled_out
from onrecord.store import Store

WINDOW = timedelta(days=30)
# Heads that stand for a title of their kind: "the Ukrainian leader" is its
# president or its prime minister, "the NATO chief" whoever heads NATO.
_LEADER = frozenset({"president", "premier", "chancellor", "prime"})
_ANY_HEAD = frozenset({"chief", "head"})
_DEFINITE = frozenset({"the"})
_FILLER = frozenset({"the", "of", "and"})


def _words(text: str) -> list[str]:
    """Title words as compared: lower case, a country or its people as the
    country ("Ukrainian", "Ukraine's": Ukraine), short titles written out."""
    out: list[str] = []
    for raw in text.replace("’s", " ’s").replace("'s", " ’s").split():
        word = raw.strip(",;:()")
        if word == "’s" or not word:
            continue
        country = country_of(word)
        if country is not None:
            out.append(country)
            continue
        out.extend(w for w in spelled_out(word.lower().split("-")) if w)
    return out


def description_keys(mention: str) -> tuple[frozenset[str], str] | None:
    """(the words a title must hold, the head) of a definite description with a
    qualifier ("the Ukrainian president", "Panama's president", "the
    president-elect"); None for anything else."""
    first = mention.split()[0].lower() if mention.split() else ""
    possessive = "’s" in mention or "'s" in mention
    if first not in _DEFINITE and not possessive:
        return None
    words = [w for w in _words(mention) if w not in _FILLER]
    heads = [w for w in words if w in ROLES or w in _ANY_HEAD]
    if not heads:
        return None
    head = heads[-1]
    qualifiers = frozenset(words) - {head}
    if not qualifiers or any(w.isdigit() for w in qualifiers):
        return None
    return qualifiers, head


def _holds(role: frozenset[str], keys: tuple[frozenset[str], str]) -> bool:
    qualifiers, head = keys
    if not qualifiers <= role:
        return False
    if head in _ANY_HEAD:
        return True
    if head == "leader":
        return bool(role & _LEADER)
    return head in role


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def match_descriptions(
    described: list[tuple[str, str, str | None]],
    titled: list[tuple[str, str, str, str | None]],
) -> dict[str, tuple[str, str]]:
    """Statement id -> (speaker id, the titled statement's id) for each
    description exactly one speaker's title holds in the window."""
    by_word: dict[str, list[tuple[date, str, str, frozenset[str]]]] = {}
    for statement_id, speaker_id, title, published in titled:
        day = _day(published)
        if day is None:
            continue
        words = frozenset(_words(title))
        for word in words:
            by_word.setdefault(word, []).append((day, statement_id, speaker_id, words))
    links: dict[str, tuple[str, str]] = {}
    for statement_id, mention, published in described:
        keys = description_keys(mention)
        day = _day(published)
        if keys is None or day is None:
            continue
        # every title that holds the description holds its rarest word
        rarest = min((by_word.get(w, []) for w in keys[0]), key=len)
        near = sorted(
            (abs((other - day).days), via, speaker_id)
            for other, via, speaker_id, words in rarest
            if abs(other - day) <= WINDOW and _holds(words, keys)
        )
        if near and len({speaker_id for _, _, speaker_id in near}) == 1:
            _, via, speaker_id = near[0]
            links[statement_id] = (speaker_id, via)
    return links


def description(mention: str, role: str | None) -> str:
    """The words that describe a statement's speaker: its source's, or, for a
    pronoun going on with a description ("he wrote" after "the president-elect
    announced"), that description, kept as the speaker's role."""
    if role is None or mention.lower() not in ("he", "she"):
        return mention
    return role if "’s" in role or "'s" in role else f"the {role}"


def link_descriptions(store: Store) -> int:
    """Link every described speaker the record names; how many are linked."""
    described = [
        (i, description(mention, role), day) for i, mention, role, day in store.described()
    ]
    links = match_descriptions(described, store.titled())
    store.save_described(links)
    return len(links)
