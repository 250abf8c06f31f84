"""From the wrong answers of qsets69's first score (made-up figures): a capacity asked (可提供多少航空运力) is not a
count of flights; which month a peak came (哪个月的集装箱量达到最高) asks a month, not the year's volume; a place asked
of one measure (高等级航道总里程在全国排第几) is not the place of another measure of the same entity."""
from __future__ import annotations

from conftest import facts_engine, first_line


YEAR = dict(period_zh="2031年", period_en="2031", period_start="2031-01-01", period_end="2031-12-31")
WEEK = dict(period_zh="截至2031年9月", period_en="as of September 2031", period_start="", period_end="2031-09-10")


def test_a_capacity_asked_is_not_a_count_of_flights(store):
    engine = facts_engine(store,
                     dict(metric="flights", metric_zh="单周国际货运航班量", metric_en="international cargo flights a week",
                          value="200", unit="架次", value_en="200 flights", entity="wuhan", topic="logistics",
                          statement_zh="截至2031年9月，武汉单周国际货运航班突破200架次。",
                          statement_en="Wuhan passed 200 international cargo flights a week.", **WEEK))
    assert "200" not in first_line(engine, "2031年9月武汉单周国际货运航班可提供多少航空运力？")
    assert "200" in first_line(engine, "2031年9月武汉单周国际货运航班有多少架次？")


def test_which_month_a_peak_came_asks_a_month(store):
    engine = facts_engine(store,
                     dict(metric="teu", metric_zh="集装箱吞吐量", metric_en="container throughput", value="229.3",
                          unit="万标箱", value_en="2.293 million TEU", topic="logistics",
                          statement_zh="2031年，湖北港口集装箱吞吐量229.3万标箱。",
                          statement_en="Hubei's ports handled 2.293 million TEU in 2031.", **YEAR))
    assert "229.3" not in first_line(engine, "2031年湖北港口哪个月的集装箱量达到单月最高水平？")
    assert "229.3" in first_line(engine, "2031年湖北港口集装箱吞吐量是多少？")


def test_a_place_of_one_measure_is_not_the_place_of_another(store):
    engine = facts_engine(store,
                     dict(metric="rank", metric_zh="对外承包工程完成营业额全国排名", metric_en="national rank by overseas "
                          "contracting turnover", value="第三", unit="", value_en="third", topic="investment",
                          statement_zh="2031年，湖北对外承包工程完成营业额全国排名第三。",
                          statement_en="Hubei ranked third nationally by overseas contracting turnover in 2031.",
                          **YEAR),
                     dict(metric="waterways", metric_zh="高等级航道总里程", metric_en="high-grade waterways", value="2090",
                          unit="公里", value_en="2,090 km", topic="logistics",
                          statement_zh="2031年，湖北高等级航道总里程2090公里。",
                          statement_en="Hubei had 2,090 km of high-grade waterways in 2031.", **YEAR))
    assert "第三" not in first_line(engine, "湖北高等级航道总里程在全国排第几？")
    assert "第三" in first_line(engine, "湖北对外承包工程完成营业额在全国排第几？")
