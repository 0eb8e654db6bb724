"""Reading the record from the CLI: quotes, speakers, show, export, reanalyze, workers."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from tests.conftest import EXAMPLES


def onrecord(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onrecord", *args], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("record")
    lines = [
        {
            "id": "rutte",
            "text": (EXAMPLES / "nato-rutte.txt").read_text(encoding="utf-8"),
            "outlet": "Example Wire",
            "published": "2025-04-16",
            "url": "https://example.org/rutte",
            "title": "Rutte on NATO",
        },
        {
            "id": "mayor",
            "text": "“The bridge will open in May,” Mayor Ann Lee said on Monday.\n",
            "outlet": "City Paper",
            "published": "2025-05-02",
        },
    ]
    (folder / "in.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    url = f"sqlite:///{folder / 'r.db'}"
    result = onrecord("add", str(folder / "in.jsonl"), "--db", url, "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert "added 2" in result.stderr
    return url


def test_quotes_jsonl_filters(db: str) -> None:
    out = onrecord(
        "quotes",
        "--db",
        db,
        "--format",
        "jsonl",
        "--speaker",
        "rutte",
        "--since",
        "2025-04-01",
        "--until",
        "2025-04-30",
        "--kind",
        "direct",
    )
    records = [json.loads(x) for x in out.stdout.splitlines()]
    assert records and all(
        r["speaker"] == {"id": "mark-rutte", "name": "Mark Rutte"} and r["kind"] == "direct"
        for r in records
    )
    assert all(r["article"]["outlet"] == "Example Wire" for r in records)
    assert all(r["id"].startswith("rutte:") and r["doc"] == "rutte" for r in records)
    limited = onrecord("quotes", "--db", db, "--format", "jsonl", "--limit", "2")
    assert len(limited.stdout.splitlines()) == 2


def test_quotes_csv_and_table(db: str) -> None:
    out = onrecord("quotes", "--db", db, "--format", "csv", "--outlet", "city paper")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [(r["speaker"], r["content_text"]) for r in rows] == [
        ("Ann Lee", "“The bridge will open in May,”")
    ]
    table = onrecord("quotes", "--db", db, "--search", "irreversible")
    assert "Mark Rutte" in table.stdout and "irreversible" in table.stdout


def test_speakers_jsonl(db: str) -> None:
    out = onrecord("speakers", "--db", db, "--format", "jsonl")
    rows = {r["name"]: r for r in map(json.loads, out.stdout.splitlines())}
    assert rows["Ann Lee"] == {
        "id": "ann-lee",
        "name": "Ann Lee",
        "kind": "person",
        "statements": 1,
        "articles": 1,
        "first_seen": "2025-05-02",
        "last_seen": "2025-05-02",
    }
    assert rows["Mark Rutte"]["statements"] >= 8


def test_show_by_url_marks_statements(db: str) -> None:
    out = onrecord("show", "https://example.org/rutte", "--db", db)
    assert out.returncode == 0
    assert "Rutte on NATO" in out.stdout
    assert "Mark Rutte asserted:" in out.stdout


def test_export_formats_agree(db: str, tmp_path: Path) -> None:
    jsonl = [json.loads(x) for x in onrecord("export", "--db", db).stdout.splitlines()]
    assert (
        onrecord("export", "--db", db, "-f", "csv", "-o", str(tmp_path / "s.csv")).returncode == 0
    )
    assert (
        onrecord(
            "export", "--db", db, "-f", "parquet", "-o", str(tmp_path / "s.parquet")
        ).returncode
        == 0
    )
    with open(tmp_path / "s.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    table = pq.read_table(tmp_path / "s.parquet").to_pylist()
    assert [r["id"] for r in jsonl] == [r["id"] for r in rows] == [r["id"] for r in table]
    assert onrecord("export", "--db", db, "-f", "parquet").returncode == 2


def test_reanalyze_reruns_only_other_engine_versions(db: str) -> None:
    engine = sa.create_engine(db)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE articles SET engine = 'old' WHERE id = 'mayor'"))
    before = onrecord("quotes", "--db", db, "--format", "jsonl").stdout
    out = onrecord("reanalyze", "--db", db, "--workers", "1")
    assert "reanalyzed 1 articles" in out.stderr
    assert onrecord("quotes", "--db", db, "--format", "jsonl").stdout == before
    again = onrecord("reanalyze", "--db", db)
    assert "reanalyzed 0 articles" in again.stderr


def test_export_speakers(db: str) -> None:
    out = onrecord("export", "--what", "speakers", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {"ann-lee", "mark-rutte"} <= {r["id"] for r in rows}


def test_a_date_that_is_not_iso_is_refused(db: str) -> None:
    out = onrecord("quotes", "--db", db, "--since", "last week", "--format", "jsonl")
    assert out.returncode == 2 and out.stdout == ""
    assert "'last week' is not an ISO date" in out.stderr
