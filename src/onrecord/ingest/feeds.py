"""RSS and Atom feeds: each entry's page fetched and extracted."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import feedparser

from onrecord.errors import InputError
from onrecord.ingest.html import article_from_html
from onrecord.ingest.web import Page, fetch_all
from onrecord.model import Article


def looks_like_feed(content: bytes, content_type: str = "") -> bool:
    head = content[:2000].lstrip().lower()
    if any(t in content_type for t in ("rss", "atom")):
        return True
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def _published(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%dT%H:%M:%S", parsed) if parsed else None


def read_feed(content: bytes, name: str) -> Iterator[Article | InputError]:
    """Articles of a feed's entries, fetched with bounded concurrency."""
    feed = feedparser.parse(content)
    entries = [e for e in feed.entries if e.get("link")]
    if feed.bozo and not entries:
        reason = getattr(feed.get("bozo_exception"), "getMessage", lambda: "unreadable XML")()
        yield InputError(name, f"not a valid RSS/Atom feed ({reason})")
        return
    outlet = feed.feed.get("title")
    links = [e["link"] for e in entries]
    for entry, page in zip(entries, fetch_all(links), strict=True):
        if isinstance(page, InputError):
            yield page
            continue
        yield _entry_article(page, entry, outlet)


def _entry_article(page: Page, entry: Any, outlet: str | None) -> Article | InputError:
    try:
        return article_from_html(
            page.content,
            name=page.url,
            url=page.url,
            title=entry.get("title"),
            author=entry.get("author"),
            published=_published(entry),
            outlet=outlet,
        )
    except InputError as err:
        return err
