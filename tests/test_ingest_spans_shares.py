"""Years listed with 分别, shares of two wholes, parts of firms, prices and volumes (made-up figures).
Reader: each year of a span takes its own value (自2021年至2026年分别开行17列、…); a second share said after the
first (占湖北省总量的76.7%，长江中上游港口总量的33.7%) is a share too, of its own whole; firms counted after 其中 are a
part of the firms before (在鄂注册的法资企业…，其中，投资总额500万美元以上的企业有38家); a generic volume after what
carries it (国际直航船舶达84艘次，货运量13.2万吨) is the carriers'; money said bare after a count of projects (…项目约70个，
实际投资额8.4亿美元，协议投资额…) is those projects'; 进军美国市场的项目最多，达36个 counts those projects; a range of
prices (4200元至 4500元/吨) is one value, and 每吨提高700元 after it is the price's rise; a headline or subtitle
before a long paragraph is no part of its first sentence; a site's address before a date is the publication.
Engine: years asked as a span (入世20年来…累计) are not answered by a figure of some months; 劳动密集形 (a typo) still
asks labour-intensive goods; 德资企业 asked is not 法资企业 held, and 法资 is France's; a share of one whole is not a
share of another; a level asked is not the change held (价格每吨多少元: not 每吨提高额), unless an addition is asked;
output asked (产量) is not contracts or exports; a forecast asked (was expected to export) is not what was done so
far; the day asked of a figure the question states (那40头秦川牛几号到的) is not the day of another figure."""
from __future__ import annotations

from conftest import first_line, ingested
from knowledge.ingest import read_article
from knowledge.ingest.masthead import find_publication

TRAINS = ("中國台灣網 2028-08-27\n中歐班列開行1萬列\n\n據了解,中歐班列自2021年至2026年分別開行17列、42列、80列、308列、815列、"
          "1702列。2027年開行3673列。\n")


def _facts(store, text, date=None):
    return {f["value"]: f for f in (p.fact for p in read_article(text, store, date=date).proposals)}


def test_each_year_of_a_span_takes_its_own_value(curated_store):
    store = curated_store
    facts = _facts(store, TRAINS)
    assert facts["17"]["period_start"] == "2021-01-01" and facts["1702"]["period_start"] == "2026-01-01"
    assert facts["308"]["period_end"] == "2024-12-31" and facts["42"]["metric_zh"] == "开行列数"
    engine = ingested(store, TRAINS)
    assert "815" in first_line(engine, "中欧班列2025年开行了多少列?")


def test_a_second_share_is_a_share_of_its_own_whole(store):
    text = ("湖北日报 2031-08-07\n\n2030年武汉港完成集装箱吞吐量187.63万标箱，占湖北省总量的76.7%，长江中上游港口总量的33.7%。\n")
    facts = _facts(store, text)
    assert facts["33.7"]["metric_zh"] == "集装箱吞吐量占长江中上游港口总量比重"
    engine = ingested(store, text)
    assert "33.7" in first_line(engine, "2030年武汉港集装箱吞吐量占长江中上游港口总量的比重是多少？")
    only = ingested(store, "湖北日报 2031-08-07\n\n2030年武汉港完成集装箱吞吐量187.63万标箱，占湖北省总量的76.7%。\n")
    assert "76.7" not in first_line(only, "2030年武汉港集装箱吞吐量占长江中上游港口总量的比重是多少？")
    assert "76.7" in first_line(only, "2030年武汉港集装箱吞吐量占全省的比重是多少？")


FIRMS = ("中新社 2031-02-23\n\n截至2030年底，在鄂注册的法资企业达147家，其中，投资总额500万美元以上的企业有36家，"
         "1000万美元以上的企业有21家。\n")


def test_firms_after_其中_are_a_part_of_the_firms_before(store):
    facts = _facts(store, FIRMS)
    assert facts["36"]["metric_zh"] == "在鄂注册的法资企业中500万美元以上企业数"
    engine = ingested(store, FIRMS)
    assert "36" in first_line(engine, "截至2030年底在鄂法资企业中,投资总额500万美元以上的有几家?")
    assert "147" in first_line(engine, "How many French-funded companies were registered in Hubei by the end of 2030?")
    assert "147" not in first_line(engine, "截至2030年底,在湖北注册的德资企业有多少家?")


