#!/usr/bin/env python3
"""The engine on large synthetic bases: prints figures, asserts nothing.

    python benchmarks/bench_scale.py [--sizes 10000 100000] [--workdir DIR]

For each size, the curated facts plus that many invented ones (benchmarks/synthetic.py):
- index build time and the building process's peak memory (no cache file);
- start to first answer (`run_bot.py ask` in a fresh process), with the cache file warm and cold;
- per-answer p50/p99 over every question of tests/questions, and the answering process's peak memory;
- dev-set accuracy (tests/questions/dev.jsonl) with the distractors present;
- time from an admin's edit (and from a new fact with a new name) to the answer that reflects it.
Targets at 100,000 facts: p99 < 20 ms, warm start < 2 s, peak memory < 400 MB, dev accuracy as on the
curated base, an edit answered within 1 s. Each measurement runs in its own process.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

QUESTION = "花湖机场有多少条货运航线"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_build(db: str) -> dict:
    """Build the index afresh (no cache file)."""
    from bot import Engine
    from knowledge import FactStore

    started = time.perf_counter()
    engine = Engine(FactStore(db), cache=False)
    return {"build_s": time.perf_counter() - started, "facts": len(engine.docs), "build_peak_mb": peak_mb()}


def worker_answer(db: str) -> dict:
    """Answer every question set (warm cache), score dev, then time admin edits to their answers."""
    from bot import Engine, render, to_json
    from knowledge import Entity, FactStore

    from conftest import QUESTIONS, load_questions, make_fact
    from scoring import score

    store = FactStore(db)
    engine = Engine(store)
    questions = [q["question"] for p in sorted(QUESTIONS.glob("*.jsonl")) for q in load_questions(p.name)]
    for q in questions[:100]:
        engine.answer(q)
    times = []
    for _ in range(2):
        for q in questions:
            t = time.perf_counter()
            to_json(engine.answer(q))
            times.append(time.perf_counter() - t)
    times.sort()
    groups, _ = score(load_questions("dev.jsonl"), lambda text: to_json(engine.answer(text)))
    k, n = groups["all"]
    fact = store.get_fact("hbrb251225-huahu-cargo-routes")
    new_value = str(int(fact.value) + 7)
    t = time.perf_counter()
    store.update_fact(fact.id, {"value": new_value}, "bench")
    edited = new_value in render(engine.answer(QUESTION))
    edit_s = time.perf_counter() - t
    t = time.perf_counter()
    store.put_entity(Entity("bench-yangluo", "hub", "阳逻港区", "Yangluo Port Area", ["阳逻港区"]), "bench")
    store.add_fact(make_fact(id="bench-yangluo-teu", source=fact.source, entity="bench-yangluo", metric="teu",
                             metric_zh="集装箱吞吐量", value="321", unit="万标箱",
                             statement_zh="阳逻港区集装箱吞吐量321万标箱。", keywords=["集装箱"]), "bench")
    added = "321" in render(engine.answer("阳逻港区集装箱吞吐量"))
    add_s = time.perf_counter() - t
    return {"p50_ms": 1000 * times[len(times) // 2], "p99_ms": 1000 * times[int(0.99 * (len(times) - 1))],
            "max_ms": 1000 * times[-1], "answers": len(times), "dev": f"{k}/{n} ({100 * k / n:.1f}%)",
            "edit_s": edit_s, "edit_ok": edited, "add_s": add_s, "add_ok": added, "serve_peak_mb": peak_mb()}


def run_worker(kind: str, db: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", kind, str(db)], capture_output=True,
                         text=True, cwd=ROOT)
    if out.returncode:
        raise SystemExit(f"{kind} worker failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def first_answer(db: Path) -> float:
    env = dict(os.environ, BOT_DB_PATH=str(db))
    t = time.perf_counter()
    subprocess.run([sys.executable, "run_bot.py", "ask", QUESTION], cwd=ROOT, env=env, capture_output=True,
                   check=True)
    return time.perf_counter() - t


def measure(size: int, workdir: Path) -> dict:
    from knowledge import FactStore, ensure_loaded
    from synthetic import grow

    db = workdir / f"synthetic-{size}.db"
    if not db.exists():
        store = FactStore(db)
        ensure_loaded(store)
        if size:
            grow(store, size)
        store.close()
    cache = Path(str(db) + ".engine-cache")
    figures = {"size": size} | run_worker("build", db)
    cache.unlink(missing_ok=True)
    figures["cold_start_s"] = first_answer(db)           # builds the cache file
    figures["warm_start_s"] = min(first_answer(db) for _ in range(3))
    # the answer worker edits the base: on a copy, so that every run starts from the same base
    copy = workdir / f"edited-{size}.db"
    for suffix in ("", ".engine-cache"):
        Path(str(copy) + suffix).write_bytes(Path(str(db) + suffix).read_bytes())
    figures |= run_worker("answer", copy)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 10_000, 100_000])
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--worker", nargs=2)
    args = parser.parse_args()
    if args.worker:
        kind, db = args.worker
        print(json.dumps(worker_build(db) if kind == "build" else worker_answer(db)))
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        rows = [measure(size, workdir) for size in args.sizes]
    print("| synthetic facts | facts | build | build peak | cold start | warm start | p50 | p99 "
          "| serving peak | dev accuracy | edit -> answer | new fact -> answer |")
    print("|" + " --- |" * 12)
    for r in rows:
        edit = f"{1000 * r['edit_s']:.0f} ms" + ("" if r["edit_ok"] else " (WRONG)")
        add = f"{1000 * r['add_s']:.0f} ms" + ("" if r["add_ok"] else " (WRONG)")
        print(f"| {r['size']:,} | {r['facts']:,} | {r['build_s']:.1f} s | {r['build_peak_mb']:.0f} MB "
              f"| {r['cold_start_s']:.1f} s | {r['warm_start_s']:.2f} s | {r['p50_ms']:.1f} ms "
              f"| {r['p99_ms']:.1f} ms | {r['serve_peak_mb']:.0f} MB | {r['dev']} | {edit} | {add} |")


if __name__ == "__main__":
    main()
