"""From qsets75's wrong answers (made-up figures): transit cargo (空空中转货物) is a part of an airport's cargo, no
answer to its international cargo throughput; keywords ending 同比增长 2031 ask the growth; a province a city is
compared with (比全省平均水平高出) is the whole, not the subject, even when the city's name is mistyped; phones and
tablets named together (造的手机平板) are a firm's products, not phones alone."""
from __future__ import annotations

from conftest import facts_engine, first_line, wuhan_fact as _fact
from knowledge import Entity

SO_FAR = dict(period_zh="2031年以来", period_en="so far in 2031", period_start="2031-01-01", period_end="2031-10-06")
JULY = dict(period_zh="2031年7月", period_en="July 2031", period_start="2031-07-01", period_end="2031-07-31")


def test_transit_cargo_is_no_answer_to_all_international_cargo(store):
    store.put_entity(Entity("mou-airport", "hub", "某某国际机场", "Moumou International Airport", ["某某机场"]), "test")
    engine = facts_engine(store, _fact("保障国际空空中转货物", "international air-to-air transfer cargo", "4.2", "万吨",
                                       "42,000 tonnes", SO_FAR, entity="mou-airport", topic="logistics"))
    assert "4.2" not in first_line(engine, "2031年某某机场的国际货邮吞吐量是多少万吨？")
    assert "4.2" in first_line(engine, "2031年以来某某机场保障的国际空空中转货物有多少？")


def test_keywords_ending_year_on_year_growth_and_a_year_ask_the_growth(store):
    store.put_entity(Entity("mou-airport", "hub", "某某国际机场", "Moumou International Airport", ["某某机场"]), "test")
    engine = facts_engine(store, _fact("每周国际空空中转货量", "weekly international transfer cargo", "1300", "吨/周",
                                       "1,300 tonnes a week", SO_FAR, entity="mou-airport", topic="logistics",
                                       change_zh="同比增长287%", change_en="up 287%"),
                          _fact("保障国际空空中转货物", "international air-to-air transfer cargo", "4.2", "万吨",
                                "42,000 tonnes", SO_FAR, entity="mou-airport", topic="logistics"))
    said = first_line(engine, "某某机场 国际空空中转货量 同比增长 2031")
    assert "4.2" not in said


def test_a_province_compared_with_is_the_whole(store):
    store.put_entity(Entity("hubei", "region", "湖北省", "Hubei", ["湖北", "全省"]), "test")
    store.put_entity(Entity("jingzhou", "region", "荆州市", "Jingzhou", ["荆州"]), "test")
    engine = facts_engine(store, _fact("工业技改投资高于平均水平", "industrial upgrade investment above the average",
                                       "27", "个百分点", "27 percentage points", JULY, entity="jingzhou",
                                       topic="industry"))
    assert "27" in first_line(engine, "荆洲市2031年7月工业技改投资比全省平均水平高出几个百分点？")


def test_phones_and_tablets_named_together_are_a_firm_s_products(store):
    store.put_entity(Entity("mou-base", "firm", "某想武汉基地", "Mouxiang Wuhan Base", ["某想武汉基地"]), "test")
    asof = dict(period_zh="截至2031年8月", period_en="as of August 2031", period_start="", period_end="2031-08-31")
    engine = facts_engine(store, _fact("产品销往国家和地区数", "countries and regions its products are sold to", "170多",
                                       "个", "more than 170", asof, entity="mou-base", topic="firm"))
    assert "170" in first_line(engine, "某想武汉基地造的手机平板出口到多少个国家和地区？")
    assert "170" not in first_line(engine, "某想武汉基地的手机出口到多少个国家和地区？")


def test_a_possessive_does_not_break_a_name(store):
    from bot.matching import key

    assert key("Mouzhou's pavilion") == " mouzhou pavilion " and key("Jiang'an District") == " jiang an district "
    store.put_entity(Entity("mou-pavilion", "event", "某州综合形象展区", "Mouzhou exhibition area",
                            ["Mouzhou comprehensive image exhibition area"]), "test")
    engine = facts_engine(store, _fact("展区面积", "exhibition area", "790", "平方米", "790 square metres",
                                       dict(period_zh="2031年11月", period_en="November 2031",
                                            period_start="2031-11-05", period_end="2031-11-10"),
                                       entity="mou-pavilion", topic="trade"))
    assert "790" in first_line(engine, "How large is Mouzhou's comprehensive image exhibition area?")
