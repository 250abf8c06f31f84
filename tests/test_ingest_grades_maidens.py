"""Grades, examples, maiden sailings and a port's capacity (made-up figures).
Reader: grades listed before one noun (3个国家级、17个省级出口质量示范县) each count that noun, and a part of another
grade in brackets (640家省级以上…企业（其中国家级41家）) is that grade's count; places in examples listed before a count
(宜昌蜜橘、蕲春蕲艾等8个…) are no subject; the rate said to be largest in the clause before (罐头出口增幅最大，达到88.8%)
names the figure; 300余人与会 are the people attending; 开幕式上 is the event named before, and 自2003年创办以来，X is X's
founding; a departure that 标志着…航线正式首航 or …货站正式启用 is that first's day (in traditional characters too,
標誌著), and the ports it heads for (前往A、B、C3个港口) are counted as the ports reached; 物流时间压缩5天 is a decrease in time and
综合物流成本降低35% keeps its whole noun; a port area 作为…的核心港区 is the subject, and its 吞吐能力 is a capacity, not
a throughput; “十一五”期末, “十二五”期 and 到“十三五”期末接近 are five-year-plan periods; 当年吞吐量1.2万标箱 counts
containers; a port area is named with its port's city too (襄水青滩港区); 中部首个…合作区在湖北设立 is the day that first
was set up, in Hubei; an event's full name and the short one it is called by (简称“某某会”) are one event.
Engine: the year of another event (哪一年签协议, 创办年份, set up, 开始建设) is not the year of an amount, a forum or
the day an event opened; 与会人数 is not a date; 多少头 is not money; 年综合通过能力 is not the cargo handled; a
five-year plan asked (“十一五”期末) is answered by its own years, not another plan's; the port of X is X Port; a firm
asked at an occasion (在…某某会上) is the subject, not the event; a fund asked (多少专项资金) is not the exports it
helps; an acronym firm the base does not hold (CP Group) is declined by name."""
from __future__ import annotations

from conftest import first_line, ingested
from knowledge.ingest import read_article

FARM = ("某某网 2031-01-18\n农产品出口\n\n2030年，湖北省农产品出口99.9亿元。茶叶出口增幅较大，罐头出口增幅最大，达到88.8%。"
        "目前，全省有3个国家级、17个省级出口质量示范县，有640家省级以上重点龙头企业（其中国家级41家）。"
        "目前，湖北省某甲香菇、宜昌蜜橘、蕲春蕲艾等8个特色农产品优势区获认定；宜昌蜜橘、随州香菇等9个品牌入选目录。\n")

FAIR = ("某某社 2032-10-21\n某某会开幕\n\n某某社武汉10月21日电 第十届某某合作洽谈会（简称“某某会”）21日在武汉开幕，来自20个国家"
        "的客商代表等300余人与会。\n开幕式上，5个项目现场签约，签约金额60亿元。\n"
        "某甲集团表示，今年将在鄂新增投资30亿元，建设80万头生猪养殖项目。\n自2003年创办以来，某某会累计邀请60多个国家的客商。\n")

SAILING = ("某某网 2035-06-20\n沙洲港区直航首航\n\n某州6月18日电 满载货物的“某某1”18日上午从沙洲港青滩港区出发，前往韩国釜山及日本"
           "门司、大阪3个港口，标志着青滩港区直航日韩国际航线正式首航。\n该航线开通后，物流时间压缩5天，综合物流成本降低35%。\n"
           "青滩港区作为沙洲港的核心港区，年综合通过能力800万吨，年集装箱吞吐能力30万标箱。\n"
           "2034年，沙洲港货物吞吐量6000万吨。\n")

PLAN = ("某某网 2036-04-26\n沙洲港集装箱\n\n沙洲港1998年开通集装箱运营，当年吞吐量1.2万标箱。“十一五”期末，沙洲港集装箱吞吐量增至40多万标箱，"
        "“十二五”期突破90万标箱，到“十三五”期末接近180万标箱。\n")

CARGO = "中國網 2037-03-28\n\n3月26日9時30分，滿載貨物的某某航班從某某國際機場啟程，標誌著某某機場國際貨站正式啟用。\n"


def _facts(store, text):
    return {p.fact["value"]: p.fact for p in read_article(text, store).proposals}


def test_grades_examples_and_the_largest_rate(store):
    facts = _facts(store, FARM)
    assert facts["3"]["metric_zh"] == "国家级出口质量示范县数" and facts["17"]["metric_zh"] == "省级出口质量示范县数"
    assert facts["640"]["metric_zh"] == "省级以上重点龙头企业数"
    assert facts["41"]["metric_zh"] == "国家级重点龙头企业数"
    assert facts["8"]["entity"] == "hubei" and facts["9"]["entity"] == "hubei"
    assert facts["88.8"]["metric_zh"] == "罐头出口增幅" and "canned food" in facts["88.8"]["metric_en"]


