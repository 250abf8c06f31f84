"""Colloquial questions that tell the asker's background first (我们是…, 听说…, 老家是做…) ask in their last
clause: the background names the subject but neither narrows the figure (a partner, a kind of figure) nor
is read as an unknown firm; and a figure in the very unit asked (几项, 多少平方公里) is a strong sign."""
from __future__ import annotations

import pytest

from bot import render
from bot.colloquial import asked_part, background
from bot.text import normalise


@pytest.mark.parametrize("text, asking", [
    ("我们是一家外贸公司，想了解政策，光谷有几家省级的？", "光谷有几家省级的"),
    ("听说大兴蜂业要去进博会，他们打算从哪些国家引进蜂产品？", "他们打算从哪些国家引进蜂产品"),
    ("最近在看新闻，湖北对东盟出口多少？", "湖北对东盟出口多少"),
    ("i'm a student, how many routes does huahu airport have?", "how many routes does huahu airport have"),
])
def test_background_before_the_asking_clause(text, asking):
    assert background(normalise(text))[0].strip() == asking


@pytest.mark.parametrize("text", ["2024年上半年，武汉出口多少？", "花湖机场，有几条航线？", "湖北对东盟出口多少？",
                                  "in 2025, how much did hubei export?"])
def test_no_background_when_the_question_opens_with_its_subject(text):
    assert background(normalise(text)) == ("", "")


def test_background_narrows_nothing_only_when_the_asking_clause_asks_its_own_kind():
    own = normalise("听说他们进了欧洲市场，他们卖进发电站的是什么产品？")
    assert "欧洲" not in asked_part(own)
    vague = normalise("听说湖北对东盟出口增长很快，今年出口了多少？")     # what is asked is the background's
    assert asked_part(vague) == vague


@pytest.mark.parametrize("question, expect", [
    ("我们公司在光谷做外贸，平时要办出口退税，光谷现在一共有几家省级的外贸综合服务中心？", "3"),
    ("前几天听朋友说武汉理工氢电打进了欧洲，他们用进海外发电站的是什么产品？", "膜电极"),
    ("家里是养蜂的，看到大兴蜂业参加进博会，他们想从哪些国家引进蜂产品？", "新西兰"),
])
def test_background_then_the_question(engine, question, expect):
    answer = engine.answer(question)
    assert answer.found and expect in render(answer), render(answer)


@pytest.mark.parametrize("question", ["听说湖北对东盟出口增长很快，今年湖北出口多少？",
                                      "我做蜂蜜生意的，听说进博会很热闹，湖北对新西兰出口多少？"])
def test_a_partner_in_the_background_still_narrows_a_vague_question(engine, question):
    answer = engine.answer(question)
    assert not answer.found, render(answer)


@pytest.mark.parametrize("question, expect", [
    ("国务院这次批复，武汉涉及调整的事项一共几项？", "4项"),
    ("东西湖区革新大道那片产业集群有多少平方公里？", "3"),
])
def test_a_figure_in_the_very_unit_asked(engine, question, expect):
    answer = engine.answer(question)
    assert answer.found and expect in render(answer), render(answer)


@pytest.mark.parametrize("question", ["湖北出台了几项外贸稳增长措施？", "光谷今年新建了几座产业园？"])
def test_the_unit_alone_does_not_answer(engine, question):
    assert not engine.answer(question).found, render(engine.answer(question))
