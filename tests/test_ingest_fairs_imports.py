"""A fair, a year's imports and a plant (made-up figures in the shape of real reports): a count asked in a telling
unit (多少棒, 多少种) is answered only in that unit; the day a fair closes is not the day it opened; the year a plant
started production or a flight's time of departure is not a tonnage; 消费品年进口规模…增长X% is the consumer goods'
import growth, not all imports'; a margin in points (高出…42.6个百分点) does not answer a growth asked. A rate
only the title prints (原标题:…一季度出口增长超12%) is read from the title, in the title's own clause.
People or a total counted (入境总量是多少) are not answered by a share of them."""
from __future__ import annotations

from conftest import first_line, ingested, proposed

FAIR = ("某某网 2039-12-25\n\n2039随州香菇产业博览会开幕\n\n"
        "12月25日，2039湖北·随州香菇产业博览会在随州开幕，展期两天。本届菇博会展览面积约1.2万平方米，"
        "展销产品600余种。随州香菇种植规模达2.5亿棒，常年从事香菇产业人员28万人。\n")

IMPORTS = ("某某网 2040-01-17\n\n湖北去年消费品进口规模首破百亿元\n\n"
           "2039年，湖北省进口1888.8亿元，增长6.2%。值得注意的是，2039年该省消费品年进口规模首破百亿元，"
           "较去年同期增长38.6%。湖北省自东盟进口15.2亿元，增速达81.2%，高出湖北省消费品进口整体增速42.6个百分点。\n")

PLANT = ("某某日报 2040-05-19\n\n联想武汉基地出口增长\n\n"
         "3月，联想武汉产业基地每班货运航班可运货物约50吨。\n")


TITLED = ("某某日报 2040-05-19(某某网转载)\n原标题:紧急开通货运航线 联想武汉基地一季度出口增长超12%\n"
          "5月17日，联想武汉基地产线全开。2021年，该基地完成进出口额12.3亿美元，同比增长21%。\n")


PORT = ("某某日报 2040-11-05\n\n天河机场口岸客流增长\n\n"
        "截至11月3日，外籍旅客从天河机场入境累计9.5万人次，其中免签入境人员超4.8万人次，占外籍入境总量的51%。\n")


def test_a_count_in_the_unit_asked_and_the_day_asked(curated_store):
    engine = ingested(curated_store, FAIR)
    assert "28万" not in first_line(engine, "随州香菇种植规模有多少棒？")
    assert "12月25日" not in first_line(engine, "2039年随州菇博会几号闭幕？")
    said = first_line(engine, "2039年随州菇博会展销的产品有多少种？")
    assert "600" in said and "28万" not in said, said


def test_consumer_goods_imports_and_a_margin_in_points(curated_store):
    got = proposed(curated_store, IMPORTS)
    assert got["38.6"]["metric_zh"] == "消费品进口增速", got["38.6"]
    engine = ingested(curated_store, IMPORTS)
    said = first_line(engine, "2039年湖北消费品进口同比增长多少？")
    assert "38.6" in said and "42.6" not in said, said
    said = first_line(engine, "By how much did Hubei's imports grow in 2039 (percent)?")
    assert "6.2" in said and "38.6" not in said, said


def test_a_year_of_production_or_a_time_of_departure_is_no_tonnage(curated_store):
    engine = ingested(curated_store, PLANT)
    for question in ("联想武汉产业基地是哪一年投产的？", "What year did Lenovo's Wuhan industrial base start production?",
                     "2040年5月17日 联想 货运航班 天河机场 起飞时间"):
        assert "50" not in first_line(engine, question), question


def test_a_rate_only_the_title_prints(curated_store):
    got = proposed(curated_store, TITLED)
    assert got["超12"]["metric_zh"] == "出口额增速" and got["超12"]["period_start"] == "2040-01-01", got["超12"]
    assert got["超12"]["period_end"] == "2040-03-31", got["超12"]


def test_people_counted_are_no_share(curated_store):
    engine = ingested(curated_store, PORT)
    said = first_line(engine, "2040年天河机场免签入境人员有多少人次？")
    assert "4.8万" in said, said
    for question in ("2040年天河机场外籍入境总量是多少？", "天河机场 外籍入境 总量 2040"):
        said = first_line(engine, question)
        assert "51%" not in said, (question, said)
