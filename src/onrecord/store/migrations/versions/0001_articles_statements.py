"""Articles and statements, with full-text search over statement content.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("url", sa.Text, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("engine", sa.String(80), nullable=False),
        sa.Column("added_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "statements",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(220), nullable=False, unique=True),
        sa.Column(
            "article_id",
            sa.String(200),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("n", sa.Integer, nullable=False),
        sa.Column("content_start", sa.Integer, nullable=False),
        sa.Column("content_end", sa.Integer, nullable=False),
        sa.Column("content_text", sa.Text, nullable=False),
        sa.Column("parts", sa.JSON, nullable=False),
        sa.Column("source_start", sa.Integer),
        sa.Column("source_end", sa.Integer),
        sa.Column("source_text", sa.Text),
        sa.Column("cue_start", sa.Integer),
        sa.Column("cue_end", sa.Integer),
        sa.Column("cue_text", sa.Text),
        sa.Column("speaker", sa.Text),
        sa.Column("mention", sa.Text),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_statements_article_id", "statements", ["article_id"])
    op.create_index("ix_statements_speaker", "statements", ["speaker"])
    op.create_index("ix_statements_kind", "statements", ["kind"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE statements ADD COLUMN search tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', content_text)) STORED"
        )
        op.execute("CREATE INDEX ix_statements_search ON statements USING GIN (search)")
    else:
        op.execute(
            "CREATE VIRTUAL TABLE statements_fts USING fts5("
            "content_text, content='statements', content_rowid='pk')"
        )
        op.execute(
            "CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN "
            "INSERT INTO statements_fts(rowid, content_text) VALUES (new.pk, new.content_text); "
            "END"
        )
        op.execute(
            "CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN "
            "INSERT INTO statements_fts(statements_fts, rowid, content_text) "
            "VALUES ('delete', old.pk, old.content_text); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE IF EXISTS statements_fts")
    op.drop_table("statements")
    op.drop_table("articles")
