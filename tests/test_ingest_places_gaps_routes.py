"""Places, firms by country, gaps and a route's service (made-up figures).
Reader: firms counted by country in brackets (美国(61家)、日本(38家)…企业) are each country's firms of the whole said
before (这310家世界500强中，境外企业200家, which is not a figure again); a county named with its province outside Hubei
(河南省西岭县) is an entity of its own, found bare (西岭) from then on, and a city after 距 is no subject; 该市 is the city
named before; 达到顶峰，为6.5亿美元 is the measure's peak; 同比增长近6000万美元 and 出口额下滑5000万美元 are changes; a
service named after a dash (湖北首条国际近洋航班——汉亚快航) is an entity; a route's length (长达2350海里) is a size as of the
article's date; 节省3天时间 is time saved and 降低10%的物流成本 a cut; 较去年提前64天 are days ahead of last year; 开通至20个
国家(地区)的国际客运航线 counts the countries those routes reach, and 每周航班 right after them are international flights;
a dateline with no year (5月14日电) is of the year after the latest one the story tells as past (已于2031年10月、12月).
Engine: the firms of one country asked (美国企业有几家, Japanese companies) are not the total; overseas companies asked
are not all; a gap between two asked (两地差距) is not one side's figure; the year a standing began (从哪一年起保持第一)
is not a year's amount; a name one character off is read only when it can be told (华中港 is no 华中大)."""
from __future__ import annotations

from conftest import first_line, ingested
from knowledge.ingest import read_article

FIRMS = ("某某网 2031-12-05\n来鄂投资\n\n截至今年10月，来鄂投资的世界500强企业数量达310家。这310家世界500强中，境外企业"
         "200家，其中美国(61家)、日本(38家)、法国(24家)、德国(16家)企业分居前四。\n")

MUSHROOMS = ("某某网 2032-04-13\n香菇出口\n\n近3年，随州香菇出口大幅下滑，取而代之的是河南省西岭县。\n\n"
             "西岭，一座距随州300多公里的小县城。2031年，出口额达6.3亿美元，同比增长近6000万美元；同年随州香菇出口额4.7亿美元，"
             "同比减少7000万美元。\n\n"
             "随州香菇一直是我省农产品出口的名片。该市有规模加工出口企业20多家。\n\n"
             "2028年，随州香菇出口额达到顶峰，为6.5亿美元。2029年，出口额下滑5000万美元。2030年，双方差距只有2000多万美元。"
             "去年，双方差距扩大到1.6亿美元。\n")

ROUTE = ("某某社 2033-11-15\n近洋直航航线开通\n\n2030年，某某集团打造了湖北首条国际近洋航班——汉亚快航。\n\n"
         "此次航线从阳逻港始发，新通道长达2350海里，往返用时20天。与传统运输模式相比，直航可节省3天时间，还可降低10%的物流成本。\n\n"
         "截至目前，汉亚快航已累计安全运行314个航次，货物8万余标箱。\n")


def test_firms_counted_by_country_are_each_countrys_and_the_whole_is_said_once(store):
    proposals = read_article(FIRMS, store).proposals
    facts = {p.fact["value"]: p.fact for p in proposals}
    assert [p.fact["value"] for p in proposals].count("310") == 1         # 这310家 is no figure again
    assert facts["61"]["entity"] == "united-states" and "世界500强" in facts["61"]["metric_zh"]
    assert facts["38"]["entity"] == "japan" and facts["200"]["metric_zh"] == "世界500强境外企业数"
    assert "United States" in facts["61"]["statement_en"] and "(Hubei)'s" not in facts["61"]["statement_en"]


def test_a_countrys_firms_and_overseas_firms_are_not_the_total(store):
    engine = ingested(store, FIRMS)
    assert "61" in first_line(engine, "截至2031年10月,在湖北投资的世界500强中美国企业有几家?")
    assert "38" in first_line(engine, "number of Japanese Fortune 500 companies invested in Hubei, October 2031")
    assert "310" not in first_line(engine, "Of the Fortune Global 500 companies investing in Hubei as of October "
                                           "2031, how many were overseas (non-mainland) companies?")


def test_a_county_of_another_province_its_peak_and_changes(store):
    reading = read_article(MUSHROOMS, store)
    county = next(e for e in reading.new_entities if e["name_zh"] == "西岭县")
    assert "西岭" in county["aliases"]
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert facts["6.3"]["entity"] == county["id"] and facts["4.7"]["entity"] == "suizhou"
    assert "增加" in facts["近6000"]["metric_zh"] and facts["近6000"]["entity"] == county["id"]
    assert facts["20多"]["entity"] == "suizhou"                               # 该市: Suizhou
    assert "峰值" in facts["6.5"]["metric_zh"] and facts["6.5"]["period_start"] == "2028-01-01"
    assert facts["5000"]["metric_zh"] == "出口额减少"


def test_a_gap_or_the_year_a_standing_began_is_not_one_figure(store):
    engine = ingested(store, MUSHROOMS)
    assert "6.5" in first_line(engine, "随州香菇出口额历史峰值是多少亿美元?")
    assert "4.7" not in first_line(engine, "2031年随州和西岭香菇出口差距扩大到多少亿美元?")
    assert "4.7" not in first_line(engine, "随州香菇出口从哪一年起保持国内第一地位?")


def test_a_service_named_after_a_dash_its_length_and_its_savings(store):
    reading = read_article(ROUTE, store)
    service = next(e for e in reading.new_entities if e["name_zh"] == "汉亚快航")
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert facts["314"]["entity"] == service["id"]
    assert facts["2350"]["unit"] == "海里" and facts["2350"]["period_end"] == "2033-11-15"
    assert facts["3"]["metric_zh"] == "节省时间" and "saved" in facts["3"]["metric_en"]
    assert facts["10"]["metric_zh"] == "物流成本降低比例"


