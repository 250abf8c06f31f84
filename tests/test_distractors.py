"""Ranking rules a large base needs (found with 100,000 invented facts beside the curated ones), on
made-up facts: 现在/now takes the newest figure of the measure asked (or of a fact fitting the question as
closely), not a newer fact that fits it less."""
from __future__ import annotations

from bot import Engine
from knowledge import Entity

from conftest import make_fact


def _city_facts(store) -> None:
    store.put_entity(Entity("t-city", "region", "岚川市", "Lanchuan", ["岚川"]), "test")
    common = dict(topic="policy", entity="t-city", unit="", source="hbrb-2025-12-25",
                  period_start="2024-07-01")
    store.add_fact(make_fact(
        id="t-approval", metric="show_approval", metric_zh="涉外演出审批机关", metric_en="approval of foreign shows",
        value="岚川市文化局", value_en="Lanchuan culture bureau", period_zh="2024年7月", period_en="July 2024",
        period_end="2024-07-31", statement_zh="2024年7月起，外国艺人在岚川市演出的审批改由岚川市文化局负责。",
        statement_en="From July 2024 the Lanchuan culture bureau approves shows by foreign artists.",
        keywords=["演出", "审批"], **common), "test")
    store.add_fact(make_fact(
        id="t-organiser", metric="festival_organiser", metric_zh="音乐节主办方",
        metric_en="organiser of the music festival", value="蓝鲸文化公司", value_en="Bluewhale Culture",
        period_zh="2024年下半年", period_en="second half of 2024", period_end="2024-12-31",
        statement_zh="2024年下半年，岚川市的外国艺人音乐节由蓝鲸文化公司主办。",
        statement_en="Bluewhale Culture organised Lanchuan's music festival of foreign artists in late 2024.",
        keywords=["演出"], **common), "test")


def test_now_takes_the_newest_figure_of_the_measure_asked_not_a_newer_other_fact(curated_store):
    _city_facts(curated_store)
    engine = Engine(curated_store)
    for question in ("外国艺人来岚川演出，现在审批归谁管？", "现在岚川外国艺人演出由哪个机关审批？",
                     "Who approves shows by foreign artists in Lanchuan now?"):
        answer = engine.answer(question)
        assert answer.found and [d.fact.id for d in answer.facts] == ["t-approval"], question
