"""Periods of figures that name none of their own: forecasts, targets, totals, durations and sizes,
on made-up sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.ingest import read_article
from knowledge.ingest.periods import find_period

HEAD = "湖北日报 2024年9月20日\n\n"


def _periods(store, body: str) -> dict[str, tuple[str, str, str]]:
    reading = read_article(HEAD + body, store)
    return {p.fact["value"] + p.fact["unit"]:
            (p.fact["period_zh"], p.fact["period_start"], p.fact["period_end"]) for p in reading.proposals}


@pytest.mark.parametrize("text, expected", [
    ("未来两年，", ("未来两年（约到2026年）", None, "2026-12-31")),
    ("下月，", ("2024年10月（计划）", "2024-10-01", "2024-10-31")),
    ("到2030年，", ("到2030年（目标）", None, "2030-12-31")),
    ("明年，", ("2025年", "2025-01-01", "2025-12-31")),
])
def test_plans_and_targets_resolved(text, expected):
    period, _ = find_period(text, dt.date(2024, 9, 20))
    assert (period.zh, period.start, period.end) == expected


def test_an_amount_expected_this_year_is_the_whole_year(store):
    got = _periods(store, "今年，随着新厂投产，该公司出口额有望超过8亿元。今年前8个月，全省出口额120亿元。")
    assert got["超过8亿元"] == ("2024年全年（预计）", "2024-01-01", "2024-12-31")
    assert got["120亿元"] == ("2024年1-8月", "2024-01-01", "2024-08-31")


def test_a_total_after_a_span_is_as_of_the_article_date(store):
    got = _periods(store, "去年以来，全市新获批4家海外仓，总数已达11家。")
    assert got["4家"][0] == "2023年以来"
    assert got["11家"] == ("截至2024年9月", "", "2024-09-20")


def test_durations_and_sizes_do_not_take_an_event_period(store):
    got = _periods(store, "某科技公司早在2019年已落户武汉，其检测设备出具报告用时不到3分钟。"
                          "今年5月，该公司新建仓库投用。仓库占地2600平方米，最大载重40公斤的无人机每天往返。")
    assert got["3分钟"][2] == "2024-09-20" and got["3分钟"][1] == ""
    assert got["2600平方米"][1] == "" and got["40公斤"][1] == ""


def test_a_duration_takes_only_a_period_of_its_own_clause(store):
    got = _periods(store, "上半年，全省跨境货物通关时间压缩至6小时，出口额50亿元。某港区通关时间今年压缩至4小时。")
    assert got["6小时"][1] == "" and got["50亿元"][0] == "2024年上半年"
    assert got["4小时"][0] == "2024年"


def test_markets_reached_and_staff_are_states_and_a_start_month_begins_a_span(store):
    got = _periods(store, "今年以来，某电器公司产品已远销70多个国家和地区，在汉员工已逾900人，出口额9亿元。"
                          "今年3月起，该公司5条新产线投产。")
    assert got["70多个"] == ("截至2024年9月", "", "2024-09-20")
    assert got["逾900人"][1] == "" and got["9亿元"][0] == "2024年以来"
    assert got["5条"] == ("2024年3月起（截至2024年9月）", "2024-03-01", "2024-09-20")


def test_a_moment_in_a_later_paragraph_does_not_take_the_year_carried_over(store):
    got = _periods(store, "今年，全市外贸企业出口额增长超过300亿元。\n\n某激光公司首登海外展会，首日就对接客户30余家。")
    assert got["超过300亿元"][0] == "2024年"
    assert got["30余家"] == ("截至2024年9月", "", "2024-09-20")


def test_five_year_plan_periods_and_areas_added_in_them(store):
    period, _ = find_period("“十三五”期间，", dt.date(2024, 9, 20))
    assert (period.start, period.end) == ("2016-01-01", "2020-12-31")
    got = _periods(store, "“十四五”以来，某区新增孵化载体（园区、楼宇）12万平方米，园区占地3平方公里。")
    assert got["12万平方米"] == ("“十四五”以来（2021年至2024年9月）", "2021-01-01", "2024-09-20")
    assert got["3平方公里"][1] == ""


@pytest.mark.parametrize("text, ref, year", [
    ("全年，该省出口额增长一成。", dt.date(2027, 2, 3), 2026),       # results reported early next year
    ("今年全年，该省出口额增长一成。", dt.date(2027, 2, 3), 2027),
    ("预计全年出口额增长一成。", dt.date(2027, 2, 3), 2027),         # a forecast for the new year
    ("全年，该省出口额增长一成。", dt.date(2026, 12, 28), 2026),      # the year closing
])
def test_a_bare_full_year_early_in_a_year_is_the_year_before(text, ref, year):
    period, _ = find_period(text, ref)
    assert period.start == f"{year}-01-01" and period.end == f"{year}-12-31"


def test_a_detail_span_inside_the_lead_period_does_not_become_the_article_period(store):
    """10月起, 当月 or 今年单月 inside the lead's 前8个月 stay in their paragraph; later paragraphs with no
    period of their own keep the lead's period, and a record since a date (创…以来新高) is no period."""
    got = _periods(store, "今年前8个月，全省进出口总值3200亿元，增长5.1%。\n\n"
                          "8月当月进出口410亿元，创2021年3月以来新高。6月起出口连续3个月增长超过10%。\n\n"
                          "全省对东盟进出口700亿元。同期，加工贸易进出口260亿元。")
    assert got["700亿元"][0] == "2024年1-8月"
    assert got["260亿元"][0] == "2024年1-8月"
    assert got["410亿元"][0] == "2024年8月"


