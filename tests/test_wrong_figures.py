"""Classes of wording that drew a neighbouring figure, on a small made-up base: a part for the whole
(one product's or one firm's exports for a region's), a contribution to growth for the growth, a
count for an amount of money, a return leg for all trips, a name for 'which month'."""
from __future__ import annotations

import pytest

from bot.clauses import split_questions
from bot.parts import metric_part, part_for_whole
from conftest import answer_ids, engine_over, make_fact, made_up_store
from knowledge import Entity, Source

Y2030 = dict(period_zh="2030年1-6月", period_en="January-June 2030", period_start="2030-01-01",
             period_end="2030-06-30")


def _fact(fid: str, entity: str, metric_zh: str, metric_en: str, value: str, unit: str, **over):
    data = dict(id=fid, source="src-m", entity=entity, metric=fid.replace("-", "_"), metric_zh=metric_zh,
                metric_en=metric_en, value=value, unit=unit, value_en=f"{value} {unit}",
                statement_zh=f"示例：{metric_zh}{value}{unit}。", statement_en=f"Example: {metric_en} {value}.",
                keywords=[], **Y2030)
    data.update(over)
    return make_fact(**data)


SOURCE = Source("src-m", "示例日报", "Example Daily", "示例标题", "2030-07-01")
# The made-up base: a province, a city, a firm, a train route, a group of partner countries.
ENTITIES = [Entity("hubei", "region", "湖北省", "Hubei", ["湖北"]),
            Entity("wuhan", "region", "武汉市", "Wuhan", ["武汉"]),
            Entity("jiangan-motors", "firm", "武汉江岸汽车有限公司", "Jiang'an Motors", ["江岸汽车"]),
            Entity("hanxin-express", "route", "汉新快线", "Han-Xin Express", ["汉新快线"]),
            Entity("mekong", "partner", "湄公河国家", "Mekong countries", ["湄公河国家"])]
FACTS = [
    _fact("hb-wind-exports", "hubei", "风电设备出口额", "exports of wind power equipment", "321.5", "亿元",
          topic="trade"),
    _fact("wh-firm-exports", "jiangan-motors", "全年出口额预期", "expected annual exports", "12", "亿元",
          topic="firm", period_zh="2030年全年（预计）", period_en="2030 (expected)", period_end="2030-12-31"),
    _fact("mk-trade", "mekong", "湖北对湄公河国家进出口额", "Hubei's trade with Mekong countries", "410.2",
          "亿元", topic="trade", change_zh="增长18.4%", change_en="up 18.4%"),
    _fact("mk-pull", "mekong", "对湖北进出口增速的拉动", "contribution to Hubei's trade growth", "2.6",
          "个百分点", topic="trade", value_en="2.6 percentage points"),
    _fact("hb-odi-firms", "hubei", "新备案对外投资企业数", "newly filed outward investors", "58", "家",
          topic="investment", change_zh="增长12%", change_en="up 12%"),
    _fact("hb-odi-amount", "hubei", "对外实际投资额", "actual outward investment", "6.4", "亿美元",
          topic="investment"),
    _fact("hx-round-trips", "hanxin-express", "往返开行列数", "round trips run", "236", "列",
          topic="logistics"),
    _fact("hx-departures", "hanxin-express", "始发开行列数", "trains departing", "131", "列",
          topic="logistics"),
    _fact("hx-length", "hanxin-express", "全程运输距离", "length of the route", "4600", "公里",
          topic="logistics", value_en="4,600 km"),
    _fact("ja-founded", "jiangan-motors", "注册成立时间", "month registered", "3月", "", topic="firm",
          value_en="March", period_zh="2030年", period_en="2030", period_start="2030-01-01",
          period_end="2030-12-31"),
    _fact("ja-chief", "jiangan-motors", "总经理", "general manager", "周明远", "", topic="firm",
          value_en="Zhou Mingyuan"),
]


@pytest.fixture(scope="module")
def engine():
    yield from engine_over(made_up_store(SOURCE, ENTITIES, FACTS))


@pytest.mark.parametrize("question", ["湖北2030年上半年出口了多少", "How much did Hubei export in H1 2030?"])
def test_a_product_is_not_the_whole_of_exports(engine, question):
    assert answer_ids(engine.answer(question)) == []


@pytest.mark.parametrize("question", ["湖北2030年上半年风电设备出口多少", "Hubei wind power equipment exports H1 2030"])
def test_the_product_named_is_answered(engine, question):
    assert answer_ids(engine.answer(question)) == ["hb-wind-exports"]


