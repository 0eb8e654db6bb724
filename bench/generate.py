"""A large synthetic store for benchmarks: statements made of words from real texts."""

from __future__ import annotations

import random

from onrecord.store import Store
from onrecord.store.schema import articles, statements

PER_ARTICLE = 100
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "ga", "hu", "ji", "po", "ze"]


def person(rng: random.Random) -> str:
    """A made-up but name-like person: two capitalised words of 2-3 syllables."""

    def word() -> str:
        return "".join(rng.choices(SYLLABLES, k=rng.choice((2, 3)))).capitalize()

    return f"{word()} {word()}"


def generate(store: Store, texts: list[str], count: int) -> None:
    rng = random.Random(7)
    words = [w for t in texts for w in t.split() if w.isalpha()]
    people = sorted({person(rng) for _ in range(5000)})
    with store.engine.begin() as connection:
        for a in range(count // PER_ARTICLE):
            connection.execute(
                articles.insert().values(
                    id=f"gen{a}",
                    url=None,
                    content_hash=f"{a:064d}",
                    outlet=f"outlet{a % 20}",
                    title=None,
                    author=None,
                    published=f"2025-{1 + a % 12:02d}-{1 + a % 28:02d}",
                    text="",
                    meta={},
                    engine="bench",
                    added_at="2025-01-01",
                )
            )
            rows = []
            for n in range(PER_ARTICLE):
                content = " ".join(rng.choices(words, k=20))
                rows.append(
                    {
                        "id": f"gen{a}:{n}",
                        "article_id": f"gen{a}",
                        "n": n,
                        "content_start": 0,
                        "content_end": len(content),
                        "content_text": content,
                        "parts": [[0, len(content), content]],
                        "speaker": rng.choice(people),
                        "mention": "x",
                        "speaker_kind": "person",
                        "kind": "direct",
                        "confidence": 0.9,
                    }
                )
            connection.execute(statements.insert(), rows)
