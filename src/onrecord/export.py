"""Writing statement records as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from onrecord.errors import OnrecordError

CSV_COLUMNS = (
    "id",
    "doc",
    "speaker",
    "speaker_id",
    "mention",
    "kind",
    "content_text",
    "cue",
    "source",
    "content_start",
    "content_end",
    "confidence",
    "said_on",
    "time_expression",
    "issues",
    "article_url",
    "article_title",
    "article_outlet",
    "article_published",
)


def speaker_label(record: dict[str, Any]) -> str:
    """A statement record's speaker for people: the name, else the source words in
    parentheses, else "(unknown)".  ``speaker`` is a name (extract) or ``{id, name}``
    (the record)."""
    speaker = record["speaker"]
    if isinstance(speaker, str):
        return speaker
    if speaker and speaker.get("name"):
        return str(speaker["name"])
    return f"({record['mention'] or 'unknown'})"


def _first(span: Any) -> Any:
    return span[0] if isinstance(span, list) else span


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """A record flattened to CSV_COLUMNS."""
    content = record["content"]
    article = record.get("article") or {}
    return {
        "id": record.get("id"),
        "doc": record.get("doc"),
        "speaker": (record["speaker"] or {}).get("name")
        if isinstance(record["speaker"], dict)
        else record["speaker"],
        "speaker_id": (record["speaker"] or {}).get("id")
        if isinstance(record["speaker"], dict)
        else None,
        "mention": record["mention"],
        "kind": record["kind"],
        "content_text": record["content_text"],
        "cue": (record["cue"] or {}).get("text"),
        "source": (record["source"] or {}).get("text"),
        "content_start": _first(content)["start"],
        "content_end": (content[-1] if isinstance(content, list) else content)["end"],
        "confidence": record["confidence"],
        "said_on": record.get("said_on"),
        "time_expression": (record.get("time_expression") or {}).get("text"),
        "issues": ";".join(record.get("issues") or ()),
        "article_url": article.get("url"),
        "article_title": article.get("title"),
        "article_outlet": article.get("outlet"),
        "article_published": article.get("published"),
    }


def write_records(records: Iterable[dict[str, Any]], out: IO[str], fmt: str) -> int:
    """Write records as ``jsonl`` or ``csv``; returns how many."""
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for record in records:
            writer.writerow(csv_row(record))
            count += 1
        return count
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(records: Iterable[dict[str, Any]], path: str) -> int:
    """Write flattened records to a Parquet file (needs pyarrow)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise OnrecordError(
            "parquet export needs pyarrow: pip install 'onrecord[parquet]'"
        ) from None
    rows = [csv_row(r) for r in records]
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in CSV_COLUMNS})
    pq.write_table(table, path)
    return len(rows)


def _cell(value: Any) -> Any:
    """A CSV cell: nested lists and objects as JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def write_table(rows: list[dict[str, Any]], out: IO[str], fmt: str) -> int:
    """Write rows (speakers, issues, conflicts) as ``jsonl`` or ``csv``; returns how many."""
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    else:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)
