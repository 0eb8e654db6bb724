"""The same quotation across articles: one quote, all its appearances, the earliest.

A quotation is a quoted passage of at least MIN_WORDS words inside a
statement's content.  Two appearances are the same quote when their words
match after case and punctuation are set aside; they are variants ("You can
forget about NATO" / "NATO, you can forget about it") when their content
words are the same set, one within the other, and the wording is close.  A
changed content word ("win" / "lose") is never a variant: it is another quote.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from onrecord.analyze.quotes import find_quotes
from onrecord.store import Store

MIN_WORDS = 4
MIN_CONTENT_WORDS = 2
MAX_CANDIDATES = 200  # quotes compared per appearance
VARIANT_SIMILARITY = 85.0
FUNCTION_WORDS = frozenset(
    """a an the and or but if of to in on at by for with about from as into than then so
    it its it's this that these those there here is are was were be been being am do
    does did i you he she we they me him her us them my your his our their will would
    can could shall should may might must have has had not no just well oh yes""".split()
)


@dataclass(frozen=True, slots=True)
class Appearance:
    statement_id: str
    article_id: str
    published: str | None
    text: str
    passage: int = 0  # which quoted passage of the statement


@dataclass(slots=True)
class Quote:
    """One quotation: its appearances, earliest first; ``variants`` differ in wording."""

    id: str
    text: str
    appearances: list[Appearance] = field(default_factory=list)
    variants: set[str] = field(default_factory=set)  # statement ids


def words(text: str) -> list[str]:
    return re.findall(r"[\w’']+", text.casefold().replace("’", "'"))


def quotations(
    statement_id: str, article_id: str, published: str | None, content: str
) -> list[Appearance]:
    """The quoted passages of one statement's content long enough to trace."""
    found: list[Appearance] = []
    for quote in find_quotes(content):
        passage = content[quote.start : quote.end].strip("\"“”«»„' ,.;:")
        if len(words(passage)) >= MIN_WORDS:
            found.append(Appearance(statement_id, article_id, published, passage, len(found)))
    return found


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text) if w not in FUNCTION_WORDS)


def variant_of(a: str, b: str) -> bool:
    """Whether ``b`` is a wording variant of ``a`` (or the same words)."""
    ca, cb = _content_words(a), _content_words(b)
    if min(len(ca), len(cb)) < MIN_CONTENT_WORDS or not (ca <= cb or cb <= ca):
        return False
    return fuzz.token_set_ratio(a.casefold(), b.casefold()) >= VARIANT_SIMILARITY


def group(appearances: Iterable[Appearance]) -> list[Quote]:
    """Quotes seen in more than one article, each with every appearance, earliest first."""
    ordered = sorted(appearances, key=lambda a: (a.published or "9999", a.statement_id, a.passage))
    exact: dict[tuple[str, ...], Quote] = {}
    by_word: dict[str, list[Quote]] = defaultdict(list)
    quotes: list[Quote] = []
    for appearance in ordered:
        key = tuple(words(appearance.text))
        quote = exact.get(key)
        if quote is None:
            pool: dict[int, Quote] = {}
            for word in sorted(_content_words(appearance.text)):
                for candidate in by_word.get(word, []):
                    pool.setdefault(id(candidate), candidate)
            quote = next(
                (
                    q
                    for q in list(pool.values())[:MAX_CANDIDATES]
                    if variant_of(q.text, appearance.text)
                ),
                None,
            )
        if quote is None:
            quote = Quote(
                id=f"q-{appearance.statement_id}.{appearance.passage}", text=appearance.text
            )
            quotes.append(quote)
            for word in _content_words(appearance.text):
                by_word[word].append(quote)
        exact.setdefault(key, quote)
        if any(a.statement_id == appearance.statement_id for a in quote.appearances):
            continue  # one statement quoting the same words twice appears once
        quote.appearances.append(appearance)
        if key != tuple(words(quote.text)):
            quote.variants.add(appearance.statement_id)
    return [q for q in quotes if len({a.article_id for a in q.appearances}) > 1]


def link_quotes(store: Store) -> int:
    """Rebuild the record's quotes from its statements; how many quotes."""
    appearances = [
        a
        for statement_id, article_id, published, content in store.quoted_statements()
        for a in quotations(statement_id, article_id, published, content)
    ]
    found = group(appearances)
    store.replace_quotes(
        [
            {
                "id": q.id,
                "text": q.text,
                "appearances": [
                    {
                        "statement_id": a.statement_id,
                        "text": a.text,
                        "variant": a.statement_id in q.variants,
                    }
                    for a in q.appearances
                ],
            }
            for q in found
        ]
    )
    return len(found)
