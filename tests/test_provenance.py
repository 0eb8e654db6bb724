"""The same quote across outlets: one quote, every appearance, variants flagged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from onrecord import Article
from onrecord.link.provenance import Appearance, group, quotations, variant_of
from onrecord.record import add
from onrecord.store import Store

ARTICLES = [
    (
        "wire",
        "2025-04-02",
        "Wire",
        "“You can forget about NATO,” President Donald Trump said on Tuesday.",
    ),
    (
        "daily",
        "2025-04-01",
        "Daily",
        "“NATO, you can forget about it,” Donald Trump told reporters.",
    ),
    ("herald", "2025-04-03", "Herald", "Donald Trump said: “You can forget about NATO.”"),
    ("post", "2025-04-03", "Post", "“We will win this war soon,” General Anna Berg said."),
    ("times", "2025-04-04", "Times", "“We will lose this war soon,” Colonel Tom Hale said."),
]


def test_same_quote_in_three_outlets_with_its_variant(db_url: str) -> None:
    store = Store(db_url)
    add(store, [Article(id=i, text=t, published=p, outlet=o) for i, p, o, t in ARTICLES])
    [quote] = store.quotes()
    assert [a["outlet"] for a in quote["appearances"]] == ["Daily", "Wire", "Herald"]
    assert quote["earliest"]["published"] == "2025-04-01"
    assert quote["text"] == "NATO, you can forget about it"
    assert [a["variant"] for a in quote["appearances"]] == [False, True, True]
    assert {a["speaker"] for a in quote["appearances"]} == {"Donald Trump"}


def test_a_changed_content_word_is_another_quote() -> None:
    assert variant_of("You can forget about NATO", "NATO, you can forget about it")
    assert not variant_of("We will win this war soon", "We will lose this war soon")
    quotes = group(
        [
            Appearance("a:1", "a", "2025-01-01", "We will win this war soon"),
            Appearance("b:1", "b", "2025-01-02", "We will lose this war soon"),
        ]
    )
    assert quotes == []  # each seen in one article only


def test_export_quotes(tmp_path: Path) -> None:
    lines = [{"id": i, "published": p, "outlet": o, "text": t} for i, p, o, t in ARTICLES]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'r.db'}"
    run = [sys.executable, "-m", "onrecord"]
    subprocess.run(
        [*run, "add", str(tmp_path / "a.jsonl"), "--db", db, "-w", "1"],
        check=True,
        capture_output=True,
    )
    out = subprocess.run(
        [*run, "export", "--what", "quotes", "--db", db], check=True, capture_output=True, text=True
    ).stdout
    [quote] = [json.loads(line) for line in out.splitlines()]
    assert len(quote["appearances"]) == 3


def test_a_statement_with_two_quotations_makes_two_quotes() -> None:
    both = "“We will rebuild every bridge,” she said, adding: “Nobody will be left behind here.”"
    appearances = [
        *quotations("a:1", "a", "2025-01-01", both),
        Appearance("b:1", "b", "2025-01-02", "We will rebuild every bridge"),
        Appearance("c:1", "c", "2025-01-03", "Nobody will be left behind here"),
    ]
    found = group(appearances)
    assert sorted(q.id for q in found) == ["q-a:1.0", "q-a:1.1"]
