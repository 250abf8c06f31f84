"""The figure given first is the one asked, not a neighbour with the asked one shown only under 'related' (142
answers of every set passed only so, found while scoring heldout48-51; made-up figures beside the curated base):
firms trading for the first time are not all firms trading; a length of time names no equipment; a forecast for
the year is no newer figure than what was achieved so far; the most popular shows' share is not all shows'; a count
of fairs is no count of firms, and firms no fairs."""
from __future__ import annotations

import pytest

from conftest import answer_ids, beside_curated, facts_engine, period, put_named, said_fact as _fact

JAN_JUL = period("2031年1-7月", "January-July 2031", "2031-01-01", "2031-07-31")
YEAR = period("2031年", "2031", "2031-01-01", "2031-12-31")
NOW = period("截至2031年8月", "as of August 2031", None, "2031-08-20")


@pytest.fixture
def store(curated_store):
    return beside_curated(curated_store, "某区外贸", "2031-08-20")


def test_firms_trading_for_the_first_time_are_not_all_trading_firms(store):
    put_named(store, "xigu-zone", "西谷", "West Valley", "zone")
    engine = facts_engine(
        store,
        _fact("xigu-zone", "外贸实绩企业数量", "number of firms with actual foreign trade", "1500多", "家",
              "more than 1,500 firms", JAN_JUL, "2031年1至7月，西谷有进出口实绩的外贸企业超过1500家。",
              "In January-July 2031 more than 1,500 firms in West Valley had actual import or export business."),
        _fact("xigu-zone", "首次实现外贸进出口的市场主体", "businesses trading abroad for the first time", "88", "家",
              "88 businesses", JAN_JUL, "2031年1至7月，西谷有88家市场主体第一次有了外贸进出口业绩。",
              "In January-July 2031, 88 businesses in West Valley imported or exported for the first time."))
    for question in ("西谷2031年头7个月有多少家企业是第一次做外贸的？",
                     "How many West Valley firms did foreign trade for the first time in Jan-Jul 2031?"):
        assert answer_ids(engine.answer(question)) == ["t-1"], question
    assert answer_ids(engine.answer("西谷2031年1-7月有进出口实绩的外贸企业有多少家？")) == ["t-0"]


def test_a_length_of_time_names_no_equipment(store):
    put_named(store, "qiwei-forge", "启威锻压", "Qiwei Forging")
    engine = facts_engine(
        store,
        _fact("qiwei-forge", "客户考察时长", "time the client took to evaluate", "长达数年", "", "several years", NOW,
              "启威锻压的海外客户考察比选了长达数年，才决定采购。",
              "Qiwei Forging's overseas client spent several years evaluating before buying.", topic="firm"))
    assert not engine.answer("启威锻压卖给海外客户的是什么设备？").found


def test_a_forecast_for_the_year_is_no_newer_figure_than_the_one_achieved(store):
    put_named(store, "hanjiang-trading", "汉江商社", "Hanjiang Trading")
    engine = facts_engine(
        store,
        _fact("hanjiang-trading", "出口额", "exports", "3", "亿元", "300 million yuan",
              period("2031年2-7月", "February-July 2031", "2031-02-01", "2031-07-31"),
              "汉江商社2031年2月成立后不到半年，出口额就突破3亿元。",
              "Within half a year of its founding in February 2031 Hanjiang Trading's exports passed "
              "300 million yuan."),
        _fact("hanjiang-trading", "出口额", "exports", "25", "亿元", "2.5 billion yuan",
              period("2031年全年（预计）", "2031 (forecast)", "2031-01-01", "2031-12-31"),
              "汉江商社预计2031年全年出口额可能超过25亿元。",
              "Hanjiang Trading expects its 2031 exports to exceed 2.5 billion yuan."))
    assert answer_ids(engine.answer("汉江商社成立还不到半年，出口做到了多少？")) == ["t-0"]
    assert answer_ids(engine.answer("汉江商社预计2031年全年出口多少？")) == ["t-1"]


