"""When each statement was said: its time expression and the resolved day or range.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, never batch mode: recreating the SQLite table would drop
# the full-text search triggers.
def columns() -> tuple[sa.Column[object], ...]:
    return (
        sa.Column("time_start", sa.Integer),
        sa.Column("time_end", sa.Integer),
        sa.Column("time_text", sa.Text),
        sa.Column("said_on", sa.String(21)),
        sa.Column("said_on_bound", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def upgrade() -> None:
    for column in columns():
        op.add_column("statements", column)
    op.create_index("ix_statements_said_on", "statements", ["said_on"])


def downgrade() -> None:
    op.drop_index("ix_statements_said_on", "statements")
    for column in reversed(columns()):
        op.drop_column("statements", column.name)
