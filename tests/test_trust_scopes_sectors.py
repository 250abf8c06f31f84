"""From qsets72's first score (made-up figures): international passengers (国际及地区旅客吞吐量) are a part of all
passengers; goods enjoying RCEP preferences (享惠货值) are not all RCEP trade; a sector within another (服务业金融业)
answers the inner one asked, typo and all (finance secter); a share with verifiable results is not the tasks'
launch rate; 国际 in an airport's name is no second scope beside 国内."""
from __future__ import annotations

from conftest import facts_engine, first_line, proposed
from knowledge import Entity

YEAR = dict(period_zh="2031年", period_en="2031", period_start="2031-01-01", period_end="2031-12-31")
HALF = dict(period_zh="2031年上半年", period_en="first half of 2031", period_start="2031-01-01",
            period_end="2031-06-30")


def test_international_passengers_are_a_part_of_all(store):
    store.put_entity(Entity("tianhe", "hub", "武汉天河国际机场", "Wuhan Tianhe International Airport", ["天河机场"]),
                     "test")
    engine = facts_engine(store, dict(metric="passengers", metric_zh="旅客吞吐量", metric_en="passenger throughput",
                                      value="3201.5", unit="万人次", value_en="32.015 million passengers",
                                      entity="tianhe", topic="logistics", keywords=[],
                                      statement_zh="2031年，武汉天河国际机场旅客吞吐量3201.5万人次。",
                                      statement_en="Wuhan Tianhe airport handled 32.015 million passengers.", **YEAR))
    assert "3201.5" not in first_line(engine, "2031年武汉天河国际机场国际及地区旅客吞吐量是多少？")
    assert "32.015" not in first_line(engine, "How many international passengers did Tianhe airport handle in 2031?")
    assert "3201.5" in first_line(engine, "2031年武汉天河国际机场旅客吞吐量是多少？")


def test_goods_enjoying_preferences_are_not_all_rcep_trade(store):
    engine = facts_engine(store, dict(metric="rcep_trade", metric_zh="对RCEP其他成员进出口额", metric_en="trade with "
                                      "RCEP members", value="921.3", unit="亿元", value_en="92.13 billion yuan",
                                      keywords=["RCEP"], statement_zh="2031年上半年，湖北对RCEP其他成员进出口921.3亿元。",
                                      statement_en="Hubei traded 92.13 billion yuan with RCEP members.", **HALF))
    for question in ("2031年上半年湖北RCEP项下享惠货值是多少？",
                     "What was the value of goods enjoying RCEP preferential treatment in Hubei in H1 2031?"):
        said = first_line(engine, question)
        assert "921.3" not in said and "92.13" not in said, question
    assert "921.3" in first_line(engine, "2031年上半年湖北对RCEP其他成员进出口多少？")


def test_a_sector_within_another_answers_the_inner_one(store):
    engine = facts_engine(store, dict(metric="fdi_fin", metric_zh="服务业金融业实际使用外资", metric_en="foreign "
                                      "direct investment actually used (services financial sector)", value="2.4",
                                      unit="亿美元", value_en="240 million US dollars", topic="investment", keywords=[],
                                      statement_zh="2031年上半年，湖北金融业实际使用外资2.4亿美元。",
                                      statement_en="Hubei's financial sector used 240 million US dollars.", **HALF))
    assert "2.4" in first_line(engine, "2031年上半年湖北金融业实际使用外资多少？")
    assert "240 million" in first_line(engine, "How much foriegn investmnet did Hubei's finance secter actually use "
                                               "in the first half of 2031?")
    assert "2.4" not in first_line(engine, "2031年上半年湖北实际使用外资多少？")


def test_from_zero_is_no_part_of_a_measure(store):
    text = ("长江日报 2031-07-24\n\n湖北商务稳中向好\n\n上半年，服务业吸收外资结构改善，金融业实际使用外资"
            "从2030年同期为零增长到2.4亿美元。\n")
    assert "从零" not in proposed(store, text)["2.4"]["metric_zh"]


def test_a_share_with_results_is_not_the_launch_rate(store):
    asof = dict(period_zh="截至2031年9月", period_en="as of September 2031", period_start="", period_end="2031-09-30")
    engine = facts_engine(store, dict(metric="launch_rate", metric_zh="改革试点任务启动率", metric_en="launch rate of "
                                      "pilot reform tasks launched", value="97", unit="%", value_en="97%",
                                      keywords=[], topic="policy", statement_zh="湖北自贸区改革试点任务启动率97%。",
                                      statement_en="97% of the pilot reform tasks had been launched.", **asof))
    assert "97" not in first_line(engine, "so of the reform pilot tasks Hubei had launched by 2031, what percent "
                                          "actually had verifiable results?")
    assert "97" in first_line(engine, "截至2031年9月湖北改革试点任务启动率是多少？")


def test_a_scope_word_in_the_airport_s_name_is_not_a_second_scope(store):
    store.put_entity(Entity("huahu", "hub", "鄂州花湖国际机场", "Ezhou Huahu International Airport", ["花湖机场"]),
                     "test")
    engine = facts_engine(store, dict(entity="huahu", metric="new_dom", metric_zh="新开国内货运航线数",
                                      metric_en="new domestic cargo routes", value="11", unit="条", value_en="11",
                                      topic="logistics", keywords=[], statement_zh="2031年，花湖机场新开国内货运航线11条。",
                                      statement_en="Huahu opened 11 domestic cargo routes in 2031.", **YEAR))
    assert "11" in first_line(engine, "2031年鄂州花湖国际机场新开了多少条国内货运航线？")
    assert "11" not in first_line(engine, "2031年鄂州花湖国际机场新开国内和国际货运航线一共多少条？")