def test_the_most_popular_shows_share_is_not_all_shows(store):
    put_named(store, "xiling-city", "西岭市", "Xiling", "region")
    engine = facts_engine(
        store,
        _fact("xiling-city", "演唱会外地观众占比", "share of out-of-town concert-goers", "35%", "", "about 35%", YEAR,
              "2031年西岭市大型演唱会观众中外地人约占35%。",
              "Out-of-town visitors made up about 35% of the audience at Xiling's large concerts in 2031."),
        _fact("xiling-city", "热门场次外地观众占比", "out-of-town share at the most popular shows", "60%", "",
              "more than 60%", YEAR, "2031年西岭市热门演唱会场次中外地观众比例超过60%。",
              "At Xiling's most popular concerts in 2031 more than 60% of the audience came from out of town."))
    assert answer_ids(engine.answer("What share of audiences at Xiling's 2031 big concerts came from out of town?")) \
        == ["t-0"]
    assert answer_ids(engine.answer("2031年西岭热门演唱会外地观众占多少？")) == ["t-1"]
    assert answer_ids(engine.answer("西岭2031年那些hot的演唱会场次，外地audience占比多少？")) == ["t-1"]


def test_a_count_of_fairs_is_no_count_of_firms(store):
    put_named(store, "xiling-commerce", "西岭市商务局", "Xiling Commerce Bureau", "org")
    engine = facts_engine(
        store,
        _fact("xiling-commerce", "组织参加境外重点展会数", "key overseas trade fairs organised", "84", "场", "84 fairs",
              YEAR, "2031年西岭市商务局组织本地企业参加了84个重点境外展会。",
              "In 2031 the Xiling Commerce Bureau organised local firms to attend 84 key overseas trade fairs.",
              keywords=["境外展会", "出海参展", "展会场次", "overseas trade fairs", "trade shows"]),
        _fact("xiling-commerce", "境外展会参展企业数", "firms at overseas fairs", "203", "家", "203 companies", YEAR,
              "2031年共有203家西岭企业由市商务局组织参加境外重点展会。",
              "In 2031, 203 Xiling companies exhibited at key overseas trade fairs organised by the commerce bureau.",
              keywords=["境外展会", "参展企业", "企业数量", "overseas fairs", "exhibitors", "number of firms"]))
    assert answer_ids(engine.answer("2031年西岭市商务局组织企业出境参展，一共有多少家企业参展？")) == ["t-1"]
    assert answer_ids(engine.answer("How many major overseas trade fairs did Xiling's commerce bureau take "
                                    "companies to in 2031?")) == ["t-0"]


def test_a_fact_holding_every_word_and_a_rare_one_more_is_the_one_asked(store):
    put_named(store, "yunque-uav", "云雀飞行", "Yunque Aviation")
    engine = facts_engine(
        store,
        _fact("yunque-uav", "主攻无人机载重范围", "payload range of its drones", "6至300", "公斤", "6-300 kg", NOW,
              "截至2031年8月，云雀飞行主攻载重在6至300公斤之间的各型无人机平台。",
              "As of August 2031 Yunque Aviation focused on drone platforms carrying 6 to 300 kg.", topic="firm",
              keywords=["载重", "无人机平台"]),
        _fact("yunque-uav", "计划研发无人机载重", "payload of the drone it plans to develop", "800", "公斤", "800 kg",
              period("未来（2031年提出）", "future (stated in 2031)", None, "2031-08-20"),
              "云雀飞行计划研发可载重800公斤的多功能无人机，用于海岛救援。",
              "Yunque Aviation plans to develop a multi-purpose drone carrying 800 kg for island rescue.",
              topic="firm", keywords=["研发", "载重"]))
    assert answer_ids(engine.answer("云雀飞行未来研发载重多少公斤的无人机？")) == ["t-1"]
