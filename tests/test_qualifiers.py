"""A figure narrowed by its own metric's words (a product, a mode of trade) never answers the plain
question: 'how much did the province export' is declined, not answered by one product's exports."""
from __future__ import annotations

import pytest

from bot import Engine, render
from bot.periods import parse_period
from bot.text import normalise
from knowledge import Entity

from conftest import make_fact

COMMON = dict(entity="test-prov", topic="trade", period_zh="2031年1-2月", period_en="January-February 2031",
              period_start="2031-01-01", period_end="2031-02-28", unit="亿元")


def _province(store, plain: bool = False, mode: bool = True) -> Engine:
    """A made-up province holding one or two narrowed export figures (and its plain exports when asked)."""
    store.put_entity(Entity("test-prov", "region", "青山省", "Qingshan Province", ["青山", "Qingshan"]), "test")
    store.add_fact(make_fact(id="t-gear", metric="yu_ju_chu_kou_e", metric_zh="渔具出口额",
                             metric_en="exports of fishing gear", value="3.2", value_en="0.32 billion yuan",
                             **COMMON), "test")
    if mode:
        store.add_fact(make_fact(id="t-mode", metric="shi_chang_cai_gou_chu_kou_e", metric_zh="市场采购出口额",
                                 metric_en="exports of market procurement", value="41.7",
                                 value_en="4.17 billion yuan", change_zh="增长6.3倍", **COMMON), "test")
    if plain:
        store.add_fact(make_fact(id="t-all", metric="exports", metric_zh="出口额", metric_en="exports",
                                 value="905.1", value_en="90.51 billion yuan", **COMMON), "test")
    return Engine(store)


@pytest.mark.parametrize("question", ["2031年1-2月青山省出口多少亿元？",
                                      "How much did Qingshan Province export in January-February 2031?"])
def test_plain_question_is_not_answered_by_a_narrowed_figure(store, question):
    answer = _province(store, mode=False).answer(question)
    assert not answer.found, answer
    assert answer.reason.startswith("a figure of") and answer.suggestion_ids == ["t-gear"], answer


@pytest.mark.parametrize("question,value", [
    ("2031年1-2月青山省渔具出口多少？", "3.2"),
    ("How much fishing gear did Qingshan Province export in January-February 2031?", "3.2"),
    ("2031年1-2月青山省市场采购出口多少？", "41.7"),
    ("What were Qingshan's market procurement exports in January-February 2031?", "41.7"),
    ("青山省2031年1-2月的market procurement出口多少？", "41.7"),
])
def test_question_naming_the_narrowing_words_is_answered(store, question, value):
    answer = _province(store).answer(question)
    assert answer.found and answer.facts[0].fact.value == value, answer


def test_plain_figure_answers_the_plain_question(store):
    answer = _province(store, plain=True).answer("2031年1-2月青山省出口多少亿元？")
    assert answer.found and answer.facts[0].fact.id == "t-all", answer


def _firms(store) -> Engine:
    """A made-up province's count of trading firms, and (in another fact) its net increase."""
    store.put_entity(Entity("test-prov", "region", "青山省", "Qingshan Province", ["青山", "Qingshan"]), "test")
    common = {**COMMON, "unit": "家"}
    store.add_fact(make_fact(id="t-firms", metric="firms_with_trade_record", metric_zh="有进出口实绩的企业数",
                             metric_en="firms with trade records", value="5310", value_en="5,310 firms",
                             **common), "test")
    return Engine(store)


@pytest.mark.parametrize("question", ["2031年1-2月青山省有进出口实绩的企业净增多少家？",
                                      "What was the net increase in Qingshan's firms with trade records "
                                      "in January-February 2031?"])
def test_a_level_is_not_its_net_change(store, question):
    answer = _firms(store).answer(question)
    assert not answer.found and answer.suggestion_ids == ["t-firms"], answer


