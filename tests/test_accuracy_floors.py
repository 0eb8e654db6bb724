"""Accuracy floors: the extractor on PolNeAR dev, scored by the shared scorer.

The floors live in ``tests/floors.json``.  Raise them when the extractor
improves; lowering one needs a reason in the commit that does it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

DEV = SHARED / "polnear" / "dev"
SCORER = SHARED / "bench" / "score_attributions.py"


@pytest.mark.skipif(
    not DEV.is_dir() and not os.environ.get("CI"),
    reason="PolNeAR dev split not beside the checkout (in CI this fails instead)",
)
def test_dev_scores_stay_above_floors(tmp_path: Path) -> None:
    assert DEV.is_dir() and SCORER.is_file(), f"no PolNeAR dev split or scorer under {SHARED}"
    pred = tmp_path / "dev.jsonl"
    with open(pred, "w", encoding="utf-8") as out:
        subprocess.run(
            [sys.executable, "-m", "onrecord", "extract", "--format", "jsonl", str(DEV / "text")],
            stdout=out,
            check=True,
        )
    scored = subprocess.run(
        [sys.executable, str(SCORER), "--gold-dir", str(DEV), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    metrics = json.loads(scored.stdout)["metrics"]
    floors = json.loads((ROOT / "tests" / "floors.json").read_text(encoding="utf-8"))
    below = {
        key: (metrics[key]["f1"], floor)
        for key, floor in floors["f1"].items()
        if metrics[key]["f1"] < floor
    }
    assert below == {}, f"F1 under its floor (measured, floor): {below}"