def test_a_firm_is_not_the_region_it_sits_in(engine):
    assert answer_ids(engine.answer("武汉2030年全年出口额能有多少")) == []
    assert answer_ids(engine.answer("江岸汽车2030年全年出口额预计多少")) == ["wh-firm-exports"]


def test_growth_asked_in_percent_is_not_a_contribution(engine):
    answer = engine.answer("By what percentage did Hubei's trade with the Mekong countries rise in H1 2030?")
    assert answer_ids(answer) == ["mk-trade"]
    assert answer_ids(engine.answer("湄公河国家对湖北外贸增速拉动了几个百分点")) == ["mk-pull"]


def test_an_amount_invested_is_not_a_count_of_investors(engine):
    assert answer_ids(engine.answer("2030年上半年湖北新备案的对外投资企业投资了多少")) == ["hb-odi-amount"]
    assert answer_ids(engine.answer("2030年上半年湖北新备案的对外投资企业有多少家")) == ["hb-odi-firms"]


def test_one_leg_is_not_the_other(engine):
    assert answer_ids(engine.answer("汉新快线2030年上半年去程开了多少列")) == ["hx-departures"]
    assert "hx-departures" not in answer_ids(engine.answer("汉新快线2030年上半年回程开了多少列"))


def test_the_return_leg_is_not_all_trips(engine):
    answer = engine.answer("汉新快线2030年上半年返程跑了多少列")
    assert not answer.found and "hx-round-trips" in answer.suggestion_ids
    assert answer_ids(engine.answer("汉新快线2030年上半年往返开行了多少列，不算返程单独的")) == ["hx-round-trips"]


@pytest.mark.parametrize("question", ["江岸汽车是哪个月注册的", "In which month was Jiang'an Motors registered?"])
def test_which_month_asks_a_date(engine, question):
    assert answer_ids(engine.answer(question)) == ["ja-founded"]


def test_metric_part_reads_the_words_before_the_flow():
    fact = make_fact(metric_zh="“新三样”产品出口额", metric_en="exports of the 'new three' products")
    assert metric_part(fact) == ("新三样产品", ["new", "three", "products"])
    assert metric_part(make_fact(metric_zh="货物进出口总额", metric_en="total goods trade")) == ("", [])
    assert part_for_whole("湖北出口多少", "湖北出口多少", fact, False, False).startswith("a part")
    assert part_for_whole("湖北新三样出口多少", "湖北新三样出口多少", fact, False, False) == ""
    assert part_for_whole("湖北有多少家企业出口", "湖北有多少家企业出口", fact, False, False) == ""


def test_which_big_word_is_no_comparison(engine):
    assert not engine.parse("江岸汽车旁边是哪个大学").several
    assert engine.parse("江岸汽车和汉新快线哪个大？").several
    assert engine.parse("江岸汽车和汉新快线哪家更多一些").several


@pytest.mark.parametrize("text, parts", [
    ("江岸汽车注册于哪个月，总经理是谁", ["江岸汽车注册于哪个月", "江岸汽车注册于 总经理是谁"]),
    ("when was jiang'an motors registered, and who runs it?",
     ["when was jiang'an motors registered", "jiang'an motors registered who runs it?"]),
    ("某园区总投资多少，预计哪一年竣工？", ["某园区总投资多少", "某园区 预计哪一年竣工？"]),     # when: not its investment
    ("某园区出口多少，占比如何", ["某园区出口多少", "某园区出口 占比如何"]),
    ("前几天听说某园区开业了，他们卖的是什么产品？", []),        # 前几天 (a few days ago) asks nothing
    ("in 2031, how many fairs did the mou bureau organise, and how much business did they close?",   # a period first
     ["in 2031，how many fairs did the mou bureau organise",
      "in 2031，fairs did the mou bureau organise how much business did they close?"]),
    ("for the mou railway in the first half of 2031, how many trains left mouzhou, and by what percentage did the "
     "volume grow?",        # a topic first; a question word after a preposition
     ["for the mou railway in the first half of 2031，how many trains left mouzhou",
      "for the mou railway in the first half of 2031，trains left mouzhou by what percentage did the volume grow?"]),
    ("湖北出口多少", []),
    ("江岸汽车有多少员工，就是说正式工", []),      # the second clause asks nothing of its own
])
def test_two_questions_in_one_are_split(text, parts):
    assert split_questions(text) == parts


def test_two_questions_in_one_get_both_facts(engine):
    answer = engine.answer("江岸汽车是哪个月注册的？总经理是谁？")
    assert answer.kind == "compare" and answer_ids(answer) == ["ja-founded", "ja-chief"]
    assert answer_ids(engine.answer("江岸汽车是哪个月注册的？")) == ["ja-founded"]


