#!/usr/bin/env python3
"""Hostile-input and contention figures (issue 12), printed, never asserted:

- time per answer for random hostile strings (surrogates, control characters, 50,000 characters):
  the goal is under 0.2 s each;
- time to parse (or refuse) JSON uploads: 200,000 tiny items (~800 KB) and 5,000 real-sized rows;
- writes by 4 concurrent writers (own connections): how many failed, and how long they took.

    .venv/bin/python benchmarks/bench_hostile.py [--n 3000]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import Engine  # noqa: E402
from knowledge import FactStore, ensure_loaded  # noqa: E402
from knowledge.transfer import ImportRejected, parse_file  # noqa: E402
from knowledge.usage import Usage  # noqa: E402

WORDS = ["湖北", "花湖机场", "进出口", "多少", "2025年", "/trade", "Wuhan", "exports", "？", "呢", "<b>"]


def hostile(rng: random.Random) -> str:
    """One random hostile string: mixed words and odd code points, sometimes 50,000 characters."""
    parts = []
    for _ in range(rng.randint(0, 30)):
        kind = rng.random()
        if kind < 0.4:
            parts.append(rng.choice(WORDS))
        elif kind < 0.6:
            parts.append(chr(rng.randint(0xD800, 0xDFFF)))
        elif kind < 0.75:
            parts.append(chr(rng.randint(0, 0x1F)))
        else:
            parts.append(chr(rng.randint(0x20, 0x10FFFF)))
    text = "".join(parts)
    if rng.random() < 0.1:
        text = (text or "湖") * (50_000 // max(1, len(text)) + 1)
        text = text[:50_000]
    return text


def bench_answers(engine: Engine, n: int) -> None:
    rng = random.Random(12)
    times = []
    for _ in range(n):
        text = hostile(rng)
        started = time.perf_counter()
        engine.answer(text)
        times.append(time.perf_counter() - started)
    times.sort()
    print(f"hostile strings: {n} answers, median {statistics.median(times) * 1000:.2f} ms, "
          f"p99 {times[int(len(times) * 0.99)] * 1000:.2f} ms, max {times[-1] * 1000:.1f} ms (goal < 200 ms)")


def bench_uploads() -> None:
    tiny = ("[" + ",\n".join(["{}"] * 200_000) + "]").encode()
    started = time.perf_counter()
    try:
        parse_file(tiny, "tiny.json")
    except ImportRejected:
        pass
    print(f"upload of 200,000 tiny items ({len(tiny) // 1000} KB): refused in "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")
    rows = [{"id": f"f-{k}", "statement_zh": "测" * 100, "statement_en": "x " * 100} for k in range(5000)]
    text = ("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False, indent=1) for r in rows) + "\n]").encode()
    started = time.perf_counter()
    parse_file(text, "rows.json")
    print(f"upload of 5,000 rows ({len(text) // 1000} KB): parsed with line numbers in "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")


def bench_writers(path: Path, writers: int = 4, each: int = 100) -> None:
    failures, dropped, start = [], [], threading.Barrier(writers)
    fact_id = FactStore(path).list_facts()[0].id

    def write(k: int) -> None:
        store = FactStore(path)
        usage = Usage(store)
        start.wait()
        for n in range(each):
            try:
                store.update_fact(fact_id, {"value_en": f"{k}-{n}"}, f"bench{k}")
                if usage.log_question(k, "zh", "q", True, "trade", [], 1.0) is None:
                    dropped.append(k)
            except Exception as exc:  # noqa: BLE001 - counted
                failures.append(repr(exc))
        store.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=write, args=(k,)) for k in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{writers} concurrent writers, {writers * each} edits: {len(failures)} failed; "
          f"{writers * each} question-log lines (impatient, soft): {len(dropped)} skipped; "
          f"{time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="hostile strings to answer")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        store = FactStore(path)
        ensure_loaded(store)
        engine = Engine(store, cache=False)
        bench_answers(engine, args.n)
        bench_uploads()
        store.close()
        shutil.copy(path, Path(folder) / "writers.db")
        bench_writers(Path(folder) / "writers.db")


if __name__ == "__main__":
    main()
