"""From heldout44-45's first score (made-up figures, beside the curated base so that words weigh as in use): a firm
described rather than named is the one whose facts cover the description; a Latin name written against Chinese
is a name; a claim checked (is it true that … more than 100 routes?) draws no line; a month when something was
awarded describes it, not the period asked; a partner in a clause describing the firm (卖…给日本厂子的某企业) is
no market asked; 一年能处理 asks a capacity; a context sentence before two questions, and "I'm", are no trouble."""
from __future__ import annotations

import pytest

from bot import render
from conftest import answer_ids, beside_curated, facts_engine
from knowledge import Entity

NOW = dict(period_zh="截至2031年12月", period_en="as of December 2031", period_start=None, period_end="2031-12-20")
Q1_Q3 = dict(period_zh="2031年前三季度", period_en="Q1-Q3 2031", period_start="2031-01-01", period_end="2031-09-30")
H1 = dict(period_zh="2031年上半年", period_en="H1 2031", period_start="2031-01-01", period_end="2031-06-30")


@pytest.fixture
def store(curated_store):
    return beside_curated(curated_store, "某谷企业出海", "2031-12-20")


def _firm(store, eid: str, zh: str, en: str, *aliases: str) -> None:
    store.put_entity(Entity(eid, "firm", zh, en, [zh, en, *aliases]), "test")


def test_a_firm_described_not_named_is_the_one_whose_facts_cover_it(store):
    _firm(store, "lanxin-optics", "澜鑫光电", "Lanxin Optoelectronics")
    engine = facts_engine(
        store,
        dict(entity="lanxin-optics", topic="firm", metric="key_product", metric_zh="主打产品", metric_en="key product",
             value="1.6T硅光模块", unit="", value_en="1.6T silicon photonics modules", **NOW,
             keywords=["硅光模块", "智算中心", "光通信"],
             statement_zh="澜鑫光电向多家智算中心供应1.6T硅光模块。",
             statement_en="Lanxin Optoelectronics supplies 1.6T silicon photonics modules to AI computing centres."),
        dict(entity="lanxin-optics", topic="firm", metric="revenue", metric_zh="营业收入", metric_en="revenue",
             value="87.65", unit="亿元", value_en="8.765 billion yuan", **Q1_Q3, keywords=["营收"],
             statement_zh="澜鑫光电2031年前三季度营业收入87.65亿元。",
             statement_en="Lanxin Optoelectronics' revenue in Q1-Q3 2031 was 8.765 billion yuan."))
    for question in ("给智算中心供应1.6T硅光模块的那家光通信企业，2031年前三季度营业收入是多少？",
                     "The maker supplying 1.6T silicon photonics modules to data centres: what was its "
                     "revenue in Q1-Q3 2031?"):
        assert answer_ids(engine.answer(question)) == ["t-1"], question


def test_a_latin_name_against_chinese_is_a_name(store):
    _firm(store, "zentrox", "森卓斯", "Zentrox")
    engine = facts_engine(store, dict(entity="zentrox", topic="investment", metric="china_centre_rank",
                                      metric_zh="武汉研发中心在华序号", metric_en="rank of its Wuhan R&D centre in China",
                                      value="第三家", unit="", value_en="third", **NOW, keywords=["研发中心"],
                                      statement_zh="森卓斯武汉研发中心是其在中国的第三家研发中心。",
                                      statement_en="Zentrox's Wuhan R&D centre is its third in China."))
    assert answer_ids(engine.answer("Zentrox在武汉设的研发中心是它在中国的第几家？")) == ["t-0"]


def test_a_claim_checked_draws_no_line(store):
    store.put_entity(Entity("mou-airport", "hub", "某湖机场", "Mouhu Airport", ["某湖机场", "Mouhu airport"]), "test")
    engine = facts_engine(store, dict(entity="mou-airport", topic="logistics", metric="cargo_routes",
                                      metric_zh="货运航线数", metric_en="cargo routes", value="123", unit="条",
                                      value_en="123 routes", **NOW, keywords=["货运航线", "cargo routes"],
                                      statement_zh="某湖机场已开通货运航线123条。",
                                      statement_en="Mouhu Airport runs 123 cargo routes."))
    answer = engine.answer("Is it true that Mouhu airport now runs more than 100 cargo routes? How many exactly?")
    assert answer_ids(answer) == ["t-0"], render(answer)


def test_the_month_it_was_awarded_describes_it_and_its_country_is_asked(store):
    store.put_entity(Entity("mou-africa-centre", "org", "中国（湖北）非洲海外综合服务中心",
                            "China (Hubei) Africa Overseas Service Centre",
                            ["非洲海外综合服务中心", "Africa overseas service centre"]), "test")
    common = dict(entity="mou-africa-centre", topic="investment", unit="", **NOW)
    engine = facts_engine(
        store,
        dict(common, metric="awarded_by", metric_zh="授牌单位", metric_en="awarded by", value="省商务厅",
             value_en="the provincial commerce department", keywords=["授牌"],
             statement_zh="中国（湖北）非洲海外综合服务中心2031年3月由省商务厅授牌。",
             statement_en="The China (Hubei) Africa Overseas Service Centre was awarded its plaque in March 2031."),
        dict(common, metric="host_park", metric_zh="依托园区", metric_en="host park", value="中国—埃及产业园",
             value_en="China-Egypt Industrial Park", keywords=["依托", "园区", "埃及"],
             statement_zh="中国（湖北）非洲海外综合服务中心依托中国—埃及产业园运营。",
             statement_en="The centre is based in the China-Egypt Industrial Park."))
    assert answer_ids(engine.answer("2031年3月授牌的中国（湖北）非洲海外综合服务中心，依托的是哪个国家的园区？")) == ["t-1"]
    assert answer_ids(engine.answer("The Africa overseas service centre, licensed in March 2031, is based in a park "
                                    "tied to which African country?")) == ["t-1"]


