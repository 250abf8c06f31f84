"""The reader's subjects and metric names on made-up articles: a place the trade goes to is no subject,
港 in 港资 is Hong Kong, a quoted event is an entity, a share is of the words before 占."""
from __future__ import annotations

from knowledge import FactStore
from knowledge.ingest import read_article


def _facts(text: str, store: FactStore) -> dict[str, dict]:
    """The proposals of an article keyed by value."""
    reading = read_article(text, store, publication="湖北日报", date="2031-04-10")
    return {p.fact["value"]: p.fact for p in reading.proposals}, reading


def test_traditional_partner_is_no_subject(curated_store):
    text = ("示例報 2031-04-10\n\n今年一季度，湖北與香港進出口總值55.5億元，增長12.1%，其中對港出口44.4億元。"
            "一季度湖北新設港資企業17家。")
    facts, reading = _facts(text, curated_store)
    assert facts["55.5"]["metric_zh"] == "湖北对香港进出口额"
    assert facts["44.4"]["metric_zh"] == "湖北对香港出口额"
    assert facts["17"]["entity"] == "hubei" and "港资" in facts["17"]["metric_zh"]
    assert "port" not in facts["17"]["metric_en"]
    assert not any("gang" in e["id"] for e in reading.new_entities if e["id"] != "hong-kong")


def test_destination_kept_in_a_base_metric(curated_store):
    facts, _ = _facts("一季度，花湖机场对港货邮吞吐量0.77万吨，增长9.9%。", curated_store)
    assert facts["0.77"]["entity"] == "huahu-airport"
    assert facts["0.77"]["metric_zh"] == "对香港货邮吞吐量"
    assert facts["0.77"]["metric_en"].endswith("to Hong Kong")


def test_quoted_event_is_an_entity_not_the_venue(curated_store):
    facts, reading = _facts("3月2日，“鄂澳文旅合作洽谈会”在香港举行，签约项目12个。", curated_store)
    assert facts["12"]["entity"] not in ("hong-kong", "hubei")
    assert [e["type"] for e in reading.new_entities if e["id"] == facts["12"]["entity"]] == ["event"]


def test_share_owned_by_the_words_before_zhan(curated_store):
    facts, _ = _facts("一季度，湖北出口汽车3.3万辆，货值51.2亿元，其中混动汽车占出口汽车数量的28%。",
                      curated_store)
    assert facts["51.2"]["metric_zh"] == "汽车出口货值"
    assert facts["28"]["metric_zh"].startswith("混动汽车占")
