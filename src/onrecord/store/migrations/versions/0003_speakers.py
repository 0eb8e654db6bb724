"""Speakers as entities across the record, their aliases, and each statement's speaker.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "speakers",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
    )
    op.create_table(
        "speaker_aliases",
        sa.Column("alias", sa.Text, primary_key=True),
        sa.Column(
            "speaker_id",
            sa.String(200),
            sa.ForeignKey("speakers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("by_user", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    # Plain ALTER TABLE, never batch mode (it would drop SQLite's search triggers).
    op.add_column("statements", sa.Column("speaker_kind", sa.String(20)))
    op.add_column("statements", sa.Column("speaker_id", sa.String(200)))
    op.create_index("ix_statements_speaker_id", "statements", ["speaker_id"])


def downgrade() -> None:
    op.drop_index("ix_statements_speaker_id", "statements")
    op.drop_column("statements", "speaker_id")
    op.drop_column("statements", "speaker_kind")
    op.drop_table("speaker_aliases")
    op.drop_table("speakers")