def test_a_partner_describing_the_firm_is_no_market_asked(store):
    _firm(store, "mou-press", "新锻威", "Xinduanwei")
    engine = facts_engine(store, dict(entity="mou-press", topic="firm", metric="overseas_order_growth",
                                      metric_zh="海外订单同比增长", metric_en="overseas order growth", value="六成",
                                      unit="", value_en="60%", **H1, keywords=["海外订单", "增长"],
                                      statement_zh="2031年上半年新锻威海外订单同比增长六成。",
                                      statement_en="Xinduanwei's overseas orders grew 60% in H1 2031."))
    answer = engine.answer("卖数控压力机给日本厂子的新锻威，2031年上半年海外订单涨了多少？")
    assert answer_ids(answer) == ["t-0"], render(answer)


def test_how_much_it_can_handle_a_year_is_a_capacity(store):
    store.put_entity(Entity("mou-station", "hub", "某谷货站", "Mougu cargo station", ["某谷货站"]), "test")
    engine = facts_engine(store, dict(entity="mou-station", topic="logistics", metric="first_batch",
                                      metric_zh="首批出境货物重量", metric_en="first outbound batch", value="8.6",
                                      unit="吨", value_en="8.6 tonnes", **NOW, keywords=["首批", "货物"],
                                      statement_zh="某谷货站启用当天首批8.6吨货物出境。",
                                      statement_en="On its first day 8.6 tonnes of goods left Mougu cargo station."))
    assert not engine.answer("某谷货站一年能处理多少吨货啊？").found
    assert engine.answer("某谷货站首批出境货物有多少吨？").found


def test_a_context_sentence_then_two_questions_gets_both(store):
    store.put_entity(Entity("mou-bureau", "org", "某市商务局", "Mou Commerce Bureau",
                            ["某市商务局", "Mou Commerce Bureau"]), "test")
    common = dict(entity="mou-bureau", topic="trade", **NOW)
    engine = facts_engine(
        store,
        dict(common, metric="fairs", metric_zh="组织参加境外展会场数", metric_en="overseas trade fairs attended",
             value="84", unit="场", value_en="84 fairs", keywords=["境外展会", "overseas trade fairs"],
             statement_zh="2031年某市商务局组织企业参加境外重点展会84场。",
             statement_en="In 2031 the Mou Commerce Bureau took local firms to 84 overseas trade fairs."),
        dict(common, metric="fair_deals", metric_zh="境外展会成交额", metric_en="deals closed at overseas fairs",
             value="12", unit="亿美元", value_en="US$1.2 billion", keywords=["成交", "deals"],
             statement_zh="2031年某市企业在境外重点展会成交12亿美元。",
             statement_en="In 2031 local firms closed US$1.2 billion of deals at overseas trade fairs."))
    answer = engine.answer("In 2031 the Mou Commerce Bureau took local firms to overseas trade fairs. How many fairs "
                           "was that, and how much business was closed?")
    assert sorted(answer_ids(answer)) == ["t-0", "t-1"], render(answer)
    answer = engine.answer("I'm an exporter looking at the Mou Commerce Bureau's programme. How many overseas trade "
                           "fairs did it take firms to in 2031?")
    assert answer_ids(answer) == ["t-0"], render(answer)


def test_a_firm_only_its_facts_tell_of_is_meant_without_being_named(store):
    _firm(store, "yun-robot", "云翼智造", "Yunyi Robotics")
    common = dict(entity="yun-robot", topic="industry", **NOW)
    engine = facts_engine(
        store,
        dict(common, metric="robot_daily_picking", metric_zh="采茶机器人日采摘量", metric_en="tea picked a day by robot",
             value="300", unit="斤", value_en="300 jin", keywords=["采茶机器人", "茶园", "采摘", "某江"],
             statement_zh="在某江茶园，云翼智造的采茶机器人每天可采摘鲜叶300斤。",
             statement_en="In the Moujiang tea gardens Yunyi Robotics' tea-picking robots pick 300 jin of leaves a "
                          "day."),
        dict(common, metric="manual_daily_picking", metric_zh="人工日采摘量", metric_en="tea picked a day by hand",
             value="20", unit="斤", value_en="20 jin", keywords=["人工", "茶园", "采摘", "某江"],
             statement_zh="在某江茶园，一名采茶工每天约采摘鲜叶20斤。",
             statement_en="In the Moujiang tea gardens a picker gathers about 20 jin of leaves a day."))
    answer = engine.answer("某江那边的茶园以前全靠人工，现在用采茶机器人一天能采多少斤啊？")
    assert answer_ids(answer) == ["t-0"], render(answer)


def test_a_digit_before_a_capital_is_part_of_a_name_not_an_amount():
    from bot.factdoc import is_quantity

    assert not is_quantity("三维五轴激光焊接机", "3D five-axis laser welding machines")   # a product, no growth
    assert not is_quantity("快舟一号甲", "Kuaizhou-1A rocket")
    assert is_quantity("两台", "two (2) machines") and is_quantity("1,200", "1,200 tonnes")
    assert is_quantity("近半", "nearly half")
