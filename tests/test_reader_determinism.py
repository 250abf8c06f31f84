"""The reader gives the same metric names whatever Python's hash seed (no set order leaks into them)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from knowledge.ingest.vocab import METRICS, narrowing

ROOT = Path(__file__).resolve().parent.parent

# Made-up lines: words of a base metric that overlap (外贸实绩 / 实绩企业, 比全国快 / 快于全国) are
# where an order of removal taken from a set changed the name from one run to the next.
ARTICLE = ("今年前2个月，全省有外贸实绩企业5200家。全省外贸进出口总值900.5亿元，增速比全国快于全国3.1个百分点。"
           "其中，出口医疗器械6.5亿元，增长12.3%；一般贸易进出口610.2亿元。")

SCRIPT = """
import json, sys
from knowledge import FactStore
from knowledge.ingest import read_article
store = FactStore(sys.argv[1])
reading = read_article(sys.argv[2], store, publication="湖北日报", date="2031-03-10")
print(json.dumps([[p.fact["metric"], p.fact["metric_zh"], p.fact["metric_en"], p.fact["keywords"]]
                  for p in reading.proposals], ensure_ascii=False))
"""


def _read_under(seed: str, base: Path, tmp_path: Path) -> list:
    """The proposals' names when a fresh interpreter with this hash seed reads the article."""
    db = tmp_path / f"seed{seed}.db"
    shutil.copy(base, db)
    env = {**os.environ, "PYTHONHASHSEED": seed, "BOT_DB_PATH": str(tmp_path / "env.db")}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(db), ARTICLE], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def test_metric_names_do_not_depend_on_the_hash_seed(curated_db, tmp_path):
    first = _read_under("1", curated_db, tmp_path)
    assert first, "the article gave no proposals"
    for seed in ("2", "7"):
        assert _read_under(seed, curated_db, tmp_path) == first


def test_overlapping_words_of_a_base_metric_leave_no_narrowing():
    firms = next(m for _, m in METRICS if m.id == "firms_with_trade_record")
    faster = next(m for _, m in METRICS if m.id == "growth_above_national")
    assert narrowing("有外贸实绩企业", firms) == ""
    assert narrowing("增速比全国快于全国", faster) == ""
    assert narrowing("民营外贸实绩企业", firms) == "民营"
