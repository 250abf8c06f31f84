"""Issue 8, on a made-up port story: the foreign-trade part of a throughput given after 其中 in the next
sentence, a figure under 从X看 (what the clause looks at), a ranking of the growth among inland ports
(增速位居全国内河第二), a ranking of the total after a margin (高于全省…个百分点，总量居全省市州第三位), a
ranking with no scope taking the one before it, and 港口码头 as no name of a port."""
from __future__ import annotations

from bot import Engine, render
from knowledge.ingest import apply_reading, read_article

TEXT = ("湖北日报 2031年8月6日\n\n黄石港口吞吐量增速居全国内河第二\n\n"
        "今年1至6月，黄石港口货物吞吐量达2557.8万吨，同比增长12%，增速位居全国内河第二。"
        "其中，外贸128万吨，增长8.9%。\n"
        "从港口外贸货物吞吐量看，孝感达53.1万吨，增长4.7%。目前全市港口码头总通过能力0.54亿吨。\n"
        "今年1-6月，孝感实现外贸进出口38.5亿元，同比增长21.7%，高于全省（9.8%）11.9个百分点，"
        "总量居全省市州第三位，增速位居第二位。\n")


def _facts(store) -> dict[str, dict]:
    return {p.fact["value"]: p.fact for p in read_article(TEXT, store).proposals}


def test_parts_frames_and_rankings_are_named_by_their_measure(store):
    got = _facts(store)
    assert got["128"]["metric_zh"] == "外贸港口货物吞吐量", got["128"]
    assert got["53.1"]["entity"] == "xiaogan" and "外贸" in got["53.1"]["metric_zh"], got["53.1"]
    assert got["0.54"]["entity"] != "new:港口码头" and "通过能力" in got["0.54"]["metric_zh"], got["0.54"]
    reading = read_article(TEXT, store)
    ranks = {p.fact["metric_zh"]: p.fact["value"] for p in reading.proposals if p.fact["value"].startswith("第")}
    assert ranks.get("港口货物吞吐量增速全国内河排名") == "第二", ranks
    assert any("全省" in m and "增速" not in m and v == "第三" for m, v in ranks.items()), ranks
    assert any("增速全省" in m and v == "第二" for m, v in ranks.items()), ranks


def test_the_foreign_trade_part_answers_and_the_whole_does_not(store):
    apply_reading(store, read_article(TEXT, store), actor="test")
    engine = Engine(store)
    assert "128" in render(engine.answer("2031年上半年黄石港口外贸货物吞吐量是多少万吨？"))
    assert "53.1" in render(engine.answer("2031年上半年孝感港口外贸货物吞吐量是多少？"))
    assert "第二" in render(engine.answer("2031年上半年黄石港口货物吞吐量增速在全国内河排第几？"))
    assert "第三" in render(engine.answer("2031年1-6月孝感外贸总量在全省市州排第几？"))
