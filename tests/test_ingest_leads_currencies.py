"""Leads, lists of goods, wholes said again, and what a question's words pin down (made-up figures).
Reader: a lead gathered on a December day on a page of early January (12月31日…获悉，今年以来) tells that December's
year; a name taken out of quotes leaves no stray quote in the measure (“车谷造”汽车出海); goods listed after one
export verb (出口A 20.2亿元、B 10.6亿元) are each exported; a count said again at a sentence's start (2400个项目中…)
is the whole of the parts after it, which take its period, in its paragraph.
Engine: goods named with 出口 (出口电子元件多少亿元) are not all exports; all foreign capital asked (实际使用外资总额) is
not the capital from one place (实际使用台资); money asked in yuan is not money held in dollars."""
from __future__ import annotations

from conftest import first_line, ingested
from knowledge.ingest import read_article


def _facts(store, text, date=None):
    return {p.fact["value"]: p.fact for p in read_article(text, store, date=date).proposals}


def test_a_december_lead_on_a_january_page_tells_that_year(curated_store):
    facts = _facts(curated_store, "某某日报\n\n某某日报讯 12月31日从某区人代会上获悉，今年以来，武汉经开区“车谷造”汽车出海突破"
                                  "8万辆，同比实现翻番。\n", date="2035-01-04")
    assert facts["8"]["period_start"] == "2034-01-01" and facts["8"]["metric_zh"] == "汽车出海"


def test_goods_listed_after_one_export_verb_and_a_whole_said_again(curated_store):
    facts = _facts(curated_store, "某某网 2031-07-20\n\n6月，湖北出口自动数据处理设备20.2亿元、电子元件10.6亿元，分别增长18.6%、"
                                  "23.2%。\n")
    assert facts["10.6"]["metric_zh"] == "电子元件出口额"
    proposals = read_article("某某网 2031-08-05\n\n今年上半年，全省招商引资签约项目2400个。\n"
                             "据了解，2400个项目中投资额5亿以上项目600个；制造业项目1200个，占比60%。\n",
                             curated_store).proposals
    assert [p.fact["value"] for p in proposals].count("2400") == 1          # said again: no second figure
    facts = {p.fact["value"]: p.fact for p in proposals}
    assert facts["1200"]["period_start"] == "2031-01-01" and facts["1200"]["period_end"] == "2031-06-30"


def test_goods_one_place_s_capital_and_currencies_are_asked_as_such(curated_store):
    engine = ingested(curated_store, "某某网 2031-07-20\n\n2031年6月，湖北出口额200亿元。\n"
                                     "2031年上半年，湖北实际使用台资60亿美元。\n")
    assert "200" not in first_line(engine, "2031年6月湖北出口电子元件多少亿元?")
    assert "60" not in first_line(engine, "2031年上半年湖北全省实际使用外资总额是多少亿美元?")
    assert "60" in first_line(engine, "2031年上半年湖北实际使用台资多少亿美元?")
    reply = first_line(engine, "how much Taiwanese capital (100 million yuan) did Hubei actually use in the first "
                               "half of 2031?")
    assert "6 billion" not in reply and "60" not in reply
