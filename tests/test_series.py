"""Series from facts: which figures are plain and comparable, how they group, and which series a
request asks for. Made-up facts in a fresh store, then the curated base."""
from __future__ import annotations

import pytest

from conftest import make_fact
from knowledge import Entity
from bot.series import chart_for, period_kind, plain_number
from bot.seriesindex import SeriesIndex


@pytest.mark.parametrize("value, value_en, unit, expected", [
    ("951.3", "", "亿元", 951.3), ("2908.50", "290.85 billion yuan", "亿元", 2908.5), ("8", "8 ports", "个", 8.0),
    ("1.2万", "", "平方米", None), ("超3000", "", "家", None), ("50多", "", "个", None), ("近400", "", "家", None),
    ("30", "over 30%", "%", None), ("20", "more than 20%", "%", None), ("2017", "2017", "年", None),
    ("15—20", "", "分钟", None), ("", "", "", None)])
def test_only_plain_exact_figures_are_numbers(value, value_en, unit, expected):
    assert plain_number(make_fact(value=value, value_en=value_en, unit=unit)) == expected


def test_kinds_of_period():
    assert period_kind(make_fact(period_start="2025-01-01", period_end="2025-11-30")) == ("ytd", 11)
    assert period_kind(make_fact(period_start="2024-07-01", period_end="2024-09-30")) == ("span", 3)
    assert period_kind(make_fact(period_start=None, period_end="2025-12-25")) == ("asof", 0)


def _partners(store):
    for pid, zh, en in [("p-one", "甲国", "Aland"), ("p-two", "乙国", "Bland"), ("p-three", "丙国", "Cland")]:
        store.put_entity(Entity(pid, "partner", zh, en), "test")


def test_a_breakdown_by_partner_keeps_one_unit_and_period(store):
    _partners(store)
    for pid, value in [("p-one", "30.5"), ("p-two", "12"), ("p-three", "8.25")]:
        store.add_fact(make_fact(id=f"t-{pid}", entity=pid, metric="bilateral_trade",
                                 metric_zh=f"湖北对{pid}进出口额", metric_en="Hubei's trade with x", value=value),
                       "test")
    store.add_fact(make_fact(id="t-usd", entity="p-one", metric="bilateral_trade", unit="亿美元", value="4"),
                   "test")
    store.add_fact(make_fact(id="t-h1", entity="p-two", metric="bilateral_trade", value="6",
                             period_start="2025-01-01", period_end="2025-06-30"), "test")
    store.add_fact(make_fact(id="t-about", entity="p-three", metric="bilateral_trade", value="超9",
                             period_start="2025-01-01", period_end="2025-06-30"), "test")
    index = SeriesIndex(store)
    series = index.for_fact("t-p-one")
    assert series is not None and series.kind == "breakdown" and series.dimension == "partner"
    assert [(p.label_zh, p.value, p.printed) for p in series.points] == [
        ("甲国", 30.5, "30.5"), ("乙国", 12.0, "12"), ("丙国", 8.25, "8.25")]
    assert series.unit == "亿元" and series.period_zh == "2025年1-11月"
    assert "t-usd" not in series.fact_ids and "t-h1" not in series.fact_ids
    assert [s.id for s in series.sources()] == ["src-a"]
    assert index.for_fact("t-usd") is None and index.for_fact("t-h1") is None     # no series of three


def test_a_trend_over_periods_says_when_they_differ_in_length(store):
    for fid, value, end, zh in [("w1", "100", "2024-06-30", "2024年上半年"),
                                ("w2", "160", "2024-09-30", "2024年前三季度"),
                                ("w3", "230", "2024-12-31", "2024年")]:
        store.add_fact(make_fact(id=fid, entity="wuhan", metric="trade_total", metric_zh="进出口总额",
                                 value=value, period_zh=zh, period_en=zh, period_start="2024-01-01",
                                 period_end=end), "test")
    store.add_fact(make_fact(id="w-asof", entity="wuhan", metric="trade_total", metric_zh="进出口总额",
                             value="9", period_start=None, period_end="2024-12-31"), "test")
    series = SeriesIndex(store).for_fact("w1")
    assert series.kind == "trend" and series.fact_ids == ["w1", "w2", "w3"]
    assert "w-asof" not in series.fact_ids                           # a figure at a date is no period's total
    assert "1月起累计" in series.subtitle("zh") and "cumulative from January" in series.subtitle("en")


def test_full_years_alone_need_no_note(store):
    for year, value in [(2022, "1"), (2023, "2"), (2024, "3")]:
        store.add_fact(make_fact(id=f"y{year}", metric="trade_total", value=value, period_zh=f"{year}年",
                                 period_en=str(year), period_start=f"{year}-01-01",
                                 period_end=f"{year}-12-31"),
                       "test")
    series = SeriesIndex(store).for_fact("y2023")
    assert [p.label_en for p in series.points] == ["2022", "2023", "2024"] and series.note_en == ""


def test_the_index_follows_the_store(store):
    _partners(store)
    index = SeriesIndex(store)
    for pid in ("p-one", "p-two", "p-three"):
        store.add_fact(make_fact(id=f"t-{pid}", entity=pid, metric="bilateral_trade", value="1"), "test")
    assert len(index.for_fact("t-p-one").points) == 3
    store.delete_fact("t-p-two", "test")
    assert index.for_fact("t-p-one") is None


