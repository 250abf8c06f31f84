"""Reading a scope and a deed (made-up figures, from qsets66): 全国、全省首创率 names where a result was a first,
not the nation as the subject; 其中27项经国务院等批准在全国复制推广 counts the results before that were replicated
nationwide, in the base's own words for that measure; a yearly measure (年吞吐量) said at the end of a five-year
plan is the last year's; a story with no headline is not titled by its lead's day and hour (9月8日8时04分)."""
from __future__ import annotations

from conftest import first_line, ingested
from knowledge.ingest import read_article

STORY = ("湖北日报 2031-08-22\n\n湖北自贸区挂牌五年来已累计形成260项制度创新成果，全国、全省首创率达85%，"
         "其中31项经国务院等批准在全国复制推广。\n")


def _facts(store, text):
    return {f["value"]: f for f in (p.fact for p in read_article(text, store).proposals)}


def test_a_scope_of_firsts_is_no_subject(curated_store):
    facts = _facts(curated_store, STORY)
    assert facts["85"]["entity"] == facts["260"]["entity"] == "hubei-ftz"
    engine = ingested(curated_store, STORY)
    assert "85" in first_line(engine, "湖北自贸区制度创新成果的全国、全省首创率是多少？")


def test_a_part_counted_by_what_it_had_done(curated_store):
    facts = _facts(curated_store, STORY)
    assert facts["31"]["entity"] == "hubei-ftz"
    assert facts["31"]["metric_zh"] == "在全国复制推广的制度创新成果数"
    assert "replicated" in facts["31"]["metric_en"]
    engine = ingested(curated_store, STORY)
    assert "31" in first_line(engine, "截至2031年8月，湖北自贸区有多少项制度创新成果在全国复制推广？")


def test_a_yearly_measure_said_at_the_end_of_a_plan_is_the_last_year_s(store):
    text = "湖北日报 2026-01-23\n\n“十四五”时期，湖北新增高等级航道352公里。武汉港集装箱年吞吐量达193万标箱。\n"
    facts = _facts(store, text)
    assert (facts["193"]["period_start"], facts["193"]["period_end"]) == ("2025-01-01", "2025-12-31")
    assert facts["352"]["period_start"] == "2021-01-01"       # the plan's own figure keeps the plan's years


def test_a_lead_s_day_and_hour_are_no_title(store):
    text = ("湖北日报讯 (记者某某)9月8日8时04分,RF3131航班载着32吨货物从花湖机场飞往莫斯科,这是本周第201架次国际货运航班。\n")
    assert read_article(text, store, date="2031-09-10").source["title"] == "RF3131航班载着32吨货物从花湖机场飞往莫斯科"
