from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


def read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.fixture(scope="session")
def example_text() -> str:
    return read(EXAMPLES / "nato-rutte.txt")


@pytest.fixture(scope="session")
def example_expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read(EXAMPLES / "nato-rutte.expected.json"))
    return data
