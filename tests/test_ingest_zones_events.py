"""Issue 8, fourth front, on made-up sentences: names spelt otherwise (中欧(武汉)班列, 孝感综保区), a count
followed by its volume, a cumulative count since a service began, a bonded zone's dated steps and phases, and
a place that only says which one the zone is (湖北省第五家综合保税区)."""
from __future__ import annotations

from knowledge.ingest import read_article
from knowledge.ingest.aliases import expand_short_zones, name_variants
from knowledge.ingest.counts import volume_of
from knowledge.ingest.vocab import Metric
from knowledge.ingest.zones import names_which_one, phase_area, zone_events

HEAD = "楚天都市报 2032年2月10日\n\n"


def _facts(store, body: str, head: str = HEAD) -> dict[str, dict]:
    reading = read_article(head + body, store)
    return {p.fact["value"] + p.fact["unit"]: p.fact for p in reading.proposals}


def test_name_variants_put_the_bracketed_place_before_the_kind():
    assert "中欧（武汉）班列" in name_variants("中欧班列（武汉）")
    assert "中欧(武汉)班列" in name_variants("中欧班列（武汉）")
    assert name_variants("孝感综合保税区") == ["孝感综保区"]
    assert name_variants("武汉天河国际机场") == []


def test_a_citys_short_zone_name_is_spelt_in_full_but_not_wuhans():
    assert expand_short_zones("孝感综保区今年") == "孝感综合保税区今年"
    assert expand_short_zones("武汉综保区和东湖综保区") == "武汉综保区和东湖综保区"


def test_a_route_spelt_with_its_city_in_brackets_is_the_route(curated_store):
    got = _facts(curated_store, "2031年中欧(武汉)班列合计发运515列，计45678标箱，增长9.1%。")
    assert got["515列"]["entity"] == "china-europe-railway-wuhan"
    assert got["45678标箱"]["entity"] == "china-europe-railway-wuhan"


def test_a_count_followed_by_its_volume_measures_what_was_counted(curated_store):
    got = _facts(curated_store, "2031年中欧(武汉)班列合计发运515列，计45678标箱。")
    vol = got["45678标箱"]
    assert vol["metric_zh"] == "发运标箱数" and vol["metric_zh"] != got["515列"]["metric_zh"]
    assert vol["period_zh"] == "2031年"


def test_volume_of_needs_a_count_and_a_joining_word():
    trains = Metric("trains_shipped", "发运数", "trains shipped", "logistics")
    assert volume_of(trains, "列", "计", "标箱").zh == "发运标箱数"
    assert volume_of(trains, "列", "计", "万吨").zh == "发运货运量"
    assert volume_of(trains, "亿元", "计", "标箱") is None          # the first figure is no count
    assert volume_of(trains, "列", "出口额", "标箱") is None        # a measure of its own
    assert volume_of(None, "列", "计", "标箱") is None


def test_a_count_since_a_service_began_is_as_of_the_article(curated_store):
    got = _facts(curated_store, "2031年中欧(武汉)班列合计发运515列。\n\n中欧(武汉)班列开行9年多以来，共往返开行2100列。"
                        "其中，回程880列，计77777标箱。")
    for key in ("2100列", "880列", "77777标箱"):
        assert got[key]["period_zh"] == "截至2032年2月", key
    assert got["77777标箱"]["metric_zh"] == "回程标箱数"


def test_a_zones_steps_are_dated_facts_with_their_phase():
    steps = zone_events("孝感综合保税区于2030年5月6日获国务院批复设立，同年11月2日通过国家验收。", 2032, 2)
    assert [(e.day, e.metric.zh) for e in steps] == [("2030年5月6日", "国务院批复设立日期"),
                                                     ("2030年11月2日", "通过验收日期")]
    steps = zone_events("2029年3月3日，该区一期2.2平方公里通过八部门联合验收，并于当年7月7日正式封关运行。", 2032, 2)
    assert [(e.day, e.metric.zh) for e in steps] == [("2029年3月3日", "一期通过验收日期"),
                                                     ("2029年7月7日", "一期封关运行日期")]
    steps = zone_events("验收组9日通过对该区二期工程的验收。", 2032, 2)
    assert [(e.day, e.metric.id) for e in steps] == [("2032年2月9日", "phase2_acceptance_date")]
    assert zone_events("孝感今年出口增长9%。", 2032, 2) == []


