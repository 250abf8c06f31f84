#!/usr/bin/env python3
"""Ingested articles answered: prints figures, asserts nothing.

    python benchmarks/eval_unseen_articles.py tests/ingest/independent [--show N]

Each article NAME.txt (a1_hubeidaily.txt) of the folder is read by read_article into a fresh copy of
the normal base (the curated files), its new facts applied as `facts ingest --apply` does, and the
questions of the file whose name starts like the article (a1_questions.jsonl) scored by the
evaluation's rule: an in-scope question passes when an answer is found, contains one of expect_any
and names a source (a known paper or the publication of a fact it gives); an out-of-scope one when
nothing is found. A wrong answer is one found that fails.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import Engine, to_json  # noqa: E402
from knowledge import FactStore, ensure_loaded  # noqa: E402
from knowledge.ingest import IngestError, NoDateFound, apply_reading, read_article  # noqa: E402
from knowledge.ingest.extract import extract_text  # noqa: E402

log = logging.getLogger(__name__)

CITES = ("湖北日报", "长江日报", "Hubei Daily", "Changjiang Daily")


def norm(text: str) -> str:
    """Text compared as the evaluation does: NFKC, commas and spaces removed."""
    return re.sub(r"[,\s，]", "", unicodedata.normalize("NFKC", text or ""))


def passes(question: dict, result: dict) -> bool:
    """Whether one answer passes by the evaluation's rule."""
    if question["kind"] != "in_scope":
        return not result.get("found")
    answer = norm(result.get("answer", ""))
    good = bool(result.get("found")) and any(norm(e) in answer for e in question["expect_any"])
    named = [((f.get("source") or {}).get("publication") or "") for f in result.get("facts") or []]
    cited = any(norm(c) in answer for c in CITES) or any(n and norm(n) in answer for n in named)
    return good and cited


def questions_for(article: Path) -> Path:
    """The questions file of an article: a1_hubeidaily.txt -> a1_questions.jsonl."""
    return article.with_name(article.stem.split("_")[0] + "_questions.jsonl")


def evaluate(article: Path, show: int = 0, date: str | None = None) -> dict:
    """Ingest one article into a copy of the normal base and score its questions; `date` is what the admin
    answers when the reader asks for the date (no date in the article's first lines)."""
    qfile = questions_for(article)
    questions = [json.loads(x) for x in qfile.read_text(encoding="utf-8").splitlines() if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        store = FactStore(Path(tmp) / "unseen.db")
        ensure_loaded(store)
        text = extract_text(article.name, article.read_bytes())
        try:
            reading = read_article(text, store, filename=article.name)
        except NoDateFound:
            if not date:
                raise
            print(f"{article.stem}: no date found, the admin gives {date}")
            reading = read_article(text, store, filename=article.name, date=date)
        applied = apply_reading(store, reading, "eval")
        engine = Engine(store)
        ok = wrong = 0
        fails = []
        for q in questions:
            result = to_json(engine.answer(q["question"]))
            good = passes(q, result)
            ok += good
            wrong += bool(result.get("found")) and not good
            if not good:
                fails.append((q, result))
        store.close()
    for q, result in fails[:show]:
        said = result.get("answer", "")[:140].replace("\n", " ")
        mark = "WRONG" if result.get("found") else "MISS "     # a figure given that is not the one asked
        print(f"  {mark} {q['id']} {q['question'][:70]!r} {q['expect_any']} -> {said}")
    n = max(len(questions), 1)
    return {"article": article.stem, "proposals": len(reading.proposals), "added": len(applied.added),
            "new_entities": len(reading.new_entities), "questions": len(questions),
            "accuracy": ok / n, "wrong": wrong / n}


def main() -> None:
    """Evaluate every article of a folder and print a line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print up to N failed questions per article")
    parser.add_argument("--date", action="append", default=[], metavar="STEM=YYYY-MM-DD",
                        help="the date an admin gives when the reader asks for one (t2_guancha=2025-10-21)")
    args = parser.parse_args()
    dates = dict(d.split("=", 1) for d in args.date)
    articles = [a for a in sorted(args.folder.glob("*.txt"))       # an article's address file is no article
                if questions_for(a).is_file() and not a.stem.endswith("_url")]
    if not articles:
        print(f"no article with a questions file in {args.folder}")
        sys.exit(1)
    for article in articles:
        try:
            r = evaluate(article, args.show, dates.get(article.stem))
        except NoDateFound:
            print(f"{article.stem:20s} not read: the reader asks for the date (give it with --date "
                  f"{article.stem}=YYYY-MM-DD)")
            continue
        except IngestError as exc:
            print(f"{article.stem:20s} not read: {exc}")
            continue
        print(f"{r['article']:20s} accuracy {100 * r['accuracy']:5.1f}%  wrong {100 * r['wrong']:5.1f}%  "
              f"({r['questions']} questions; {r['proposals']} proposed, {r['added']} added, "
              f"{r['new_entities']} new entities)")


if __name__ == "__main__":
    main()
