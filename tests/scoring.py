"""Scoring answers against a question set, by the evaluation's rule: an in-scope question passes
when the answer is found, contains one of expect_any (commas and spaces removed) and names its
source; an out-of-scope one passes when nothing is found. A question that fails although something
was found is a wrong answer: a figure that is not the one asked for, worse than a decline."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

WRONG = "wrong answer given (lower is better)"
CITES = ("湖北日报", "长江日报", "Hubei Daily", "Changjiang Daily")


def norm(text: str) -> str:
    return re.sub(r"[,\s，]", "", unicodedata.normalize("NFKC", text or ""))


def passes(question: dict, result: dict) -> bool:
    answer = norm(result.get("answer", ""))
    if question["kind"] != "in_scope":
        return not result.get("found")
    good = bool(result.get("found")) and any(norm(e) in answer for e in question["expect_any"])
    return good and any(norm(c) in answer for c in CITES)


def _tally(groups: dict[str, list[int]], item: dict, result: dict, own_group: str) -> bool:
    """Count one question (or turn) in its groups and among the wrong answers; whether it passed."""
    ok = passes(item, result)
    for g in ("all", item["kind"], f"{item['kind']}/{item['lang']}", own_group):
        groups[g][0] += ok
        groups[g][1] += 1
    groups[WRONG][0] += bool(result.get("found")) and not ok
    groups[WRONG][1] += 1
    return ok


def score(questions: list[dict], answer_fn) -> tuple[dict[str, list[int]], list[tuple[dict, dict]]]:
    """Accuracy groups {name: [passed, total]} and the failures."""
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fails = []
    for q in questions:
        result = answer_fn(q["question"])
        if not _tally(groups, q, result, f"style/{q.get('style')}"):
            fails.append((q, result))
    return dict(groups), fails


def score_conversations(conversations: list[dict], answer_fn) -> tuple[dict[str, list[int]], list]:
    """Every turn of every conversation scored like a single question; answer_fn(questions) gives
    the results of a whole conversation, each turn answered in the context of the ones before."""
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fails = []
    for conv in conversations:
        turns = [dict(t, lang=t.get("lang", conv.get("lang", "zh")), style=t.get("style", "follow_up"))
                 for t in conv["turns"]]
        results = answer_fn([t["question"] for t in turns])
        for number, (turn, result) in enumerate(zip(turns, results), 1):
            if not _tally(groups, turn, result, f"turn/{min(number, 3)}"):
                fails.append((conv["id"], number, turn, result))
    return dict(groups), fails


def rates(groups: dict[str, list[int]]) -> tuple[float, float]:
    """(accuracy, wrong-answer rate) in percent."""
    k, n = groups["all"]
    w, _ = groups.get(WRONG, (0, n))
    return 100 * k / max(n, 1), 100 * w / max(n, 1)


def report(groups: dict[str, list[int]]) -> str:
    return "\n".join(f"{g:28s} {k:4d}/{n:<4d} {100 * k / max(n, 1):6.1f}%" for g, (k, n) in sorted(groups.items()))
