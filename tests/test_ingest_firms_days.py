"""Reading (made-up figures, from qsets71): a share of the firms just counted (有进出口实绩的企业7300家，其中民企占
87.1%) is that kind of firm's share of them; a date printed day first (28.12.2031) is the article's; a national
pilot park named 中国(鄂州)… is also called by its place and kind (鄂州跨境电商产业园); planned and phase-one
capacities are told apart; 2031年3-5月 is March to May; rates after 比去年同期(下同) are year on year."""
from __future__ import annotations

from conftest import first_line, ingested, proposed
from knowledge.ingest import read_article
from knowledge.ingest.aliases import name_variants


def test_a_share_of_the_firms_just_counted(store):
    text = ("湖北日报 2032-01-19\n\n湖北外贸创新高\n\n从企业看，我省有进出口实绩的企业7300家，其中民企占87.1%，"
            "民企进出口占全省外贸总值超六成。\n")
    fact = proposed(store, text)["87.1"]
    assert fact["metric_zh"].startswith("民企占") and "企业数" in fact["metric_zh"]
    engine = ingested(store, text)
    assert "87.1" in first_line(engine, "2031年湖北有进出口实绩的企业中民营企业占比多少？")


def test_a_date_printed_day_first(store):
    text = "湖北某综合保税区二期通过验收\n\n28.12.2031  15:44\n\n新华社武汉12月28日电 截至2013年底，该区注册企业310家。\n"
    assert read_article(text, store).source["date"] == "2031-12-28"


def test_a_national_pilot_park_is_called_by_its_place_and_kind():
    assert "鄂州跨境电商产业园" in name_variants("中国(鄂州)跨境电商产业园")
    assert "湖北自由贸易试验区" in name_variants("中国（湖北）自由贸易试验区")


PORT = ("湖北日报 2032-04-12\n\n某港区建设提速\n\n小河港区规划建设22个泊位，设计年通过能力1750万吨。目前已建成投产一期工程5个泊位，"
        "设计年通过能力236万吨。2031年3-5月，小河港区先后开通直达长江、江海联运等航线11条。\n")


def test_planned_and_phase_capacities_are_told_apart(curated_store):
    facts = proposed(curated_store, PORT)
    assert facts["22"]["metric_zh"].startswith("规划") and facts["1750"]["metric_zh"].startswith("规划")
    assert facts["5"]["metric_zh"].startswith("一期") and facts["236"]["metric_zh"].startswith("一期")
    engine = ingested(curated_store, PORT)
    assert "1750" in first_line(engine, "小河港区规划设计年通过能力是多少？")
    assert "236" in first_line(engine, "小河港区一期设计年通过能力是多少？")
    assert "5" in first_line(engine, "How many berths of phase one of Xiangyang's Xiaohe port area have been completed?")


def test_a_span_of_months_after_january(curated_store):
    fact = proposed(curated_store, PORT)["11"]
    assert (fact["period_start"], fact["period_end"]) == ("2031-03-01", "2031-05-31")
    engine = ingested(curated_store, PORT)
    assert "11" in first_line(engine, "2031年3月至5月，小河港区先后开通了多少条航线？")


def test_rates_declared_year_on_year_below(store):
    text = ("长江日报 2031-10-16\n\n湖北外贸创年内新高\n\n前三季度湖北省进出口值2501.1亿元人民币，比去年同期(下同)增长7.9%。"
            "其中，出口1566.6亿元，增长4.2%；进口934.5亿元，增长14.7%。\n")
    facts = proposed(store, text)
    assert facts["1566.6"]["change_zh"] == "同比增长4.2%" and "year on year" in facts["934.5"]["change_en"]
    engine = ingested(store, text)
    assert "4.2" in first_line(engine, "What was the year-on-year growth of Hubei's exports in the first three "
                                       "quarters of 2031?")