def test_a_zones_steps_and_areas_are_proposed_for_the_zone(store):
    got = _facts(store, "2月8日，孝感综合保税区正式封关运营。\n\n孝感综保区于2030年5月6日获国务院批复设立，"
                        "同年11月2日通过国家验收，规划面积2.05平方公里。")
    assert got["2032年2月8日"]["metric_zh"] == "封关运营日期"
    assert got["2032年2月8日"]["period_start"] == "2032-02-08"
    assert got["2030年11月2日"]["metric_zh"] == "通过验收日期"
    zone = got["2030年5月6日"]["entity"]
    assert zone != "xiaogan" and got["2.05平方公里"]["entity"] == zone


def test_a_phase_printed_before_an_area_names_the_area():
    assert phase_area("东湖综保区首期", "综保区首期", "平方公里").zh == "首期面积"
    assert phase_area("二期规划面积", "二期规划面积", "平方公里").en == "phase II planned area"
    assert phase_area("规划面积", "区规划面积", "平方公里").en == "planned area"
    assert phase_area("占地面积", "占地面积", "平方公里") is None      # no phase, not planned: left as named
    assert phase_area("出口额", "出口额", "亿元") is None


def test_a_place_saying_which_one_the_zone_is_is_not_the_subject(curated_store):
    assert names_which_one("省内第五家综合保税区")
    assert names_which_one("首家综合保税区")
    assert not names_which_one("进出口总值增长")
    got = _facts(curated_store, "武汉东湖综保区2030年经国务院批准扩区，是湖北省首家综合保税区，规划面积6.6平方公里。")
    assert got["6.6平方公里"]["entity"] == "donghu-bonded-zone"


def test_an_event_named_at_the_head_of_a_clause_is_the_subject_of_its_signings(store):
    body = ("10月9日，第九届华中投资博览会在长沙启幕。2031湖北—江西经贸合作暨产业投资推介会上，31个重点项目签约，"
            "总金额222.22亿元。\n\n本次签约20亿元以上项目共5个。")
    reading = read_article(HEAD + body, store)
    got = {p.fact["value"] + p.fact["unit"]: p.fact for p in reading.proposals}
    event = got["31个"]["entity"]
    assert event not in ("hubei", "wuhan") and got["222.22亿元"]["entity"] == event
    assert got["31个"]["period_start"] == "2031-10-09"                # the day it opened, the sentence before
    assert got["5个"]["entity"] == event                                # 本次 is the event just named
    assert "签约签约" not in got["222.22亿元"]["metric_zh"]
    names = next(e for e in reading.new_entities if e["id"] == event)["aliases"]
    assert "湖北—江西投资推介会" in names and "湖北—江西经贸合作暨产业投资推介会" in names


def test_event_aliases_and_this_event():
    from knowledge.ingest.signings import event_aliases, this_event, without_repeats
    assert event_aliases("湖北—澳门经贸合作推介会") == ["湖北—澳门推介会"]
    assert event_aliases("华中投资博览会") == []
    assert this_event("此次集中签约的12个项目") and this_event("本次签约") and not this_event("今年签约")
    assert without_repeats("项目签约签约总金额") == "项目签约总金额"


def test_an_earlier_years_value_compared_with_is_that_years(curated_store):
    got = _facts(curated_store, "2031年，武汉港集装箱吞吐量达到301.5万标箱，比2030年的280万标箱增加了21.5万标箱。")
    assert got["280万标箱"]["period_zh"] == "2030年"
    assert got["280万标箱"]["metric_zh"] == got["301.5万标箱"]["metric_zh"]
    assert got["21.5万标箱"]["metric_zh"].endswith("比上年增加")


