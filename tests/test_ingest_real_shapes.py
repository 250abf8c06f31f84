"""Shapes of real reporting the reader meets (year-end states, 'since' a day, brackets, year-based
comparisons), on made-up sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.ingest import read_article
from knowledge.ingest.figures import figures
from knowledge.ingest.periods import find_period


@pytest.mark.parametrize("text, ref, expected", [
    ("截至2023年底，某港累计开通航线12条", dt.date(2024, 3, 5), ("截至2023年12月", None, "2023-12-31")),
    ("截止去年末，共有企业30家", dt.date(2024, 3, 5), ("截至2023年12月", None, "2023-12-31")),
    ("截至今年底，预计", dt.date(2024, 3, 5), ("截至2024年3月", None, "2024-03-05")),
    ("自2021年5月8日开港以来，累计完成吞吐量9万吨", dt.date(2024, 3, 5),
     ("2021年5月8日以来（截至2024年3月）", "2021-05-08", "2024-03-05")),
])
def test_states_and_spans_resolved(text, ref, expected):
    period, _ = find_period(text, ref)
    assert (period.zh, period.start, period.end) == expected


def test_jinnian_lai_is_a_remark_not_the_year():
    period, _ = find_period("合同金额12亿元，今年来首次回升", dt.date(2024, 6, 1))
    assert period is None


def test_a_bracket_of_size_is_not_a_figure():
    values = [f.value + f.unit for f in figures("投资额500万美元以上企业21家，2000万美元以上的项目6个")]
    assert values == ["21家", "6个"]


def test_a_rate_against_a_named_year_goes_with_its_value(store):
    reading = read_article("湖北日报 2025-08-02\n\n上半年，某某港集装箱吞吐量达12.5万标箱，较2023年同期增长48%。",
                           store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert facts["12.5"]["change_zh"] == "较2023年同期增长48%"
    assert "48" not in facts


def test_a_list_of_quarters_gives_each_value_its_quarter(store):
    reading = read_article("长江日报 2021-10-20\n\n今年一、二、三季度，某市进出口总值分别为10亿元、12亿元、15亿元，"
                           "同比分别增长1%、2%、3%。", store)
    periods = {p.fact["value"]: (p.fact["period_zh"], p.fact["change_zh"]) for p in reading.proposals}
    assert periods["10"][0] == "2021年一季度" and periods["12"][0] == "2021年二季度"
    assert periods["15"] == ("2021年三季度", "同比增长3%")


def test_a_list_of_months_gives_each_value_its_month():
    values = [(f.value, f.period_words) for f in figures("1月、2月出口分别为10亿元、12亿元")]
    assert values == [("10", "1月"), ("12", "2月")]


def test_the_province_after_zhan_is_not_the_next_figures_subject(store):
    reading = read_article("湖北日报 2020-06-01\n\n两年来，武汉实际使用外资3.1亿美元，占全省的9.5%；"
                           "完成进出口总值约150亿元。", store)
    owners = {p.fact["value"]: p.fact["entity"] for p in reading.proposals}
    assert owners["约150"] == owners["3.1"] == "wuhan"


@pytest.mark.parametrize("text, expected", [
    ("1–10月，", ("2024年1-10月", "2024-01-01", "2024-10-31")),
    ("一至十月，", ("2024年1-10月", "2024-01-01", "2024-10-31")),
    ("上月，某市出口", ("2024年10月", "2024-10-01", "2024-10-31")),
])
def test_more_spellings_of_spans(text, expected):
    period, _ = find_period(text, dt.date(2024, 11, 20))
    assert (period.zh, period.start, period.end) == expected


def test_bi_shang_yue_is_a_comparison_not_a_period():
    assert find_period("环比上月增长3%", dt.date(2024, 11, 20))[0] is None


def test_a_conversion_and_a_national_total_keep_their_metric(curated_store):
    reading = read_article("湖北日报 2024-11-20\n\n今年前10个月，湖北进出口总值800.5亿元，折合112.3亿美元。当中出口500.2亿元。"
                           "全国同期进出口总值30.1万亿元。", curated_store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert facts["112.3"]["metric"] == facts["800.5"]["metric"] + "_in_dollars"
    assert "US dollars" in facts["112.3"]["statement_en"]
    assert facts["500.2"]["metric"] == "exports"
    assert (facts["30.1"]["entity"], facts["30.1"]["metric"]) == ("china", facts["800.5"]["metric"])


def test_a_papers_own_name_is_not_the_story_place(curated_store):
    text = ("香港商報 2024-04-22\n\n香港商報網訊 2024-04-22 10:25 來源：香港商報\n"
            "【香港商報網訊】記者某某報道：一季度湖北外貿進出口900.1億元。\n其中，出口600.2億元。")
    reading = read_article(text, curated_store)
    owners = {p.fact["value"]: p.fact["entity"] for p in reading.proposals}
    assert owners == {"900.1": "hubei", "600.2": "hubei"}
    assert "10:25" not in reading.source["title"] and "来源" not in reading.source["title"]


def test_a_breadcrumb_is_not_the_title(store):
    reading = read_article("湖北日报 2024-01-23\n首页 > 新闻 > 湖北\n某港吞吐量创新高\n\n全年某港吞吐量12万标箱。", store)
    assert reading.source["title"] == "某港吞吐量创新高"


def test_the_month_of_a_quarter_does_not_become_the_articles_period(curated_store):
    text = ("湖北日报 2024-04-22\n\n一季度，湖北进出口900.1亿元。3月当月，进出口值达320.5亿元。\n\n"
            "湖北对东盟进出口150.2亿元。")
    periods = {p.fact["value"]: p.fact["period_zh"] for p in read_article(text, curated_store).proposals}
    assert periods == {"900.1": "2024年一季度", "320.5": "2024年3月", "150.2": "2024年一季度"}


def test_who_gave_the_figures_is_not_their_subject(curated_store):
    text = ("湖北日报 2024-03-20\n\n记者从武汉海关获悉，今年前两个月，外贸进出口总值达900.5亿元。\n"
            "据武汉海关统计，1-2月出口600.3亿元。\n武汉海关数据显示，同期进口300.2亿元。")
    owners = {p.fact["value"]: p.fact["entity"] for p in read_article(text, curated_store).proposals}
    assert owners == {"900.5": "hubei", "600.3": "hubei", "300.2": "hubei"}


def test_a_name_inside_quoted_route_titles_is_not_the_subject(curated_store):
    text = ("湖北日报 2023-05-01\n\n今年以来，中欧班列（武汉）已发运300列。"
            "1月至4月，中欧班列（武汉）新开“武汉—明斯克”“欧洲—武汉—东京”等2条线路。")
    owners = {p.fact["value"]: p.fact["entity"] for p in read_article(text, curated_store).proposals}
    assert owners["2"] == owners["300"] != "wuhan"


def test_a_bracket_is_not_part_of_the_next_figures_label():
    labels = [(f.value, f.label) for f in figures("今年新签约总投资5000万美元以上的外资项目12个")]
    assert labels == [("12", "外资项目")]
