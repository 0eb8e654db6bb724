"""HTML pages: body, title, author, date and site name by trafilatura."""

from __future__ import annotations

from typing import Any

import trafilatura

from onrecord.errors import InputError
from onrecord.ingest import ids
from onrecord.model import Article

MIN_WORDS = 10  # less is a menu or a caption, not an article


def article_from_html(
    html: str | bytes,
    *,
    name: str,
    url: str | None = None,
    fallback_id: str | None = None,
    **known: Any,
) -> Article:
    """The article in an HTML page; ``known`` fields (from a feed, say) win over the page's.

    The id comes from the URL, else ``fallback_id``, else ``name``.
    """
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    if document is None:
        fields: dict[str, Any] = {}
    elif isinstance(document, dict):
        fields = document
    else:
        fields = document.as_dict()
    text = fields.get("text")
    if not isinstance(text, str) or len(text.split()) < MIN_WORDS:
        raise InputError(name, "no article text found in the page")
    found: dict[str, str | None] = {
        "title": fields.get("title"),
        "author": fields.get("author"),
        "published": fields.get("date"),
        "outlet": fields.get("sitename") or fields.get("hostname"),
    }
    found.update({k: v for k, v in known.items() if v})
    page_url = url or fields.get("url")
    return Article(
        id=ids.from_url(page_url) if page_url else ids.from_name(fallback_id or name),
        text=text,
        url=page_url,
        outlet=found["outlet"],
        title=found["title"],
        author=found["author"],
        published=found["published"],
    )
