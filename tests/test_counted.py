"""How many there are (光谷有几家…, 目前有多少) is not answered by how many are new, nor by how many
market players the places serve: a count of places (中心有几家) counts the places."""
from __future__ import annotations

import pytest

from bot import render


@pytest.mark.parametrize("question", ["光谷的省级外贸综合服务中心现在有几家？", "光谷目前有多少家省级外贸综合服务中心",
                                      "光谷省级外贸综合服务中心有几家"])
def test_how_many_there_are_is_not_answered_by_the_new_ones(engine, question):
    answer = engine.answer(question)
    assert answer.found and "3家" in render(answer) and "两家" not in render(answer), render(answer)


def test_the_new_ones_asked_are_still_answered(engine):
    answer = engine.answer("光谷新获批了几家省级外贸综合服务中心？")
    assert answer.found and ("两家" in render(answer) or "2家" in render(answer)), render(answer)


@pytest.mark.parametrize("question, expect", [
    ("东立国际小区换过多少个阀门？", "42"),
    ("上半年光谷有多少家市场主体新开口？", "74"),
    ("中欧班列武汉开通了多少条线路", "60"),
])
def test_a_count_of_the_thing_named_is_answered(engine, question, expect):
    answer = engine.answer(question)
    assert answer.found and expect in render(answer), render(answer)
