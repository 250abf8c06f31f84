"""Lists in article sentences (made-up): a unit printed once for the whole list, kinds of trader and
partners listed with 分别, their shares in a second 分别 list, partners named 我国…地区, and trend frames."""
from __future__ import annotations

import pytest

from knowledge import FactStore
from knowledge.ingest import read_article
from knowledge.ingest.text import share_unit


def _facts(text: str, store: FactStore) -> dict[str, dict]:
    """The proposals of a made-up article on one quarter, keyed by value."""
    reading = read_article("今年一季度，湖北省进出口总值1600亿元，增长9%。\n\n" + text, store,
                           publication="湖北日报", date="2031-04-20")
    return {p.fact["value"] + p.fact["unit"]: p.fact for p in reading.proposals}


@pytest.mark.parametrize("text, expected", [
    ("分别进出口150.2亿、120.5亿元", "分别进出口150.2亿元、120.5亿元"),
    ("分别为12、15、18万吨", "分别为12万吨、15万吨、18万吨"),
    ("分别增长4.5、20.2%", "分别增长4.5%、20.2%"),
    ("出口900亿元、进口700亿元", "出口900亿元、进口700亿元"),
    ("一、二季度和3、4月", "一、二季度和3、4月"),
    ("2029、2030年", "2029、2030年"),
    ("对我国香港地区、中国台湾地区", "对香港、台湾"),
])
def test_a_unit_printed_once_is_spelled_out_for_every_value(text, expected):
    assert share_unit(text) == expected


def test_kinds_of_trader_listed_with_a_measure_after_fenbie(store):
    got = _facts("同期，外商投资企业、国有企业分别进出口240.5亿、210.8亿元，分别占15%、13.2%。", store)
    assert got["240.5亿元"]["metric_zh"] == "外商投资企业进出口额"
    assert got["210.8亿元"]["metric_zh"] == "国有企业进出口额"
    assert got["15%"]["metric_zh"].startswith("外商投资企业")
    assert got["13.2%"]["metric_zh"].startswith("国有企业")


def test_partners_listed_with_their_values_then_their_shares(store):
    got = _facts("对第二、第三大贸易伙伴欧盟、日本分别进出口160.2亿、90.4亿元，分别下降3%、增长6%，"
                 "分别占10%、5.6%。", store)
    assert (got["160.2亿元"]["entity"], got["90.4亿元"]["entity"]) == ("eu", "japan")
    assert got["90.4亿元"]["metric_zh"] == "湖北对日本进出口额"
    assert (got["10%"]["entity"], got["5.6%"]["entity"]) == ("eu", "japan")
    assert "欧盟" in got["10%"]["metric_zh"] and "日本" in got["5.6%"]["metric_zh"]


def test_growth_rates_of_partners_named_as_regions_of_china(store):
    got = _facts("同期，对我国香港地区、我国台湾地区进出口分别增长4.2%、25.3%。", store)
    assert got["4.2%"]["entity"] == "hong-kong" and got["25.3%"]["entity"] == "taiwan"
    assert "增速" in got["25.3%"]["metric_zh"]


def test_a_trend_since_an_earlier_quarter_is_no_period_of_the_figures(store):
    got = _facts("今年一季度全省外贸延续去年四季度以来的回升势头，进出口值在全国排名第16位。", store)
    ranked = [f for f in got.values() if f["value"] in ("第16", "16")]
    assert ranked and ranked[0]["period_zh"] == "2031年一季度"


def test_a_trade_mode_named_before_its_clause_of_figures_owns_them(store):
    got = _facts("前三季度，一般贸易对全省外贸形成有力支撑，进出口值1200.5亿元，增长20%，占同期全省外贸总值的75%。",
                 store)
    assert got["1200.5亿元"]["metric_zh"].startswith("一般贸易")
    assert got["75%"]["metric_zh"].startswith("一般贸易")


def test_a_partner_named_in_the_clause_before_its_trade_value(store):
    got = _facts("同时，湖北与“一带一路”沿线国家合作持续深化，贸易值600.4亿元，增长40%。", store)
    assert got["600.4亿元"]["entity"] == "belt-and-road"


def test_a_partner_after_its_rank_among_partners_and_a_margin_is_no_growth(store):
    got = _facts("湖北对第一大贸易伙伴东盟进出口300.6亿元，增速高出整体增速6.2个百分点。", store)
    assert got["300.6亿元"]["entity"] == "asean"
    assert "增速" not in got["300.6亿元"]["metric_zh"]
    margin = got["6.2个百分点"]
    assert margin["metric"] != "bilateral_trade_growth"
