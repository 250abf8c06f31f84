"""Issue 8, on made-up sentences: subjects listed with their figures. Places listed after a count and a
threshold (N个市州…过亿美元，依次是A x、B y) each get the measure the count counted; places or partners
listed before 分别增长 each get their own growth of the measure said just before; 台湾省 is the partner
Taiwan; and a question drawing a line (投资总额1000万美元以上的企业) is not answered by a figure of all firms."""
from __future__ import annotations

from bot import Engine, render
from knowledge.ingest import apply_reading, read_article

HEAD = "湖北日报 2031年10月25日\n\n"
BODY = ("前三季度，湖北省合同外资金额达到226.28亿美元，同比增长37.4%。其中，加拿大和英国成为湖北省引资增幅最大的地区，"
        "分别增长46.1倍和3.9倍。\n"
        "按外资来源地分，投资超亿美元的有：日本 8.49亿美元，同比增长21.9%；台湾省2.64亿美元，同比增长114.3%。\n"
        "前9月，湖北省新批投资总额500万美元以上企业48家，其中投资总额1000万美元以上企业23家。\n"
        "从市州情况看，4个市州实际使用外资过亿美元，依次是武汉58.6亿美元、襄阳6.5亿美元、荆门2.9亿美元、十堰1.7亿美元。"
        "9市增幅高于全省平均，其中潜江、仙桃分别增长63.2%、26.1%。\n")


def _facts(store) -> dict[str, dict]:
    reading = read_article(HEAD + BODY, store)
    return {p.fact["value"]: p.fact for p in reading.proposals}


def test_places_listed_after_a_count_and_a_threshold_get_the_measure_counted(store):
    got = _facts(store)
    for value, entity in (("58.6", "wuhan"), ("6.5", "xiangyang"), ("1.7", "shiyan")):
        assert got[value]["entity"] == entity and got[value]["metric_zh"] == "实际使用外资", got[value]
    assert got["63.2"]["entity"] == "qianjiang" and got["26.1"]["entity"] == "xiantao"
    assert "实际使用外资" in got["63.2"]["metric_zh"]


def test_partners_described_before_their_growths_and_taiwan_province(store):
    got = _facts(store)
    assert got["46.1"]["metric_zh"] == "湖北来自加拿大的合同外资金额增速", got["46.1"]
    assert "英国" in got["3.9"]["metric_zh"] and "contracted" in got["3.9"]["metric_en"]
    assert got["2.64"]["metric_zh"] == "湖北实际使用来自台湾的外资", got["2.64"]


def test_the_ingested_figures_answer_and_a_line_drawn_is_kept(store):
    reading = read_article(HEAD + BODY, store)
    apply_reading(store, reading, actor="test")
    engine = Engine(store)
    assert "58.6" in render(engine.answer("2031年前三季度武汉实际使用外资多少？"))
    assert "46.1" in render(engine.answer("2031年前三季度加拿大对湖北投资增长了多少倍？"))
    assert "63.2" in render(engine.answer("2031年前三季度潜江实际使用外资增长多少？"))
    answer = engine.answer("How many newly approved firms in Hubei had total investment above US$20 million "
                           "in the first nine months of 2031?")
    assert "48" not in render(answer) and "23" not in render(answer), render(answer)
