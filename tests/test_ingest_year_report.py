"""A year's trade report read from an article (made-up figures in the shape of a provincial release): a mark
passed (突破5300亿元) yields to the exact figure of the same measure; 实际货物贸易 is the trade itself; growth over a
named year (比2035年增长) is its own measure; the amount trade grew by (增量, in absolute terms) is no total; a month singled out (其中去年11月) frames only its own sentence; a
firm's short name used as a verb (逐季攀升至) names no firm; 全省第四 is a ranking, not the province as subject."""
from __future__ import annotations

from bot import render
from conftest import ingested, proposed

YEAR = ("湖北省人民政府网 2038-01-19\n\n湖北外贸刷新历史\n\n"
        "1月17日，新闻发布会透露，2037年湖北进出口规模突破5300亿元，创历史新高。\n\n"
        "据海关介绍，2037年全省实际货物贸易进出口总值5374.4亿元，同比增长24.8%，比2035年增长36.2%。"
        "其中出口3509.3亿元，增长29.9%；进口1865.1亿元，增长16.3%。全省外贸增量达到1069.2亿元。\n\n"
        "2037年，湖北外贸一路快跑，季度外贸规模从1183.6亿元逐季攀升至1529.7亿元。从月度看，已连续21个月同比正增长，"
        "其中去年11月进出口522.6亿元，创单月新高。\n\n"
        "我省前三大贸易伙伴分别为东盟、美国、欧盟，外贸额分别为743.7亿元、721.6亿元和694.5亿元。\n")

CITY = ("黄石日报 2038-08-02\n\n黄石外贸再创新高\n\n"
        "黄石市2037年累计完成外贸进出口278.4亿元，同比增长12.3%，总量位居全省第二。"
        "其中完成出口140.6亿元，全省第四；实现进口137.8亿元，排名全省第二。\n\n"
        "今年1—6月，全市累计完成外贸进出口107亿元。6月份当月完成出口10.9亿元，同比增长9.47%。\n")


def test_a_mark_passed_yields_to_the_exact_figure_and_a_month_singled_out_frames_only_its_sentence(curated_store):
    got = proposed(curated_store, YEAR)
    assert got["5374.4"]["metric_zh"] == "进出口总值" and got["5374.4"]["entity"] == "hubei", got["5374.4"]
    assert got["5300"]["metric_zh"] == "进出口总值突破关口", got["5300"]
    assert got["3509.3"]["metric_zh"] == "出口额" and got["1865.1"]["metric_zh"] == "进口额"
    assert "比2035年" in got["36.2"]["metric_zh"], got["36.2"]
    assert got["1529.7"]["entity"] == "hubei", got["1529.7"]          # 攀升 here is no firm's name
    assert (got["522.6"]["period_start"], got["522.6"]["period_end"]) == ("2037-11-01", "2037-11-30")
    for value in ("743.7", "721.6", "694.5"):       # the year, not 去年11月 carried over
        assert (got[value]["period_start"], got[value]["period_end"]) == ("2037-01-01", "2037-12-31"), got[value]
        assert "分别" not in got[value]["metric_zh"], got[value]


def test_the_exact_figure_answers_and_a_growth_over_a_named_year_is_not_year_on_year(curated_store):
    engine = ingested(curated_store, YEAR)
    total = render(engine.answer("2037年湖北省货物贸易进出口总值是多少亿元？"))
    assert "5374.4" in total and "5300" not in total.split("\n")[0], total
    over = render(engine.answer("2037年湖北外贸进出口比2035年增长了百分之几？")).split("\n")[0]
    assert "24.8" not in over, over
    added = render(engine.answer("How much did Hubei's foreign trade increase in absolute terms in 2037?"))
    assert "1069.2" in added.split("\n")[0] or "106.92" in added.split("\n")[0], added


def test_a_ranking_in_the_province_leaves_the_city_the_subject(curated_store):
    got = proposed(curated_store, CITY)
    assert got["137.8"]["entity"] == "huangshi" and got["137.8"]["metric_zh"] == "进口额", got["137.8"]
    assert got["10.9"]["metric_zh"] == "出口额" and got["10.9"]["period_start"] == "2038-06-01", got["10.9"]