def test_attendance_the_opening_ceremony_and_a_founding(store):
    reading = read_article(FAIR, store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    fair = next(e["id"] for e in reading.new_entities if e["name_zh"] == "某某会")
    assert facts["300余"]["metric_zh"] == "参会人数"
    assert facts["5"]["entity"] == fair and facts["60"]["entity"] == fair
    assert facts["2003"]["entity"] == fair and facts["2003"]["metric_zh"] == "成立年份"
    assert facts["80"]["unit"] == "万头"


def test_a_maiden_sailing_its_ports_savings_and_a_port_areas_capacity(store):
    reading = read_article(SAILING, store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    area = next(e["id"] for e in reading.new_entities if e["name_zh"] == "青滩港区")
    assert facts["6月18日"]["entity"] == area and "直航日韩国际航线" in facts["6月18日"]["metric_zh"]
    assert facts["3"]["metric_zh"] == "前往港口数"
    assert facts["5"]["metric_zh"] == "物流时间减少" and facts["35"]["metric_zh"] == "综合物流成本降低比例"
    assert facts["800"]["entity"] == area and facts["30"]["metric_zh"] == "年集装箱吞吐能力"


def test_five_year_plan_periods_and_containers_in_teu(store):
    facts = _facts(store, PLAN)
    assert facts["1.2"]["metric_zh"] == "集装箱吞吐量" and facts["1.2"]["period_start"] == "1998-01-01"
    assert facts["40多"]["period_start"] == "2010-01-01" and facts["40多"]["period_end"] == "2010-12-31"
    assert facts["90"]["metric_zh"] == "集装箱吞吐量" and facts["90"]["period_end"] == "2015-12-31"
    assert facts["近180"]["metric_zh"] == "集装箱吞吐量" and facts["近180"]["period_start"] == "2020-01-01"


def test_a_departure_marking_an_opening_in_traditional_characters(store):
    facts = _facts(store, CARGO)
    assert "国际货站启用" in facts["3月26日"]["metric_zh"] and facts["3月26日"]["period_start"] == "2037-03-26"


def test_the_time_of_another_event_attendance_heads_and_capacity(store):
    engine = ingested(store, FAIR)
    assert "30亿元" not in first_line(engine, "某甲集团是在哪一年跟湖北签协议建生猪养殖项目的?")
    assert "10月21日" not in first_line(engine, "某某会 创办 年份")
    assert "10月21日" not in first_line(engine, "2032年某某会开幕时与会人数有多少?")
    assert "30亿元" not in first_line(engine, "某甲集团的生猪养殖项目规模是多少头?")
    engine = ingested(store, SAILING)
    assert "6000" not in first_line(engine, "沙洲港青滩港区的年综合通过能力是多少吨?")


def test_a_forum_or_jobs_are_not_the_year_something_was_set_up(curated_store):
    from bot import Engine
    reply = first_line(Engine(curated_store), "In what year was central China's first cross-strait industrial "
                                               "cooperation zone set up in Hubei?")
    assert "Nordic" not in reply and "2,000" not in reply


def test_five_year_plans_asked_and_a_port_named_in_english(store):
    engine = ingested(store, PLAN)
    assert "40多万" in first_line(engine, "沙洲港“十一五”期末集装箱吞吐量增加到多少万标箱?")
    assert "90万" in first_line(engine, "沙洲港集装箱吞吐量在“十二五”期间突破了多少万标箱?")
    assert "1.2万" in first_line(engine, "沙洲港1998年刚开通集装箱运营时，那一年吞吐量是多少标箱?")
    assert "12,000" in first_line(engine, "How many TEUs did the port of Shazhou handle in 1998?")


def test_an_occasion_a_fund_and_an_unknown_acronym(store):
    engine = ingested(store, FAIR)
    reply = first_line(engine, "某甲集团这次在第十届某某会上说要在湖北再投多少钱?")
    assert "30亿元" in reply and "60亿元" not in reply
    assert first_line(engine, "How much new investment does CP Group plan to add in Hubei?").startswith("Sorry")
    engine = ingested(store, "某某网 2031-02-02\n\n2030年，湖北省农业农村厅调剂专项资金300万元，助力农产品出口。"
                             "2030年，湖北省农产品出口99.9亿元。\n")
    assert "99.9" not in first_line(engine, "2030年湖北为助力农产品出口调剂了多少专项资金?")
    assert "9.99" not in first_line(engine, "How much funding did Hubei allocate to help farm exports in 2030?")


def test_a_port_area_with_its_city_a_first_set_up_and_construction_begun(store):
    engine = ingested(store, "某某网 2034-03-06\n\n襄水港是全国内河主要港口，其核心港区青滩港区2033年先后开通水运航线26条。"
                             "2018年7月，中部首个某某产业合作区在湖北设立，成为融合发展的重要平台。\n")
    assert "26" in first_line(engine, "襄水青滩港区2033年一共开了几条水运航线?")
    assert "2018" in first_line(engine, "中部首个某某产业合作区是哪一年在湖北设立的?")
    engine = ingested(store, CARGO)
    assert "3月26日" not in first_line(engine, "某某机场国际货站是哪年几月开始建设的?")
