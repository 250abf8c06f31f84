"""Accuracy on question sets: the dev questions of the evaluation, our own written per fact
(q000-q004), and sixteen sets written from the articles alone by people who never saw the fact
base (heldout*), which measure how the engine does on questions it was not tuned to.

Each set must stay above its accuracy bar and under its wrong-answer bar (found, but not the asked
figure: worse than a decline); the report by language and style is printed with -s.
"""
from __future__ import annotations

import pytest

from bot import to_json
from bot.conversation import answer_conversation

from conftest import QUESTIONS, load_questions
from scoring import rates, report, score, score_conversations

# Bars a little under today's accuracy, so that a change that loses questions fails here.
BARS = {"dev.jsonl": 97.0, "q000.jsonl": 95.0, "q001.jsonl": 95.0, "q002.jsonl": 95.0, "q003.jsonl": 95.0,
        "q004.jsonl": 95.0, "heldout.jsonl": 94.0, "heldout2.jsonl": 94.0, "heldout3.jsonl": 94.0,
        "heldout4.jsonl": 94.0, "heldout5.jsonl": 94.0, "heldout6.jsonl": 95.0,
        "heldout7.jsonl": 96.0, "heldout8.jsonl": 95.0, "heldout9.jsonl": 93.0,
        "heldout10.jsonl": 94.5, "heldout11.jsonl": 95.5,
        "heldout12.jsonl": 95.5, "heldout13.jsonl": 95.5, "heldout14.jsonl": 96.0,
        "heldout15.jsonl": 97.0, "heldout16.jsonl": 96.5, "heldout17.jsonl": 97.0,
        "heldout18.jsonl": 95.0, "heldout19.jsonl": 97.5, "heldout20.jsonl": 97.5, "heldout21.jsonl": 96.0,
        "heldout22.jsonl": 94.0, "heldout23.jsonl": 97.0, "heldout24.jsonl": 98.0,
        "heldout25.jsonl": 98.0, "heldout26.jsonl": 97.0, "heldout27.jsonl": 95.5,
        "heldout28.jsonl": 98.0, "heldout29.jsonl": 95.5,
        "heldout30.jsonl": 99.0, "heldout31.jsonl": 98.0, "heldout32.jsonl": 98.0, "heldout33.jsonl": 99.0,
        "heldout34.jsonl": 98.0, "heldout35.jsonl": 98.0, "heldout36.jsonl": 90.0, "heldout37.jsonl": 98.0,
        "heldout38.jsonl": 98.0, "heldout39.jsonl": 98.0, "heldout40.jsonl": 94.5, "heldout41.jsonl": 97.0,
                "heldout44.jsonl": 97.0, "heldout45.jsonl": 95.0,
        "heldout42.jsonl": 98.0, "heldout43.jsonl": 98.0, "heldout46.jsonl": 96.0, "heldout47.jsonl": 98.0,
        "heldout65.jsonl": 88.0}

# Wrong answers (found, but not the asked figure), in percent: a little over today's rate per set.
MAX_WRONG = {"dev.jsonl": 0.0, "heldout.jsonl": 2.0, "heldout2.jsonl": 2.0, "heldout3.jsonl": 2.0,
             "heldout4.jsonl": 1.5, "heldout5.jsonl": 2.5, "heldout6.jsonl": 1.0, "heldout7.jsonl": 2.5,
             "heldout8.jsonl": 1.5, "heldout9.jsonl": 2.0, "heldout10.jsonl": 1.0, "heldout11.jsonl": 1.5,
             "heldout12.jsonl": 1.0, "heldout13.jsonl": 2.5, "heldout14.jsonl": 1.5, "heldout15.jsonl": 0.5,
             "heldout16.jsonl": 1.0, "heldout17.jsonl": 1.0,
             "heldout18.jsonl": 1.0, "heldout19.jsonl": 0.5, "heldout20.jsonl": 0.5, "heldout21.jsonl": 0.5,
             "heldout22.jsonl": 1.0, "heldout23.jsonl": 0.5, "heldout24.jsonl": 0.5,
             "heldout25.jsonl": 0.5, "heldout26.jsonl": 0.5, "heldout27.jsonl": 0.5,
             "heldout28.jsonl": 0.5, "heldout29.jsonl": 0.5,
             "heldout30.jsonl": 0.5, "heldout31.jsonl": 0.5, "heldout32.jsonl": 0.5, "heldout33.jsonl": 0.5,
             "heldout34.jsonl": 0.5, "heldout35.jsonl": 0.5, "heldout36.jsonl": 0.5, "heldout37.jsonl": 0.5,
             "heldout38.jsonl": 0.5, "heldout39.jsonl": 0.5, "heldout40.jsonl": 0.5, "heldout41.jsonl": 0.5,
             "heldout42.jsonl": 0.5, "heldout43.jsonl": 0.5, "heldout44.jsonl": 0.5, "heldout45.jsonl": 1.5,
             "heldout46.jsonl": 0.5, "heldout47.jsonl": 0.5,
             "heldout55.jsonl": 0.5, "heldout56.jsonl": 0.5, "heldout57.jsonl": 0.5, "heldout58.jsonl": 0.5,
             "heldout59.jsonl": 0.5, "heldout60.jsonl": 0.5, "heldout61.jsonl": 1.5, "heldout62.jsonl": 1.5,
             "heldout63.jsonl": 1.5, "heldout64.jsonl": 0.5, "heldout65.jsonl": 0.5, "heldout66.jsonl": 0.5,
             "heldout67.jsonl": 0.5, "heldout68.jsonl": 0.5, "heldout69.jsonl": 0.5, "heldout70.jsonl": 0.5,
             "heldout71.jsonl": 0.5, "heldout72.jsonl": 0.5, "heldout73.jsonl": 0.5, "heldout74.jsonl": 1.5,
             "heldout75.jsonl": 1.5, "heldout76.jsonl": 1.5, "heldout77.jsonl": 0.5, "heldout78.jsonl": 0.5,
             "heldout79.jsonl": 0.5,
             "q000.jsonl": 2.5, "q001.jsonl": 1.5}


