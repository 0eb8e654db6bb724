"""The REST API: statements, speakers, articles; adding articles with a token."""

from __future__ import annotations

import dataclasses
import hmac
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request

from onrecord.model import Article
from onrecord.serve.models import (
    Added,
    ArticleOut,
    ArticlePage,
    ConflictOut,
    ErrorOut,
    IssueDetail,
    IssueOut,
    NewArticle,
    PositionOut,
    SpeakerOut,
    StatementPage,
)
from onrecord.store import StatementQuery, Store

MAX_PAGE_SIZE = 200
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 413, 422, 500)
}
router = APIRouter(prefix="/api", responses=ERRORS)


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(store_of)]


def found_or_404(found: dict[str, Any] | None, message: str) -> dict[str, Any]:
    """``found``, or a 404 with ``message`` when there is nothing."""
    if found is None:
        raise HTTPException(404, message)
    return found


PageNumber = Annotated[int, Query(ge=1, le=1_000_000)]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)]
Text = Annotated[str | None, Query(max_length=200)]


def statement_query(
    search: Text = None,
    speaker: Text = None,
    outlet: Text = None,
    kind: Annotated[str | None, Query(pattern="^(direct|indirect|mixed)$")] = None,
    since: date | None = None,
    until: date | None = None,
    article: Text = None,
    issue: Text = None,
) -> StatementQuery:
    """Filters from query parameters; they reach SQL only as bound values."""
    return StatementQuery(
        search=search or None,
        speaker=speaker or None,
        outlet=outlet or None,
        kind=kind,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        article=article or None,
        issue=issue or None,
    )


QueryDep = Annotated[StatementQuery, Depends(statement_query)]


@router.get("/statements", response_model=StatementPage)
def list_statements(
    store: StoreDep, query: QueryDep, page: PageNumber = 1, page_size: PageSize = 50
) -> dict[str, Any]:
    """Statements matching the filters, newest article first."""
    window = dataclasses.replace(query, limit=page_size, offset=(page - 1) * page_size)
    return {
        "items": list(store.statements(window)),
        "page": page,
        "page_size": page_size,
        "total": store.count_statements(query),
    }


@router.get("/speakers", response_model=list[SpeakerOut])
def list_speakers(store: StoreDep) -> list[dict[str, Any]]:
    """Every speaker with statement and article counts."""
    return store.speakers()


@router.get("/speakers/{speaker_id}", response_model=SpeakerOut)
def get_speaker(store: StoreDep, speaker_id: str) -> dict[str, Any]:
    return found_or_404(store.speaker(speaker_id), f"{speaker_id}: no such speaker")


@router.get("/issues", response_model=list[IssueOut])
def list_issues(store: StoreDep) -> list[dict[str, Any]]:
    """Issues, biggest first, with statement, speaker and conflict counts."""
    return store.issues()


@router.get("/issues/{issue_id}", response_model=IssueDetail)
def get_issue(store: StoreDep, issue_id: str) -> dict[str, Any]:
    """One issue with each speaker's position and its conflicts."""
    found = store.issue_records(issue_id)
    return found_or_404(found[0] if found else None, f"{issue_id}: no such issue")


@router.get("/positions", response_model=list[PositionOut])
def list_positions(
    store: StoreDep, issue: Text = None, speaker: Text = None
) -> list[dict[str, Any]]:
    """Each speaker's stance per issue (filter by issue id and speaker id)."""
    return store.positions(issue_id=issue or None, speaker_id=speaker or None)


@router.get("/conflicts", response_model=list[ConflictOut])
def list_conflicts(store: StoreDep, issue: Text = None) -> list[dict[str, Any]]:
    """Conflicts between speakers and over time, by issue."""
    return store.conflicts(issue or None)


@router.get("/articles", response_model=ArticlePage)
def list_articles(
    store: StoreDep, page: PageNumber = 1, page_size: PageSize = 50
) -> dict[str, Any]:
    items, total = store.articles(limit=page_size, offset=(page - 1) * page_size)
    return {"items": items, "page": page, "page_size": page_size, "total": total}


@router.get("/articles/{article_id}", response_model=ArticleOut)
def get_article(store: StoreDep, article_id: str) -> dict[str, Any]:
    return found_or_404(store.article(article_id), f"{article_id}: no such article")


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "read-only: start the server with --token to allow adding")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer TOKEN' header is needed")


@router.post(
    "/articles", response_model=Added, status_code=201, dependencies=[Depends(require_token)]
)
def add_article(store: StoreDep, new: NewArticle) -> dict[str, Any]:
    """Analyze and store an article given as text, or fetched from a URL."""
    from onrecord.ingest import ids
    from onrecord.ingest.jsonl import check_published
    from onrecord.ingest.sources import read_url
    from onrecord.record import add

    if bool(new.text) == bool(new.url):
        raise HTTPException(422, "give either 'text' or 'url'")
    published = check_published(new.published, "published")
    items: list[Any]
    if new.text:
        items = [
            Article(
                id=new.id or ids.slug(new.title or new.text[:60]) + "-" + ids.short_hash(new.text),
                text=new.text,
                title=new.title,
                outlet=new.outlet,
                published=published,
            )
        ]
    else:
        items = list(read_url(str(new.url)))
    report = add(store, items, workers=1)
    if report.failed:
        raise report.failed[0]
    added = bool(report.added)
    article_id = next(iter(report.added or report.present), None)
    found = store.article(article_id) if article_id else None
    return {
        "id": article_id,
        "added": added,
        "statements": len(found["statements"]) if found else 0,
    }