def test_a_short_name_one_character_off_is_not_read_by_chance(curated_store):
    from bot import Engine
    hits = [h.entity for h in Engine(curated_store).parse("汉亚直航是哪一年由华中港航物流集团打造的?").hits]
    assert not any(h.startswith("hust") for h in hits)


AIRPORT = ("某某网 2035-11-10\n口岸客流\n\n截至11月9日，湖北口岸年出入境人员总量突破150万人次大关，较去年提前64天达成目标。\n"
           "目前，某某机场已开通至20个国家(地区)的国际客运航线，每周航班达185架次。\n")

MACHINE = ("某某网 5月14日\n\n某某网襄阳5月14日电 一台700吨造桥机14日从小河港装船出发。前两台已分别于2031年10月、12月通过陆运"
           "发往上海港。\n")


def test_days_ahead_countries_reached_and_flights_of_the_routes(store):
    facts = {p.fact["value"]: p.fact for p in read_article(AIRPORT, store).proposals}
    assert facts["64"]["metric_zh"] == "口岸年出入境人员总量较上年提前天数"
    assert facts["20"]["metric_zh"] == "国际客运航线通达国家数"
    assert "国际" in facts["185"]["metric_zh"]


def test_a_dateline_without_a_year_after_months_told_as_past(store):
    reading = read_article(MACHINE, store)
    assert reading.source["date"] == "2032-05-14"


def test_a_saving_a_length_and_a_count_of_countries_are_asked_as_such(store):
    engine = ingested(store, ROUTE)
    assert "20天" not in first_line(engine, "和传统运输模式比,阳逻港直航能节省几天时间?")
    assert "20 days" not in first_line(engine, "How long, in nautical miles, is the new direct route from Yangluo port?")
    engine = ingested(store, "某某网 2030-02-22\n\n目前，我省沿“一带一路”国家和地区布局的国际产能合作项目40个。\n")
    assert "40" not in first_line(engine, "湖北 一带一路 国际产能合作项目 分布 国家数量 2030")


def test_a_described_year_is_not_guessed_among_two(curated_store):
    engine = ingested(curated_store, "某某网 2004-12-15\n\n今年1-11月，湖北机电产品出口8.56亿美元，首次成为第一大出口商品。\n")
    reply = first_line(engine, "How much did Hubei export in mechanical and electrical products from January to "
                               "November in the year they first became its top export?")
    assert "271.22" not in reply and "8.56" not in reply


def test_a_suspension_day_and_a_growth_of_foreign_investment_are_asked_as_such(curated_store):
    engine = ingested(curated_store, "某某网 2031-07-20\n\n上半年，随州新批外商投资企业5家，同比增长67%。\n")
    assert "29 October" not in first_line(engine, "On what date did China Airlines suspend its Wuhan flights?")
    assert "67" not in first_line(engine, "By what percentage did the foreign investment absorbed by Suizhou grow "
                                          "year on year in the first half of 2031?")


SCO = ("某某社 2031-06-02\n上合组织\n\n2013年至2030年，湖北与上合组织相关国家进出口总额从168亿元增长至266亿元。\n"
       "截至2031年5月，湖北企业在上合组织相关国家新签承包工程合同额244亿美元，累计完成营业额84亿美元。\n")


def test_the_sco_countries_are_a_partner_and_work_done_there_is_theirs(store):
    reading = read_article(SCO, store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert facts["266"]["entity"] == "sco" and "SCO" in facts["266"]["metric_en"]
    assert "上合组织" in facts["84"]["metric_zh"] and "SCO" in facts["84"]["metric_en"]
    engine = ingested(store, SCO)
    assert "266" in first_line(engine, "2030年湖北跟上合组织国家的进出口总额有多少亿元人民币？")
    assert "84" in first_line(engine, "截至2031年5月，湖北企业在上合组织国家的承包工程累计完成营业额多少？")
    engine = ingested(store, "某某社 2031-06-03\n\n今年1至4月，湖北进出口总额增长67.8%。\n")
    assert "67.8" not in first_line(engine, "By how much did Hubei's trade with SCO-related countries grow in "
                                            "January-April 2031?")


XIANGYANG = ("湖北日报 2030-10-26\n襄阳招商\n\n前三季度，襄阳市正式签约项目超过800个，实际到位资金占合同金额的88.71%.其中新引进"
             "投资过10亿元项目52个、过5亿元项目133个.\n"
             "保康则瞄准生态发力，今年新签约项目17个.该县引进某某投资有限公司投资建厂，今年已精制40吨夏茶.\n"
             "在宜城，某某公司已破产多年.该市先后吸引200多家水晶企业入驻.\n")


def test_counties_the_sentences_open_with_and_brackets_after_guo(store):
    reading = read_article(XIANGYANG, store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert "10亿元" not in facts and "10亿元以上" in facts["52"]["metric_zh"]
    assert facts["52"]["period_start"] == "2030-01-01"
    assert facts["17"]["entity"] == facts["40"]["entity"] == "baokang-county"
    assert facts["200多"]["entity"] == "yicheng-city"


def test_a_part_of_taiwanese_firms_is_taiwanese(store):
    facts = {p.fact["value"]: p.fact for p in read_article(
        "某某网 2015-01-26\n\n2014年有72家台资企业落户湖北。其中，生态农业和生物科技企业达到19家。\n", store).proposals}
    assert facts["19"]["metric_zh"].startswith("台资")
