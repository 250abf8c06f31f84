#!/usr/bin/env python3
"""Benchmark of read_article: prints figures, asserts nothing.

    python benchmarks/bench_ingest.py [--chars 10000] [--rounds 5]

Builds an article of about --chars characters from the made-up test articles (tests/ingest/*.txt, their
paragraphs repeated with other numbers) and reads it against the full curated base.
Target on a 2-core machine: under 2 s for 10,000 characters.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge import FactStore, ensure_loaded  # noqa: E402
from knowledge.ingest import read_article  # noqa: E402


def article(chars: int) -> str:
    """A long article: a masthead, then the test articles' paragraphs with their numbers varied."""
    paragraphs = []
    for path in sorted((ROOT / "tests" / "ingest").glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n")[2:] if p.strip()]
    out, i = ["湖北日报 2024年4月22日 第05版", "一季度湖北外贸综述"], 0
    while sum(len(p) for p in out) < chars:
        shift = i // len(paragraphs) + 1
        paragraph = paragraphs[i % len(paragraphs)]
        out.append(re.sub(r"\d+\.\d", lambda m: f"{float(m.group(0)) + shift:.1f}", paragraph))
        i += 1
    return "\n\n".join(out)


def main() -> None:
    """Time read_article on the long article and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    text = article(args.chars)
    with tempfile.TemporaryDirectory() as tmp:
        store = FactStore(Path(tmp) / "bench.db")
        ensure_loaded(store)
        times, reading = [], None
        for _ in range(args.rounds):
            start = time.perf_counter()
            reading = read_article(text, store)
            times.append(time.perf_counter() - start)
        store.close()
    print(f"article: {len(text)} characters, {reading.counts()['proposed']} proposals")
    print(f"read_article: median {statistics.median(times):.3f} s, max {max(times):.3f} s "
          f"over {args.rounds} rounds "
          f"(target: under 2 s)")


if __name__ == "__main__":
    main()
