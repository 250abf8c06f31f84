"""Questions that name what the figure must be of (made-up figures, from the wrong answers of qsets67's first
score): places moved in a ranking (提升了几个名次, how many places did it move up) are not a place (第2); the
month a question states (4月回暖，此前从何时开始下滑) is not the date asked; 每周执行几班 counts flights, not routes;
a city abroad asked (莫斯科, Moscow) is not answered by a figure that never names it; domestic and international
together are not answered by the international figure alone; Hong Kong-funded firms are not Hong Kong-listed ones.
The reader: 提升33个名次 is a count of places moved; routes not said to carry cargo (运营国际及地区航线21条) are all
routes, while the parts of cargo routes (开通货运航线98条，其中国内航线57条) stay cargo routes."""
from __future__ import annotations

from conftest import facts_engine, first_line, ingested, proposed



YEAR = dict(period_zh="2031年", period_en="2031", period_start="2031-01-01", period_end="2031-12-31")
APRIL = dict(period_zh="2031年4月", period_en="April 2031", period_start="2031-04-01", period_end="2031-04-30")
ASOF = dict(period_zh="截至2031年9月", period_en="as of September 2031", period_start="", period_end="2031-09-10")


def test_places_moved_are_not_a_place(store):
    engine = facts_engine(store,
                     dict(metric="rank", metric_zh="进出口总值全省排名", metric_en="provincial rank by trade", value="第二",
                          unit="", value_en="2nd", entity="wuhan", statement_zh="2031年，武汉进出口总值全省排名第二。",
                          statement_en="Wuhan ranked 2nd in Hubei by trade in 2031.", **YEAR))
    for question in ("2031年武汉在外贸百强城市排名中提升了几个名次？",
                     "How many places did Wuhan move up in the 2031 top-100 trade cities ranking?"):
        assert "2" not in first_line(engine, question), question
    assert "第二" in first_line(engine, "2031年武汉进出口总值全省排名第几？")


def test_the_reader_counts_places_moved(store):
    text = ("湖北日报 2032-08-02\n\n近日，“2031年中国外贸百强城市”名单发布，武汉位列第20位，同比2030年提升13个名次。\n")
    facts = proposed(store, text)
    assert facts["13"]["unit"] == "个名次" and "排名上升名次" in facts["13"]["metric_zh"]
    engine = ingested(store, text)
    assert "13" in first_line(engine, "2031年武汉在外贸百强城市榜单上提升了几个名次？")


def test_the_month_a_question_states_is_not_the_date_asked(store):
    engine = facts_engine(store,
                     dict(metric="car_exports", metric_zh="汽车出口额", metric_en="car exports", value="2", unit="亿元",
                          value_en="200 million yuan", statement_zh="2031年4月，湖北汽车出口2亿元。",
                          statement_en="Hubei exported 200 million yuan of cars in April 2031.", **APRIL))
    assert not engine.answer("Hubei's car exports rebounded in April 2031; since when had they been declining?").found
    assert "2" in first_line(engine, "2031年4月湖北汽车出口额是多少？")


def test_flights_a_week_are_not_routes_and_a_city_abroad_must_be_named(store):
    engine = facts_engine(store,
                     dict(metric="routes", metric_zh="国际航线数", metric_en="international routes", value="7", unit="条",
                          value_en="7 routes", entity="wuhan", topic="logistics",
                          statement_zh="截至2031年9月，某航司在武汉恢复或新开国际航线7条。",
                          statement_en="An airline had resumed or opened 7 international routes in Wuhan.", **ASOF),
                     dict(metric="flights", metric_zh="国际航线周航班量", metric_en="international flights a week",
                          value="19", unit="班", value_en="19 flights", entity="wuhan", topic="logistics",
                          statement_zh="截至2031年9月，某航司在汉国际航线周航班量达19班。",
                          statement_en="An airline ran 19 international flights a week from Wuhan.", **ASOF))
    assert "7条" not in first_line(engine, "武汉国际航线每周执行几班？")
    assert "19" in first_line(engine, "武汉国际航线每周执行几班？")
    for question in ("武汉至莫斯科航线每周执行几班？", "How many flights a week does the Wuhan-Moscow route run?"):
        assert "19" not in first_line(engine, question), question


def test_both_scopes_asked_and_funded_firms_are_not_listed_ones(store):
    engine = facts_engine(store,
                     dict(metric="intl_pax", metric_zh="国际旅客吞吐量", metric_en="international passenger throughput",
                          value="69.62", unit="万人次", value_en="696,200 passenger trips", entity="wuhan",
                          topic="logistics", statement_zh="2031年，武汉国际旅客吞吐量69.62万人次。",
                          statement_en="Wuhan handled 696,200 international passenger trips in 2031.", **YEAR),
                     dict(metric="hk_listed", metric_zh="在港上市企业数", metric_en="Hong Kong-listed firms", value="21",
                          unit="家", value_en="21 firms", topic="investment",
                          statement_zh="2031年，湖北在港上市企业21家。", statement_en="21 Hubei firms were listed in Hong Kong in 2031.",
                          **YEAR))
    assert "69.62" not in first_line(engine, "How many passengers did Wuhan handle in total (domestic and "
                                             "international) in 2031?")
    assert "69.62" in first_line(engine, "2031年武汉国际旅客吞吐量是多少？")
    assert "21" not in first_line(engine, "How many Hong Kong-funded enterprises were operating in Hubei in 2031?")
    assert "21" in first_line(engine, "2031年湖北在港上市企业有多少家？")


def test_routes_not_said_to_carry_cargo_are_all_routes(store):
    facts = proposed(store, "湖北日报 2031-09-10\n\n截至目前，武汉天河国际机场共运营国际及地区航线21条。\n")
    assert facts["21"]["metric_zh"].endswith("国际航线数") and "货运" not in facts["21"]["metric_zh"]
    assert "cargo" not in facts["21"]["metric_en"]
    facts = proposed(store, "湖北日报 2031-11-10\n\n截至10月底，武汉累计开通货运航线98条，其中国内航线57条、国际航线41条。\n")
    assert facts["57"]["metric_zh"] == "国内货运航线数" and facts["41"]["metric_zh"] == "国际货运航线数"


def test_that_number_is_no_count(store):
    engine = facts_engine(store, {})
    answer = engine.answer("湖北2025年1-11月进出口总额做了多少钱？就是那个数")
    assert answer.found and answer.facts[0].fact.value == "7502.3"


def test_a_route_opened_and_a_route_s_trips_name_the_route(store):
    facts = proposed(store, "香港商報 2031-04-22\n\n【香港商報訊】4月18日，武漢開通至法蘭克福全貨機航線。\n")
    assert "法兰克福" in facts["4月18日"]["metric_zh"] and "Frankfurt" in facts["4月18日"]["metric_en"]
    text = ("湖北日报 2031-03-02\n\n2月26日，首趟“武汉—布达佩斯”新能源汽车专列从吴家山站发车，搭载新能源汽车168辆。\n")
    facts = proposed(store, text)
    assert "布达佩斯" in facts["168"]["keywords"] and "Budapest" in facts["168"]["keywords"]
    engine = ingested(store, text)
    assert "168" in first_line(engine, "首趟武汉—布达佩斯新能源汽车专列搭载了多少辆新能源汽车？")
