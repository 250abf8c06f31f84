"""Normalisation, language detection, numerals and periods."""
from __future__ import annotations

import pytest

from bot.periods import QueryPeriod, fits, parse_period, strip_period
from bot.text import cn_to_int, detect_lang, normalise, terms


@pytest.mark.parametrize("raw,expected", [
    ("湖北前十一個月進出口", "湖北前11个月进出口"),          # traditional -> simplified, numerals
    ("ＨＵＡＨＵ　Airport", "huahu airport"),               # full width, case
    ("光谷今年外贸咋样？", "光谷今年外贸咋样?"),              # Chinese punctuation
    ("一带一路", "一带一路"),                                 # names keep their numerals
    ("第七届进博会", "第7届进博会"),
    ("前三季度", "前3季度"),
    ("中欧班列\u200b（武汉）\x07", "中欧班列(武汉)"),          # zero-width and control characters
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("text,value", [("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("三十五", 35),
                                        ("百", None), ("", None)])
def test_chinese_numerals(text, value):
    assert cn_to_int(text) == value


@pytest.mark.parametrize("text,lang", [
    ("花湖机场有多少条航线", "zh"), ("How many routes does Huahu airport have?", "en"),
    ("花湖机场 international cargo flights", "zh"), ("huahu jichang hangxian", "en"), ("", "en"),
])
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang


def test_terms_are_bigrams_and_english_stems_without_seams():
    assert terms("光谷的外贸") == ["光谷", "外贸"]          # 谷的/的外 are seams, not words
    assert terms("routes exported") == ["route", "export"]


@pytest.mark.parametrize("question,years,through", [
    ("湖北前11个月进出口", (), 11),
    ("2024年上半年武汉出口", (2024,), 6),
    ("first three quarters of 2024", (2024,), 9),
    ("January-November 2025", (2025,), 11),
    ("H1 2024 exports", (2024,), 6),
    ("2025年1-10月", (2025,), 10),
    ("成立不到半年", (), None),
    ("2019年", (2019,), None),
])
def test_parse_period(question, years, through):
    period = parse_period(normalise(question))
    assert period.years == years and period.through_month == through


def test_strip_period_leaves_the_subject():
    assert strip_period(normalise("2024年上半年武汉出口")).split() == ["武汉出口"]


def test_fits_year_span_and_point_facts():
    h1 = parse_period(normalise("2024年上半年"))
    assert fits(h1, "2024-01-01", "2024-06-30")
    assert not fits(h1, "2024-01-01", "2024-09-30")       # another span
    assert not fits(h1, "2024-07-01", "2024-09-30")       # the third quarter alone
    assert not fits(parse_period("2019"), "2025-01-01", "2025-11-30")
    assert fits(parse_period("2030"), None, "2024-07-31", mentions="by 2030")   # a target year
    assert fits(QueryPeriod(), None, None)
