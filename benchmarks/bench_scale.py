#!/usr/bin/env python3
"""The engine on large synthetic bases: prints figures, asserts nothing.

    python benchmarks/bench_scale.py [--sizes 10000 100000] [--workdir DIR]

For each size, the curated facts plus that many invented ones (benchmarks/synthetic.py):
- index build time and the building process's peak memory (into the cache file as the bot does, and
  with the index only in memory);
- start to first answer (`run_bot.py ask` in a fresh process), with the cache file warm and cold;
- per-answer p50/p99 over every question of tests/questions, the answering process's memory after a
  warm start and answering, and its peak;
- dev-set accuracy (tests/questions/dev.jsonl) with the distractors present;
- time from an admin's edit (and from a new fact with a new name) to the answer that reflects it;
- each answer's chart button (the series of its fact), and what an edit makes rebuilt;
- `facts ingest` of a seed-sized made-up article against the base (read, and --apply).
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


def rss_mb() -> float:
    """The process's resident memory now (not its peak)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def worker_build(db: str, cache: str) -> dict:
    """Build the index afresh: into its cache file as the bot does (`cache` = file), or only in memory."""
    from bot import Engine
    from knowledge import FactStore

    started = time.perf_counter()
    engine = Engine(FactStore(db), cache=cache == "file")
    return {"build_s": time.perf_counter() - started, "facts": len(engine.docs), "build_peak_mb": peak_mb(),
            "built_rss_mb": rss_mb()}


