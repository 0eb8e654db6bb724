"""Latency of the web app under load, clients on loopback only.

    python bench/bench_serve.py [--statements 100000] [--rate 50] [--seconds 20]

Builds a store of generated statements, starts ``onrecord serve`` on
127.0.0.1, and sends requests on a fixed schedule (open loop, ``--rate`` per
second for ``--seconds``, so at most rate x seconds requests) to the search
API and to speaker pages.  Prints p50 and p95 latency of each.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from generate import generate  # bench/generate.py

from onrecord.link.speakers import link_speakers
from onrecord.store import Store

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "polnear" / "train" / "text"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def load(base: str, paths: list[str], rate: float, seconds: float) -> list[float]:
    """Latencies (s) of requests sent on schedule; a failed request counts as 10 s."""
    total = int(rate * seconds)
    with httpx.Client(base_url=base, timeout=10) as client, ThreadPoolExecutor(32) as pool:
        started = time.perf_counter()

        def one(k: int) -> float:
            delay = started + k / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            begin = time.perf_counter()
            try:
                client.get(paths[k % len(paths)]).raise_for_status()
            except httpx.HTTPError:
                return 10.0
            return time.perf_counter() - begin

        return list(pool.map(one, range(total)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Web app latency under load on loopback.")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(TRAIN.glob("*.txt"))[:200]]
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'serve.db'}"
        store = Store(url)
        generate(store, texts, args.statements)
        link_speakers(store)
        speakers = [s["id"] for s in store.speakers()]
        rng = random.Random(3)
        words = sorted({w.lower() for t in texts for w in t.split() if w.isalpha() and len(w) > 4})
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "onrecord", "serve", "--db", url, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    httpx.get(f"{base}/api/speakers/{speakers[0]}", timeout=2)
                    break
                except httpx.HTTPError:
                    time.sleep(0.2)
            searches = [f"/api/statements?search={w}" for w in rng.sample(words, 200)]
            pages = [f"/speakers/{s}" for s in rng.sample(speakers, min(200, len(speakers)))]
            print(
                f"store: {store.counts()['statements']} statements, {len(speakers)} speakers; "
                f"{args.rate:.0f} requests/s for {args.seconds:.0f} s each"
            )
            for name, paths in (("search API", searches), ("speaker page", pages)):
                latencies = load(base, paths, args.rate, args.seconds)
                print(
                    f"{name}: p50 {1000 * statistics.median(latencies):.1f} ms, "
                    f"p95 {1000 * percentile(latencies, 0.95):.1f} ms "
                    f"over {len(latencies)} requests"
                )
        finally:
            server.terminate()
            server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
