"""JSON and JSON Lines: one article per object.

Keys: ``text`` (required), ``id``, ``title``, ``url``, ``outlet``, ``author``,
``published`` (ISO date or datetime); any other keys are kept as metadata.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from onrecord.errors import InputError
from onrecord.ingest import ids
from onrecord.model import Article

FIELDS = ("id", "title", "url", "outlet", "author", "published")


def check_published(value: Any, where: str) -> str | None:
    """An ISO date or datetime string, or None; anything else is an InputError."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            (date if len(value) == 10 else datetime).fromisoformat(value)
            return value
        except ValueError:
            pass
    raise InputError(where, f"'published' is not an ISO date or datetime: {value!r}")


def article_from_object(obj: Any, where: str, default_id: str) -> Article:
    if not isinstance(obj, dict):
        raise InputError(where, "expected a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "no 'text' field with the article's text")
    for key in FIELDS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(where, f"'{key}' must be a string")
    url = obj.get("url") or None
    given = obj.get("id")
    return Article(
        id=given or (ids.from_url(url) if url else default_id),
        text=text,
        url=url,
        outlet=obj.get("outlet") or None,
        title=obj.get("title") or None,
        author=obj.get("author") or None,
        published=check_published(obj.get("published"), where),
        metadata={k: v for k, v in obj.items() if k not in FIELDS and k != "text"},
    )


def read_json(data: str, name: str, stem: str) -> Iterator[Article | InputError]:
    """Articles of a ``.json`` file (an object or a list of them) or ``.jsonl`` lines."""
    stripped = data.lstrip()
    if name.endswith(".json") and stripped[:1] in ("[", "{"):
        try:
            parsed = json.loads(data)
        except json.JSONDecodeError as err:
            yield InputError(name, f"invalid JSON ({err.msg} at line {err.lineno})")
            return
        objects = parsed if isinstance(parsed, list) else [parsed]
        for k, obj in enumerate(objects, 1):
            yield _one(obj, f"{name}[{k}]", f"{ids.slug(stem)}-{k}")
        return
    for lineno, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(where, f"invalid JSON ({err.msg})")
            continue
        yield _one(obj, where, f"{ids.slug(stem)}-{lineno}")


def _one(obj: Any, where: str, default_id: str) -> Article | InputError:
    try:
        return article_from_object(obj, where, default_id)
    except InputError as err:
        return err
