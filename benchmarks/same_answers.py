#!/usr/bin/env python3
"""Check that a change of the engine changes no answer: snapshot every question set's answers, compare.

    python benchmarks/same_answers.py --write FILE     answer every set, write the answers to FILE
    python benchmarks/same_answers.py --check FILE     answer again, report every answer that differs

Every question of tests/questions/*.jsonl goes through `run_bot.py ask --json --batch -`, and every
conversation of tests/questions/conversations/*.jsonl through `run_bot.py ask --json --conversation -`
(fresh processes, as the evaluation drives the bot), each set in its own database built from the
curated files. The whole JSON of each answer is compared (reply text, facts, suggestions, score),
so a speed-up that reorders suggestions or moves a score by a point is caught too. Every process runs
with PYTHONHASHSEED=0 (or --hash-seed N): a few answers still depend on the seed (of two facts that fit
equally, either may come first). Keep FILE outside the repository (it is a few MB, and the answers
change with every behaviour change on `main`).
Exits 1 when an answer differs, 0 otherwise.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "questions"


def _run(args: list[str], lines: list[str], db: Path, seed: str) -> list[str]:
    """Feed lines to `run_bot.py ask --json ARGS -` and return its JSON output lines."""
    python = ROOT / ".venv" / "bin" / "python"
    interpreter = str(python if python.exists() else sys.executable)
    run = subprocess.run([interpreter, str(ROOT / "run_bot.py"), "ask", "--json", *args, "-"],
                         input="".join(line + "\n" for line in lines), capture_output=True, text=True,
                         timeout=1200, cwd=ROOT,
                         env=dict(os.environ, BOT_DB_PATH=str(db), PYTHONHASHSEED=seed))
    outs = [line for line in run.stdout.splitlines() if line.startswith("{")]
    if run.returncode != 0 or len(outs) != len(lines):
        sys.exit(f"{' '.join(args)}: exit {run.returncode}, {len(outs)} answers for {len(lines)} lines\n"
                 f"{run.stderr[-2000:]}")
    return outs


def answers(db: Path, seed: str) -> dict[str, list[str]]:
    """Every set's answers, one canonical JSON string per question (or per conversation)."""
    out: dict[str, list[str]] = {}
    for path in sorted(QUESTIONS.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        questions = [row["question"].replace("\n", " ") for row in rows]
        out[path.name] = [json.dumps(json.loads(o), ensure_ascii=False, sort_keys=True)
                          for o in _run(["--batch"], questions, db, seed)]
    for path in sorted((QUESTIONS / "conversations").glob("*.jsonl")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        out["conversations/" + path.name] = [json.dumps(json.loads(o), ensure_ascii=False, sort_keys=True)
                                             for o in _run(["--conversation"], lines, db, seed)]
    return out


def compare(before: dict[str, list[str]], after: dict[str, list[str]]) -> int:
    """Print each difference and the count of answers compared; return how many differ."""
    differ = compared = 0
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old is None or new is None or len(old) != len(new):
            print(f"{name}: the set itself changed ({len(old or [])} answers before, {len(new or [])} now)")
            differ += 1
            continue
        for number, (a, b) in enumerate(zip(old, new), 1):
            compared += 1
            if a != b:
                differ += 1
                q = json.loads(b).get("question", "(conversation)")
                print(f"{name}:{number} {q!r}\n  before: {a[:300]}\n  after:  {b[:300]}")
    print(f"{compared} answers compared over {len(after)} sets: {differ} differ")
    return differ


def main() -> int:
    """Write or check a snapshot of every question set's answers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", metavar="FILE", type=Path)
    group.add_argument("--check", metavar="FILE", type=Path)
    parser.add_argument("--hash-seed", default="0", help="PYTHONHASHSEED of every process (default 0)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        now = answers(Path(tmp) / "same.db", args.hash_seed)
    if args.write:
        args.write.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"wrote {sum(map(len, now.values()))} answers of {len(now)} sets to {args.write}")
        return 0
    return 1 if compare(json.loads(args.check.read_text(encoding="utf-8")), now) else 0


if __name__ == "__main__":
    sys.exit(main())
