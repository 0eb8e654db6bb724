"""The tables of the record.  Only the store package knows SQL."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("url", Text, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("outlet", Text),
    Column("title", Text),
    Column("author", Text),
    Column("published", String(40), index=True),
    Column("text", Text, nullable=False),
    Column("meta", JSON, nullable=False),
    Column("engine", String(80), nullable=False),
    Column("added_at", String(40), nullable=False),
)

statements = Table(
    "statements",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(220), nullable=False, unique=True),
    Column(
        "article_id",
        String(200),
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("n", Integer, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("content_text", Text, nullable=False),
    Column("parts", JSON, nullable=False),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("source_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("cue_text", Text),
    Column("speaker", Text, index=True),
    Column("mention", Text),
    Column("kind", String(10), nullable=False, index=True),
    Column("confidence", Float, nullable=False),
    Column("time_start", Integer),
    Column("time_end", Integer),
    Column("time_text", Text),
    Column("said_on", String(21), index=True),
    Column("said_on_bound", Boolean, nullable=False, server_default=false()),
    Column("speaker_kind", String(20)),
    Column("speaker_id", String(200), index=True),
    Column("speaker_role", Text),
    # Set when the text only describes the speaker ("the Ukrainian president"):
    # the id of the statement whose source gives that speaker the title.
    Column("speaker_via", String(220)),
    Column("topics", JSON),  # [{start, end, text, stance, evidence}] as analysed
)

speakers = Table(
    "speakers",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
)

speaker_aliases = Table(
    "speaker_aliases",
    metadata,
    Column("alias", Text, primary_key=True),
    Column(
        "speaker_id", String(200), ForeignKey("speakers.id", ondelete="CASCADE"), nullable=False
    ),
    Column("by_user", Boolean, nullable=False, server_default=false()),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", String(240), primary_key=True),
    Column("text", Text, nullable=False),
)

quote_appearances = Table(
    "quote_appearances",
    metadata,
    Column("quote_id", String(240), ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True),
    Column("statement_id", String(220), primary_key=True, index=True),
    Column("n", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("variant", Boolean, nullable=False),
)

# Issues: the questions statements take a side on, linked across the record.
issues = Table(
    "issues",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("label", Text, nullable=False),
    Column("phrases", JSON, nullable=False),  # the topic wordings it gathers, commonest first
)

statement_issues = Table(
    "statement_issues",
    metadata,
    Column("statement_id", String(220), primary_key=True),
    Column(
        "issue_id",
        String(200),
        ForeignKey("issues.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("stance", String(10), nullable=False),
    Column("phrase", Text, nullable=False),
    Column("evidence", JSON, nullable=False),  # [[start, end, text], ...] in the article
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("issue_id", String(200), ForeignKey("issues.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("a", String(220), nullable=False),
    Column("b", String(220), nullable=False),
    Column("why", Text, nullable=False),
)

phrase_vectors = Table(
    "phrase_vectors",
    metadata,
    Column("phrase", Text, primary_key=True),
    Column("vector", LargeBinary, nullable=False),
)
