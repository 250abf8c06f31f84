#!/usr/bin/env python3
"""Score conversations (follow-ups) the way the evaluation's score.py scores single questions, through
the command line: `run_bot.py ask --json --conversation -`, one conversation a line in and out.

Usage: benchmarks/score_conversations.py [--show-fail] [FILE.jsonl ...]
       (default: tests/questions/conversations/; --show-fail prints each failing conversation whole:
       every turn, what it expected and what the bot said, so a follow-up is seen with its context)
Each line: {"id", "lang", "turns": [{"question", "kind", "expect_any"}, ...]}. Prints accuracy and the
wrong-answer rate (found, but not the asked figure) over all turns.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from scoring import passes, rates, report, score_conversations  # noqa: E402


def main(argv: list[str]) -> int:
    """Score the files given (or our own conversation sets) and print the report."""
    if {"-h", "--help"} & set(argv):
        print(__doc__)
        return 0
    show = "--show-fail" in argv
    files = ([Path(a) for a in argv if a != "--show-fail"]
             or sorted((ROOT / "tests/questions/conversations").glob("*.jsonl")))
    python = ROOT / ".venv/bin/python"
    for path in files:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        conversations = [json.loads(line) for line in lines]
        interpreter = str(python if python.exists() else sys.executable)
        run = subprocess.run([interpreter, str(ROOT / "run_bot.py"), "ask", "--json", "--conversation", "-"],
                             input="\n".join(lines) + "\n",
                             capture_output=True, text=True, timeout=600, cwd=ROOT)
        outs = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
        if run.returncode != 0 or len(outs) != len(conversations):
            print(run.stderr[-2000:])
            print(f"FAIL: exit {run.returncode}, {len(outs)} answers for {len(conversations)} conversations")
            return 1
        answers = iter(outs)
        groups, fails = score_conversations(conversations, lambda _questions: next(answers)["turns"])
        accuracy, wrong = rates(groups)
        print(f"== {path.name}\n{report(groups)}")
        for cid, number, turn, result in fails:
            print(f"- {cid} turn {number} {turn['question']!r} -> found={result['found']} "
                  f"{result['answer'][:100]!r}")
        if show:
            _show_failing(conversations, outs, {cid for cid, *_ in fails})
        print(f"accuracy {accuracy:.1f}%, wrong answers {wrong:.1f}% ({len(conversations)} conversations)")
    return 0


def _show_failing(conversations: list[dict], outs: list[dict], failing: set[str]) -> None:
    """Every turn of the failing conversations: question, expected, verdict and the answer's first line."""
    for conv, out in zip(conversations, outs):
        if conv["id"] not in failing:
            continue
        print(f"\n## {conv['id']}")
        for turn, result in zip(conv["turns"], out["turns"]):
            ok = passes(dict(turn, lang=turn.get("lang", conv.get("lang", "zh"))), result)
            verdict = "ok" if ok else ("WRONG" if result.get("found") else "miss")
            expected = turn["expect_any"] if turn["kind"] == "in_scope" else "(decline)"
            first = result["answer"].splitlines()[0][:100] if result["answer"] else ""
            print(f"  [{verdict:5s}] {turn['question']}  expect {expected}\n          {first}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
