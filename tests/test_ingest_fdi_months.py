"""Issue 8, on a made-up story: 元月至11月 is January to November, not November; a count of firms said
as 'X有N家在鄂投资' counts those firms by what they do; a money figure after a count within a size bracket
(500万美元以上大项目N个，合同外资M) is the bracket's projects', not all contracted investment; and a growth
rate of a narrower measure does not answer a plain 'how much' of the broader one."""
from __future__ import annotations

from bot import render
from conftest import ingested, proposed

FDI = ("湖北日报 2031-12-15\n\n外资项目稳中有进\n\n"
       "元月至11月，全省外商直接投资新批项目、合同外资、实际到资分别为318个、26亿美元、41亿美元，"
       "同比分别增长9%、24%、15%。\n"
       "元月至11月，全省新批500万美元以上大项目96个，合同外资17亿美元，同比分别增长11%和6%。\n"
       "元月至11月，全省增资项目122个，合同外资净增资额同比增长47%。\n"
       "目前，境外世界500强企业有93家在鄂投资。\n")


def test_first_month_to_november_is_a_span_and_its_figures_keep_their_growth(curated_store):
    got = proposed(curated_store, FDI)
    for value in ("318", "26", "41", "96", "122"):
        assert (got[value]["period_start"], got[value]["period_end"]) == ("2031-01-01", "2031-11-30"), got[value]
    assert got["41"]["metric_en"] != "figure" and "paid in" in got["41"]["metric_en"], got["41"]
    assert "15%" in got["41"]["change_zh"]


def test_a_count_said_with_you_names_the_firms_and_the_bracket_carries_to_its_money(curated_store):
    got = proposed(curated_store, FDI)
    assert "500强" in got["93"]["metric_zh"] and "Fortune Global 500" in got["93"]["metric_en"], got["93"]
    assert "500万美元以上" in got["17"]["metric_zh"] and "大项目" in got["17"]["metric_zh"], got["17"]
    assert got["26"]["metric_zh"] == "合同外资"
    assert got["17"]["metric"] != got["26"]["metric"]          # two values, two measures: no conflict


def test_the_ingested_figures_are_answered_and_a_narrower_growth_does_not_answer_the_amount(curated_store):
    engine = ingested(curated_store, FDI)
    assert "26" in render(engine.answer("2031年1至11月湖北合同外资是多少？"))
    assert "47" not in render(engine.answer("2031年1-11月湖北合同外资是多少"))
    assert "17" in render(engine.answer("2031年1至11月湖北新批500万美元以上大项目的合同外资是多少？"))
    assert "93" in render(engine.answer("截至2031年12月，有多少家境外世界500强企业在湖北投资？"))
    assert "93" in render(engine.answer("How many overseas Fortune Global 500 companies invest in Hubei?"))
    assert "318" in render(engine.answer("How many new foreign direct investment projects were approved in Hubei in "
                                         "January-November 2031?"))
    assert "47" in render(engine.answer("2031年1至11月湖北合同外资净增资额同比增长多少？"))
