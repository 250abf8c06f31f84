"""From qsets73's first score (made-up figures): which year a city was named (确定为) is not the year of its revenue;
a count of people employed is no amount of money; a share of a whole (占…总里程的多少) is no length; task forces
(专班) are counted as such; a total investment asked in English is no ordinal, and a day named in English (on 27
December 2031) is that month; one day's tonnes are no half year's; a run of years (连续十年) is not the years it
took; a sector's task force (生物医药专班) is not all the projects signed."""
from __future__ import annotations

from conftest import facts_engine, first_line
from knowledge import Entity

YEAR = dict(period_zh="2031年", period_en="2031", period_start="2031-01-01", period_end="2031-12-31")
ASOF = dict(period_zh="截至2031年1月", period_en="as of January 2031", period_start="", period_end="2031-01-16")


def _fact(metric_zh: str, metric_en: str, value: str, unit: str, value_en: str, period: dict, **over) -> dict:
    return dict(metric=f"m-{value}", metric_zh=metric_zh, metric_en=metric_en, value=value, unit=unit,
                value_en=value_en, entity="wuhan", topic="trade", keywords=[],
                statement_zh=f"武汉{metric_zh}为{value}{unit}。", statement_en=f"Wuhan's {metric_en}: {value_en}.",
                **period) | over


def test_a_year_named_and_people_employed_are_not_a_year_s_revenue(store):
    engine = facts_engine(store, _fact("服务外包产业实现营业收入", "service outsourcing revenue", "291", "亿元",
                                       "29.1 billion yuan", YEAR))
    for question in ("武汉是哪一年被国务院确定为中国服务外包示范城市的？",
                     "In which year did the State Council name Wuhan a China Service Outsourcing Model City?",
                     "武汉服务外包产业有多少从业人员？"):
        said = first_line(engine, question)
        assert "291" not in said and "29.1" not in said, question
    assert "291" in first_line(engine, "2031年武汉服务外包产业营业收入是多少？")


def test_a_share_of_a_whole_is_no_length(store):
    engine = facts_engine(store, _fact("航道段长度", "length of the waterway section", "491", "公里", "491 km", ASOF))
    assert "491" not in first_line(engine, "武汉航道段长度约占长江干线总里程的多少？")
    assert "491" in first_line(engine, "武汉航道段长度是多少？")


def test_task_forces_are_counted_as_such(store):
    day = dict(period_zh="2031年12月27日", period_en="27 December 2031", period_start="2031-12-27",
               period_end="2031-12-27")
    engine = facts_engine(store, _fact("项目集中签约数", "projects signed", "29", "个", "29", day))
    assert "29" not in first_line(engine, "2031年12月27日武汉集中签约的项目来自多少个招商专班？")


def test_a_total_investment_is_no_ordinal_and_a_day_is_its_month(store):
    engine = facts_engine(store,
                          _fact("专业招商重点项目集中签约次数", "times of signing", "第三次", "", "third",
                                dict(period_zh="2031年12月27日", period_en="27 December 2031",
                                     period_start="2031-12-27", period_end="2031-12-27")),
                          _fact("推动协议投资总额", "agreed investment total", "181.5", "亿元", "18.15 billion yuan",
                                dict(period_zh="2031年10月", period_en="October 2031", period_start="2031-10-01",
                                     period_end="2031-10-31")))
    said = first_line(engine, "What was the total agreed investment of the projects signed at Wuhan's signing "
                              "ceremony on 27 December 2031?")
    assert "third" not in said and "18.15" not in said
    assert "18.15" in first_line(engine, "What was Wuhan's agreed investment total in October 2031?")


def test_one_day_s_tonnes_are_no_half_year_s(store):
    engine = facts_engine(store, _fact("返程载货量", "cargo carried on the return flight", "31", "吨", "31 tonnes",
                                       dict(period_zh="2031年1月21日", period_en="21 January 2031",
                                            period_start="2031-01-21", period_end="2031-01-21")))
    assert "31" not in first_line(engine, "How much cargo did Wuhan handle in the first half of 2031?")
    assert "31" in first_line(engine, "2031年1月21日武汉返程载货量是多少？")


def test_a_run_of_years_is_not_the_years_it_took(store):
    store.put_entity(Entity("wh-base", "firm", "某电子武汉基地", "Mou Electronics Wuhan Base", ["某电子武汉基地"]), "test")
    engine = facts_engine(store, _fact("连续位居省内第一年数", "consecutive years ranked first", "十", "年", "ten years",
                                       ASOF, entity="wh-base"))
    assert "ten" not in first_line(engine, "How many years did it take Mou Electronics Wuhan Base to go from its "
                                           "start of production to 300 million devices?")
    assert "十" in first_line(engine, "某电子武汉基地已经连续多少年位居省内第一？")


def test_a_sector_s_task_force_is_not_all_projects(store):
    day = dict(period_zh="2031年12月27日", period_en="27 December 2031", period_start="2031-12-27",
               period_end="2031-12-27")
    engine = facts_engine(store, _fact("项目集中签约数", "projects signed", "29", "个", "29", day))
    said = first_line(engine, "武汉 2031年12月 专业招商 集中签约 生物医药专班 项目数")
    assert "29" not in said.split("下面")[0] and "生物医药" in said
    assert "29" in first_line(engine, "武汉 2031年12月 专业招商 集中签约 项目数")
