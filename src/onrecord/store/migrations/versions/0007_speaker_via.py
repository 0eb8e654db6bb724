"""The statement whose source titles a speaker a description names elsewhere.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never batch mode (it would drop SQLite's search triggers).
    op.add_column("statements", sa.Column("speaker_via", sa.String(220)))


def downgrade() -> None:
    op.drop_column("statements", "speaker_via")
