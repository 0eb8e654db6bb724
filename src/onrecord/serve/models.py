"""The shapes the API speaks, shared with the Python API's records."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class TextSpan(BaseModel):
    start: int
    end: int
    text: str


class SpeakerRef(BaseModel):
    id: str | None
    name: str | None
    via: str | None = Field(
        default=None,
        description="set when the text only describes the speaker (“the Ukrainian "
        "president”): the statement whose source gives the speaker that title",
    )


class ArticleRef(BaseModel):
    id: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None


class TopicOut(TextSpan):
    name: str | None = Field(
        None, description="the question's full name when the phrase leaves it implicit"
    )
    stance: str = Field(description="for, against, mixed or unclear")
    evidence: list[TextSpan] = Field(description="the words that decided the stance")


class StatementOut(BaseModel):
    id: str
    doc: str
    content: TextSpan | list[TextSpan] = Field(
        description="A span, or its fragments when a cue interrupts it"
    )
    content_text: str
    source: TextSpan | None
    cue: TextSpan | None
    speaker: SpeakerRef | None
    mention: str | None
    speaker_role: str | None = None
    kind: str
    confidence: float
    time_expression: TextSpan | None
    said_on: str | None
    said_on_bound: bool
    issues: list[str] = Field(default_factory=list, description="ids of its issues")
    topics: list[TopicOut] = Field(default_factory=list)
    article: ArticleRef


class StatementPage(BaseModel):
    items: list[StatementOut]
    page: int
    page_size: int
    total: int


class RoleOut(BaseModel):
    role: str
    statements: int
    first_seen: str | None
    last_seen: str | None


class SpeakerOut(BaseModel):
    id: str
    name: str
    kind: str
    statements: int
    articles: int
    first_seen: str | None
    last_seen: str | None
    roles: list[RoleOut] = Field(default_factory=list, description="only on /api/speakers/{id}")


class IssueRef(BaseModel):
    id: str
    label: str


class PositionStatement(BaseModel):
    id: str
    stance: str
    evidence: list[str]
    said_on: str | None
    said_on_bound: bool
    content: str
    article_id: str
    published: str | None


class PositionOut(BaseModel):
    """One speaker's stance on one issue, with the statements behind it in the order said."""

    issue: IssueRef
    speaker: SpeakerRef
    stance: str = Field(description="for, against, mixed or unclear, over all statements")
    latest: str = Field(description="the side of the last clear statement")
    statements: list[PositionStatement]


class ConflictOut(BaseModel):
    """Two statements on opposite sides of an issue; ``a`` and ``b`` are statement ids."""

    id: str
    issue: str
    kind: str = Field(description="between_speakers or over_time")
    a: str
    b: str
    why: str


class IssueOut(BaseModel):
    id: str
    label: str
    phrases: list[str]
    statements: int
    speakers: int
    articles: int
    first_seen: str | None
    last_seen: str | None
    conflicts: int


class IssueDetail(IssueOut):
    positions: list[PositionOut]
    conflict_list: list[ConflictOut]


class ArticleMeta(BaseModel):
    id: str
    url: str | None
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None


class ArticleSummary(ArticleMeta):
    statements: int


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    page: int
    page_size: int
    total: int


class ArticleOut(ArticleMeta):
    text: str
    statements: list[StatementOut]


class NewArticle(BaseModel):
    """An article to add: its text, or a URL to fetch."""

    text: str | None = Field(default=None, max_length=2_000_000)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://[^\s]+$")
    id: str | None = Field(default=None, max_length=200, pattern=r"^[A-Za-z0-9._:-]+$")
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=200)
    published: str | None = Field(default=None, max_length=40)


class Added(BaseModel):
    id: str | None
    added: bool
    statements: int


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str
    detail: Any = None


class ErrorOut(BaseModel):
    """Every error the API returns has this shape."""

    error: ErrorBody
