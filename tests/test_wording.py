"""Neighbouring figures told apart by their wording: what a question says it does not want, a
growth rate vs an amount, a goal vs the figure achieved, newly signed vs completed. Made-up facts."""
from __future__ import annotations

import pytest

from bot import Engine, render
from bot.lexicon import ASK_MONEY, SHARE
from bot.wording import asks_growth, asks_target, excluded, names, negated_spans
from knowledge import Entity

from conftest import make_fact


@pytest.fixture
def firm_engine(store) -> Engine:
    """A made-up machine maker with an output achieved, a goal, a forecast and two contract figures."""
    store.put_entity(Entity("acme", "firm", "青松机械", "Qingsong Machinery", ["青松机械", "青松"]), "test")
    rows = [
        dict(id="t-out-2025", entity="acme", metric="output", metric_zh="产值", metric_en="output value",
             value="36", unit="亿元", value_en="3.6 billion yuan", statement_zh="青松机械测试产值36亿元。",
             statement_en="Qingsong made 3.6 billion yuan of output.", keywords=["产值"], topic="firm"),
        dict(id="t-out-goal", entity="acme", metric="output_goal", metric_zh="产值目标",
             metric_en="output target",
             value="90", unit="亿元", value_en="9 billion yuan", period_zh="到2028年（目标）", period_en="by 2028",
             period_start="2028-01-01", period_end="2028-12-31", statement_zh="青松机械定下2028年产值90亿元的目标。",
             statement_en="Qingsong aims at 9 billion yuan of output by 2028.", keywords=["产值"],
             topic="firm"),
        dict(id="t-signed", entity="hubei", metric="contracts_signed", metric_zh="对外承包工程新签合同额",
             metric_en="overseas contracts newly signed", value="77.7", unit="亿美元",
             value_en="US$7.77 billion",
             statement_zh="测试：新签合同额77.7亿美元。", statement_en="Test: US$7.77 billion newly signed.",
             keywords=["对外承包工程", "overseas contracting"], topic="investment"),
        dict(id="t-done", entity="hubei", metric="contracts_done", metric_zh="对外承包工程完成营业额",
             metric_en="overseas contracting turnover completed", value="44.4", unit="亿美元",
             value_en="US$4.44 billion", change_zh="同比增长12.3%", change_en="up 12.3%",
             statement_zh="测试：完成营业额44.4亿美元。", statement_en="Test: US$4.44 billion of work completed.",
             keywords=["对外承包工程", "overseas contracting"], topic="investment"),
        dict(id="t-fdi", entity="hubei", metric="fdi_used", metric_zh="外商直接投资到位额", metric_en="FDI received",
             value="12.3", unit="亿美元", value_en="US$1.23 billion", statement_zh="测试：外资到位12.3亿美元。",
             statement_en="Test: US$1.23 billion of FDI received.", keywords=["外资", "FDI"],
             topic="investment"),
        dict(id="t-fie", entity="hubei", metric="new_fie", metric_zh="新设外资企业数", metric_en="new foreign firms",
             value="321", unit="家", value_en="321", change_zh="同比增长4.5%", change_en="up 4.5%",
             statement_zh="测试：新设外资企业321家。", statement_en="Test: 321 new foreign-invested firms.",
             keywords=["外资", "FDI", "外资企业"], topic="investment"),
    ]
    for row in rows:
        store.add_fact(make_fact(**row), "test")
    return Engine(store, cache=False)


@pytest.mark.parametrize("text,spans", [
    ("这家厂今年出口多少，不是去年的", ("去年的",)),
    ("What was the output, not the target?", ("target",)),
    ("武汉是不是全省第一", ()),
    ("出口额多少，而非进口额", ("进口额",)),
])
def test_negated_spans_are_what_the_question_does_not_want(text, spans):
    assert negated_spans(text) == spans


@pytest.mark.parametrize("text,growth", [
    ("外贸今年涨了多少", True), ("出口增速是多少", True), ("同比增长多少", True),
    ("By how much did the port's throughput rise last year?", True),
    ("What is the growth rate of exports?", True),
    ("出口额是多少", False), ("How fast can a lorry clear customs?", False),
    ("By how much did the new packaging shorten the wait?", False),
])
def test_a_growth_rate_is_asked_only_by_words_of_change(text, growth):
    assert asks_growth(text) is growth


