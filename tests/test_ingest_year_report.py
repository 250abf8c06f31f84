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


ZONE = ("湖北日报 2038-03-23\n\n某综合保税区封关运营\n\n"
        "3月22日，某综合保税区正式封关运营。该综保区于2037年12月25日通过验收，规划面积1.39平方公里，"
        "已签约项目50个。\n\n"
        "花湖机场顺丰转运中心建筑面积约70万平方米，投运一年来，花湖机场货邮吞吐量超过1万吨。\n")


def test_listed_partners_trade_is_each_partners_trade(curated_store):
    got = proposed(curated_store, YEAR)
    assert got["721.6"]["entity"] == "united-states" and got["721.6"]["metric_zh"] == "湖北对美国进出口额", got["721.6"]
    engine = ingested(curated_store, YEAR)
    said = render(engine.answer("What was Hubei's trade with the United States in 2037?")).split("\n")[0]
    assert "72.16 billion" in said, said


def test_kinds_asked_that_other_figures_never_answer(curated_store):
    engine = ingested(curated_store, ZONE)

    def first(question: str) -> str:
        return render(engine.answer(question)).split("\n")[0]

    assert "50" not in first("某综合保税区一共分为几大功能区块？")            # a count of blocks, not of projects
    inspected = first("某综合保税区是哪天通过验收的？")
    assert "3月22日" not in inspected, inspected                            # 验收 is not 封关
    assert "50" not in first("某综合保税区在评选中得了多少分？")               # a score, not a count
    assert "70" not in first("Huahu SF transfer centre sorting line total length km")   # an area is no length
    broader = first("花湖机场投运一年国际货邮量有多少吨？")
    assert "1万吨" not in broader or "不是" in render(engine.answer("花湖机场投运一年国际货邮量有多少吨？")), broader
    flights = render(engine.answer("How many international cargo flights has Ezhou Huahu Airport handled?"))
    assert "10,000th" not in flights.split("\n")[0], flights              # a place in order is no count


MONTH = ("湖北日报 2039-05-23\n\n汽车出口回暖\n\n"
         "5月21日从武汉海关获悉，4月份，湖北出口汽车1499辆，较3月增加20.1%；出口值2亿元，较3月增长28.2%。\n")


def test_the_month_compared_with_is_not_the_figures_period(curated_store):
    got = proposed(curated_store, MONTH)
    for value in ("1499", "20.1", "2", "28.2"):
        assert (got[value]["period_start"], got[value]["period_end"]) == ("2039-04-01", "2039-04-30"), got[value]
