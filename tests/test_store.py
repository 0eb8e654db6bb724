"""The store on SQLite and on PostgreSQL: the same suite, real databases."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from onrecord import Article, analyze
from onrecord.analyze import engine_version
from onrecord.link.speakers import link_speakers
from onrecord.store import StatementQuery, Store, StoreError

RUTTE = "“Ukraine’s path is irreversible,” NATO chief Mark Rutte said on Tuesday.\n"
LAVROV = "Russian Foreign Minister Sergey Lavrov said the plan would fail.\n"


def article(id_: str, text: str, **fields: str) -> Article:
    return Article(id=id_, text=text, **fields)


def stored(store: Store, a: Article) -> str | None:
    return store.add(a, analyze(a.text).statements, engine_version())


def test_add_and_read_back(db_url: str) -> None:
    store = Store(db_url)
    a = article(
        "rutte",
        RUTTE,
        url="https://example.org/rutte",
        outlet="Example",
        published="2025-04-16",
        title="Rutte",
    )
    assert stored(store, a) == "rutte"
    records = list(store.statements())
    assert len(records) == 1
    r = records[0]
    assert r["id"] == "rutte:1" and r["doc"] == "rutte"
    assert r["speaker"] == {"id": None, "name": "Mark Rutte"} and r["kind"] == "direct"
    assert RUTTE[r["content"]["start"] : r["content"]["end"]] == r["content"]["text"]
    assert r["article"] == {
        "id": "rutte",
        "url": "https://example.org/rutte",
        "title": "Rutte",
        "outlet": "Example",
        "published": "2025-04-16",
    }
    found = store.article("https://example.org/rutte")
    assert found is not None and found["id"] == "rutte" and len(found["statements"]) == 1


def test_same_article_is_stored_once(db_url: str) -> None:
    store = Store(db_url)
    assert stored(store, article("a", RUTTE, url="https://x.org/1")) == "a"
    # same URL, other text; same text (up to spacing and case), other URL
    assert stored(store, article("b", LAVROV, url="https://x.org/1")) is None
    assert stored(store, article("c", "  " + RUTTE.upper(), url="https://x.org/2")) is None
    assert store.counts() == {"articles": 1, "statements": 1}


def test_taken_id_gets_a_suffix_not_an_overwrite(db_url: str) -> None:
    store = Store(db_url)
    assert stored(store, article("story", RUTTE)) == "story"
    second = stored(store, article("story", LAVROV))
    assert second is not None and second.startswith("story-") and second != "story"
    assert store.counts()["articles"] == 2


def test_search_and_filters(db_url: str) -> None:
    store = Store(db_url)
    stored(store, article("r", RUTTE, outlet="Alpha", published="2025-04-15"))
    stored(store, article("l", LAVROV, outlet="Beta", published="2025-04-20T10:00:00"))

    def ids(**filters: str) -> list[str]:
        return [r["doc"] for r in store.statements(StatementQuery(**filters))]

    assert ids(search="irreversible") == ["r"]
    assert ids(search="IRREVERSIBLE path") == ["r"]
    assert ids(search="nothing-matches-this") == []
    assert ids(search="\"'*)(") == []  # operators are words, never syntax
    assert ids(speaker="lavrov") == ["l"]
    assert ids(outlet="alpha") == ["r"]
    assert ids(since="2025-04-16") == ["l"]
    assert ids(until="2025-04-20") == ["l", "r"]
    assert ids(until="2025-04-19") == ["r"]
    assert ids(kind="direct") == ["r"]
    assert store.count_statements(StatementQuery(kind="indirect")) == 1
    link_speakers(store)
    assert [s["name"] for s in store.speakers()] == ["Mark Rutte", "Sergey Lavrov"]


def test_replacing_statements_keeps_search_consistent(db_url: str) -> None:
    store = Store(db_url)
    stored(store, article("r", RUTTE))
    store.replace_statements("r", analyze(RUTTE).statements, "next-engine")
    assert [r["id"] for r in store.statements(StatementQuery(search="irreversible"))] == ["r:1"]
    assert list(store.stale("next-engine")) == []
    assert [row[0] for row in store.stale(engine_version())] == ["r"]


def test_reopening_keeps_everything(db_url: str) -> None:
    stored(Store(db_url), article("r", RUTTE))
    assert Store(db_url).counts() == {"articles": 1, "statements": 1}


def test_statements_die_with_their_article(db_url: str) -> None:
    store = Store(db_url)
    stored(store, article("r", RUTTE))
    with store.engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM articles WHERE id = 'r'"))
    assert store.counts() == {"articles": 0, "statements": 0}
    assert list(store.statements(StatementQuery(search="irreversible"))) == []


def test_unusable_url_is_one_clear_error(tmp_path: object) -> None:
    with pytest.raises(StoreError, match="not a usable database URL"):
        Store("nosuchdb://x")


def test_older_database_is_upgraded_keeping_its_data(db_url: str) -> None:
    from alembic import command
    from alembic.config import Config

    from onrecord.store import MIGRATIONS

    engine = sa.create_engine(db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            sa.text(
                "INSERT INTO articles (id, content_hash, text, meta, engine, added_at) "
                "VALUES ('old', 'h', 'Old text.', '{}', 'v0', '2024-01-01')"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO statements (id, article_id, n, content_start, content_end,"
                " content_text, parts, kind, confidence) VALUES ('old:1', 'old', 1, 0, 3,"
                " 'Old', '[[0, 3, \"Old\"]]', 'direct', 0.5)"
            )
        )
    engine.dispose()
    store = Store(db_url)
    [record] = list(store.statements(StatementQuery(search="old")))
    assert record["id"] == "old:1" and record["said_on"] is None
    assert record["said_on_bound"] is False


def test_said_on_from_the_time_expression(db_url: str) -> None:
    store = Store(db_url)
    text = "Mayor Ann Lee said on Tuesday that the bridge would open.\n"
    a = article("lee", text, published="2025-04-16T09:00:00")
    from onrecord.link.when import dated

    store.add(a, dated(analyze(text).statements, a.published), engine_version())
    [record] = list(store.statements())
    assert record["time_expression"]["text"] == "Tuesday"
    assert record["said_on"] == "2025-04-15" and record["said_on_bound"] is False


def test_search_survives_every_migration(db_url: str) -> None:
    store = Store(db_url)
    stored(store, article("r", RUTTE))
    assert [r["doc"] for r in store.statements(StatementQuery(search="irreversible"))] == ["r"]


def test_head_constant_is_the_newest_migration() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from onrecord.store import HEAD, MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD
