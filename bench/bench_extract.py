"""Extractor throughput against plain spaCy, measured in one run.

    python bench/bench_extract.py [--texts DIR] [--rounds 3]

Plain spaCy is the same pinned model over the same texts, timed both as
``nlp.pipe`` and as ``nlp()`` per text; the faster is the baseline.  The
extractor is ``onrecord.analyze_many`` (parse included).  Rounds alternate
baseline and extractor so drift on a noisy machine hits both; each figure is
the best round.  Prints words per second, the ratio, and the process's peak
RSS (both pipelines loaded, so an upper bound for the extractor alone).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from onrecord.analyze import analyze_many
from onrecord.analyze.pipeline import base_pipeline, pipeline

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "polnear" / "dev" / "text"


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extractor vs plain spaCy throughput.")
    parser.add_argument("--texts", type=Path, default=DEV)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.texts.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    plain, full = base_pipeline(), pipeline()
    plain("warm up"), full("warm up")
    best = {"pipe": float("inf"), "call": float("inf"), "extractor": float("inf")}
    for _ in range(args.rounds):
        best["pipe"] = min(best["pipe"], timed(lambda: list(plain.pipe(texts, batch_size=16))))
        best["call"] = min(best["call"], timed(lambda: [plain(t) for t in texts]))
        best["extractor"] = min(best["extractor"], timed(lambda: list(analyze_many(texts))))
    baseline = min(best["pipe"], best["call"])
    how = "nlp.pipe" if best["pipe"] <= best["call"] else "nlp()"
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"texts: {len(texts)} ({words} words), best of {args.rounds} rounds")
    print(f"plain spaCy ({how}): {words / baseline:8.0f} words/s")
    print(f"onrecord extractor:  {words / best['extractor']:8.0f} words/s")
    print(f"ratio extractor/plain: {baseline / best['extractor']:.2f}x")
    print(f"peak RSS: {rss_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
