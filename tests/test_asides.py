"""Names a question gives only as its source (据…的报道, according to … report on …) or as examples of a
group (对东盟、欧盟等重点市场, key markets (ASEAN, EU)) are not its subject; made-up article and wordings."""
from __future__ import annotations

import pytest

from bot import Engine
from bot.asides import aside_spans, blank
from bot.text import normalise
from knowledge.ingest import apply_reading, read_article

ARTICLE = """中新网武汉3月5日电（2025年）

记者从发布会上获悉，2024年湖北对东盟、欧盟及日本等传统市场累计进出口1520.6亿元，增长6.1%，占全省进出口总值的22.4%。
同期，对巴西、智利和秘鲁等新兴市场分别进出口95.2亿元、41.7亿元和20.3亿元。湖北铁矿砂进口增长18.5%，大豆进口增长9.3%。
"""


@pytest.fixture
def engine(curated_store):
    reading = read_article(ARTICLE, curated_store, filename="a.txt")
    apply_reading(curated_store, reading, "test")
    return Engine(curated_store)


def _value(engine, question):
    answer = engine.answer(question)
    return answer.facts[0].fact.value if answer.found and answer.facts else None


def test_the_examples_of_a_group_are_left_out_of_its_label(curated_store):
    reading = read_article(ARTICLE, curated_store, filename="a.txt")
    labels = {p.fact["value"]: p.fact["metric_zh"] for p in reading.proposals}
    assert labels["1520.6"].startswith("对传统市场")
    assert {labels["95.2"], labels["41.7"]} != {labels["1520.6"]}    # each member's own value (分别) kept


@pytest.mark.parametrize("question, value", [
    ("2024年湖北对东盟、欧盟、日本等传统市场进出口增长了多少？", "1520.6"),
    ("湖北2024年与欧盟、日本等传统市场的贸易额是多少？", "1520.6"),
    ("What share of Hubei's total trade did traditional markets (ASEAN, the EU, Japan) account for in 2024?",
     "22.4"),
    ("据中新社2025年3月关于湖北与欧盟贸易的报道，2024年湖北铁矿砂进口增长了多少？", "18.5"),
    ("According to China News Service's March 2025 report on Hubei's trade with the EU, how fast did "
     "Hubei's soybean imports grow in 2024?", "9.3"),
])
def test_names_given_as_examples_or_source_do_not_veto_the_fact(engine, question, value):
    assert _value(engine, question) == value


@pytest.mark.parametrize("question", [
    "2024年湖北对东盟、欧盟等新兴市场进出口增长多少？",     # another group: its examples still count
    "2024年湖北对欧盟进出口增长了多少？",                    # a member asked: the group's figure is no answer
])
def test_a_member_or_another_group_is_not_answered_by_the_group(engine, question):
    assert _value(engine, question) != "1520.6"


def test_the_period_of_the_source_gives_way_to_the_periods_asked(engine):
    q = engine.parse("据2025年3月的报道，2024年湖北大豆进口增长了多少？")
    assert q.period.years == (2024,) and q.period.month is None
    q = engine.parse("据2025年1月政府工作报告，花湖机场货邮吞吐量达到多少万吨？")
    assert q.period.years == (2025,)         # no period of its own: the report's date is all there is


def test_spans_are_only_source_and_examples_of_a_group_the_fact_names():
    text = normalise("2024年,武汉出口多少,比宜昌等城市高多少？")
    assert blank(text, aside_spans(text, "城市")) == text        # clauses, not a list of examples
    text = normalise("对东盟、欧盟等重点市场出口多少？")
    assert "欧盟" in blank(text, aside_spans(text, "传统市场"))     # the fact is about another group
    assert "欧盟" not in blank(text, aside_spans(text, "重点市场"))


@pytest.mark.parametrize("question, value", [
    ("What was Hubei's import and export value with Brazil in 2024?", "95.2"),
    ("How much were Hubei's exports and imports with Chile in 2024?", "41.7"),
])
def test_both_flows_named_together_ask_the_trade(engine, question, value):
    assert _value(engine, question) == value


def test_one_flow_is_not_answered_by_the_trade(engine):
    assert _value(engine, "What were Hubei's imports from Brazil in 2024?") != "95.2"
