"""Reading (made-up figures, from qsets70): a ranking of a bare 总量 after a flow's growth ranking in the same
sentence (出口增速全省市州第1位，总量稳居第4位) ranks that flow's total; a page's date set a part to a line
(2019 / 06/14 / 09:42) is the article's date; a total conceded to (随县创汇虽然…未增，但总量有…) is the county's
measure; a headline's own place (新能源车出口量居全国第六) is read for the period its story opens with; a first tier
(第一方阵) is no place; a count with its rate answers how much it rose; a city's share in thirds (武汉进出口值占全省
三分之二) is its trade's; a number broken by a space (251 37万标箱) is not read as one; a pace a city leads with
(以2.3倍的增速领跑全省) is its trade's growth; a first edition's story (首届鄂商大会) is the conference's."""
from __future__ import annotations

from conftest import first_line, ingested, proposed
from knowledge.ingest import read_article

STORY = ("湖北日报 2031年4月20日\n\n随州出口增势强劲\n\n今年一季度，随州出口增速全省市州第1位，总量稳居第4位。"
         "今年前3个月，随州出口3.05亿美元，同比增长21.7%。\n")


def test_a_bare_total_ranked_after_a_flow_is_that_flow_s(curated_store):
    facts = proposed(curated_store, STORY)
    assert facts["第4"]["metric_zh"].startswith("出口总量")
    assert "exports" in facts["第4"]["metric_en"]
    engine = ingested(curated_store, STORY)
    assert "第4" in first_line(engine, "随州2031年一季度出口总量在全省排第几？")
    assert "第1" in first_line(engine, "随州2031年一季度出口增速在全省排第几？")


def test_a_date_set_a_part_to_a_line_is_read(store):
    text = "我省外贸前5月增长16%\n2031\n06/14\n09:42\n\n今年前5个月，湖北外贸进出口1802.6亿元，增长16%。\n"
    reading = read_article(text, store)
    assert reading.source["date"] == "2031-06-14"
    assert proposed(store, text)["1802.6"]["period_end"] == "2031-05-31"


def test_a_total_conceded_to_is_the_county_s_measure(store):
    text = ("湖北日报 2031年4月20日\n\n随州县域外贸\n\n1至3月，曾都区创汇6012万美元、增长30.1%，"
            "随县创汇虽然比上年同期未增，但总量有5987万美元。\n")
    facts = proposed(store, text)
    assert facts["5987"]["entity"] == "sui-county"
    assert facts["5987"]["metric_zh"] == "创汇总量"
    engine = ingested(store, text)
    assert "5987" in first_line(engine, "随县2031年一季度创汇多少？")


CARS = ("长江日报 2032-01-23\n\n湖北汽车出口值创新高 新能源车出口量居全国第六\n\n1月22日，湖北公布2031年进出口数据。"
        "2031年，湖北出口汽车15.2万辆，增加36.1%。在车规级芯片等领域，湖北位居全国第一方阵。"
        "某汽车2031年实现销售50113辆，同比增长150%。\n")


def test_a_headline_s_own_place_is_read_for_the_period_its_story_opens_with(store):
    facts = proposed(store, CARS)
    assert (facts["第六"]["period_start"], facts["第六"]["period_end"]) == ("2031-01-01", "2031-12-31")
    assert "新能源车出口量" in facts["第六"]["metric_zh"]
    engine = ingested(store, CARS)
    assert "第六" in first_line(engine, "2031年湖北新能源车出口量在全国排第几？")


def test_a_first_tier_is_no_place(store):
    assert "第一" not in proposed(store, CARS)


def test_a_count_with_its_rate_answers_how_much_it_rose(store):
    engine = ingested(store, CARS)
    assert "36.1" in first_line(engine, "2031年湖北出口汽车的数量比上年增加了多少？")
    assert "15.2" not in first_line(engine, "2031年湖北出口汽车净增多少辆？")


def test_a_city_s_share_of_the_province_in_thirds_is_its_trade_s(store):
    text = ("湖北日报 2031-03-13\n\n前2个月湖北外贸开门红\n\n今年前2个月，湖北一般贸易进出口558.1亿元，占全省外贸总值的"
            "71.2%；武汉进出口值占全省三分之二，仙桃进出口增长240.1%。\n")
    facts = proposed(store, text)
    assert facts["三分之二"]["entity"] == "wuhan"
    assert "一般贸易" not in facts["三分之二"]["metric_zh"]
    engine = ingested(store, text)
    assert "三分之二" in first_line(engine, "2031年前2个月武汉进出口值占湖北全省的比重是多少？")


def test_a_number_broken_by_a_space_is_not_read_as_one(store):
    text = ("湖北日报 2032-01-06\n\n武汉港集装箱吞吐量创新高\n\n251 37万标箱！同比增长23 05%。\n\n"
            "1月4日，武汉新港管委会通报，武汉港2031年集装箱吞吐量251.37万标箱，同比增长23.05%。\n")
    facts = proposed(store, text)
    assert "25137" not in facts and "37" not in facts
    assert facts["251.37"]["change_zh"].endswith("23.05%")


def test_a_pace_a_city_leads_with_is_its_trade_s_growth(store):
    text = ("湖北日报 2031-06-14\n\n我省外贸前5月增长16%\n\n据悉，1月至5月黄石、襄阳进出口增速高于全省平均水平，"
            "潜江以2.3倍的增速领跑全省。\n")
    facts = proposed(store, text)
    assert facts["2.3"]["entity"] == "qianjiang"
    assert "增速" in facts["2.3"]["metric_zh"] and "进出口" in facts["2.3"]["metric_zh"]
    engine = ingested(store, text)
    assert "2.3倍" in first_line(engine, "2031年前5个月潜江外贸增速是多少？")


FAIR = ("长江商报 2031-11-02\n\n首届鄂商大会新闻发布会昨日举行\n\n首届鄂商大会还未召开，“吸金”已超5000亿。昨天，首届鄂商大会"
        "新闻发布会召开，大会将于5日-6日召开。\n据了解，首届鄂商大会邀请客商1200多位，全国工商联副主席达12位。\n"
        "截至目前，各地已报送签约项目411个，投资总额5230.5亿元。\n")


def test_a_first_edition_s_story_is_the_conference_s(store):
    facts = proposed(store, FAIR)
    assert facts["411"]["entity"] == facts["1200多"]["entity"] == "e-shang-da-hui"
    assert facts["1200多"]["metric_zh"] == "邀请客商数"         # no name in the measure
    engine = ingested(store, FAIR)
    assert "411" in first_line(engine, "首届鄂商大会开幕前，各地已报送的签约项目一共有多少个？")
    assert "411" in first_line(engine, "How many signing projects had been submitted for the first Eshang Conference?")
    assert "1200" in first_line(engine, "How many business guests were invited to the first Eshang Conference?")
    assert "1200" not in first_line(engine, "有多少位全国工商联副主席参加首届鄂商大会？")
