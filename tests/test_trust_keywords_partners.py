"""From heldout52-53's first score (made-up figures beside the curated base): a partner written in Latin letters
against Chinese (和USA之间) is asked; 同比增长 beside a year asks year-on-year growth, not growth over that year; 比…
多几条 compares two counts; a keyword question ending in 'companies' asks the list of firms."""
from __future__ import annotations

import pytest

from conftest import answer_ids, beside_curated, facts_engine, period, put_named, said_fact

JAN_NOV = period("2031年1-11月", "January-November 2031", "2031-01-01", "2031-11-30")
NOW = period("截至2031年11月", "as of November 2031", None, "2031-11-04")


@pytest.fixture
def store(curated_store):
    return beside_curated(curated_store, "某省开放", "2031-12-20")


def test_a_partner_in_latin_letters_against_chinese_is_asked(store):
    put_named(store, "nanling", "南岭省", "Nanling Province", "region")
    engine = facts_engine(store, said_fact("nanling", "进出口总额", "total imports and exports", "9321.7", "亿元",
                                           "932.17 billion yuan", JAN_NOV, "2031年1-11月，南岭省进出口总额9321.7亿元。",
                                           "Nanling Province's imports and exports were 932.17 billion yuan in "
                                           "January-November 2031."))
    assert not engine.answer("南岭省2031年前11个月和USA之间的进出口额是多少？").found
    assert answer_ids(engine.answer("南岭省2031年前11个月进出口额是多少？")) == ["t-0"]


def test_year_on_year_growth_beside_a_year_is_asked_as_such(store):
    put_named(store, "nanling", "南岭省", "Nanling Province", "region")
    engine = facts_engine(store, said_fact("nanling", "对外承包工程完成营业额", "turnover of overseas contracted projects",
                                           "96.2", "亿美元", "US$9.62 billion", JAN_NOV,
                                           "2031年1-11月，南岭省对外承包工程完成营业额96.2亿美元，同比增长17.7%。",
                                           "Nanling Province's overseas contracted projects had a turnover of US$9.62 "
                                           "billion in January-November 2031, up 17.7% year on year.",
                                           change_zh="同比增长17.7%", change_en="up 17.7% year on year"))
    assert answer_ids(engine.answer("南岭 对外承包工程 完成营业额 同比增长 2031")) == ["t-0"]


def test_how_many_more_lines_than_the_other_compares_two_counts(store):
    put_named(store, "longda", "隆达集团", "Longda Group")
    engine = facts_engine(
        store,
        said_fact("longda", "电脑主板生产线数量", "motherboard production lines", "11", "条", "11 lines", NOW,
                  "截至2031年11月，隆达集团武汉基地有11条电脑主板生产线。",
                  "As of November 2031 Longda Group's Wuhan base had 11 motherboard production lines.", topic="firm"),
        said_fact("longda", "整机生产线数量", "complete-machine production lines", "7", "条", "7 lines", NOW,
                  "截至2031年11月，隆达集团武汉基地有7条整机生产线。",
                  "As of November 2031 Longda Group's Wuhan base had 7 complete-machine production lines.",
                  topic="firm"))
    answer = engine.answer("隆达集团武汉基地的电脑主板生产线比整机生产线多几条？")
    assert answer.found and "t-0" in answer_ids(answer)


def test_keywords_ending_in_companies_ask_the_list(store):
    put_named(store, "fair-x", "西岭博览会", "Xiling Expo", "event")
    for eid, zh, en in (("qingfeng-auto", "青峰汽车", "Qingfeng Auto"), ("xinrui-chip", "芯锐科技", "Xinrui Tech")):
        put_named(store, eid, zh, en)
    section = ("西岭博览会产业开放板块参展", "exhibitor in the industrial opening section", "产业开放板块", "",
               "industrial opening section", NOW)
    exhibited = dict(topic="firm", keywords=["产业开放板块", "参展企业", "industrial opening section"])
    engine = facts_engine(
        store,
        said_fact("qingfeng-auto", *section, "青峰汽车在西岭博览会产业开放板块参展。",
                  "Qingfeng Auto exhibited in the industrial opening section of the Xiling Expo.", **exhibited),
        said_fact("xinrui-chip", *section, "芯锐科技在西岭博览会产业开放板块参展。",
                  "Xinrui Tech exhibited in the industrial opening section of the Xiling Expo.", **exhibited),
        said_fact("fair-x", "产业开放板块", "industrial opening section", "展示五大优势产业", "",
                  "shows five leading industries", NOW, "西岭博览会设产业开放板块，展示五大优势产业。",
                  "The Xiling Expo has an industrial opening section showing five leading industries.",
                  topic="policy"))
    assert sorted(answer_ids(engine.answer("Xiling Expo industrial opening section companies"))) == ["t-0", "t-1"]
    assert sorted(answer_ids(engine.answer("西岭博览会“产业开放”板块有哪些companies参展？"))) == ["t-0", "t-1"]


def test_the_subsidiary_named_is_not_replaced_by_a_newer_one(store):
    put_named(store, "tuiyun-med", "推云医疗", "Tuiyun Medical")
    sub = dict(metric="new_subsidiary", topic="investment")
    engine = facts_engine(
        store,
        said_fact("tuiyun-med", "新设子公司", "new subsidiary", "武汉云点睛智能科技有限公司", "",
                  "Wuhan Yundianjing Intelligent Technology Co.",
                  period("2030年7月", "July 2030", "2030-07-01", "2030-07-31"),
                  "推云医疗于2030年7月在武汉经开区注册设立了子公司——武汉云点睛智能科技有限公司。",
                  "In July 2030 Tuiyun Medical set up the subsidiary Wuhan Yundianjing Intelligent Technology Co. "
                  "in the Wuhan Economic and Technological Development Zone.", **sub),
        said_fact("tuiyun-med", "新设子公司", "new subsidiary", "推云智慧医疗装备(武汉)有限公司", "",
                  "Tuiyun Smart Medical Equipment (Wuhan) Co.",
                  period("2031年4月", "April 2031", "2031-04-01", "2031-04-30"),
                  "推云医疗在武汉经开区的又一家子公司——推云智慧医疗装备(武汉)有限公司，于2031年4月设立。",
                  "In April 2031 Tuiyun Medical set up another subsidiary in the Wuhan Economic and Technological "
                  "Development Zone, Tuiyun Smart Medical Equipment (Wuhan) Co.", **sub))
    assert answer_ids(engine.answer("When did Tuiyun Medical register Wuhan Yundianjing Intelligent Technology?")) \
        == ["t-0"]