def test_the_growth_after_an_earlier_value_is_the_later_figures(curated_store):
    got = _facts(curated_store, "2031年中欧(武汉)班列合计发运515列。与2030年全年开行的460列相比，增长12.0%。")
    assert got["460列"]["period_zh"] == "2030年" and not got["460列"]["change_zh"]
    assert got["12.0%"]["period_zh"] == "2031年"


def test_compare_helpers():
    from knowledge.ingest.compare import change_after_base, closes_comparison, compared_year
    assert compared_year("吞吐量达到301.5万标箱，比2030年的") == "2030"
    assert compared_year("与2030年全年开行的") == "2030"
    assert compared_year("2030年出口额") is None
    assert closes_comparison("相比，增长12.0%") and not closes_comparison("，增长12.0%")
    base = Metric("container_throughput", "集装箱吞吐量", "container throughput", "logistics")
    assert change_after_base("比2030年的280万标箱减少了", base).zh == "集装箱吞吐量比上年减少"
    assert change_after_base("今年增加了", base) is None


def test_dollars_called_meijin_are_dollars(store):
    from knowledge.ingest.aliases import normalise
    assert normalise("实际使用外资8.8亿美金，美金汇率") == "实际使用外资8.8亿美元，美金汇率"
    got = _facts(store, "2031年，湖北实际使用外资8.8亿美金。")
    assert got["8.8亿美元"]["entity"] == "hubei"


def test_a_direction_after_qizhong_is_a_part_of_the_count_before(curated_store):
    got = _facts(curated_store, "中欧(武汉)班列开行9年多以来，共往返开行2100列。其中，回程880列，计77777标箱。")
    assert got["880列"]["metric_zh"] == "回程开行列数"
    assert got["880列"]["metric_en"] == "return trains"


def test_part_of_count_needs_qizhong_and_a_direction():
    from knowledge.ingest.counts import part_of_count
    total = Metric("trains_run_total", "往返开行列数", "trains run", "logistics")
    assert part_of_count("其中，回程", "回程", "列", total, "列").zh == "回程开行列数"
    assert part_of_count("今年回程", "回程", "列", total, "列") is None
    assert part_of_count("其中，回程", "回程", "标箱", total, "列") is None


def test_a_part_accepted_in_a_month_is_dated_to_that_month():
    steps = zone_events("2031年9月，第二跑道通过行业验收，保障能力提升。", 2032, 2)
    assert [(e.day, e.metric.zh, e.metric.en) for e in steps] == [
        ("2031年9月", "第二跑道通过验收日期", "second runway acceptance date")]
    assert zone_events("1-9月，该区项目通过验收", 2032, 2) == []          # a span, not a month's step
    assert zone_events("9月份通过验收", 2032, 2) == []


def test_the_year_a_service_started_and_that_years_figure(curated_store):
    got = _facts(curated_store, "武汉港1998年开通集装箱运营，当年吞吐量2.22万标箱。2031年，武汉港集装箱吞吐量300万标箱。")
    assert got["2.22万标箱"]["period_zh"] == "1998年" and got["2.22万标箱"]["entity"] == "wuhan-port"
    assert not got["2.22万标箱"]["metric_zh"].startswith("当年")
    started = next(f for f in got.values() if f["metric_zh"] == "开通集装箱运营年份")
    assert started["period_start"] == "1998-01-01"


def test_year_referred_needs_a_year_before_in_its_sentence():
    from knowledge.ingest.compare import year_referred
    assert year_referred("武汉港1998年开通集装箱运营，当年吞吐量") == "1998"
    assert year_referred("当年吞吐量") is None


def test_figures_of_the_day_a_zone_opened_take_that_day(store):
    got = _facts(store, "2月8日，孝感综合保税区正式封关运营。当天，区内6家企业报关120票，实现进出口额约300万美元。")
    assert got["约300万美元"]["period_start"] == "2032-02-08"
    assert got["6家"]["period_start"] == "2032-02-08"
