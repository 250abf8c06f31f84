"""A figure of another measure sharing a word with the one asked never answers it: passengers for
cargo, imports for exports, all cargo for the international part (and back)."""
from __future__ import annotations

import pytest

from bot import Engine
from bot.clash import metric_clash
from knowledge import Entity

from conftest import make_fact


def _airport(store) -> Engine:
    """A base whose made-up airport holds passengers and international cargo, no cargo in all."""
    store.put_entity(Entity("test-airport", "hub", "青山国际机场", "Qingshan International Airport",
                            ["青山机场", "Qingshan airport"]), "test")
    common = dict(entity="test-airport", topic="logistics", period_zh="2031年1-2月",
                  period_en="January-February 2031", period_start="2031-01-01", period_end="2031-02-28")
    store.add_fact(make_fact(id="t-pax", metric="passenger_throughput", metric_zh="旅客吞吐量",
                             metric_en="passenger throughput", value="12.3", unit="万人次",
                             value_en="123,000 passengers", keywords=["旅客", "吞吐量"], **common), "test")
    store.add_fact(make_fact(id="t-intl", metric="intl_cargo", metric_zh="国际货邮吞吐量",
                             metric_en="international cargo throughput", value="4.56", unit="万吨",
                             value_en="45,600 tonnes", keywords=["国际", "货邮", "吞吐量"], **common), "test")
    store.add_fact(make_fact(id="t-exp", metric="exports", metric_zh="出口额", metric_en="exports",
                             value="77.7", unit="亿元", value_en="7.77 billion yuan", keywords=["出口"],
                             **{**common, "topic": "trade"}), "test")
    return Engine(store)


@pytest.mark.parametrize("question", ["2031年1-2月青山机场货邮吞吐量多少？",
                                      "How much cargo did Qingshan airport handle in January-February 2031?",
                                      "2031年1-2月青山机场进口额多少？"])
def test_another_measure_sharing_a_word_is_no_answer(store, question):
    answer = _airport(store).answer(question)
    assert not answer.found, answer


def test_the_measure_asked_is_still_answered(store):
    engine = _airport(store)
    assert engine.answer("2031年1-2月青山机场旅客吞吐量多少？").found
    assert "4.56" in " ".join(d.fact.value for d in engine.answer("2031年1-2月青山机场国际货邮吞吐量多少？").facts)


@pytest.mark.parametrize("asked,zh,en,clash", [
    ("货邮吞吐量多少", "旅客吞吐量", "passenger throughput", True),
    ("旅客吞吐量多少", "旅客吞吐量", "passenger throughput", False),
    ("出口多少", "进口额", "imports", True),
    ("进出口多少", "进口额", "imports", False),
    ("货邮吞吐量多少", "国际货邮吞吐量", "international cargo throughput", True),
    ("国际货邮吞吐量多少", "货邮吞吐量", "cargo throughput", True),
    ("进口博览会签约多少", "出口额", "exports", False),
])
def test_metric_clash(asked, zh, en, clash):
    assert bool(metric_clash(asked, zh, en)) is clash