@pytest.mark.parametrize("text,target", [
    ("这家厂的目标产值", True), ("到2030年要进几个国家", True), ("What does the firm plan to build?", True),
    ("这家厂去年产值多少", False), ("What was the output in 2024?", False),
])
def test_a_goal_is_asked_by_words_of_intent(text, target):
    assert asks_target(text) is target


def test_a_negated_span_excludes_only_facts_with_every_feature_it_names(firm_engine):
    goal = firm_engine.doc("t-out-goal")
    achieved = firm_engine.doc("t-out-2025")
    assert excluded("2028年的目标", goal.fact, goal.text)
    assert not excluded("2028年的目标", achieved.fact, achieved.text)
    assert not excluded("2027年的目标", goal.fact, goal.text)          # another year: not this goal
    assert not excluded("哈", goal.fact, goal.text)                     # names nothing: excludes nothing


@pytest.mark.parametrize("question", ["青松机械产值多少，不是目标", "Qingsong Machinery output value, not the target"])
def test_a_goal_the_question_rules_out_is_not_the_answer(firm_engine, question):
    answer = firm_engine.answer(question)
    assert answer.found and answer.facts[0].fact.id == "t-out-2025", render(answer)


@pytest.mark.parametrize("question", ["青松机械的产值目标是多少", "What output target has Qingsong Machinery set?"])
def test_a_goal_asked_for_is_still_answered(firm_engine, question):
    answer = firm_engine.answer(question)
    assert answer.found and answer.facts[0].fact.id == "t-out-goal", render(answer)


@pytest.mark.parametrize("question", ["青松机械产值涨了多少", "By how much did Qingsong Machinery's output grow?"])
def test_growth_asked_of_a_figure_held_without_its_growth_is_declined(firm_engine, question):
    answer = firm_engine.answer(question)
    assert not answer.found, render(answer)


@pytest.mark.parametrize("question,fact_id", [
    ("湖北对外承包工程完成营业额多少", "t-done"), ("湖北对外承包工程新签了多少合同", "t-signed"),
    ("Hubei overseas contracting turnover completed", "t-done"),
    ("How much in overseas contracts did Hubei newly sign?", "t-signed"),
    ("湖北对外承包工程增速多少，不是新签合同额", "t-done"),
])
def test_newly_signed_and_completed_are_told_apart(firm_engine, question, fact_id):
    answer = firm_engine.answer(question)
    assert answer.found and answer.facts[0].fact.id == fact_id, render(answer)


@pytest.mark.parametrize("question", ["湖北外商直接投资到位额同比涨了多少", "湖北外商直接投资到位额增速"])
def test_the_growth_of_a_measure_held_without_it_is_not_another_measures_growth(firm_engine, question):
    answer = firm_engine.answer(question)
    assert not answer.found and "4.5" not in render(answer), render(answer)


@pytest.mark.parametrize("text,money", [
    ("How much business did the fair bring in?", True), ("How much did the firm export in 2024?", True),
    ("What was the city's total foreign trade last year?", True), ("deals worth how much?", True),
    ("How many foreign trade firms are there?", False), ("How many trade fairs did it attend?", False),
])
def test_money_is_asked_by_these_wordings(text, money):
    assert bool(ASK_MONEY.search(text.lower())) is money


@pytest.mark.parametrize("text,share", [("出口占了几成", True), ("外资企业占全省几成", True),
                                        ("今年比去年涨了几成", False), ("销量增长了几成", False)])
def test_tenths_after_a_word_of_change_ask_a_growth_not_a_share(text, share):
    assert bool(SHARE.search(text)) is share


@pytest.mark.parametrize("text,named", [
    ("预计轴承以外的零件订单将增长约12%", False),          # about what is outside bearings
    ("除轴承外，其余零件订单增长12%", False),
    ("orders for parts other than bearings rose 12%", False),
    ("轴承订单增长12%，轴承以外的零件增长8%", True),        # bearings named as a subject too
    ("轴承订单增长12%", True),
])
def test_a_fact_about_what_is_outside_a_word_does_not_name_it(text, named):
    word = "bearings" if text.startswith("orders") else "轴承"
    assert names(word, text) is named
