#!/usr/bin/env python3
"""Show how the engine reads a question: entities, period, terms, and the top candidates.

    python benchmarks/explain.py "武汉 外贸 前三季度 2024"
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import Engine  # noqa: E402
from knowledge import FactStore, ensure_loaded  # noqa: E402


def main() -> None:
    store = FactStore()
    ensure_loaded(store)
    engine = Engine(store)
    for question in sys.argv[1:]:
        q = engine.parse(question)
        print(f"== {question}\n   text={q.text!r} lang={q.lang} topic={q.topic} period={q.period}")
        print(f"   entities={[(h.entity, h.alias, h.confidence) for h in q.hits]}")
        print(f"   terms={q.terms}")
        for conf, raw, i in engine._rank(q)[:5]:
            d = engine.docs[i]
            print(f"   {conf:5.1f} {raw:6.2f} {d.fact.id} [{d.fact.entity}] {d.fact.value}{d.fact.unit} "
                  f"{d.fact.statement_zh[:50]}")
        a = engine.answer(question)
        print(f"   -> found={a.found} kind={a.kind} reason={a.reason} facts={[d.fact.id for d in a.facts]}")


if __name__ == "__main__":
    main()