def test_a_new_year_in_a_later_paragraph_still_replaces_the_lead_period(store):
    got = _periods(store, "2023年，全省进出口总值6000亿元。\n\n今年上半年，全省进出口总值3100亿元。\n\n"
                          "全省对欧盟进出口400亿元。")
    assert got["400亿元"][0] == "2024年上半年"


def test_a_trade_flow_summed_over_partners_belongs_to_the_period_in_force(store):
    """累计进出口 over a group of markets is the period's sum, not a state as of the article's date; 累计 with
    a count (累计开行) still is one."""
    got = _periods(store, "今年前8个月，全省进出口总值3200亿元。\n\n"
                          "对包括欧盟、日本在内的传统市场累计进出口1100亿元，对非洲、印度分别进出口150亿元、90亿元。"
                          "\n\n中欧班列累计开行1200列。")
    assert got["1100亿元"][0] == "2024年1-8月"
    assert got["150亿元"][0] == "2024年1-8月"
    assert got["1200列"][0] == "截至2024年9月"


def test_a_streak_since_a_month_gives_way_to_the_precise_period_after_it(store):
    """自…起连续N个月增长 frames no figure; the 1-8月 figures after it take their own period and carry it."""
    got = _periods(store, "今年前8个月，全省进出口总值3200亿元。\n\n自2023年5月起，全省月度进出口已连续16个月增长。\n\n"
                          "今年1-8月，全省出口2100亿元。\n\n全省对东盟进出口700亿元。")
    assert got["700亿元"][0] == "2024年1-8月"


def test_a_span_since_a_launch_ends_at_the_state_date_named_after_it(store):
    """自去年4月挂牌以来…。截至9月底，…: the figures of the next paragraphs run from April to September."""
    reading = read_article("湖北日报 2024年11月16日\n\n自去年4月挂牌以来，某自贸片区改革不断深化。截至9月底，片区新增企业"
                           "2000家。\n\n新设企业中，外资企业80家，实际使用外资6亿美元。", store)
    got = {p.fact["value"] + p.fact["unit"]: p.fact for p in reading.proposals}
    assert (got["6亿美元"]["period_start"], got["6亿美元"]["period_end"]) == ("2023-04-01", "2024-09-30")
    assert "截至2024年9月" in got["6亿美元"]["period_zh"]


def test_figures_said_of_the_fair_being_held_are_of_that_edition(store):
    got = _periods(store, "今年前8个月，全省进出口总值4200亿元。\n\n"
                          "迎接即将开幕的第136届中国进出口商品交易会，全省约850家企业报名参展。\n\n"
                          "本届广交会上，湖北将布置1200平方米的特色展区。\n\n"
                          "届时，展区将陈列12项老字号产品。\n\n"
                          "此外，今年以来全省新增外贸企业300家。")
    fair = ("第136届广交会（2024年9月）", "2024-09-01", "2024-09-30")
    assert got["约850家"] == got["1200平方米"] == got["12项"] == fair
    assert got["4200亿元"][0] == "2024年1-8月"
    assert got["300家"][0] != fair[0]                  # a paragraph on something else: the fair has ended


def test_a_fair_held_last_time_is_no_current_edition(store):
    got = _periods(store, "今年前8个月，全省进出口总值4200亿元。\n\n上届博览会上，全省企业签约金额65亿元。")
    assert "博览会" not in got["65亿元"][0]


def test_the_month_an_article_leads_with_comes_back_after_the_year_to_date(store):
    got = _periods(store, "9月份，全省外贸进出口总值520亿元，同比增长12%。\n\n"
                          "1-9月，全省进出口总值4300亿元，同比增长8%。\n\n"
                          "9月份，铁路运输进出口36亿元，同比(下同)增长25%。\n\n"
                          "新业态发展较快。跨境电商出口增长3.2倍。")
    assert got["4300亿元"][0] == "2024年1-9月"
    assert got["36亿元"][0] == got["3.2倍"][0] == got["520亿元"][0] == "2024年9月"


def test_a_month_inside_the_lead_span_stays_a_detail(store):
    got = _periods(store, "今年前8个月，全省进出口总值4200亿元。\n\n8月当月，出口增长15%。\n\n"
                          "其中，机电产品出口1100亿元。")
    assert got["1100亿元"][0] == "2024年1-8月"
