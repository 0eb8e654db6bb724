"""`onrecord add` as a user runs it: real subprocesses, files, server and databases."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from onrecord import analyze_many
from tests.conftest import EXAMPLES, Server, page
from tests.test_ingest import BODY, warc_bytes


def onrecord(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onrecord", *args],
        capture_output=True,
        text=True,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


def test_bad_inputs_named_the_rest_stored(tmp_path: Path, server: Server) -> None:
    server.routes["/fail"] = (500, "text/plain", b"down")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    data = warc_bytes(
        {
            "https://x.example/1": page("One", BODY),
            "https://x.example/2": page("Two", BODY.replace("bridge", "road")),
        }
    )
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) * 2 // 3])
    (tmp_path / "broken.rss").write_text(
        "<?xml version='1.0'?><rss><channel><item>", encoding="utf-8"
    )
    (tmp_path / "nobody.html").write_text(
        "<html><body><nav>Home</nav></body></html>", encoding="utf-8"
    )
    (tmp_path / "lines.jsonl").write_text(
        json.dumps({"id": "good-line", "text": BODY}) + "\n" + json.dumps({"title": "x"}) + "\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'r.db'}"
    result = onrecord(
        "add",
        str(tmp_path),
        str(tmp_path / "missing.txt"),
        server.url("/fail"),
        str(EXAMPLES / "nato-rutte.txt"),
        "--db",
        db,
        "--workers",
        "1",
    )
    assert result.returncode == 0, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    bad = [
        "binary.txt",
        "cut.warc.gz",
        "broken.rss",
        "nobody.html",
        "lines.jsonl:2",
        "missing.txt",
        "/fail",
    ]
    named = sorted(next(n for n in bad if n in line) for line in errors)
    assert named == sorted(bad)
    assert "added 3, already present 0, failed 7" in result.stderr
    stored = onrecord("export", "--db", db)
    docs = {json.loads(line)["doc"] for line in stored.stdout.splitlines()}
    assert {"good-line", "nato-rutte"} <= docs


def test_exit_status_one_when_nothing_added(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"
    assert onrecord("add", str(tmp_path / "missing.txt"), "--db", db).returncode == 1
    first = onrecord("add", str(EXAMPLES / "nato-rutte.txt"), "--db", db, "-w", "1")
    assert first.returncode == 0
    again = onrecord("add", str(EXAMPLES / "nato-rutte.txt"), "--db", db, "-w", "1")
    assert again.returncode == 1
    assert "added 0, already present 1, failed 0" in again.stderr


def test_add_to_postgresql_by_url(pg_url: str) -> None:
    result = onrecord("add", str(EXAMPLES / "nato-rutte.txt"), "--db", pg_url, "-w", "1")
    assert result.returncode == 0, result.stderr
    found = onrecord("quotes", "--db", pg_url, "--search", "irreversible", "--format", "jsonl")
    [record] = [json.loads(line) for line in found.stdout.splitlines()]
    assert record["speaker"] == {"id": "mark-rutte", "name": "Mark Rutte"}
    assert record["article"]["id"] == "nato-rutte"


def articles_folder(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    texts = []
    for k in range(count):
        text = (
            f"Council vote number {k}\n\n"
            f"“We will finish project {k} this year,” Mayor Ann Lee said on Monday. "
            f"Councillor Tom Reyes said the plan for district {k} was too expensive. "
            + "The debate went on for hours and residents filled the hall. "
            * 25
        )
        (folder / f"vote-{k:03d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def test_kill_minus_nine_then_rerun_stores_each_article_once(tmp_path: Path) -> None:
    texts = articles_folder(tmp_path / "in", 200)
    db_path = tmp_path / "r.db"
    db = f"sqlite:///{db_path}"
    command = [sys.executable, "-m", "onrecord", "add", str(tmp_path / "in"), "--db", db, "-w", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored_at_kill = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if db_path.exists():
            try:
                with sqlite3.connect(db_path, timeout=1) as connection:
                    stored_at_kill = connection.execute("SELECT count(*) FROM articles").fetchone()[
                        0
                    ]
            except sqlite3.OperationalError:
                pass
        if stored_at_kill >= 20:
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.02)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert 20 <= stored_at_kill < 200

    rerun = onrecord("add", str(tmp_path / "in"), "--db", db, "-w", "1")
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db_path) as connection:
        articles = dict(
            connection.execute(
                "SELECT a.id, count(s.pk) FROM articles a LEFT JOIN statements s "
                "ON s.article_id = a.id GROUP BY a.id"
            ).fetchall()
        )
        orphans = connection.execute(
            "SELECT count(*) FROM statements WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
    assert len(articles) == 200 and orphans == 0
    expected = [len(a.statements) for a in analyze_many(texts)]
    assert [articles[f"vote-{k:03d}"] for k in range(200)] == expected
