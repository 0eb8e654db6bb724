"""Ingest throughput against extraction alone, and search time on a large store.

    python bench/bench_ingest.py [--texts DIR] [--limit N] [--statements 1000000]

1. Extraction alone (``analyze_many``) and ``record.add`` into a fresh SQLite
   store over the same texts, in the same run (one process, one worker):
   articles per minute for each and the cost of storage as a share.
2. A store of ``--statements`` generated statements (words drawn from the
   texts): median time of a full-text search query in-process (first page of
   50, as ``onrecord quotes`` shows) and of the whole ``onrecord quotes
   --search`` command.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generate  # bench/generate.py

from onrecord import record
from onrecord.analyze import analyze_many
from onrecord.model import Article
from onrecord.store import StatementQuery, Store

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "polnear" / "train" / "text"


def ingest(texts: list[str], folder: Path) -> None:
    list(analyze_many(["Warm-up, the pipeline said."]))  # load the model outside the timing
    started = time.perf_counter()
    for _ in analyze_many(texts):
        pass
    extract_s = time.perf_counter() - started
    store = Store(f"sqlite:///{folder / 'ingest.db'}")
    items = [Article(id=f"a{k}", text=t) for k, t in enumerate(texts)]
    started = time.perf_counter()
    report = record.add(store, items, workers=1)
    ingest_s = time.perf_counter() - started
    n = len(texts)
    print(f"articles: {n} (added {len(report.added)})")
    print(f"extraction alone: {60 * n / extract_s:8.0f} articles/min")
    print(f"ingest to SQLite: {60 * n / ingest_s:8.0f} articles/min")
    print(f"storage cost: {100 * (ingest_s / extract_s - 1):.1f}% of extraction time")


def search(texts: list[str], folder: Path, count: int) -> None:
    url = f"sqlite:///{folder / 'large.db'}"
    store = Store(url)
    started = time.perf_counter()
    generate(store, texts, count)
    print(
        f"generated {store.counts()['statements']} statements in "
        f"{time.perf_counter() - started:.0f}s"
    )
    rng = random.Random(11)
    vocabulary = sorted({w.lower() for t in texts for w in t.split() if w.isalpha() and len(w) > 4})
    queries = rng.sample(vocabulary, 40)
    times = []
    for word in queries:
        started = time.perf_counter()
        list(store.statements(StatementQuery(search=word, limit=50)))
        times.append(time.perf_counter() - started)
    print(
        f"search query, first 50 (in-process): median {1000 * statistics.median(times):.1f} ms, "
        f"max {1000 * max(times):.1f} ms over {len(queries)} words"
    )
    command = [
        sys.executable,
        "-m",
        "onrecord",
        "quotes",
        "--db",
        url,
        "--format",
        "jsonl",
        "--limit",
        "50",
        "--search",
    ]
    whole = []
    for word in queries[:7]:
        started = time.perf_counter()
        subprocess.run([*command, word], capture_output=True, check=True)
        whole.append(time.perf_counter() - started)
    print(
        f"onrecord quotes --search (whole command): median {1000 * statistics.median(whole):.0f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Ingest and search benchmarks.")
    parser.add_argument("--texts", type=Path, default=TRAIN)
    parser.add_argument("--limit", type=int, help="only the first N texts for the ingest part")
    parser.add_argument("--statements", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.texts.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        ingest(texts[: args.limit], Path(tmp))
        search(texts, Path(tmp), args.statements)
    return 0


if __name__ == "__main__":
    sys.exit(main())