def seed_sized_article() -> str:
    """A made-up article of a seed's size: the project's own test articles' paragraphs under one masthead."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "ingest").glob("**/*.txt"))]
    first = next(p for p in parts if p.startswith("湖北日报"))
    return first + "\n\n" + "\n\n".join(p.split("\n", 1)[1] for p in parts if p is not first)


def worker_answer(db: str) -> dict:
    """Answer every question set (warm cache), score dev, then time admin edits to their answers."""
    from bot import Engine, render, to_json
    from bot.seriesindex import SeriesIndex
    from knowledge import Entity, FactStore

    from conftest import QUESTIONS, load_questions, make_fact
    from scoring import score

    store = FactStore(db)
    engine = Engine(store)
    opened_rss = rss_mb()
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
    steady_rss = rss_mb()
    charts, chart_ms = SeriesIndex(store), []
    for text in questions[:200]:            # each found answer's chart button, as handlers/common.py asks
        answer = engine.answer(text)
        if answer.found and answer.facts:
            t = time.perf_counter()
            charts.for_fact(answer.facts[0].fact.id)
            chart_ms.append(1000 * (time.perf_counter() - t))
    chart_ms.sort()
    fact = store.get_fact("hbrb251225-huahu-cargo-routes")
    new_value = str(int(fact.value) + 7)
    t = time.perf_counter()
    store.update_fact(fact.id, {"value": new_value}, "bench")
    edited = new_value in render(engine.answer(QUESTION))
    edit_s = time.perf_counter() - t
    made = charts.made
    t = time.perf_counter()
    for text in questions[:200]:
        answer = engine.answer(text)
        if answer.found and answer.facts:
            charts.for_fact(answer.facts[0].fact.id)
    rechart_s = time.perf_counter() - t
    t = time.perf_counter()
    store.put_entity(Entity("bench-yangluo", "hub", "阳逻港区", "Yangluo Port Area", ["阳逻港区"]), "bench")
    store.add_fact(make_fact(id="bench-yangluo-teu", source=fact.source, entity="bench-yangluo", metric="teu",
                             metric_zh="集装箱吞吐量", value="321", unit="万标箱",
                             statement_zh="阳逻港区集装箱吞吐量321万标箱。", keywords=["集装箱"]), "bench")
    added = "321" in render(engine.answer("阳逻港区集装箱吞吐量"))
    add_s = time.perf_counter() - t
    return {"p50_ms": 1000 * times[len(times) // 2], "p99_ms": 1000 * times[int(0.99 * (len(times) - 1))],
            "max_ms": 1000 * times[-1], "answers": len(times), "dev": f"{k}/{n} ({100 * k / n:.1f}%)",
            "edit_s": edit_s, "edit_ok": edited, "add_s": add_s, "add_ok": added, "serve_peak_mb": peak_mb(),
            "opened_rss_mb": opened_rss, "steady_rss_mb": steady_rss,
            "chart_p50_ms": chart_ms[len(chart_ms) // 2], "chart_max_ms": chart_ms[-1],
            "charts": len(chart_ms),
            "rebuilt_after_edit": charts.made - made, "series_built": made, "recharts_s": rechart_s}


def worker_ingest(db: str) -> dict:
    """`facts ingest` of a seed-sized article against the base, in a fresh process, read only and applied."""
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.txt"
        article.write_text(seed_sized_article(), encoding="utf-8")
        env = dict(os.environ, BOT_DB_PATH=db)
        out = {"article_chars": len(article.read_text(encoding="utf-8"))}
        for name, extra in (("ingest_read_s", []), ("ingest_apply_s", ["--apply"])):
            t = time.perf_counter()
            done = subprocess.run([sys.executable, "run_bot.py", "facts", "ingest", str(article), "--json",
                                   *extra], cwd=ROOT, env=env, capture_output=True, text=True)
            out[name] = time.perf_counter() - t
            if done.returncode:
                raise SystemExit(f"facts ingest failed:\n{done.stderr[-2000:]}")
            result = json.loads(done.stdout)
            out["proposals"] = len(result["proposals"])
            out["added"] = len(result.get("applied", {}).get("added", [])) or out.get("added", 0)
        return out


def run_worker(kind: str, db: Path, *extra: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", kind, str(db), *extra], capture_output=True,
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


def worker_grow(db: str, size: str) -> dict:
    """The curated facts and `size` invented ones, in a fresh base."""
    from knowledge import FactStore, ensure_loaded
    from synthetic import grow

    store = FactStore(db)
    ensure_loaded(store)
    if int(size):
        grow(store, int(size))
    store.close()
    return {}


def measure(size: int, workdir: Path) -> dict:
    db = workdir / f"synthetic-{size}.db"
    if not db.exists():
        # in a worker: a child started from a process that grew 100,000 facts would inherit that
        # process's memory high-water mark in its own peak (Linux keeps it across exec)
        run_worker("grow", db, str(size))
    cache = Path(str(db) + ".engine-cache")
    cache.unlink(missing_ok=True)
    memory = run_worker("build", db, "memory")
    figures = {"size": size, "memory_build_peak_mb": memory["build_peak_mb"]}
    figures |= run_worker("build", db, "file")
    cache.unlink(missing_ok=True)
    figures["cold_start_s"] = first_answer(db)           # builds the cache file
    figures["warm_start_s"] = min(first_answer(db) for _ in range(3))
    # the answer worker edits the base: on a copy, so that every run starts from the same base
    copy = workdir / f"edited-{size}.db"
    for suffix in ("", ".engine-cache"):
        Path(str(copy) + suffix).write_bytes(Path(str(db) + suffix).read_bytes())
    figures |= run_worker("answer", copy)
    for suffix in ("", ".engine-cache"):
        Path(str(copy) + suffix).write_bytes(Path(str(db) + suffix).read_bytes())
    figures |= run_worker("ingest", copy)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 10_000, 100_000])
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--worker", nargs="+")
    args = parser.parse_args()
    if args.worker:
        kind, db, *extra = args.worker
        work = {"build": lambda: worker_build(db, *extra), "answer": lambda: worker_answer(db),
                "ingest": lambda: worker_ingest(db), "grow": lambda: worker_grow(db, *extra)}[kind]
        print(json.dumps(work()))
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        rows = [measure(size, workdir) for size in args.sizes]
    print("| synthetic facts | facts | build | build peak (file / memory only) | cold start | warm start "
          "| p50 | p99 | RSS after warm start / serving peak | dev accuracy | edit -> answer "
          "| new fact -> answer |")
    print("|" + " --- |" * 12)
    for r in rows:
        edit = f"{1000 * r['edit_s']:.0f} ms" + ("" if r["edit_ok"] else " (WRONG)")
        add = f"{1000 * r['add_s']:.0f} ms" + ("" if r["add_ok"] else " (WRONG)")
        print(f"| {r['size']:,} | {r['facts']:,} | {r['build_s']:.1f} s "
              f"| {r['build_peak_mb']:.0f} / {r['memory_build_peak_mb']:.0f} MB "
              f"| {r['cold_start_s']:.1f} s | {r['warm_start_s']:.2f} s | {r['p50_ms']:.1f} ms "
              f"| {r['p99_ms']:.1f} ms | {r['steady_rss_mb']:.0f} / {r['serve_peak_mb']:.0f} MB | {r['dev']} "
              f"| {edit} | {add} |")
    print()
    print("| synthetic facts | chart button p50 / max | series built, rebuilt after an edit "
          "| 200 answers and buttons after the edit | `facts ingest` (chars, proposals): read / --apply |")
    print("|" + " --- |" * 5)
    for r in rows:
        print(f"| {r['size']:,} | {r['chart_p50_ms']:.1f} / {r['chart_max_ms']:.0f} ms ({r['charts']}) "
              f"| {r['series_built']}, {r['rebuilt_after_edit']} | {r['recharts_s']:.2f} s "
              f"| ({r['article_chars']:,}, {r['proposals']}): {r['ingest_read_s']:.2f} s / "
              f"{r['ingest_apply_s']:.2f} s |")


if __name__ == "__main__":
    main()
