"""Server-rendered pages: home, search with facets, article, speaker, issues, conflicts.

Templates autoescape everything; article text reaches them as plain
segments, never as markup.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from onrecord.export import speaker_label, write_records, write_table
from onrecord.serve import HERE
from onrecord.serve.api import QueryDep, StoreDep, found_or_404
from onrecord.store import StatementQuery, Store

templates = Jinja2Templates(directory=HERE / "templates")


def web_url(url: str | None) -> str | None:
    """A link target only for http(s): a stored ``javascript:`` URL never becomes a link."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


templates.env.filters["web_url"] = web_url
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
        "issue": query.issue,
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
            "issues": store.issues()[:15],
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
    issue: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    query = StatementQuery(
        issue=issue or None,
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
    positions = store.positions(speaker_id=speaker_id)
    sides = {
        (p["issue"]["id"], st["id"]): st["stance"] for p in positions for st in p["statements"]
    }
    labels = {p["issue"]["id"]: p["issue"]["label"] for p in positions}
    points = [
        {
            "day": (r["said_on"] or r["article"]["published"] or "")[:10],
            "kind": r["kind"],
            "id": r["id"],
            "text": r["content_text"][:120],
            "lane": labels.get(issue, "other statements"),
            "stance": sides.get((issue, r["id"]), ""),
        }
        for r in records
        if (r["said_on"] or r["article"]["published"])
        for issue in (r["issues"] or [""])
    ]
    return templates.TemplateResponse(
        request,
        "speaker.html",
        {
            "speaker": found,
            "statements": records,
            "timeline": points,
            "positions": positions,
        },
    )


@router.get("/issues")
def issues_page(request: Request, store: StoreDep) -> Response:
    return templates.TemplateResponse(request, "issues.html", {"issues": store.issues()})


@router.get("/issues/{issue_id}")
def issue_page(request: Request, store: StoreDep, issue_id: str) -> Response:
    found = store.issue_records(issue_id)
    issue = found_or_404(found[0] if found else None, f"{issue_id}: no such issue")
    return templates.TemplateResponse(
        request,
        "issue.html",
        {"issue": issue, "conflicts": cited_conflicts(store, issue["conflict_list"])},
    )


@router.get("/conflicts")
def conflicts_page(
    request: Request,
    store: StoreDep,
    issue: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    rows = store.conflicts(issue or None)
    window = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return templates.TemplateResponse(
        request,
        "conflicts.html",
        {
            "conflicts": cited_conflicts(store, window),
            "labels": {i["id"]: i["label"] for i in store.issues()},
            "issue": issue,
            "page": page,
            "pages": max(1, -(-len(rows) // PAGE_SIZE)),
        },
    )


CONTEXT = 240  # characters of the paragraph shown on each side of a cited statement


def excerpt(text: str, start: int, end: int) -> dict[str, str]:
    """The paragraph around ``text[start:end]``, cut at CONTEXT characters each side."""
    begin = max(text.rfind("\n", 0, start) + 1, start - CONTEXT)
    stop = text.find("\n", end)
    stop = min(len(text) if stop < 0 else stop, end + CONTEXT)
    return {
        "before": ("…" if begin > 0 and text[begin - 1] != "\n" else "") + text[begin:start],
        "marked": text[start:end],
        "after": text[end:stop] + ("…" if stop < len(text) and text[stop] != "\n" else ""),
    }


def cited_conflicts(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Conflicts with both statements, each in the context of its article."""
    ids = tuple(sorted({r[k] for r in rows for k in ("a", "b")}))
    cited = {r["id"]: r for r in store.statements(StatementQuery(ids=ids))}
    texts: dict[str, str] = {}
    out = []
    for row in rows:
        sides = []
        for key in ("a", "b"):
            record = cited.get(row[key])
            if record is None:
                continue
            if record["doc"] not in texts:
                found = store.article(record["doc"], statements=False)
                texts[record["doc"]] = found["text"] if found else ""
            content = record["content"]
            parts = content if isinstance(content, list) else [content]
            sides.append(
                {
                    "record": record,
                    "label": speaker_label(record),
                    "context": excerpt(texts[record["doc"]], parts[0]["start"], parts[-1]["end"]),
                }
            )
        out.append({**row, "sides": sides})
    return out


def download(name: str, fmt: str, write: Callable[[io.StringIO], object]) -> Response:
    """A list as a CSV or JSON Lines attachment."""
    if fmt not in ("csv", "jsonl"):
        raise HTTPException(404, "export is .csv or .jsonl")
    buffer = io.StringIO()
    write(buffer)
    media = "text/csv" if fmt == "csv" else "application/x-ndjson"
    return Response(
        buffer.getvalue(),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'},
    )


@router.get("/export.{fmt}")
def export(store: StoreDep, query: QueryDep, fmt: str) -> Response:
    """The statements a search shows, as CSV or JSON Lines."""
    window = dataclasses.replace(query, limit=100_000)
    return download(
        "statements", fmt, lambda out: write_records(store.statements(window), out, fmt)
    )


@router.get("/issues.{fmt}")
def export_issues(store: StoreDep, fmt: str) -> Response:
    """Every issue with its positions and conflicts."""
    return download("issues", fmt, lambda out: write_table(store.issue_records(), out, fmt))


@router.get("/conflicts.{fmt}")
def export_conflicts(
    store: StoreDep, fmt: str, issue: Annotated[str | None, Query(max_length=200)] = None
) -> Response:
    """The conflicts the page lists."""
    return download(
        "conflicts", fmt, lambda out: write_table(store.conflicts(issue or None), out, fmt)
    )
