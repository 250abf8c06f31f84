"""From heldout48-51's first score (made-up figures, beside the curated base so that words weigh as in use): what a
question tells before it asks (它的…, 那它…, "So X staged 60+ shows — what was …", 往返…，其中…) is background;
"Whats" is no name; cars sold a year is no capacity; 市场主体 are firms; a misspelt compound meets its word; two
measures of one entity told apart by a word the question names for neither are not guessed between; "not round
trips" is not asked, 来回 and "round trips" are."""
from __future__ import annotations

import pytest

from conftest import answer_ids, beside_curated, facts_engine, put_named, said_fact

NOW = dict(period_zh="截至2031年8月", period_en="as of August 2031", period_start=None, period_end="2031-08-20")
H1 = dict(period_zh="2031年上半年", period_en="first half of 2031", period_start="2031-01-01", period_end="2031-06-30")
YEAR = dict(period_zh="2031年", period_en="2031", period_start="2031-01-01", period_end="2031-12-31")


def _fact(*fields, **over) -> dict:
    return said_fact(*fields, **({"topic": "firm"} | over))


@pytest.fixture
def store(curated_store):
    return beside_curated(curated_store, "某企业出海", "2031-08-20")


def test_a_clause_pointing_back_asks_and_what_it_follows_is_background(store):
    put_named(store, "yunxi-med", "云犀医疗", "Yunxi Medical")
    engine = facts_engine(
        store,
        _fact("yunxi-med", "获监管批准的市场", "markets with regulatory approval", "中国、美国、欧盟", "",
              "China, the US and the EU", NOW, "云犀医疗是唯一一家在中国、美国、欧盟都获得监管批准的AI医疗公司。",
              "Yunxi Medical is the only AI medical firm approved in China, the US and the EU."),
        _fact("yunxi-med", "创始人", "founder", "林澈", "", "Lin Che", NOW, "云犀医疗的创始人是林澈。",
              "Yunxi Medical's founder is Lin Che."))
    question = "云犀医疗说自己是唯一一家在中国、美国、欧盟都拿到监管批准的AI医疗公司，它的创始人是谁？"
    assert answer_ids(engine.answer(question)) == ["t-1"]


def test_a_figure_heard_before_the_question_is_no_kind_asked(store):
    put_named(store, "feiyu-uav", "飞羽无人机", "Feiyu UAV")
    engine = facts_engine(
        store,
        _fact("feiyu-uav", "产值", "output value", "2.5", "亿元", "250 million yuan", YEAR,
              "飞羽无人机预计2031年产值达2.5亿元。", "Feiyu UAV expects an output value of 250 million yuan in 2031."),
        _fact("feiyu-uav", "交付无人机数量", "drones delivered", "40余", "架", "more than 40 drones", NOW,
              "飞羽无人机计划向西藏交付40多架无人机。", "Feiyu UAV plans to deliver more than 40 drones to Tibet."))
    question = "听说飞羽无人机今年产值预计能到2.5亿元，那它要往西藏交付多少架无人机？"
    assert answer_ids(engine.answer(question)) == ["t-1"]


def test_a_figure_told_before_a_dash_draws_no_line(store):
    put_named(store, "xiling-city", "西岭市", "Xiling", "region")
    engine = facts_engine(
        store,
        _fact("xiling-city", "大型演出场次", "large shows staged", "超60", "场", "more than 60 shows", YEAR,
              "2031年西岭市举办大型演出超过60场。", "Xiling staged more than 60 large shows in 2031."),
        _fact("xiling-city", "演出上座率", "seat occupancy of shows", "85%", "", "about 85%", YEAR,
              "2031年西岭市大型演出每场上座率约85%。", "Seat occupancy at each of Xiling's large shows in 2031 "
              "was about 85%."))
    question = "So Xiling staged 60+ large shows in 2031 — roughly what was the seat occupancy at each show?"
    assert answer_ids(engine.answer(question)) == ["t-1"]


