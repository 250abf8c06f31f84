#!/usr/bin/env python3
"""Leave-one-out evaluation of article ingestion: prints figures, asserts nothing.

    python benchmarks/eval_ingest.py ../shared/seeds [--show N] [--only 002]

For each curated article: a base with every other article's curated file, the article's text read by
read_article (publication, date and title given as curated) and all new proposals applied. Reports
- recall: curated facts of the article whose value is a figure (not a name with a digit in it) and whose
  value and unit were proposed with the same period
  (and, in brackets, with the value and unit alone);
- precision: proposals whose value and unit match a curated fact of the article (a strict lower bound: the
  curators skipped some real figures), and the share of proposals at or above confidence 0.8 that match;
- answered: the share of tests/questions/q00N.jsonl (in scope) answered right from the ingested facts alone,
  and
  of those whose expected answer starts with a digit (questions asking a figure).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bot import Engine, to_json  # noqa: E402
from knowledge import CURATED_DIR, FactStore, load_curated  # noqa: E402
from knowledge.ingest import apply_reading, read_article  # noqa: E402
from scoring import norm  # noqa: E402


# A value that is a figure (7502.3, 近400, 1万, 第87届, 2023年6月5日, 4项), not a name with a digit in it.
_NUMERIC = re.compile(r"(?:近|约|超过?|逾|第|去年)?[\d.,—\-~至]+(?:[万亿千]|个亿)?[多余]?(?:年|月|日|[\d]){0,6}[^\d\s]{0,3}")


def key(value: str, unit: str) -> str:
    """Value and unit as one comparable string: '1000多家', '7502.3亿元' ('个国家和地区' counts as '个':
    the curated files write the counted noun in the unit or in the metric; 近, 约, 超过, 多, 余, 以上, 左右 are
    left out, as the curators sometimes did; '1个亿元' is '1亿元')."""
    text = re.sub(r"(?<=\d)个(?=[万亿])", "", re.sub(r"[\s,，]", "", f"{value}{unit}"))
    text = re.sub(r"个.+$", "个", text)
    return re.sub(r"^(?:近|约|超过|超|逾)|(?<=\d)(?:多|余)|(?<=[^\d.])(?:以上|左右)$|(?<=\d)(?:以上|左右)", "", text)


def dated(proposal: dict, curated: list[dict]) -> bool:
    """A proposed date of a first (成立日期 2023年7月) matches a curated fact placed at that date: the
    curators recorded such events with the date as their period (新设子公司 …, period 2023年7月)."""
    if not proposal["metric"].endswith("_date") or not proposal["period_start"]:
        return False
    return any((f["period"].get("start") or "") == proposal["period_start"] and
               (f["period"].get("end") or "") == proposal["period_end"] for f in curated)


def same_period(curated: dict, fact: dict) -> bool:
    """Same start and end month, or the same Chinese name ('2024年' ends on the article's date or 31 Dec)."""
    p = curated["period"]
    if p.get("zh") == fact["period_zh"]:
        return True
    return (p.get("start") or "")[:7] == (fact["period_start"] or "")[:7] and \
        (p.get("end") or "")[:7] == (fact["period_end"] or "")[:7]


def passes(question: dict, result: dict, publication: tuple[str, str]) -> bool:
    """Whether a question was answered right, citing the article's publication."""
    answer = norm(result.get("answer", ""))
    if question["kind"] != "in_scope":
        return not result.get("found")
    good = bool(result.get("found")) and any(norm(e) in answer for e in question["expect_any"])
    return good and any(norm(p) in answer for p in publication)


def evaluate(seeds: Path, path: Path, show: int, fails: bool = False) -> dict:
    """Recall, precision and questions answered for one article left out."""
    curated = json.loads(path.read_text(encoding="utf-8"))
    src = curated["source"]
    text = (seeds / src["seed"]).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        others = Path(tmp) / "curated"
        others.mkdir()
        used = set()
        for other in CURATED_DIR.glob("*.json"):
            if other != path:
                shutil.copy(other, others / other.name)
                used |= {f["entity"] for f in json.loads(other.read_text(encoding="utf-8")).get("facts", [])}
        # the left-out article's entities stay only where another article's facts need them
        kept = dict(curated, facts=[], entities=[e for e in curated["entities"] if e["id"] in used])
        (others / path.name).write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
        store = FactStore(Path(tmp) / "loo.db")
        load_curated(store, others)
        reading = read_article(text, store, publication=src["publication_zh"], date=src["date"],
                               title=src["title"], page=src.get("page") or None)
        apply_reading(store, reading, "eval")
        engine = Engine(store)
        numeric = [f for f in curated["facts"] if _NUMERIC.fullmatch(f["value"])]
        props = [p.fact for p in reading.proposals]
        hit = [f for f in numeric if any(key(f["value"], f["unit"]) == key(p["value"], p["unit"])
                                         and same_period(f, p) for p in props)]
        hit_value = [f for f in numeric if any(key(f["value"], f["unit"]) == key(p["value"], p["unit"])
                                               for p in props)]
        keys = {key(f["value"], f["unit"]) for f in curated["facts"]}
        matched = [p for p in reading.proposals if key(p.fact["value"], p.fact["unit"]) in keys
                   or dated(p.fact, curated["facts"])]
        confident = [p for p in reading.proposals if p.confidence >= 0.8]
        matched_conf = [p for p in confident if p in matched]
        qfile = ROOT / "tests" / "questions" / f"q{path.name[:3]}.jsonl"
        questions = [json.loads(x) for x in qfile.read_text(encoding="utf-8").splitlines() if x.strip()]
        questions = [q for q in questions if q["kind"] == "in_scope"]
        pub = (src["publication_zh"], src["publication_en"])
        ok, wrong = [], []
        figure_qs = [q for q in questions if any(re.match(r"\d", e) for e in q["expect_any"])]
        for q in questions:
            result = to_json(engine.answer(q["question"]))
            if passes(q, result, pub):
                ok.append(q)
                continue
            if result.get("found"):
                wrong.append(q)              # a figure given that is not the one asked
            if fails:
                said = result["answer"][:150].replace("\n", " ")
                mark = "WRONG" if result.get("found") else "MISS "
                print("  FAIL", mark, q["style"], q["question"], q["expect_any"], "->", said)
        if show:
            for f in [f for f in numeric if f not in hit][:show]:
                near = [p for p in props if key(f["value"], f["unit"]) == key(p["value"], p["unit"])]
                print("  missed:", f["entity"], f["metric_zh"], f["value"], f["unit"], f["period"]["zh"],
                      f"(proposed for {near[0]['period_zh']})" if near else "")
            for p in [p for p in reading.proposals if p not in matched][:show]:
                print("  unmatched:", p.confidence, p.fact["entity"], p.fact["metric_zh"], p.fact["value"],
                      p.fact["unit"], p.fact["period_zh"])
        store.close()
    return {"article": path.name[:3], "publication": src["publication_en"], "date": src["date"],
            "numeric_facts": len(numeric), "recall": len(hit) / max(len(numeric), 1),
            "recall_value": len(hit_value) / max(len(numeric), 1), "proposals": len(props),
            "precision": len(matched) / max(len(props), 1),
            "precision_confident": len(matched_conf) / max(len(confident), 1), "confident": len(confident),
            "questions": len(questions), "answered": len(ok) / max(len(questions), 1),
            "figure_questions": len(figure_qs),
            "answered_figures": len([q for q in ok if q in figure_qs]) / max(len(figure_qs), 1),
            "wrong": len(wrong) / max(len(questions), 1)}


def main() -> None:
    """Evaluate every curated article (or one) and print a line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and unmatched proposals")
    parser.add_argument("--fails", action="store_true", help="print the questions answered wrong")
    parser.add_argument("--only", default="", help="one article, e.g. 002")
    args = parser.parse_args()
    rows = []
    for path in sorted(CURATED_DIR.glob("0*.json")):
        if args.only and not path.name.startswith(args.only):
            continue
        row = evaluate(args.seeds, path, args.show, args.fails)
        rows.append(row)
        print(f"{row['article']} {row['publication']:17s} {row['date']:10s} "
              f"numeric {row['numeric_facts']:3d} "
              f"recall {100 * row['recall']:5.1f}% (value {100 * row['recall_value']:5.1f}%)  proposals "
              f"{row['proposals']:3d} precision {100 * row['precision']:5.1f}% (confident "
              f"{row['confident']:3d}: {100 * row['precision_confident']:5.1f}%)  answered "
              f"{100 * row['answered']:5.1f}% of {row['questions']} (asking a figure: "
              f"{100 * row['answered_figures']:5.1f}% of {row['figure_questions']}; wrong "
              f"{100 * row['wrong']:4.1f}%)", flush=True)
    if len(rows) > 1:
        total = sum(r["numeric_facts"] for r in rows)
        print(f"all: recall {100 * sum(r['recall'] * r['numeric_facts'] for r in rows) / total:.1f}%")


if __name__ == "__main__":
    main()
