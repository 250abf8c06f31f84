"""A ranking's whole, foreign investment against trade, and a dateline's year (made-up figures, from qsets68's
first score): 在内河港口中排名第几 is not answered by a place among all China's ports; actually used foreign
investment is not the trade of foreign-invested firms; a year named only as what figures are compared with
(比2019年同期增长) is not the story's year, so a dateline with no year of its own asks the admin for the date;
a year-on-year change answers a change over the year before, named (2030年比2029年增加了多少); 民企 names the
part 民营企业; shipments asked (出货量) are not exports, and pieces (65万只) are read."""
from __future__ import annotations

import pytest
from conftest import facts_engine, first_line

from knowledge.ingest import NoDateFound, read_article

Q1 = dict(period_zh="2031年一季度", period_en="first quarter of 2031", period_start="2031-01-01",
          period_end="2031-03-31")


def test_a_ranking_within_another_whole_is_no_answer(store):
    engine = facts_engine(store,
                     dict(metric="rank", metric_zh="集装箱吞吐量全国排名", metric_en="national rank by containers",
                          value="第十九", unit="", value_en="19th", entity="wuhan", topic="logistics",
                          statement_zh="2031年一季度，武汉港集装箱吞吐量全国排名第十九。",
                          statement_en="Wuhan port ranked 19th nationally by containers in Q1 2031.", **Q1))
    assert "十九" not in first_line(engine, "2031年一季度武汉港集装箱量在内河港口中排名第几？")
    assert "十九" in first_line(engine, "2031年一季度武汉港集装箱吞吐量全国排名第几？")


def test_foreign_investment_is_not_the_trade_of_foreign_invested_firms(store):
    engine = facts_engine(store,
                     dict(metric="fie_trade", metric_zh="外商投资企业进出口额", metric_en="imports and exports of "
                          "foreign-invested firms", value="236.4", unit="亿元", value_en="23.64 billion yuan",
                          statement_zh="2031年一季度，湖北外商投资企业进出口236.4亿元。",
                          statement_en="Foreign-invested firms in Hubei traded 23.64 billion yuan in Q1 2031.", **Q1))
    assert "236.4" not in first_line(engine, "2031年一季度湖北实际使用外资是多少？")
    assert "23.64" not in first_line(engine, "What was Hubei's actually utilized foreign investment in Q1 2031?")
    assert "236.4" in first_line(engine, "2031年一季度湖北外商投资企业进出口额是多少？")


BASES = ("湖北外贸全面回升\n中新社武汉10月14日电 (记者某某)今年前三季度，湖北进出口3839.7亿元，比去年同期增长31.9%，"
         "比2029年同期增长39.5%。\n")


def test_a_year_compared_with_is_not_the_story_s_year(store):
    with pytest.raises(NoDateFound):
        read_article(BASES, store)
    reading = read_article(BASES, store, date="2031-10-14")
    assert reading.source["date"] == "2031-10-14"
    said = read_article(BASES.replace("今年前三季度", "2031年前三季度"), store)
    assert said.source["date"] == "2031-10-14"


def test_a_year_on_year_change_answers_a_change_over_the_year_before(store):
    year = dict(period_zh="2030年", period_en="2030", period_start="2030-01-01", period_end="2030-12-31")
    engine = facts_engine(store,
                     dict(metric="teu_added", metric_zh="集装箱吞吐量比上年增加", metric_en="increase in containers "
                          "handled on the year before", value="22", unit="万标箱", value_en="220,000 TEU",
                          change_zh="同比增长9.03%", change_en="up 9.03% year on year", entity="wuhan",
                          topic="logistics", statement_zh="2030年，武汉港集装箱吞吐量比上年增加22万标箱。",
                          statement_en="Wuhan port handled 220,000 TEU more in 2030 than a year before.", **year))
    assert "22" in first_line(engine, "2030年武汉港集装箱吞吐量比2029年增加了多少标箱？")
    assert "22" not in first_line(engine, "2030年武汉港集装箱吞吐量比2027年增加了多少标箱？")


def test_a_short_name_of_a_kind_of_firm_names_the_part(store):
    q3 = dict(period_zh="2031年前三季度", period_en="first three quarters of 2031", period_start="2031-01-01",
              period_end="2031-09-30")
    engine = facts_engine(store,
                     dict(metric="private_exports", metric_zh="民营企业出口额", metric_en="exports of private firms",
                          value="1701.8", unit="亿元", value_en="170.18 billion yuan", change_zh="增长41%",
                          change_en="up 41%", statement_zh="2031年前三季度，湖北民营企业出口1701.8亿元，增长41%。",
                          statement_en="Hubei's private firms exported 170.18 billion yuan, up 41%.", **q3))
    assert "41" in first_line(engine, "2031年前三季度湖北民企出口涨了多少啊？")
    assert "1701.8" not in first_line(engine, "2031年前三季度湖北出口额是多少？")


def test_shipments_asked_are_not_exports_and_pieces_are_read(store):
    h1 = dict(period_zh="2031年上半年", period_en="first half of 2031", period_start="2031-01-01",
              period_end="2031-06-30")
    engine = facts_engine(store,
                     dict(metric="exports", metric_zh="出口额", metric_en="exports", value="42.6", unit="亿元",
                          value_en="4.26 billion yuan", entity="wuhan", statement_zh="2031年上半年，武汉出口42.6亿元。",
                          statement_en="Wuhan exported 4.26 billion yuan in H1 2031.", **h1))
    assert "42.6" not in first_line(engine, "2031年上半年武汉光模块出货量是多少？")
    facts = {f["unit"]: f for f in (p.fact for p in read_article(
        "长江日报 2031-07-03\n\n武汉800G光模块上半年出货量超过65万只。\n", store).proposals)}
    assert facts["万只"]["value"] == "超过65"
