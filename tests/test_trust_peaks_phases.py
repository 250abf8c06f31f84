"""Kinds of answer asked in so many words (made-up figures): the year a measure peaked (哪一年达到顶峰, peaked) is
not the year of another figure; a transaction value (交易额) is not a count of people, though 万 is in its unit; which
phase (续建的是几期) is not a count of projects; when a port was renamed or a flight suspended is not the day of
another event; how many visitors is not a share held as '约40%'; how many bags (多少袋) is not a count of firms; the
destinations of routes (通航点) are not the routes; a year's cargo (2024年货邮吞吐量) is not the volume an airport can
handle (可保障年货邮吞吐量); a share asked (比例是多少) is not a count; Taiwanese firms in total at a year's end (台企到
2014年底总共有几家) are the registered total, not the year's arrivals nor the delegates met; a city one letter off a
Hubei city's name (Yicheng, not Yichang) is a place the base does not hold."""
from __future__ import annotations

from conftest import first_line, ingested

EXPO = ("某某网 2032-07-08\n健博会\n\n2031年，健博会吸引96.85万人参观参会。某某港码头二期工程完工，三期将于明年续建，"
        "全市重点项目39个。\n2031年，某某市农产品出口额3亿美元。\n")


def test_a_peak_a_transaction_value_and_a_phase_are_asked_as_such(store):
    engine = ingested(store, EXPO)
    assert "3亿美元" not in first_line(engine, "某某市农产品出口是哪一年达到顶峰的？")
    assert "96.85" not in first_line(engine, "2031年健博会线上线下交易额大概有多少?")
    assert "39" not in first_line(engine, "某某港码头续建的是几期？")


def test_a_renaming_is_not_another_events_day(store):
    engine = ingested(store, "某某网 2035-12-07\n\n12月6日，某某机场国际航站楼揭牌启用。2035年3月，某某机场正式更名为国际机场。\n")
    assert "12月6日" not in first_line(engine, "某某机场是什么时候更名为国际机场的？")


def test_a_count_of_visitors_is_not_a_share_held_with_its_sign(curated_store):
    from bot import Engine
    reply = first_line(Engine(curated_store), "How many visitors did the 2023 World Health Expo in Wuhan attract?")
    assert "40%" not in reply


def test_bags_destinations_capacity_and_shares_are_asked_as_such(curated_store):
    engine = ingested(curated_store, "某某网 2036-01-22\n\n随州香菇产业公司有100多家，全市年种植香菇1.6亿袋。\n")
    assert "100多" not in first_line(engine, "随州一年种多少袋香菇?")
    engine = ingested(curated_store, "某某网 2036-09-27\n\n截至目前，某某机场定期国际货运航线数18条。\n"
                             "2035年5月，某某机场可保障年货邮吞吐量4万吨。\n")
    assert "18" not in first_line(engine, "某某机场国际定期货运航线的通航点有多少个？")
    assert "4万吨" not in first_line(engine, "某某机场2035年的货邮吞吐量是多少吨?")


def test_taiwanese_firms_a_share_and_a_city_one_letter_off(curated_store):
    engine = ingested(curated_store, "某某网 2015-01-26\n\n截至2014年底，湖北注册台资企业达到2492家。2014年有72家台资企业落户湖北，"
                             "其中生态农业和生物科技企业19家。省长听取了10余家台企代表的建议。\n")
    assert "2492" in first_line(engine, "湖北的台企到2014年底总共有几家啊?")
    assert "19家" not in first_line(engine, "生态农业和生物科技企业占2014年湖北新增台资企业总数的比例是多少?")
    engine = ingested(curated_store, "某某网 2018-10-26\n\n宜昌先后吸引水晶企业200多家入驻。\n")
    assert "200" not in first_line(engine, "How many crystal companies has Yicheng attracted so far?")
