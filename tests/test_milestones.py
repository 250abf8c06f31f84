"""Reposts and milestone days, on made-up sentences: a day whose 月 was lost (1130日), and the day a
running total passed a mark (9月12日…吞吐量突破100万吨) answered to 哪天 / when."""
from __future__ import annotations

import pytest

from bot import Engine
from knowledge.ingest import apply_reading, read_article
from knowledge.ingest.text import simplify

ARTICLE = """长江日报 2025-11-02

10月18日，花湖国际机场2025年国际货邮吞吐量首次突破30万吨，同比增长42%。1025日，阳逻港今年集装箱吞吐量突破250万标箱。
"""


@pytest.mark.parametrize("text, expected", [
    ("增长90.4%1130日从某区获悉", "增长90.4%11月30日从某区获悉"),
    ("。1129日，某公司160吨蜂蜜装车", "。11月29日，某公司160吨蜂蜜装车"),
    ("第120日", "第120日"), ("历时130日", "历时130日"), ("共150日内", "共150日内"), ("2025年11月30日", "2025年11月30日"),
    ("1140日", "1140日"),
])
def test_a_day_that_lost_its_month_sign(text, expected):
    assert simplify(text) == expected


@pytest.fixture
def engine(curated_store):
    apply_reading(curated_store, read_article(ARTICLE, curated_store, filename="a.txt"), "test")
    return Engine(curated_store)


def test_the_day_a_mark_was_passed_is_a_fact(curated_store):
    reading = read_article(ARTICLE, curated_store, filename="a.txt")
    days = {p.fact["value"]: p.fact for p in reading.proposals if p.fact["metric_zh"].endswith("日期")}
    assert days["10月18日"]["period_start"] == days["10月18日"]["period_end"] == "2025-10-18"
    assert "国际货邮吞吐量" in days["10月18日"]["metric_zh"]
    assert days["10月25日"]["period_start"] == "2025-10-25"       # 1025日 read as 10月25日


@pytest.mark.parametrize("question, day", [
    ("2025年花湖机场国际货邮吞吐量哪天突破30万吨？", "10月18日"),
    ("花湖国际机场今年的国际货邮吞吐量是什么时候突破30万吨的？", "10月18日"),
    ("阳逻港2025年集装箱吞吐量哪一天突破250万标箱？", "10月25日"),
])
def test_when_a_mark_was_passed_is_answered_by_its_day(engine, question, day):
    answer = engine.answer(question)
    assert answer.found and answer.facts[0].fact.value == day


def test_the_mark_is_said_in_english(curated_store):
    reading = read_article(ARTICLE, curated_store, filename="a.txt")
    day = next(p.fact for p in reading.proposals if p.fact["value"] == "10月18日")
    assert "300,000 tonnes" in day["metric_en"]
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in day["metric_en"])


ROUTES = """长江日报 2025-11-02

截至目前，花湖国际机场已开辟第五航权货运航线5条，今年以来保障国际空空中转货物超2.1万吨。
"""


@pytest.mark.parametrize("question, value", [
    ("How many fifth-freedom cargo routes has Huahu airport opened?", "5"),
    ("How much international air-to-air transfer cargo has Huahu airport handled in 2025?", "超2.1"),
])
def test_air_rights_and_transfers_are_said_in_english(curated_store, question, value):
    apply_reading(curated_store, read_article(ROUTES, curated_store, filename="r.txt"), "test")
    answer = Engine(curated_store).answer(question)
    assert answer.found and answer.facts[0].fact.value == value
