"""Where things live by default."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def default_database_url() -> str:
    """A SQLite file in the user's data directory."""
    path = Path(platformdirs.user_data_dir("onrecord")) / "onrecord.db"
    return f"sqlite:///{path}"
