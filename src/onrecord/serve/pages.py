"""Server-rendered pages: home, search with facets, article, speaker.

Templates autoescape everything; article text reaches them as plain
segments, never as markup.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from onrecord.export import speaker_label
from onrecord.serve import HERE
from onrecord.serve.api import QueryDep, StoreDep, found_or_404
from onrecord.store import StatementQuery

templates = Jinja2Templates(directory=HERE / "templates")
router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
PAGE_SIZE = 25
COLOURS = 8


def segments(text: str, statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut at statement boundaries: plain runs and marked content parts.

    Each marked part carries its statement's number, speaker and colour; the
    first part of a statement carries the speaker label.
    """
    colours: dict[str, int] = {}
    marks: list[tuple[int, int, dict[str, Any]]] = []
    for n, record in enumerate(statements):
        speaker = record["speaker"] or {}
        key = speaker.get("id") or speaker_label(record)
        colour = colours.setdefault(key, len(colours) % COLOURS)
        content = record["content"]
        parts = content if isinstance(content, list) else [content]
        for k, part in enumerate(parts):
            marks.append(
                (
                    part["start"],
                    part["end"],
                    {
                        "n": n,
                        "id": record["id"],
                        "colour": colour,
                        "first": k == 0,
                        "speaker": speaker_label(record),
                        "speaker_id": speaker.get("id"),
                        "kind": record["kind"],
                        "cue": (record["cue"] or {}).get("text"),
                    },
                )
            )
    marks.sort(key=lambda m: m[0])
    out: list[dict[str, Any]] = []
    at = 0
    for start, end, mark in marks:
        if start < at:  # overlapping marks: keep the earlier
            continue
        if start > at:
            out.append({"text": text[at:start], "mark": None})
        out.append({"text": text[start:end], "mark": mark})
        at = end
    out.append({"text": text[at:], "mark": None})
    return out


def query_string(query: StatementQuery, **changes: Any) -> str:
    from urllib.parse import urlencode

    values = {
        "q": query.search,
        "speaker": query.speaker,
        "outlet": query.outlet,
        "kind": query.kind,
        "since": query.since,
        "until": query.until,
    }
    values.update(changes)
    return urlencode({k: v for k, v in values.items() if v})


@router.get("/")
def home(request: Request, store: StoreDep) -> Response:
    recent, total = store.articles(limit=10)
    return templates.TemplateResponse(
        request,
        "index.html",
        {
            "articles": recent,
            "total": total,
            "speakers": store.speakers()[:15],
        },
    )


@router.get("/search")
def search(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    kind: Annotated[str | None, Query(pattern="^(direct|indirect|mixed|)$")] = None,
    since: date | None = None,
    until: date | None = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    query = StatementQuery(
        search=q or None,
        speaker=speaker or None,
        outlet=outlet or None,
        kind=kind or None,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
    )
    window = dataclasses.replace(query, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    total = store.count_statements(query)
    return templates.TemplateResponse(
        request,
        "search.html",
        {
            "query": query,
            "results": list(store.statements(window)),
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "facets": store.facets(query),
            "link": lambda **changes: "/search?" + query_string(query, **changes),
            "label": speaker_label,
        },
    )


@router.get("/articles/{article_id}")
def article(request: Request, store: StoreDep, article_id: str) -> Response:
    found = found_or_404(store.article(article_id), f"{article_id}: no such article")
    return templates.TemplateResponse(
        request,
        "article.html",
        {
            "article": found,
            "segments": segments(found["text"], found["statements"]),
            "label": speaker_label,
        },
    )


@router.get("/speakers/{speaker_id}")
def speaker_page(request: Request, store: StoreDep, speaker_id: str) -> Response:
    found = found_or_404(store.speaker(speaker_id), f"{speaker_id}: no such speaker")
    records = list(store.statements(StatementQuery(speaker_id=speaker_id, order="said")))
    points = [
        {
            "day": (r["said_on"] or r["article"]["published"] or "")[:10],
            "kind": r["kind"],
            "id": r["id"],
            "text": r["content_text"][:120],
        }
        for r in records
        if (r["said_on"] or r["article"]["published"])
    ]
    return templates.TemplateResponse(
        request,
        "speaker.html",
        {
            "speaker": found,
            "statements": records,
            "timeline": points,
        },
    )


@router.get("/export.{fmt}")
def export(store: StoreDep, query: QueryDep, fmt: str) -> Response:
    """The statements a search shows, as CSV or JSON Lines."""
    import io

    from onrecord.export import write_records

    if fmt not in ("csv", "jsonl"):
        raise HTTPException(404, "export is .csv or .jsonl")
    buffer = io.StringIO()
    write_records(store.statements(dataclasses.replace(query, limit=100_000)), buffer, fmt)
    media = "text/csv" if fmt == "csv" else "application/x-ndjson"
    return Response(
        buffer.getvalue(),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="statements.{fmt}"'},
    )
