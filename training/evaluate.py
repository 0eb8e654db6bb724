"""Score the shipped extractor on a PolNeAR split with the shared scorer.

    python training/evaluate.py [--split dev] [--pred OUT.jsonl] [--json]

Runs the extractor over ``<polnear>/<split>/text`` with
``onrecord extract --format jsonl``, then ``score_attributions.py``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the extractor on PolNeAR.")
    parser.add_argument("--polnear", type=Path, default=SHARED / "polnear")
    parser.add_argument("--scorer", type=Path,
                        default=SHARED / "bench" / "score_attributions.py")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--pred", type=Path, help="keep the predictions here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    gold_dir = args.polnear / args.split
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred or Path(tmp) / "pred.jsonl"
        with open(pred, "w", encoding="utf-8") as out:
            subprocess.run([sys.executable, "-m", "onrecord", "extract", "--format", "jsonl",
                            str(gold_dir / "text")], stdout=out, check=True)
        command = [sys.executable, str(args.scorer), "--gold-dir", str(gold_dir),
                   "--pred", str(pred)] + (["--json"] if args.json else [])
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