@pytest.mark.parametrize("name", sorted(p.name for p in QUESTIONS.glob("*.jsonl")))
def test_question_set_accuracy(engine, name):
    questions = load_questions(name)
    groups, fails = score(questions, lambda text: to_json(engine.answer(text)))
    k, n = groups["all"]
    accuracy, wrong = rates(groups)
    print(f"\n== {name}: accuracy {accuracy:.1f}%, wrong answers {wrong:.1f}%\n{report(groups)}")
    shown = "\n".join(f"  {q['id']} {q['question']!r} -> {r['answer'][:80]!r}" for q, r in fails[:15])
    assert accuracy >= BARS.get(name, 90.0), f"{k}/{n} on {name}; failures:\n{shown}"
    wrong_shown = "\n".join(f"  {q['id']} {q['question']!r} -> {r['answer'][:80]!r}" for q, r in fails
                             if r["found"])
    assert wrong <= MAX_WRONG.get(name, 3.0), f"{wrong:.1f}% wrong answers on {name}:\n{wrong_shown}"


def test_out_of_scope_questions_are_declined(engine):
    questions = [q for name in QUESTIONS.glob("*.jsonl") for q in load_questions(name.name)
                 if q["kind"] == "out_of_scope"]
    groups, fails = score(questions, lambda text: to_json(engine.answer(text)))
    k, n = groups["all"]
    assert n >= 40 and 100 * k / n >= 99.0, [q["question"] for q, _ in fails]


# Conversations of two or three turns (follow-ups), scored turn by turn with the same rule.
# (least accuracy, most wrong answers), percent
CONVERSATION_BARS = {"conv001.jsonl": (94.0, 2.0), "conv002.jsonl": (97.0, 2.0),
                     "conv003.jsonl": (96.0, 2.0), "conv004.jsonl": (95.5, 2.5),
                     "conv005.jsonl": (97.0, 1.0), "conv006.jsonl": (95.5, 0.5),
                     "conv007.jsonl": (96.5, 1.0), "conv008.jsonl": (95.0, 2.0),
                     "conv009.jsonl": (99.0, 0.5)}


@pytest.mark.parametrize("name", sorted(p.name for p in (QUESTIONS / "conversations").glob("*.jsonl")))
def test_conversation_set_accuracy(engine, name):
    conversations = load_questions(f"conversations/{name}")
    groups, fails = score_conversations(
        conversations, lambda questions: [to_json(a) for a in answer_conversation(engine, questions)])
    accuracy, wrong = rates(groups)
    print(f"\n== conversations/{name}: accuracy {accuracy:.1f}%, wrong answers {wrong:.1f}%")
    print(report(groups))
    shown = "\n".join(f"  {cid} turn {n} {t['question']!r} -> {r['answer'][:80]!r}" for cid, n, t, r in fails)
    least, most_wrong = CONVERSATION_BARS.get(name, (75.0, 15.0))
    assert accuracy >= least and wrong <= most_wrong, shown