@pytest.mark.parametrize("question", ["How many firms did actual outward investment from Hubei in H1 2030?",
                                      "湖北2030年上半年对外实际投资的有多少家"])
def test_a_count_is_never_answered_with_money(engine, question):
    answer = engine.answer(question)
    assert "hb-odi-amount" not in answer_ids(answer)


@pytest.mark.parametrize("question", ["汉新快线 合作企业数", "江岸汽车 2030 参展场次", "武汉 进博会 项目数"])
def test_keyword_counts_ask_a_quantity(engine, question):
    assert engine.parse(question).asks == "quantity"


def test_the_figure_a_question_states_is_not_its_answer(engine):
    stated = "Hubei's trade with the Mekong countries grew 18.4% in H1 2030; how fast did May alone grow?"
    assert "mk-trade" not in answer_ids(engine.answer(stated))
    amount = "湖北对湄公河国家进出口额2030年上半年是410.2亿元，同比增长了多少？"
    assert answer_ids(engine.answer(amount)) == ["mk-trade"]


def test_a_share_asked_is_not_an_amount_of_money(engine):
    assert answer_ids(engine.answer("湖北2030年上半年风电设备出口占全省出口的比重是多少")) == []
    share = "What percentage of Hubei's exports in H1 2030 was wind power equipment?"
    assert answer_ids(engine.answer(share)) == []
    part = "How much of Hubei's H1 2030 exports was wind power equipment?"   # the part: an amount answers
    assert answer_ids(engine.answer(part)) == ["hb-wind-exports"]


@pytest.mark.parametrize("question, narrowed", [
    ("湖北2030年上半年民营企业出口了多少风电设备", "private firms"),
    ("湖北国有企业2030年上半年出口风电设备多少", "state-owned firms"),
    ("湖北2030年上半年一般贸易方式出口风电设备多少", "general trade"),
])
def test_a_kind_of_firm_or_trade_narrows_the_figure(engine, question, narrowed):
    answer = engine.answer(question)
    assert not answer.found and answer.kind == "broader" and answer.reason.endswith(narrowed)


def test_a_country_before_qiye_is_no_state_firm(engine):
    question = "How much wind power equipment did foreign-invested firms in Hubei export in H1 2030?"
    assert engine.parse(question).qualifiers == ("foreign-invested firms",)
    assert not engine.answer(question).found
    assert engine.parse("法国企业从湖北买了多少风电设备").qualifiers == ()


def test_a_distance_asked_is_answered_by_a_length(engine):
    assert answer_ids(engine.answer("汉新快线 全程 距离")) == ["hx-length"]
    assert answer_ids(engine.answer("How far does the Han-Xin Express run?")) == ["hx-length"]
    assert answer_ids(engine.answer("江岸汽车 总经理 距离")) == []


@pytest.mark.parametrize("question", ["汉新快线全程要跑几天", "How long does a Han-Xin Express train take?",
                                      "江岸汽车总经理上任多少年了"])
def test_a_span_of_time_asked_needs_a_span(engine, question):
    assert answer_ids(engine.answer(question)) == []


@pytest.mark.parametrize("question", ["武汉明天天气咋样，要带伞吗", "is the wether in Wuhan ok for the Han-Xin Express?"])
def test_weather_is_out_of_scope_whatever_it_names(engine, question):
    answer = engine.answer(question)
    assert not answer.found and answer.suggestions == []


@pytest.mark.parametrize("question", ["2030年上半年湖北对外实际投资额增长了多少",
                                      "How much did Hubei's actual outward investment rise in H1 2030?"])
def test_a_growth_asked_is_not_another_measures_growth(engine, question):
    assert answer_ids(engine.answer(question)) == []


@pytest.mark.parametrize("question", ["江岸汽车2030年全年出口额最后是多少", "江岸汽车2030年出口最终达到多少",
                                      "What did Jiang'an Motors' 2030 exports finally come to?"])
def test_a_forecast_is_not_the_outcome_asked(engine, question):
    answer = engine.answer(question)
    assert not answer.found and any("预期" in s or "expected" in s for s in answer.suggestions)


@pytest.mark.parametrize("question", ["江岸汽车2030年全年出口额预计多少", "Jiang'an Motors expected exports 2030"])
def test_the_forecast_asked_is_answered(engine, question):
    assert answer_ids(engine.answer(question)) == ["wh-firm-exports"]


@pytest.mark.parametrize("question", ["这周末武汉有啥好看的展览推荐不？", "江岸汽车附近有什么好玩的推荐一下",
                                      "Could you recommend something to do in Wuhan tonight?"])
def test_a_request_for_a_recommendation_is_declined(engine, question):
    answer = engine.answer(question)
    assert not answer.found and not answer.suggestions
