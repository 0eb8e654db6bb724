"""WARC archives: every HTML response record is an article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from onrecord.errors import InputError
from onrecord.ingest.html import article_from_html
from onrecord.model import Article


def read_warc(path: Path) -> Iterator[Article | InputError]:
    """Articles of the HTML responses; a damaged archive ends with an InputError.

    warcio stops quietly at a truncated record, so the end of the last whole
    record is checked against the file's size.
    """
    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            read_any = False
            for record in records:
                read_any = True
                article = _article(path, record)
                if article is not None:
                    yield article
            end = records.get_record_offset() + records.get_record_length() if read_any else 0
        if end < path.stat().st_size:
            yield InputError(
                str(path), f"truncated or corrupt WARC archive (damaged after byte {end})"
            )
    except Exception as err:  # warcio raises its own parse errors too
        yield InputError(str(path), f"unreadable WARC archive ({type(err).__name__}: {err})")


def _article(path: Path, record: Any) -> Article | InputError | None:
    """The article of an HTML response record; None for any other record."""
    body = record.content_stream().read()
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        return article_from_html(body, name=f"{path} {url}", url=url)
    except InputError as err:
        return err
