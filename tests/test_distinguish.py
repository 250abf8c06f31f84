"""A question's distinguishing word (去程/回程, 中转, 连续几个月, 高于全国, 几个片区, 单日最高, 哪一年开行) not
held by the only figure of its subject and period: declined with choices, never answered by the neighbour;
the figure holding the word answers. Made-up entities and figures throughout."""
from __future__ import annotations

import pytest

from bot import Engine
from knowledge import Entity

from conftest import make_fact

HALF = dict(period_zh="2031年上半年", period_en="first half of 2031", period_start="2031-01-01",
            period_end="2031-06-30")
YEAR = dict(period_zh="2031年", period_en="2031", period_start="2031-01-01", period_end="2031-12-31")


def _rail(store, outbound: bool = False) -> Engine:
    """A made-up train service: its half-year total and return trains (its outbound ones when asked)."""
    store.put_entity(Entity("t-rail", "hub", "青山班列", "Qingshan Express", ["青山班列", "Qingshan Express"]),
                     "test")
    common = dict(entity="t-rail", topic="logistics", unit="列", **HALF)
    store.add_fact(make_fact(id="t-total", metric="trains", metric_zh="开行列数", metric_en="trains run",
                             value="640", value_en="640 trains", statement_zh="青山班列上半年开行640列。",
                             **common), "test")
    store.add_fact(make_fact(id="t-back", metric="return_trains", metric_zh="回程列数",
                             metric_en="return trains", value="310", value_en="310 trains",
                             statement_zh="青山班列上半年回程310列。", **common), "test")
    if outbound:
        store.add_fact(make_fact(id="t-out", metric="outbound_trains", metric_zh="去程列数",
                                 metric_en="outbound trains", value="330", value_en="330 trains",
                                 statement_zh="青山班列上半年去程330列。", **common), "test")
    return Engine(store)


@pytest.mark.parametrize("question", [
    "2031年上半年青山班列去程开行多少列？",
    "How many outbound Qingshan Express trains ran in the first half of 2031?",
    "2031年上半年青山班列最高单日开行多少列？",
    "2031年上半年青山班列中转多少列？",
    "青山班列哪一年开行？",
])
def test_a_neighbour_does_not_answer_the_distinguished_question(store, question):
    answer = _rail(store).answer(question)
    assert not answer.found, answer.facts[0].fact.id if answer.facts else answer


@pytest.mark.parametrize("question,fact", [
    ("2031年上半年青山班列去程开行多少列？", "t-out"),
    ("How many outbound Qingshan Express trains ran in the first half of 2031?", "t-out"),
    ("2031年上半年青山班列回程多少列？", "t-back"),
    ("2031年上半年青山班列开行多少列？", "t-total"),
])
def test_the_figure_holding_the_word_answers(store, question, fact):
    answer = _rail(store, outbound=True).answer(question)
    assert answer.found and answer.facts[0].fact.id == fact, answer


def _province(store) -> Engine:
    """A made-up province's trade with its growth, and a made-up zone of three parts with its area."""
    store.put_entity(Entity("t-prov", "region", "青山省", "Qingshan Province", ["青山"]), "test")
    store.put_entity(Entity("t-zone", "zone", "青山自贸区", "Qingshan FTZ", ["青山自贸区"]), "test")
    store.add_fact(make_fact(id="t-trade", entity="t-prov", metric_zh="进出口总值", metric_en="total trade",
                             value="812.5", value_en="81.25 billion yuan", change_zh="同比增长11.2%",
                             change_en="up 11.2%", statement_zh="青山省上半年进出口812.5亿元。", **HALF), "test")
    store.add_fact(make_fact(id="t-area", entity="t-zone", topic="policy", metric="area", metric_zh="实施范围",
                             metric_en="area", value="96.4", unit="平方公里", value_en="96.4 square kilometres",
                             statement_zh="青山自贸区实施范围96.4平方公里。", **YEAR), "test")
    store.add_fact(make_fact(id="t-kinds", entity="t-zone", topic="policy", metric="reform_kinds",
                             metric_zh="改革事项类别数", metric_en="kinds of reform", value="5大类", unit="类",
                             value_en="five kinds", statement_zh="青山自贸区改革事项分为5大类。", **YEAR), "test")
    return Engine(store)


@pytest.mark.parametrize("question", [
    "2031年上半年青山省进出口增速高于全国多少个百分点？",
    "2031年上半年青山省进出口已连续多少个月增长？",
    "2031年青山自贸区涵盖几个片区？",
    "2031年青山自贸区东湖片区面积多少？",
])
def test_province_neighbours_are_declined(store, question):
    answer = _province(store).answer(question)
    assert not answer.found, answer.facts[0].fact.id if answer.facts else answer


@pytest.mark.parametrize("question,fact", [
    ("2031年上半年青山省进出口增长多少？", "t-trade"),
    ("2031年青山自贸区改革事项分为几大类？", "t-kinds"),
    ("2031年青山自贸区面积多少？", "t-area"),
])
def test_province_plain_questions_still_answered(store, question, fact):
    answer = _province(store).answer(question)
    assert answer.found and answer.facts[0].fact.id == fact, answer
