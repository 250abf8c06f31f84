"""Shares named only by what leads them, and ranges (made-up figures): 茶叶出口以绿茶为主，占比77.5%；其次是红茶，占比
19.4% are green and black tea's shares of tea exports; 非洲占9% is Africa's share, with its English; a question on a
continent (北美洲, Asia) is not answered by another share; 水深在7米至15米 is one range, 7至15米, and 为数不多的天然深水良港
names no port."""
from __future__ import annotations

from conftest import first_line, ingested
from knowledge.ingest import read_article

TEA = ("某某日报 2044-09-09\n茶叶出口\n\n上半年我省茶叶出口总额0.84亿美元。\n"
       "从品类上看，湖北茶叶出口以绿茶为主，占比77.5%；其次是红茶，占比19.4%。从出口地区看，亚洲市场占80%、非洲占9%、"
       "北美洲占3.5%。\n")
PORT = ("某某网 2044-12-16\n某港\n\n阳逻港是长江中游为数不多的天然深水良港，常年水深在7米至15米。\n")


def test_shares_led_by_their_part_and_continents_are_named(store):
    facts = {p.fact["value"]: p.fact for p in read_article(TEA, store).proposals}
    assert facts["77.5"]["metric_zh"] == "绿茶占茶叶出口比重" and "green tea" in facts["77.5"]["metric_en"]
    assert facts["19.4"]["metric_zh"] == "红茶占茶叶出口比重"
    assert facts["9"]["metric_zh"] == "非洲占比" and facts["9"]["metric_en"].startswith("Africa")


def test_a_continent_asked_is_not_answered_by_another_share(store):
    engine = ingested(store, TEA)
    assert "77.5" not in first_line(engine, "湖北茶叶出口南美洲市场占比是多少?")
    assert "3.5%" in first_line(engine, "2044年上半年湖北北美洲占比多少?")


def test_a_range_with_its_unit_twice_is_one_figure(store):
    reading = read_article(PORT, store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert facts["7至15"]["unit"] == "米"
    assert not [e for e in reading.new_entities if "良港" in e["name_zh"]]
