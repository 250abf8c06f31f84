"""An airport first named with its province and city (湖北襄阳星河国际机场), then bare (星河机场), is one new entity
named with its city, so a question naming the city finds it; a growth over a named best year (较历史最好的2029年增长)
is the figure's change, and that year is not its period; a rate in % after a count and its bare share (占比达41.5%)
is the count's change, not the share's (a share changes in points). 自2011年开放以来 is the year a port opened;
two partners named with no flow and no 分别 (与日本、韩国之间的货物节省运输时间约40%) are not the figures' partners;
起降了多少架次 (takeoffs and landings) asks a count, not a decline."""
from __future__ import annotations

from conftest import first_line, ingested, proposed
from knowledge.ingest import read_article

AIRPORT = ("某某晚报 2031-12-20\n\n"
           "随着从泰国曼谷飞来的航班于18日20时05分落地湖北襄阳星河国际机场，襄阳—曼谷国际航线正式开通。\n"
           "2029年，星河机场航空口岸通过国家验收。\n"
           "截至2031年12月18日，星河机场口岸出入境人数达8.8万人次，较历史最好的2029年增长36.2%，其中，外籍旅客超2万人次，"
           "占比达41.5%，较2029年增长88.8%。\n"
           "星河机场国际航班累计起降350余架次。襄阳航空口岸自2011年开放以来，客流逐年增长。\n"
           "直航航线可为襄阳与日本、韩国之间的货物节省运输时间约40%，节省运输成本约15%。\n")


def test_an_airport_named_with_its_city_then_bare_is_one_entity_named_with_its_city(store):
    reading = read_article(AIRPORT, store)
    new = {e["id"]: e for e in reading.new_entities}
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    entity = facts["8.8"]["entity"]
    assert new[entity]["name_zh"] == "襄阳星河国际机场"
    assert {"星河机场", "襄阳星河机场", "星河国际机场"} <= set(new[entity]["aliases"])
    assert facts["超2"]["entity"] == entity
    assert not any("落地" in e["name_zh"] or "18日" in e["name_zh"] for e in reading.new_entities)


def test_a_growth_over_a_named_best_year_is_the_counts_change_and_not_its_period(store):
    facts = proposed(store, AIRPORT)
    people = facts["8.8"]
    assert people["change_zh"] == "较历史最好的2029年增长36.2%" and people["change_en"].endswith("on 2029")
    assert people["period_end"] == "2031-12-18" and not people["period_start"].startswith("2029")
    assert "36.2" not in facts                      # no growth of its own, with 2029 as its period


def test_a_rate_after_a_count_and_its_bare_share_is_the_counts(store):
    facts = proposed(store, AIRPORT)
    assert facts["超2"]["change_zh"] == "较2029年增长88.8%"
    assert facts["41.5"]["change_zh"] == ""
    assert facts["超2"]["period_end"] == "2031-12-18"


def test_a_question_naming_the_airports_city_finds_its_figures(store):
    engine = ingested(store, AIRPORT)
    assert "8.8万人次" in first_line(engine, "襄阳星河机场口岸出入境人数有多少?")
    assert "36.2%" in first_line(engine, "星河机场口岸出入境人数比历史最好的2029年增长了多少?")


def test_a_port_opened_since_a_year_and_partners_without_a_flow(store):
    facts = proposed(store, AIRPORT)
    assert facts["2011"]["metric_zh"].startswith("开放") and facts["2011"]["period_start"] == "2011-01-01"
    assert facts["约40"]["entity"] not in ("japan", "south-korea") and "日本" not in facts["约40"]["metric_zh"]
    assert facts["约15"]["entity"] not in ("japan", "south-korea")


def test_takeoffs_and_landings_asked_are_a_count(store):
    engine = ingested(store, AIRPORT)
    assert "350余架次" in first_line(engine, "截至2031年12月18日，星河机场国际航班累计起降了多少架次?")


SHIPS = ("某某商报 2032-02-14\n湖北船舶出口\n\n"
         "2031年，湖北省船舶出口共计31.5亿美元，同比增长8.8%。据悉，2031年湖北省船舶出口起伏较大，1、5月是波峰，"
         "出口累计增幅分别为12.7%和19.1%，2、3及7月是波谷，增幅分别为-3.3%、-2.2%和-11.6%。\n"
         "某某船业公司2031年共出口20.2亿美元，占全省船舶出口的64.1%，同比增长14.4%。\n")


def test_rates_listed_by_month_take_the_year_said_before_and_keep_their_sign(store):
    facts = proposed(store, SHIPS)
    assert (facts["12.7"]["period_start"], facts["12.7"]["period_end"]) == ("2031-01-01", "2031-01-31")
    assert facts["19.1"]["period_start"] == "2031-05-01"
    assert (facts["-3.3"]["period_start"], facts["-11.6"]["period_start"]) == ("2031-02-01", "2031-07-01")
    assert "-2.2%" in facts["-2.2"]["statement_zh"]


def test_a_growth_after_an_amount_and_its_share_of_the_whole_is_the_amounts(store):
    facts = proposed(store, SHIPS)
    assert facts["20.2"]["change_zh"].endswith("增长14.4%") and facts["64.1"]["change_zh"] == ""


def test_a_value_an_increase_starts_from_with_its_own_year_is_that_years(store):
    facts = proposed(store, "某某日报 2032-10-22\n\n某某市进出口总额从2028年88.8亿元增至2031年123.4亿元。\n")
    assert facts["88.8"]["metric_zh"] == facts["123.4"]["metric_zh"] and "此前" not in facts["88.8"]["metric_zh"]
    assert facts["88.8"]["period_start"] == "2028-01-01"


def test_a_run_of_years_in_a_ranking_is_a_count_of_years(store):
    text = ("某某晚报 2031-12-20\n\n今年星河机场国际旅客吞吐量有望突破50万人次，连续6年位居中部第一。"
            "襄阳实际使用外资连续三年稳居全省前五。\n")
    facts = proposed(store, text)
    assert facts["6"]["unit"] == "年" and facts["6"]["metric_zh"] == "连续位居中部第一年数"
    assert facts["三"]["entity"] == "xiangyang" and "前五" in facts["三"]["metric_zh"]
    engine = ingested(store, text)
    assert "6年" in first_line(engine, "星河机场国际旅客吞吐量已经连续多少年中部第一了")


def test_an_increase_over_a_range_of_years_and_its_average_growth(store):
    facts = proposed(store, "某某日报 2032-06-02\n\n数据显示，2024年至2031年，湖北与中亚国家进出口总额从123亿元人民币，"
                            "增长至345亿元人民币，年均增速9%。\n")
    assert facts["123"]["period_start"] == "2024-01-01" and facts["345"]["period_start"] == "2031-01-01"
    assert "此前" not in facts["123"]["metric_zh"] and facts["345"]["change_zh"] == ""
    rate = facts["9"]
    assert rate["metric_zh"].endswith("年均增速") and "进出口" in rate["metric_zh"]
    assert (rate["period_start"], rate["period_end"]) == ("2024-01-01", "2031-12-31")
