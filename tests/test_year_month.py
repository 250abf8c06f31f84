"""A year asked alone prefers its whole-year figure; '2024年6月' asks June alone (not 截至2024年6月)."""
from __future__ import annotations

import pytest

from bot.periods import parse_period, year_weight


@pytest.mark.parametrize("question, month", [
    ("2024年6月湖北进出口多少", 6), ("2024年1-6月湖北进出口", None), ("截至2024年7月岚图登陆了哪些国家", None),
    ("2024年6月底花湖机场有多少条航线", None), ("2024年6月份", 6), ("2024年6月30日", None),
])
def test_year_and_month_is_one_month(question, month):
    assert parse_period(question).month == month


def test_whole_year_weighs_more_than_its_months_only_when_a_year_is_asked_alone():
    year = parse_period("2024年湖北进出口总值")
    whole, month = year_weight(year, "2024-01-01", "2024-12-31"), year_weight(year, "2024-09-01", "2024-09-30")
    assert whole > month == 1.0
    assert year_weight(year, "2024-01-01", "2024-12-31", "2024年6月") == 1.0
    assert year_weight(parse_period("2024年上半年"), "2024-01-01", "2024-12-31") == 1.0


@pytest.mark.parametrize("question, quarter, through", [
    ("光迅2024年q3单季营收", 3, None), ("武汉2024年q2的进口", 2, None), ("2024年q1-q3武汉出口", None, 9),
    ("湖北2025年h1的出口", None, 6), ("2024年q1湖北进出口", None, 3),
])
def test_a_quarter_or_half_glued_to_chinese_characters_is_still_read(question, quarter, through):
    period = parse_period(question)
    assert (period.quarter, period.through_month) == (quarter, through)


@pytest.mark.parametrize("question", [
    "wuhan exports over the whole of 2024", "the entire year 2024, wuhan exports",
    "wuhan exports for all of 2024", "wuhan exports in the entirety of 2024"])
def test_a_whole_year_said_in_english_asks_the_twelve_months(question):
    assert parse_period(question).spans == (12,)


@pytest.mark.parametrize("mentions, fits_span", [
    ("6月30日，新货站开工，年保障吞吐能力60万吨。", False),            # a capacity set that day
    ("投运以来累计完成货邮吞吐量超200万吨。", False),                  # a total since opening
    ("The airport's cumulative cargo passed 2 million tonnes.", False),
    ("6月30日，两地集中签约项目12个。", True),                        # what happened that day
])
def test_a_state_on_one_day_is_no_flow_of_the_span_around_it(mentions, fits_span):
    from bot.periods import fits

    assert fits(parse_period("2025年上半年吞吐量多少"), "2025-06-30", "2025-06-30", mentions) is fits_span


@pytest.mark.parametrize("question, fits_day", [("2025年全年货邮吞吐量是多少", False),
                                                ("2025年前三季度签约项目多少个", True)])
def test_the_whole_year_asked_is_not_one_days_figure(question, fits_day):
    from bot.periods import fits

    assert fits(parse_period(question), "2025-09-08", "2025-09-08", "当天一架货机运走32吨货物。") is fits_day
