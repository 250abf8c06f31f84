"""'Which firm did X' is answered by the firm whose facts, taken together, cover the description (one fact
says the base's area, another how fast it was built); a span asked (how many months after X did Y) is
answered by the fact that says it, though its value is another word; a name found exact in a question is
not also read as a mistyped longer name at its other mentions (湖北 … 湖北单位 is no 湖北馆)."""
from __future__ import annotations

import pytest

from bot import render


@pytest.mark.parametrize("question, expect", [
    ("Which company set up a drone industry base of about 10,000 square metres in Wuhan's Auto Valley "
     "within two months?", "Xuri"),
    ("哪家企业在车谷用两个月建成了一万平方米的无人机产业基地？", "旭日蓝天"),
])
def test_which_firm_by_its_description(engine, question, expect):
    answer = engine.answer(question)
    assert answer.found and expect in render(answer), render(answer)


@pytest.mark.parametrize("question", [
    "Which company built a 10,000 square metre chip plant in Caidian in two months?",
    "Which firm finished a 10,000 sq m robot factory in Huangpi in two months?",
    "哪家企业两个月在蔡甸区建成了一万平方米的芯片工厂？"])
def test_a_description_the_base_does_not_hold_names_no_firm(engine, question):
    answer = engine.answer(question)
    assert not answer.found or "旭日蓝天" not in render(answer) and "Xuri" not in render(answer), render(answer)


@pytest.mark.parametrize("question, expect", [
    ("派诺科技武汉产业园开工以后过了几个月在北交所上市？", "4个月"),
    ("How many months passed between Pilot Technology starting its Wuhan park and its listing?",
     "four months"),
])
def test_a_span_said_by_the_fact(engine, question, expect):
    answer = engine.answer(question)
    assert answer.found and expect in render(answer), render(answer)


def test_a_name_found_exact_is_not_a_mistyped_longer_name_elsewhere(engine):
    q = engine.parse("湖北的企业很多，哪家湖北单位参建了泰国的大桥？")
    assert "hubei-ciie-pavilion" not in {h.entity for h in q.hits}
