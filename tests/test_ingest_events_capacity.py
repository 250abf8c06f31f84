"""Events and capacities read from made-up articles in the shape of real ones: a day whose event is only said of a
thing (来到通航一年多的机场) is no day of that event; 作为湖北“头号工程” does not make Hubei the subject; 通过验收 and
建成投运 are events with a day; a design capacity (按照满足…的要求设计) is no measured figure; 净增1亿吨、达到4亿吨 gives the
level reached, not a second net change; 总里程 said bare after a measure is that measure's total."""
from __future__ import annotations

from bot import render
from conftest import ingested, proposed

HUB = ("湖北日报 2038-08-03\n\n某货运机场调研\n\n"
       "8月2日下午，采访团来到通航一年多的花湖机场。\n\n"
       "花湖机场是亚洲首座专业货运枢纽机场，作为湖北“头号工程”，于2034年12月开工、去年7月17日建成投运。"
       "按照满足2040年旅客吞吐量100万人次、货邮吞吐量245万吨的要求设计。\n")

ZONE = ("湖北日报 2038-03-23\n\n宜昌综合保税区封关运营\n\n"
        "2037年12月25日，宜昌综合保税区在全国率先以“线上方式”，通过由海关总署等部委组织的视频验收。\n")

PORTS = ("中新网 2038-01-22\n\n湖北港航十四五\n\n"
         "“十五五”时期，湖北新增三级以上高等级航道352公里，总里程达2090公里。"
         "全省港口货物通过能力净增1亿吨、达到4亿吨。\n")


def test_a_day_said_of_a_thing_is_no_event_and_an_apposition_is_no_subject(curated_store):
    got = proposed(curated_store, HUB)
    assert not any(f["metric_zh"] == "通航日期" for f in got.values()), [f["metric_zh"] for f in got.values()]
    built = [f for f in got.values() if f["metric_zh"] == "建成投运日期"]
    assert built and built[0]["entity"] == "huahu-airport" and built[0]["period_start"] == "2037-07-17", built
    began = [f for f in got.values() if f["metric_zh"] == "开工日期"]
    assert began and began[0]["entity"] == "huahu-airport", began
    assert got["245"]["metric_zh"] == "设计货邮吞吐量", got["245"]
    engine = ingested(curated_store, HUB)
    assert "7月17日" in render(engine.answer("花湖机场是哪天建成投运的？")).split("\n")[0]


def test_an_inspection_passed_is_an_event_with_its_day(curated_store):
    engine = ingested(curated_store, ZONE)
    said = render(engine.answer("宜昌综合保税区是哪天通过验收的？")).split("\n")[0]
    assert "12月25日" in said, said


def test_a_level_reached_after_a_net_change_and_a_bare_total(curated_store):
    got = proposed(curated_store, PORTS)
    assert got["4"]["metric_zh"] == "港口货物通过能力", got["4"]
    assert got["2090"]["metric_zh"] == "三级以上高等级航道总里程", got["2090"]


REPOST = ("长江云 2039-03-04\n\n湖北企业走出去\n\n"
          "9月28日，湖北省商务厅召开新闻发布会透露，今年前8月，湖北省对外承包工程新签合同额88.4亿美元，居全国第六位；"
          "完成营业额35.9亿美元，居全国第三位。\n")

LASER = ("湖北日报 2038-07-15\n\n高新技术产品出口\n\n"
         "今年上半年，湖北省高新技术产品出口624.6亿元。其中出口激光装备同比增加59.9%，价值3.2亿元，增长25%。\n")


def test_a_repost_dated_before_its_months_are_over_is_last_years_story(curated_store):
    from knowledge.ingest import read_article
    reading = read_article(REPOST, curated_store)
    got = {p.fact["value"]: p.fact for p in reading.proposals}
    assert (got["88.4"]["period_start"], got["88.4"]["period_end"]) == ("2038-01-01", "2038-08-31"), got["88.4"]
    assert got["35.9"]["metric_zh"] == "对外承包工程完成营业额", got["35.9"]
    assert any("2038-09-28" in w for w in reading.warnings), reading.warnings
    assert reading.source["date"] == "2039-03-04"          # the page's date is still the one cited


def test_a_value_after_a_products_growth_is_that_products_and_kinds_counted_are_no_amount(curated_store):
    got = proposed(curated_store, LASER)
    assert got["3.2"]["metric_zh"] == "激光装备出口值", got["3.2"]
    engine = ingested(curated_store, LASER)
    said = render(engine.answer("2038年上半年湖北激光装备出口值是多少亿元？")).split("\n")[0]
    assert "3.2" in said, said
    kinds = render(engine.answer("2038年上半年湖北激光装备出口的货物品类累计有多少种？")).split("\n")[0]
    assert "624.6" not in kinds and "3.2" not in kinds, kinds


WIRE = ("中新网 2039-01-24\n\n首趟班列启程\n\n"
        "中新网武汉1月24日电 满载货物的中欧班列（武汉）75200次列车24日凌晨3时34分从吴家山车站启程，驶往俄罗斯。"
        "这是农历新年武汉地区开出的首趟中欧班列。\n\n"
        "2038年湖北省港口集装箱吞吐量达229.3万标箱。这是记者从22日在武汉举行的2039年湖北港航海事工作会议上获悉的。\n")


def test_a_day_written_alone_in_a_wire_its_time_of_day_and_the_meeting_held(curated_store):
    got = proposed(curated_store, WIRE)
    times = [f for f in got.values() if f["metric_zh"] == "启程时间"]
    assert times and times[0]["value"] == "3时34分" and times[0]["period_start"] == "2039-01-24", times
    assert times[0]["value_en"] == "3:34", times[0]
    held = [f for f in got.values() if f["metric_zh"] == "举行日期"]
    assert held and held[0]["period_start"] == "2039-01-22" and "会议" in held[0].get("entity_zh", ""), held
    engine = ingested(curated_store, WIRE)
    said = render(engine.answer("2039年武汉开出的首趟中欧班列是几点从吴家山车站出发的？")).split("\n")[0]
    assert "3时34分" in said, said
    meeting = render(engine.answer("2039年湖北港航海事工作会议是几号在武汉开的？")).split("\n")[0]
    assert "22日" in meeting, meeting


SITE = ("ejc56.com\n湖北港口集装箱吞吐量突破229万标箱 居长江中上游首位\n"
        "(梁婷 陈珺)2038年湖北省港口集装箱吞吐量达229.3万标箱，同比增长9.4%。\n")


def test_a_site_address_is_no_title_and_the_title_line_is_no_part_of_the_lead(curated_store):
    from knowledge.ingest import read_article
    reading = read_article(SITE, curated_store, date="2039-01-22")
    assert reading.source["title"] == "湖北港口集装箱吞吐量突破229万标箱 居长江中上游首位", reading.source
    values = [p.fact["value"] for p in reading.proposals]
    assert "229.3" in values and "229" not in values, values
