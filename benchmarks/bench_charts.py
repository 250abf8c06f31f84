#!/usr/bin/env python3
"""How long drawing a chart takes: every series of the curated base, in Chinese and English, as PNG.
Prints the first (cold) drawing, then the median, p95 and slowest of the warm ones (goal: < 300 ms)."""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.seriesindex import SeriesIndex  # noqa: E402
from knowledge import FactStore, ensure_loaded  # noqa: E402

GOAL_MS = 300
ROUNDS = 5


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        store = FactStore(Path(folder) / "bench.db")
        ensure_loaded(store)
        started = time.perf_counter()
        from bot.charts import render_png
        print(f"importing matplotlib and the chart module: {(time.perf_counter() - started) * 1000:.1f} ms")
        started = time.perf_counter()
        index = SeriesIndex(store)
        print(f"series index: {len(index.series)} series in {(time.perf_counter() - started) * 1000:.1f} ms")
        started = time.perf_counter()
        render_png(index.series[0], "zh")
        print(f"first chart (font loading included): {(time.perf_counter() - started) * 1000:.1f} ms")
        times = []
        for _ in range(ROUNDS):
            for series in index.series:
                for lang in ("zh", "en"):
                    started = time.perf_counter()
                    render_png(series, lang)
                    times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"{len(times)} charts: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, "
              f"slowest {times[-1]:.1f} ms (goal < {GOAL_MS} ms)")
        store.close()
    return 0 if p95 < GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