def test_the_level_itself_is_still_answered(store):
    answer = _firms(store).answer("2031年1-2月青山省有进出口实绩的企业多少家？")
    assert answer.found and answer.facts[0].fact.value == "5310", answer


@pytest.mark.parametrize("question", ["2031年1-2月青山省有进出口实绩的企业数量同比增加了多少？",
                                      "2031年1-2月青山省有进出口实绩的企业环比增加了多少"])
def test_a_year_on_year_increase_asked_is_the_count_s_rate_not_a_net_change(store, question):
    store.put_entity(Entity("test-prov", "region", "青山省", "Qingshan Province", ["青山", "Qingshan"]), "test")
    store.add_fact(make_fact(id="t-firms-rate", metric="firms_with_trade_record", metric_zh="有进出口实绩的企业数",
                             metric_en="firms with trade records", value="5310", value_en="5,310 firms",
                             change_zh="同比增长9.9%", change_en="up 9.9% year on year",
                             **{**COMMON, "unit": "家"}), "test")
    answer = Engine(store).answer(question)
    assert answer.found and answer.facts[0].fact.id == "t-firms-rate", answer    # its change is said with it


def _firms_and_change(store) -> Engine:
    """The count of trading firms and, as its own fact, how many more there are than a year earlier."""
    engine = _firms(store)
    store.add_fact(make_fact(id="t-more", metric="firms_more", metric_zh="有进出口实绩的企业数比上年增加",
                             metric_en="increase in firms with trade records on a year earlier", value="87",
                             value_en="87 firms", **{**COMMON, "unit": "家"}), "test")
    return engine


@pytest.mark.parametrize("question,fact_id", [
    ("青山省有进出口实绩的企业比2030年同期增加了几家？", "t-more"),
    ("What was the net increase in Qingshan's firms with trade records?", "t-more"),
    ("青山省有进出口实绩的企业有多少家？", "t-firms"),
])
def test_a_year_compared_with_is_not_the_period_asked(store, question, fact_id):
    answer = _firms_and_change(store).answer(question)
    assert answer.found and answer.facts[0].fact.id == fact_id, answer


@pytest.mark.parametrize("text,years", [("出口比2025年同期增加了几家", ()), ("2026年比2025年同期增加了几家", (2026,)),
                                        ("how many more in 2026 than in 2025", (2026,)),
                                        ("2026年出口比2025年增长多少", (2025, 2026)),
                                        ("exports in 2025 compared with 2024", (2024, 2025))])
def test_reference_year_read_apart(text, years):
    assert parse_period(normalise(text)).years == years


def test_an_abbreviated_product_group_answers_its_full_name(store):
    """劳密产品 is how papers shorten 劳动密集型产品: a question using either name reaches the figure."""
    store.put_entity(Entity("test-prov", "region", "青山省", "Qingshan Province", ["青山", "Qingshan"]), "test")
    store.add_fact(make_fact(id="t-lab", metric="lao_mi_chan_pin_chu_kou_e", metric_zh="劳密产品出口额",
                             metric_en="exports of products", value="64.9",
                             value_en="6.49 billion yuan", **COMMON), "test")
    engine = Engine(store)
    for question in ("2031年1-2月青山省出口劳动密集型产品多少亿元？", "青山省2031年1-2月劳密产品出口额"):
        answer = engine.answer(question)
        assert answer.found and answer.facts[0].fact.id == "t-lab", (question, answer)


@pytest.mark.parametrize("question", [
    "How fast did China's shipbuilding exports grow in H1 2024?",
    "By how much did exports from Chinese shipyards grow in the first half of 2024?"])
def test_a_compound_naming_the_narrowing_word_asks_it(engine, question):
    answer = engine.answer(question)
    assert answer.found and "91.1" in render(answer), render(answer)


def test_a_verb_sharing_the_narrowing_word_does_not_ask_it(engine):
    answer = engine.answer("How fast did Hubei's shipments grow in the first half of 2024?")
    assert "91.1" not in render(answer), render(answer)