def test_words_told_before_among_them_narrow_nothing(store):
    put_named(store, "xiling-rail", "西岭班列", "Xiling Rail Express", "hub")
    engine = facts_engine(
        store,
        _fact("xiling-rail", "往返开行列数", "trains run both ways", "612", "列", "612 trains", H1,
              "2031年上半年西岭班列往返共开行612列。", "Xiling Rail Express ran 612 trains both ways in H1 2031."),
        _fact("xiling-rail", "始发开行列数", "trains originating", "318", "列", "318 trains", H1,
              "2031年上半年西岭班列始发318列。", "In H1 2031, 318 Xiling Rail Express trains originated in Xiling."))
    assert answer_ids(engine.answer("2031年上半年西岭班列往返开了612列，其中始发的有几列？")) == ["t-1"]
    assert answer_ids(engine.answer("西岭班列2031年上半年来回一共跑了多少趟？")) == ["t-0"]
    assert answer_ids(engine.answer("Xiling Rail Express H1 2031 round trips")) == ["t-0"]
    assert answer_ids(engine.answer("In H1 2031, how many Xiling Rail Express trains set off "
                                    "(departures only, not round trips)?")) == ["t-1"]


def test_whats_is_no_name_and_cars_sold_a_year_no_capacity(store):
    put_named(store, "lanfeng-auto", "岚锋汽车", "Lanfeng Auto")
    engine = facts_engine(
        store,
        _fact("lanfeng-auto", "海外销量目标", "overseas sales target", "30万", "辆", "300,000 vehicles",
              dict(period_zh="2035年（目标）", period_en="2035 (target)", period_start="2035-01-01",
                   period_end="2035-12-31"),
              "岚锋汽车计划2035年海外销量超过30万辆。", "Lanfeng Auto aims to sell over 300,000 vehicles abroad in 2035."),
        _fact("lanfeng-auto", "出口额", "exports", "12.5", "亿元", "1.25 billion yuan", H1,
              "2031年上半年岚锋汽车出口额12.5亿元，同比增长21.4%。",
              "Lanfeng Auto exported 1.25 billion yuan in H1 2031, up 21.4% year on year.",
              change_zh="增长21.4%", change_en="up 21.4%"))
    assert answer_ids(engine.answer("ok so by 2035 how many cars a year does Lanfeng Auto hope to sell overseas?")) \
        == ["t-0"]
    assert answer_ids(engine.answer("Whats the growth rate of Lanfeng Auto's exports in H1 2031?")) == ["t-1"]


def test_market_entities_are_firms_counted(store):
    put_named(store, "xiling-service", "西岭外服", "Xiling Trade Services", "org")
    engine = facts_engine(store, _fact("xiling-service", "免费服务的市场主体数", "businesses served free", "30余", "家",
                                       "more than 30 businesses", H1, "2031年上半年西岭外服为30多家市场主体免费提供服务。",
                                       "In H1 2031 Xiling Trade Services served more than 30 businesses for free."))
    assert answer_ids(engine.answer("西岭外服，上半年免费帮了多少家企业？")) == ["t-0"]


def test_a_misspelt_compound_meets_its_word(store):
    put_named(store, "xiling-city", "西岭市", "Xiling", "region")
    engine = facts_engine(store, _fact("xiling-city", "船舶出口额增速", "ship export growth", "77.7%", "",
                                       "77.7%", H1, "2031年上半年西岭市船舶出口额同比增长77.7%。",
                                       "Xiling's ship exports grew 77.7% year on year in H1 2031."))
    assert answer_ids(engine.answer("Xiling shipbuliding exports H1 2031, growth?")) == ["t-0"]


def test_two_measures_told_apart_by_an_unnamed_word_are_not_guessed_between(store):
    put_named(store, "xiling-city", "西岭市", "Xiling", "region")
    survey = dict(period_zh="2031年", period_en="2031", period_start="2031-01-01", period_end="2031-12-31")
    engine = facts_engine(
        store,
        _fact("xiling-city", "二级医院智能产品应用比例", "share of secondary hospitals using smart products", "41%", "",
              "41%", survey, "2031年的调查显示，西岭市约41%的二级医院用上了智能产品。",
              "A 2031 survey found about 41% of Xiling's secondary hospitals used smart products."),
        _fact("xiling-city", "三级医院智能产品应用比例", "share of tertiary hospitals using smart products", "83%", "",
              "83%", survey, "2031年的调查显示，西岭市约83%的三级医院用上了智能产品。",
              "A 2031 survey found about 83% of Xiling's tertiary hospitals used smart products."))
    assert not engine.answer("Xiling 2031 survey, share of hospitals using smart products?").found
    assert answer_ids(engine.answer("Xiling 2031 survey, share of tier-3 hospitals using smart products?")) == ["t-1"]
    assert answer_ids(engine.answer("2031年调查 西岭 二级医院 智能产品 比例")) == ["t-0"]
