"""From the wrong answers of qsets70's first score (made-up figures): a count of provinces is not a count of
guests; 多少亿 asks a figure in 亿, never a count of people; keywords counting projects (协议项目 数量) are not
answered by another count; a part a metric names (签约项目中协议项目数) does not answer the whole; a ranking
by size (出口总量排第几) is answered neither by the ranking by growth nor by one product's ranking; a city named before
its county (随州广水市) is where the county is, and a zone's foreign exchange is not the city's; cars sold (销售数)
answer 销量; English rankings among provinces in the first months; guests and vice-chairs counted as such."""
from __future__ import annotations

from conftest import facts_engine, first_line, make_fact
from knowledge import Entity


ASOF = dict(period_zh="截至2031年11月", period_en="as of November 2031", period_start="", period_end="2031-11-02")
Q1 = dict(period_zh="2031年一季度", period_en="Q1 2031", period_start="2031-01-01", period_end="2031-03-31")


def _fair(metric_zh: str, metric_en: str, value: str, unit: str, value_en: str, **over) -> dict:
    """A made-up figure of a merchants' fair, said of Hubei as the reader says it."""
    return dict(metric=f"m-{value}", metric_zh=metric_zh, metric_en=metric_en, value=value, unit=unit,
                value_en=value_en, topic="investment", statement_zh=f"截至2031年11月，湖北{metric_zh}为{value}{unit}。",
                statement_en=f"Hubei's {metric_en} stood at {value_en}.", keywords=["首届楚商大会", "楚商大会"], **ASOF) | over


def _more(store, *facts: dict):
    """An engine over the store once more made-up facts are added beside those already there."""
    from bot import Engine

    for over in facts:
        store.add_fact(make_fact(id=f"more-{len(store.list_facts())}", **over), "test")
    return Engine(store)


GUESTS = _fair("首届楚商大会邀请客商数", "number of buyers", "1200多", "位", "more than 1,200")


def test_a_count_of_provinces_or_of_yi_is_not_a_count_of_guests(store):
    engine = facts_engine(store, GUESTS)
    assert "1200" not in first_line(engine, "首届楚商大会有全国多少个省市区的湖北商会组团参会？")
    assert "1200" not in first_line(engine, "湖北首届楚商大会还没开，吸金就超过多少亿了？")
    assert "1200" in first_line(engine, "楚商大会邀请了多少位客商？")
    engine = _more(store, _fair("组团参会省市区数", "number of provinces sending delegations", "27", "个", "27"),
                   _fair("大会吸金总额", "investment attracted", "7000", "亿元", "700 billion yuan"))
    assert "27" in first_line(engine, "首届楚商大会有全国多少个省市区的湖北商会组团参会？")
    assert "7000" in first_line(engine, "湖北首届楚商大会还没开，吸金就超过多少亿了？")


def test_keywords_counting_projects_are_not_answered_by_a_count_of_guests(store):
    engine = facts_engine(store, GUESTS)
    assert "1200" not in first_line(engine, "湖北 首届楚商大会 协议项目 数量")
    assert "1200" in first_line(engine, "首届楚商大会 邀请客商 数量")


def test_a_part_the_metric_names_does_not_answer_the_whole(store):
    engine = facts_engine(store,
                          _fair("签约项目中协议项目数", "number of agreement projects among the projects signed",
                                "151", "个", "151"),
                          _fair("商会会员企业投资项目总额", "member firms investment projects total", "977", "亿元",
                                "97.7 billion yuan"))
    for question in ("楚商大会报送的签约项目一共有多少个？",
                     "How many signing projects had been submitted for the Chushang conference in 2031?"):
        assert "151" not in first_line(engine, question), question
    assert "151" in first_line(engine, "楚商大会报送的签约项目中协议项目有多少个？")
    assert "151" in first_line(engine, "How many agreement projects were among the signed projects in Hubei?")
    english = first_line(engine, "What was the total investment of the agreement projects at the Chushang conference?")
    assert "97.7" not in english and "977" not in english
    engine = _more(store, _fair("签约项目中协议项目投资总额", "agreement projects investment total among the "
                                "projects signed", "2300.5", "亿元", "230.05 billion yuan"))
    english = first_line(engine, "What was the total investment of the agreement projects at the Chushang conference?")
    assert "230.05" in english


