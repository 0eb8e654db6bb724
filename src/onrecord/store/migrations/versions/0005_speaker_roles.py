"""The title or role written before a speaker's name, per statement.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never batch mode (it would drop SQLite's search triggers).
    op.add_column("statements", sa.Column("speaker_role", sa.Text))


def downgrade() -> None:
    op.drop_column("statements", "speaker_role")
