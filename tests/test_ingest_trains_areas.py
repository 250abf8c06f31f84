"""Issue 8, on made-up stories: a named train's departure (its time, number, the year's count it reached and the
day it did); containers counted in 箱 with the tonnes and trains of a list whose rates follow (同比分别增长); places
listed then counted as a zone's areas (武汉、宜昌、襄阳三个片区…分别增长) are the areas; and 今年以来 is the year to
the article's date even after a quarter's figures."""
from __future__ import annotations

from bot import render
from conftest import ingested, proposed

TRAINS = ("湖北日报 2037-08-04\n\n中欧班列(武汉)开出今年第150列\n\n"
          "8月3日凌晨5时12分，一列满载汽车配件、光伏组件的X8131次列车从吴家山站出发，驶往波兰罗兹。"
          "这是今年第150列中欧班列(武汉)。\n\n"
          "今年上半年，中欧班列(武汉)共开出72列、搭载标箱7200箱，共发送货物41000.5吨，同比分别增长12.5%、30.1%、20.2%。\n")

ZONE = ("湖北日报 2037-04-16\n\n湖北自贸试验区外贸增长\n\n"
        "一季度，湖北自贸试验区进出口总值201.3亿元，增长18.4%。"
        "其中，武汉、宜昌、襄阳三个片区进出口总值分别增长21.3%、1.8倍、36.2%。\n")

FAIRS = ("长江日报 2037-11-04\n\n武汉企业拓市场\n\n"
         "前三季度，武汉市进出口总值2301.5亿元，同比增长9.1%。\n"
         "今年以来，武汉市商务局持续组织企业出海。全市组织企业参加境外展会88场。\n")


def test_a_named_trains_departure_and_the_years_count_it_reached(curated_store):
    got = proposed(curated_store, TRAINS)
    assert got["5时12分"]["period_start"] == "2037-08-03" and got["5时12分"]["value_en"] == "05:12", got["5时12分"]
    assert got["X8131"]["metric_en"] == "number of the train that left that day", got["X8131"]
    assert got["第150列"]["value_en"] == "150th" and got["8月3日"]["metric_zh"] == "当年第150列发车日期"
    engine = ingested(curated_store, TRAINS)
    assert "8月3日" in render(engine.answer("2037年第150列中欧班列(武汉)是几月几日开出的？")).split("\n")[0]
    assert "5时12分" in render(engine.answer("2037年8月3日那趟中欧班列(武汉)几点发车？")).split("\n")[0]
    assert "X8131" in render(engine.answer("2037年8月3日开出的中欧班列(武汉)车次是什么？")).split("\n")[0]


def test_containers_counted_in_boxes_and_each_values_rate_of_a_list(curated_store):
    got = proposed(curated_store, TRAINS)
    assert got["7200"]["unit"] == "箱" and got["7200"]["metric_en"] == "TEUs carried", got["7200"]
    assert got["7200"]["change_zh"].endswith("30.1%") and got["41000.5"]["change_zh"].endswith("20.2%")
    assert got["41000.5"]["metric_en"] == "cargo sent" and got["72"]["change_zh"].endswith("12.5%")
    engine = ingested(curated_store, TRAINS)
    assert "7200" in render(engine.answer("How many TEUs did the China-Europe Railway Express (Wuhan) carry "
                                          "in the first half of 2037?"))


def test_places_counted_as_a_zones_areas_are_the_areas(curated_store):
    got = proposed(curated_store, ZONE)
    assert got["21.3"]["entity"] == "wuhan-ftz", got["21.3"]
    assert got["36.2"]["entity"] != "xiangyang" and "片区" in got["36.2"].get("entity_zh", ""), got["36.2"]
    engine = ingested(curated_store, ZONE)
    assert "21.3" not in render(engine.answer("2037年一季度武汉市进出口增长了多少？")).split("\n")[0]


def test_this_year_to_date_is_not_the_quarter_named_before(curated_store):
    got = proposed(curated_store, FAIRS)
    assert (got["88"]["period_start"], got["88"]["period_end"]) == ("2037-01-01", "2037-11-04"), got["88"]