def test_a_ranking_by_size_is_not_one_by_growth_nor_one_products(store):
    def rank(metric_zh: str, metric_en: str, place: str, place_en: str) -> dict:
        return dict(metric=f"r-{metric_en}", metric_zh=metric_zh, metric_en=metric_en, value=place, unit="",
                    value_en=place_en, entity="wuhan", topic="trade", keywords=[],
                    statement_zh=f"2031年一季度，武汉{metric_zh}为{place}。",
                    statement_en=f"Wuhan's {metric_en} was {place_en} in Q1 2031.", **Q1)
    engine = facts_engine(store, rank("出口增速全省排名", "provincial ranking by exports growth", "第1", "1st"))
    assert "第1" not in first_line(engine, "武汉一季度出口总量在全省各市州中排第几位？")
    assert "第1" in first_line(engine, "武汉一季度出口增速在全省排第几？")
    engine = _more(store, rank("汽车零部件出口额全省排名", "provincial ranking by exports of auto parts", "第2", "2nd"))
    assert "第2" not in first_line(engine, "武汉一季度出口总量在全省各市州中排第几位？")
    assert "第2" in first_line(engine, "武汉一季度汽车零部件出口在全省排第几？")
    engine = _more(store, rank("出口总量全省排名", "provincial ranking by exports total", "第4", "4th"))
    assert "第4" in first_line(engine, "武汉一季度出口总量在全省各市州中排第几位？")


def test_a_city_named_before_its_county_is_where_the_county_is(store):
    store.put_entity(Entity("suizhou", "region", "随州市", "Suizhou", ["随州"]), "test")
    store.put_entity(Entity("guangshui-city", "region", "广水市", "Guangshui City", ["广水"]), "test")
    earned = dict(metric="chuang_hui", metric_zh="创汇", metric_en="foreign exchange earnings", unit="万美元",
                  topic="trade", keywords=[], **Q1)
    engine = facts_engine(store,
                          earned | dict(entity="guangshui-city", value="1512", value_en="15.12 million US dollars",
                                        change_zh="增长141.3%", change_en="up 141.3%",
                                        statement_zh="2031年一季度，广水市创汇1512万美元，增长141.3%。",
                                        statement_en="Guangshui earned 15.12 million US dollars, up 141.3%."),
                          earned | dict(entity="suizhou", metric_zh="经济开发区创汇", value="6020",
                                        metric_en="development zone foreign exchange earnings",
                                        value_en="60.2 million US dollars",
                                        statement_zh="2031年一季度，随州经济开发区创汇6020万美元。",
                                        statement_en="Suizhou's development zone earned 60.2 million US dollars."))
    assert "141.3" in first_line(engine, "随州广水市2031年一季度创汇增长了多少？")
    assert "6020" not in first_line(engine, "随州2031年一季度创汇多少？")       # the zone's, not the city's
    assert "6020" in first_line(engine, "随州经济开发区2031年一季度创汇多少？")


def test_cars_sold_counted_as_sales_answer_how_many_were_sold(store):
    store.put_entity(Entity("lantu", "firm", "岚途汽车", "Lantu Motors", ["岚途"]), "test")
    engine = facts_engine(store, dict(entity="lantu", metric="xiao_shou_shu", metric_zh="销售数", metric_en="number of "
                                      "sales", value="50113", unit="辆", value_en="50,113 vehicles", topic="trade",
                                      keywords=[], period_zh="2031年", period_en="2031", period_start="2031-01-01",
                                      period_end="2031-12-31", statement_zh="2031年，岚途汽车销售50113辆。",
                                      statement_en="Lantu Motors sold 50,113 vehicles in 2031."))
    assert "50113" in first_line(engine, "岚途汽车2031年销量是多少辆？")


def test_english_ranks_among_provinces_in_the_first_months(store):
    engine = facts_engine(store, dict(metric="exports_growth_rank", metric_zh="出口增速全国排名", metric_en="national "
                                      "ranking by exports growth", value="第4", unit="", value_en="4th", topic="trade",
                                      keywords=[], period_zh="2031年1-2月", period_en="January-February 2031",
                                      period_start="2031-01-01", period_end="2031-02-28",
                                      statement_zh="2031年1-2月，湖北出口增速全国排名第4。",
                                      statement_en="Hubei's export growth ranked 4th nationally in Jan-Feb 2031."))
    for question in ("In the first two months of 2031, where did Hubei's export growth rate rank among Chinese "
                     "provinces?", "Where did Hubei's export growth rank among Chinese provinces in Jan-Feb 2031?"):
        assert "4th" in first_line(engine, question), question
    assert "4th" not in first_line(engine, "Where did Hubei's export growth rank within the province in Jan-Feb 2031?")


def test_guests_and_vice_chairs_are_counted_as_such(store):
    store.put_entity(Entity("chushang-fair", "org", "楚商大会", "Chushang Conference", []), "test")
    engine = facts_engine(store, _fair("报送签约项目数", "number of signed projects", "411", "个", "411",
                                       entity="chushang-fair"))
    assert "411" not in first_line(engine, "How many business guests were invited to the Chushang Conference?")
    engine = _more(store, GUESTS | dict(entity="chushang-fair"))
    assert "1,200" in first_line(engine, "How many business guests were invited to the Chushang Conference?")
    assert "1200" not in first_line(engine, "有多少位全国工商联副主席参加首届楚商大会？")
