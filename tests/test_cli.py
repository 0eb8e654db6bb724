"""The command line, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onrecord", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        check=False,
    )


def test_extract_jsonl_has_the_scorer_fields(example_text: str) -> None:
    result = run("extract", "--format", "jsonl", str(EXAMPLES / "nato-rutte.txt"))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        assert record["doc"] == "nato-rutte"
        assert record["kind"] in {"direct", "indirect", "mixed"}
        assert 0.0 <= record["confidence"] <= 1.0
        content = record["content"]
        for part in content if isinstance(content, list) else [content]:
            assert 0 <= part["start"] < part["end"] <= len(example_text)
            assert example_text[part["start"] : part["end"]] == part["text"]
        for role in ("source", "cue"):
            if record[role] is not None:
                span = record[role]
                assert example_text[span["start"] : span["end"]] == span["text"]


def test_extract_text_reads_speaker_cue_content() -> None:
    result = run("extract", str(EXAMPLES / "nato-rutte.txt"))
    assert result.returncode == 0, result.stderr
    assert "Mark Rutte: asserted:" in result.stdout


def test_extract_reads_stdin() -> None:
    result = run(
        "extract",
        "--format",
        "jsonl",
        "-",
        stdin="“We will win,” Senator Jane Smith said on Monday.\n".encode(),
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout.splitlines()[0])
    assert record["doc"] == "stdin"
    assert record["speaker"] == "Jane Smith"
    assert record["kind"] == "direct"


def test_bad_file_is_named_and_the_others_still_processed(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 \xff\xfe broken")
    good = tmp_path / "good.txt"
    good.write_text("“It is done,” Mayor Tom Brown said.\n", encoding="utf-8")
    result = run("extract", "--format", "jsonl", str(tmp_path))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1
    assert "bad.txt" in errors[0] and "not UTF-8" in errors[0]
    assert [json.loads(x)["doc"] for x in result.stdout.splitlines()] == ["good"]


def test_missing_file_is_one_line() -> None:
    result = run("extract", "/nonexistent/article.txt")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["error: /nonexistent/article.txt: no such file"]


def test_json_format_groups_by_document() -> None:
    result = run("extract", "--format", "json", str(EXAMPLES / "nato-rutte.txt"))
    documents = json.loads(result.stdout)
    assert [d["doc"] for d in documents] == ["nato-rutte"]
    assert documents[0]["statements"]
