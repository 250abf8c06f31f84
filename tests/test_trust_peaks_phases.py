"""Kinds of answer asked in so many words (made-up figures): the year a measure peaked (哪一年达到顶峰, peaked) is
not the year of another figure; a transaction value (交易额) is not a count of people, though 万 is in its unit; which
phase (续建的是几期) is not a count of projects; when a port was renamed or a flight suspended is not the day of
another event; how many visitors is not a share held as '约40%'."""
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
