"""Stable, readable article ids: from the given id, the URL or the file name."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

_UNSAFE = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 60


def slug(text: str) -> str:
    """Lower-case letters and digits joined by dashes, at most MAX_SLUG long;
    accented letters lose their accents ("Éric Coquerel": eric-coquerel)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _UNSAFE.sub("-", plain.lower()).strip("-")[:MAX_SLUG].rstrip("-") or "article"


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def from_url(url: str) -> str:
    """``host-last-path-parts-hash``: readable, and unique per URL."""
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/").rsplit("/", 2)[-2:]
    return f"{slug(host + ' ' + ' '.join(path))[:MAX_SLUG]}-{short_hash(url)}"


def from_name(name: str) -> str:
    return slug(name)
