"""Topics per statement; issues, each statement's stance on them, conflicts.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never batch mode (it would drop SQLite's search triggers).
    op.add_column("statements", sa.Column("topics", sa.JSON))
    op.create_table(
        "issues",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("phrases", sa.JSON, nullable=False),
    )
    op.create_table(
        "statement_issues",
        sa.Column("statement_id", sa.String(220), primary_key=True),
        sa.Column(
            "issue_id",
            sa.String(200),
            sa.ForeignKey("issues.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("stance", sa.String(10), nullable=False),
        sa.Column("phrase", sa.Text, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
    )
    op.create_index("ix_statement_issues_issue_id", "statement_issues", ["issue_id"])
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column(
            "issue_id",
            sa.String(200),
            sa.ForeignKey("issues.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("a", sa.String(220), nullable=False),
        sa.Column("b", sa.String(220), nullable=False),
        sa.Column("why", sa.Text, nullable=False),
    )
    op.create_table(
        "phrase_vectors",
        sa.Column("phrase", sa.Text, primary_key=True),
        sa.Column("vector", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    for table in ("phrase_vectors", "conflicts", "statement_issues", "issues"):
        op.drop_table(table)
    op.drop_column("statements", "topics")
