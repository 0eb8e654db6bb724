"""From what a user names (files, folders, URLs, ``-``) to articles.

Every input yields articles or InputErrors naming the input and the problem;
nothing here raises for a bad input, so one bad file never stops a run.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from onrecord.errors import InputError
from onrecord.ingest import ids
from onrecord.ingest.feeds import looks_like_feed, read_feed
from onrecord.ingest.html import article_from_html
from onrecord.ingest.jsonl import read_json
from onrecord.ingest.text import STDIN, decode, read_text_file, title_of
from onrecord.ingest.warc import read_warc
from onrecord.ingest.web import fetch
from onrecord.model import Article

TEXT = (".txt", ".md")
HTML = (".html", ".htm")
JSON = (".json", ".jsonl")
FEED = (".rss", ".atom", ".xml")
WARC = (".warc", ".warc.gz")
KNOWN = TEXT + HTML + JSON + FEED + WARC

Item = Article | InputError


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def text_article(text: str, name: str, stem: str) -> Article:
    return Article(id=ids.from_name(stem), text=text, title=title_of(text))


def read_path(path: Path) -> Iterator[Item]:
    """The articles of one file, by its extension."""
    suffix = _suffix(path)
    if suffix not in KNOWN:
        yield InputError(str(path), f"unsupported file type {suffix or '(none)'!r}")
        return
    if suffix in WARC:
        if not path.is_file():
            yield InputError(str(path), "no such file")
            return
        yield from read_warc(path)
        return
    try:
        if suffix in FEED:
            yield from read_feed(path.read_bytes(), str(path))
            return
        text = read_text_file(path)
    except (InputError, OSError) as err:
        yield err if isinstance(err, InputError) else InputError(str(path), str(err))
        return
    if suffix in TEXT:
        if not text.strip():
            yield InputError(str(path), "empty text")
            return
        yield text_article(text, str(path), path.stem)
    elif suffix in HTML:
        try:
            yield article_from_html(text, name=str(path), fallback_id=path.stem)
        except InputError as err:
            yield err
    else:
        yield from read_json(text, str(path), path.stem)


def read_url(url: str) -> Iterator[Item]:
    """A page's article, or every entry of a feed."""
    try:
        page = fetch(url)
    except InputError as err:
        yield err
        return
    if looks_like_feed(page.content, page.content_type):
        yield from read_feed(page.content, url)
        return
    try:
        yield article_from_html(page.content, name=url, url=page.url)
    except InputError as err:
        yield err


def read_sources(items: Iterable[str]) -> Iterator[Item]:
    """Articles of every input: folders recursively, URLs fetched, ``-`` from stdin."""
    for item in items:
        if item == STDIN:
            try:
                yield text_article(decode(sys.stdin.buffer.read(), "stdin"), "stdin", "stdin")
            except InputError as err:
                yield err
        elif is_url(item):
            yield from read_url(item)
        else:
            path = Path(item)
            if path.is_dir():
                for child in sorted(p for p in path.rglob("*") if p.is_file()):
                    if _suffix(child) in KNOWN:
                        yield from read_path(child)
            elif not path.exists():
                yield InputError(item, "no such file or directory")
            else:
                yield from read_path(path)
