"""Taiwanese investment and a business association (made-up figures): 台企, 台资, 台商 have English names (Taiwan-funded
firms, Taiwanese investment) and 注册, 到位 theirs (registered, paid-in), so English questions find them; a question
on 台资企业 asks Taiwan's firms, so a figure about them is not "a part" of a total it asks; an association is a name
(某某台资企业协会), and figures in the words that describe it before its name (拥有180余家会员企业的…协会) are its
own; a day alone opening a clause (12日晚，…) is that day of the article's month; an event named …周 is a Week."""
from __future__ import annotations

from conftest import first_line, ingested
from knowledge.ingest import read_article

STORY = ("某某社 2041-01-13\n台企落户江城\n\n"
         "某某社武汉1月13日电 截至2040年底，湖北累计注册台资企业2163家，累计到位台资42.5亿美元。\n"
         "12日晚，武汉近400名台商欢聚一堂。成立于1993年、拥有180余家会员企业的武汉台资企业协会当日举行换届选举。\n"
         "在2040年7月举行的“湖北武汉台湾周”活动中，共签约52个台商投资项目。\n")


def test_taiwanese_investment_and_an_association_are_named(store):
    reading = read_article(STORY, store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert "registered" in facts["2163"]["metric_en"] and "Taiwan" in facts["2163"]["metric_en"]
    assert "paid-in" in facts["42.5"]["metric_en"]
    association = next(e for e in reading.new_entities if e["name_zh"] == "武汉台资企业协会")
    assert facts["180余"]["entity"] == association["id"]
    assert (facts["近400"]["period_start"], facts["近400"]["period_end"]) == ("2041-01-12", "2041-01-12")
    week = next(e for e in reading.new_entities if e["name_zh"] == "湖北武汉台湾周")
    assert week["name_en"].endswith("Taiwan Week")


def test_questions_on_taiwanese_investment_find_it(store):
    engine = ingested(store, STORY)
    assert "2163" in first_line(engine, "截至2040年底湖北一共注册了多少家台资企业？")
    assert "2163" in first_line(engine, "How many Taiwan-funded enterprises were registered in Hubei by the end of 2040?")
    assert "4.25 billion" in first_line(engine, "How much Taiwanese capital had been paid in to Hubei by the end of 2040?")


def test_a_figure_describing_a_name_after_it_keeps_an_investor_named_before_it(store):
    reading = read_article("某某报 2041-05-01\n\n今年以来，多个港资项目相继落地，包括香港新雅集团投资35亿元人民币建设的武汉某某冷链物流园。\n",
                           store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    group = next(e for e in reading.new_entities if e["name_zh"] == "新雅集团")
    assert facts["35"]["entity"] == group["id"]
