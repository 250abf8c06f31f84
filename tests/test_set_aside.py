"""What a question sets aside (除了X, apart from X, besides X) is not its answer; a list holding it with
others still is ('apart from Algeria, which markets': the others are in it). A coverage in full asked
(全覆盖, cover entirely) is not answered by the markets to be entered next, nor where it went first
(首次出口到哪) by its markets today."""
from __future__ import annotations

import pytest

from bot import render


@pytest.mark.parametrize("question", ["武汉的第二批最佳实践案例，除去绿色金融以外还有哪个方向？",
                                      "第二批最佳实践案例中除了绿色金融，另一个方向呢？"])
def test_the_one_set_aside_is_not_the_answer(engine, question):
    answer = engine.answer(question)
    assert "绿色金融发展体系" not in render(answer).split("\n")[0], render(answer)
    assert not answer.found or "两业" in render(answer), render(answer)


def test_a_list_holding_the_one_set_aside_still_answers(engine):
    answer = engine.answer("江汉钻头除了阿尔及利亚，还出口到哪些市场？")
    assert answer.found and "俄罗斯" in render(answer), render(answer)


@pytest.mark.parametrize("question", ["Which region will Voyah cover entirely by 2026?", "岚图2026年要全覆盖哪个地区？"])
def test_full_coverage_asked_is_not_answered_by_the_next_markets(engine, question):
    answer = engine.answer(question)
    assert not answer.found or "欧洲" in render(answer) or "Europe" in render(answer), render(answer)


@pytest.mark.parametrize("question", ["江汉钻头头一回出口是卖到哪个国家？", "江汉钻首次出口去了哪里"])
def test_where_it_went_first_is_not_answered_by_its_markets_today(engine, question):
    answer = engine.answer(question)
    assert "俄罗斯" not in render(answer).split("\n")[0], render(answer)


def test_the_first_contract_asked_by_date_still_answers(engine):
    answer = engine.answer("盛隆电气和澳大利亚客户的第一份出口合同是哪天签的？")
    assert answer.found and "7月1日" in render(answer), render(answer)