def test_every_curated_series_is_comparable(curated_store):
    index = SeriesIndex(curated_store)
    assert len(index.series) >= 5
    for series in index.series:
        facts = [curated_store.get_fact(i) for i in series.fact_ids]
        assert len({f.unit for f in facts}) == 1, series.key
        for point, fact in zip(series.points, facts):
            assert point.value == float(fact.value) and point.printed == fact.value
        if series.kind == "breakdown":
            assert len({(f.period_start, f.period_end) for f in facts}) == 1, series.key
        else:
            assert len({period_kind(f)[0] for f in facts}) == 1, series.key


@pytest.mark.parametrize("request_text, title_zh, figures", [
    ("湖北 2025 贸易伙伴", "湖北对各贸易伙伴进出口额",
     {"hbrb251225-hubei-bri-trade": 4115.1, "hbrb251225-hubei-asean-trade": 1582.7,
      "hbrb251225-hubei-eu-trade": 1012.6}),
    ("Wuhan trade by quarter", "武汉市进出口总额",
     {"cjrb2407-wuhan-h1-trade": 1751.5, "cjrb241104-wuhan-trade-q1q3": 2908.5}),
    ("湖北 开放口岸 综合保税区 经开区", "湖北省各项数量",
     {"hbrb251225-hubei-national-etdz": 9, "hbrb251225-hubei-open-ports": 8,
      "hbrb251225-hubei-comprehensive-bonded-zones": 6, "hbrb251225-hubei-cbec-pilot-zones": 5}),
    ("湖北出口 机电产品 新三样", "湖北省：机电产品出口额、“新三样”产品出口额",
     {"hbrb251225-hubei-electromechanical-exports": 2712.2, "hbrb251225-hubei-new-three-exports": 251.1}),
    ("中欧班列 开行列数", "中欧班列（武汉）：往返开行列数、始发开行列数",
     {"cjrb2407-cre-h1-round-trips": 502, "cjrb2407-cre-h1-departures": 265}),
])
def test_requests_find_their_series(engine, request_text, title_zh, figures):
    index = SeriesIndex(engine.store)
    series = chart_for(engine, index, request_text)
    assert series is not None and series.title_zh == title_zh
    assert {p.fact.id: p.value for p in series.points} == pytest.approx(figures)


@pytest.mark.parametrize("request_text", ["联想武汉", "今天天气怎么样", "hello", "", "写一首诗"])
def test_requests_without_a_comparable_series_find_none(engine, request_text):
    assert chart_for(engine, SeriesIndex(engine.store), request_text) is None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_suggested_chart_draws_what_it_names(engine, lang):
    from bot.chart_text import examples

    index = SeriesIndex(engine.store)
    offered = examples(engine, index, lang)
    assert len(offered) == 5
    for title in offered:
        series = chart_for(engine, index, title)
        assert series is not None and series.title(lang) == title


def _every_series(store) -> dict[str, list]:
    """fact id -> the series it is in, from one build over the whole base (what the lazy index must match)."""
    from bot.series import build_series

    sources = {s.id: s for s in store.list_sources()}
    entities = {e.id: e for e in store.list_entities()}
    facts = [f for f in store.list_facts() if plain_number(f) is not None and f.source in sources]
    out: dict[str, list] = {}
    for series in build_series(facts, entities, sources):
        for fact_id in series.fact_ids:
            out.setdefault(fact_id, []).append(series)
    return out


def _longest(found: list, min_points: int = 3):
    found = [s for s in found if len(s.points) >= min_points]
    return max(found, key=lambda s: len(s.points)) if found else None


def test_series_built_per_fact_are_those_of_a_whole_build(curated_store):
    whole = _every_series(curated_store)
    index = SeriesIndex(curated_store)
    buttons = 0
    for fact in curated_store.list_facts():
        for min_points in (2, 3):
            expected, got = _longest(whole.get(fact.id, []), min_points), index.for_fact(fact.id, min_points)
            assert (got and (got.key, got.title_zh, got.fact_ids)) == (expected and (
                expected.key, expected.title_zh, expected.fact_ids)), fact.id
        buttons += index.for_fact(fact.id) is not None
    assert buttons >= 5


def test_an_edit_rebuilds_only_the_series_it_touches(curated_store):
    index = SeriesIndex(curated_store)
    fact_ids = [f.id for f in curated_store.list_facts()]
    for fact_id in fact_ids:
        index.for_fact(fact_id)
    built = index.made
    target = next(index.for_fact(f) for f in fact_ids if index.for_fact(f)).points[0].fact
    curated_store.update_fact(target.id, {"value": "12345.6"}, "test")
    for fact_id in fact_ids:
        index.for_fact(fact_id)
    assert 0 < index.made - built < built / 4          # a few series again, not all of them
    assert "12345.6" in [p.printed for p in index.for_fact(target.id).points]
    assert _longest(_every_series(curated_store)[target.id]).fact_ids == index.for_fact(target.id).fact_ids
