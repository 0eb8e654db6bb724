"""WARC archives: every HTML response record is an article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from onrecord.errors import InputError
from onrecord.ingest.html import article_from_html
from onrecord.model import Article


def read_warc(path: Path) -> Iterator[Article | InputError]:
    """Articles of the HTML responses; a damaged archive ends with an InputError."""
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read()
                try:
                    yield article_from_html(body, name=f"{path} {url}", url=url)
                except InputError as err:
                    yield err
    except (OSError, EOFError, ValueError) as err:
        yield InputError(str(path), f"truncated or corrupt WARC archive ({err})")
    except Exception as err:  # warcio raises its own parse errors
        yield InputError(str(path), f"unreadable WARC archive ({type(err).__name__}: {err})")