def test_volumes_and_money_said_bare_are_of_what_was_counted_before(store):
    facts = _facts(store, "湖北日报 2031-08-07\n\n2031年上半年，武汉港国际直航船舶达84艘次，货运量13.2万吨。\n")
    assert facts["13.2"]["metric_zh"] == "国际直航船舶货运量"
    text = ("某某网 2031-01-10\n\n2030年，全省新增境外投资项目106个，实际投资额约13亿美元，协议投资额38亿美元。\n"
            "数据显示，鄂企投资欧美的项目约60个，实际投资额7.4亿美元。进军美国市场的项目最多，达33个。\n")
    facts = _facts(store, text)
    assert facts["约13"]["metric_zh"] == "新增境外投资项目实际投资额"
    assert facts["38"]["metric_zh"] == "新增境外投资项目协议投资额"
    assert facts["7.4"]["metric_zh"] == "鄂企投资欧美的项目实际投资额"
    assert facts["33"]["metric_zh"] == "进军美国市场的项目数"
    engine = ingested(store, text)
    assert "38" in first_line(engine, "湖北 2030年 境外投资 协议投资额")


PRICES = ("三峡日报 2031年01月13日\n宜昌市柑橘出口量逾18万吨\n全市柑橘外贸出口逾18万吨\n俄罗斯、中亚五国成主要出口目的地\n"
          "2030至2031产季,全市柑橘种植面积196万亩,产量预计达到300.78万吨。与上年相比,出口价格达 4100元至 4400元/吨,"
          "每吨提高600元左右。\n")


def test_a_price_range_its_rise_and_a_headline_before_the_lead(store):
    facts = _facts(store, PRICES)
    assert "4100至4400" in facts and facts["600"]["metric_zh"].endswith("每吨提高额")
    assert facts["196"]["metric_zh"] == "柑橘种植面积" and "俄罗斯" not in facts["300.78"]["metric_zh"]
    engine = ingested(store, PRICES)
    assert "600" in first_line(engine, "宜昌柑橘出口价格跟上年比每吨大概提高了多少钱?")
    assert "4100" in first_line(engine, "那一季宜昌出口柑橘的价格最低是每吨多少元?")


def test_years_asked_as_a_span_are_not_some_months(curated_store):
    from bot import Engine
    engine = Engine(curated_store)
    line = first_line(engine, "入世20年来湖北对东盟的进出口额累计是多少亿元?")
    assert "1582.7" not in line


def test_a_typo_still_asks_labour_intensive_goods(store):
    engine = ingested(store, "湖北日报 2031-12-16\n\n2030年，湖北高新技术产品出口占比为28.9%，劳动密集型产品出口占比为25.7%。\n")
    assert "25.7" in first_line(engine, "湖北劳动密集形产品出口占比2030年降到了多少")


def test_output_asked_is_not_contracts(store):
    engine = ingested(store, "三峡日报 2031-01-13\n\n2030年，某市柑橘产量预计达到300.78万吨。两地企业签订柑橘购销合同20万吨。\n")
    line = first_line(engine, "What was the expected citrus output of the city in 2030?")
    assert "200,000" not in line and "20万" not in line


def test_a_site_before_a_date_is_the_publication():
    assert find_publication(["kangyundz.com 2025-08-07", "标题"]) == "kangyundz.com"


def test_a_forecast_asked_is_not_what_was_done_so_far(store):
    text = ("三峡日报 2031-01-13\n\n截至目前,宜昌柑橘鲜果出口已完成18万吨,预计2030至2031产季可完成出口24万吨。\n")
    engine = ingested(store, text)
    line = first_line(engine, "How much fresh citrus was Yichang expected to export over the whole 2030-2031 season?")
    assert "180,000" not in line and "18万" not in line


def test_the_day_of_a_figure_the_question_states(store):
    engine = ingested(store, "湖北日报 2031-02-09\n\n1月29日,40头秦川牛抵达香港;2月4日,120头优质大活猪运抵香港。\n")
    line = first_line(engine, "湖北那40头秦川牛是几月几号到香港的？")
    assert "120" not in line and "2月4日" not in line
