"""Quotes seen in several articles, and each appearance.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quotes",
        sa.Column("id", sa.String(240), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "quote_appearances",
        sa.Column(
            "quote_id",
            sa.String(240),
            sa.ForeignKey("quotes.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("statement_id", sa.String(220), primary_key=True),
        sa.Column("n", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("variant", sa.Boolean, nullable=False),
    )
    op.create_index("ix_quote_appearances_statement", "quote_appearances", ["statement_id"])


def downgrade() -> None:
    op.drop_table("quote_appearances")
    op.drop_table("quotes")
