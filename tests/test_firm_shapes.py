"""Firms as local reports name them, on a made-up article: by brand and trade only (位于某区的某某服饰),
located by the question (某某服饰在某区的…, X from Y), and the value of the things a firm exported said
after their count (出口整车20辆，货值约0.8亿美元)."""
from __future__ import annotations

import pytest

from bot import Engine
from bot.parts import trade_flow
from knowledge.ingest import apply_reading, read_article

ARTICLE = """湖北日报讯 2025年11月20日

作为全省最大的校服出口企业，位于黄陂区盘龙城的锦程服饰海外订单不断。总投资2.8亿元、建筑面积3万平方米的新厂房已投产，每年将有超250万件校服从这里发往中东。

位于汉南区的江汉重工以一般贸易方式去年出口挖掘机120台，货值约0.86亿美元，同比增长近3倍。
"""


@pytest.fixture
def engine(curated_store):
    apply_reading(curated_store, read_article(ARTICLE, curated_store, filename="a.txt"), "test")
    return Engine(curated_store)


def _value(engine, question):
    answer = engine.answer(question)
    fact = answer.facts[0].fact if answer.found and answer.facts else None
    return fact.value + fact.unit if fact else None


def test_a_firm_named_by_brand_and_trade_where_it_is_gets_the_figures(curated_store):
    reading = read_article(ARTICLE, curated_store, filename="a.txt")
    by_value = {p.fact["value"] + p.fact["unit"]: p.fact["entity"] for p in reading.proposals}
    assert by_value["2.8亿元"] == by_value["3万平方米"] not in ("hubei", "huangpi-district")
    assert {"name_zh": "锦程服饰", "type": "firm"}.items() <= reading.new_entities[0].items()


def test_the_value_after_a_count_of_exports_is_an_export_value(curated_store):
    reading = read_article(ARTICLE, curated_store, filename="a.txt")
    metric = {p.fact["value"] + p.fact["unit"]: p.fact["metric_zh"] for p in reading.proposals}["约0.86亿美元"]
    assert "出口" in metric


@pytest.mark.parametrize("question, value", [
    ("锦程服饰在黄陂的新厂房总投资多少？", "2.8亿元"),
    ("黄陂区的锦程服饰新厂房面积多大？", "3万平方米"),
    ("江汉重工2024年出口挖掘机的货值是多少美元？", "约0.86亿美元"),
    ("What was the value of the excavators Jianghan Heavy Industry exported in 2024, in US dollars?",
     "约0.86亿美元"),
])
def test_firm_questions_are_answered(engine, question, value):
    assert _value(engine, question) == value


def test_a_count_is_no_answer_to_a_value_in_dollars(engine):
    assert _value(engine, "汉南区江汉重工2024年出口挖掘机多少美元？") in ("约0.86亿美元", None)


@pytest.mark.parametrize("text, flow", [("加工贸易出口额", "exports"), ("一般贸易进口", "imports"),
                                        ("加工贸易进出口额", "total"),
                                        ("market procurement trade exports", "exports")])
def test_a_way_of_trading_is_no_flow(text, flow):
    assert trade_flow(text) == flow


PARAGRAPH = """湖北日报讯 2025年11月20日

位于蔡甸区的武汉金穗米业有限公司今年已出口大米1.2万吨。今年10月，这家湖北省最大的大米出口企业出口大米2300吨。目前，公司正在备货下月发往东南亚的500吨大米。
"""


def test_the_firm_goes_on_as_the_company_and_this_firm(curated_store):
    reading = read_article(PARAGRAPH, curated_store, filename="b.txt")
    entity = {p.fact["value"]: p.fact["entity"] for p in reading.proposals}
    assert entity["2300"] == entity["500"] == entity["1.2"] not in ("hubei", "wuhan")
