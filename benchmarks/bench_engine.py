#!/usr/bin/env python3
"""Benchmark of the answer engine: prints figures, asserts nothing.

    python benchmarks/bench_engine.py [--rounds 3]

- time per answer (median, p99) over every question of tests/questions, after warm-up;
- batch throughput through `run_bot.py ask --json --batch -` (a fresh process);
- time from process start to first answer (`run_bot.py ask`, database already built, and from scratch);
- peak memory (max RSS) of the batch process.
Targets on a 2-core machine: p99 under 2 ms per answer, under 1 s from start to first answer.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import Engine, to_json  # noqa: E402
from knowledge import FactStore, ensure_loaded  # noqa: E402


def questions() -> list[str]:
    out = []
    for path in sorted((ROOT / "tests" / "questions").glob("*.jsonl")):
        out += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    qs = questions()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        env = dict(os.environ, BOT_DB_PATH=str(db))
        t = time.perf_counter()
        cold = subprocess.run([sys.executable, "run_bot.py", "ask", "花湖机场有多少条货运航线"], cwd=ROOT, env=env,
                              capture_output=True, text=True)
        cold_s = time.perf_counter() - t
        warm = []
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([sys.executable, "run_bot.py", "ask", "花湖机场有多少条货运航线"], cwd=ROOT, env=env,
                           capture_output=True, text=True, check=True)
            warm.append(time.perf_counter() - t)

        store = FactStore(db)
        ensure_loaded(store)
        engine = Engine(store)
        for q in qs[:200]:
            engine.answer(q)
        times = []
        for _ in range(args.rounds):
            for q in qs:
                t = time.perf_counter()
                to_json(engine.answer(q))
                times.append(time.perf_counter() - t)
        times.sort()

        text = "".join(q.replace("\n", " ") + "\n" for q in qs)
        t = time.perf_counter()
        runner = ("import resource, runpy, sys\n"
                  "sys.argv = ['run_bot.py', 'ask', '--json', '--batch', '-']\n"
                  "try:\n    runpy.run_path('run_bot.py', run_name='__main__')\n"
                  "except SystemExit:\n    pass\n"
                  "sys.stdout.flush()\n"
                  "print('MAXRSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")
        batch = subprocess.run([sys.executable, "-c", runner], cwd=ROOT, env=env, input=text,
                               capture_output=True, text=True)
        batch_s = time.perf_counter() - t
        answered = sum(1 for line in batch.stdout.splitlines() if line.startswith("{"))
        rss = next((int(ln.split()[1]) for ln in batch.stderr.splitlines() if ln.startswith("MAXRSS")), 0)

    print(f"facts in the base:                {len(engine.docs)}")
    print(f"questions:                        {len(qs)} x {args.rounds} rounds")
    print(f"per answer, median:               {1000 * statistics.median(times):.3f} ms")
    print(f"per answer, p99:                  {1000 * times[int(0.99 * (len(times) - 1))]:.3f} ms")
    print(f"per answer, max:                  {1000 * times[-1]:.3f} ms")
    print(f"batch ({answered} answers, one process): {batch_s:.2f} s, {answered / batch_s:.0f} answers/s incl. start-up")
    print(f"start to first answer, built db:  {1000 * min(warm):.0f} ms (best of 3), {1000 * max(warm):.0f} ms (worst)")
    print(f"start to first answer, empty db:  {1000 * cold_s:.0f} ms (builds the database first; exit {cold.returncode})")
    print(f"peak memory of the batch process: {rss / 1024:.0f} MiB")
    print(f"this process's peak memory:       {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
