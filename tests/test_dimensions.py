"""Every dimension a question fixes must hold for the figure given: a mood question is chit-chat even
when a word sounds like a firm's name, a goal does not answer what happened last year, a count of
pieces is not a growth rate, a product category narrows a trade figure, and what a question says it
does not want ("not just X", "(不是进出口)") is never the answer."""
from __future__ import annotations

import pytest

from bot import render


@pytest.mark.parametrize("question", ["嗨，最近心情好吗？", "你吃了吗", "hey, how are you feeling today?",
                                      "what's up, bot?"])
def test_small_talk_is_declined_even_when_a_word_sounds_like_a_name(engine, question):
    answer = engine.answer(question)
    assert not answer.found and answer.reason == "chit-chat", render(answer)


@pytest.mark.parametrize("question", ["What were Voyah's overseas sales last year?", "岚图去年的海外销量有多少"])
def test_a_goal_does_not_answer_a_question_about_last_year(engine, question):
    answer = engine.answer(question)
    assert not answer.found, render(answer)
    assert "50万" not in render(answer).split("\n")[0]


def test_a_goal_still_answers_a_question_asking_for_it(engine):
    answer = engine.answer("岚图汽车2030年海外销量目标")
    assert answer.found and "50万" in render(answer), render(answer)


def test_a_count_of_pieces_is_not_answered_by_a_rate(engine):
    answer = engine.answer("光迅科技的光模块一共出货多少只")      # declined: not in 只, and no shipments held
    assert not answer.found and ("只" in answer.reason or "shipments" in answer.reason), render(answer)


@pytest.mark.parametrize("question", ["2024年上半年武汉高新技术产品进出口多少",
                                      "How many agricultural products did Hubei export?"])
def test_a_product_category_the_base_lacks_is_not_answered_by_all_trade(engine, question):
    answer = engine.answer(question)
    assert not answer.found, render(answer)


def test_a_product_category_the_base_holds_is_answered(engine):
    answer = engine.answer("Wuhan high-tech exports January to August 2024")
    assert answer.found and "657.59" in render(answer), render(answer)


def test_not_just_a_part_declines_the_part(engine):
    answer = engine.answer("Hubei's imports from Chile overall (not just the zero-tariff ones), "
                           "Jan-Nov 2025?")
    assert not answer.found and "excludes" in answer.reason, render(answer)


def test_a_flow_in_brackets_excluded_picks_the_other_flow(engine):
    answer = engine.answer("武汉1-8月高新技术产品出口多少（不是进出口）")
    assert answer.found and "657.59" in render(answer) and "1076.24" not in render(answer)


def test_excluding_exports_keeps_total_trade(engine):
    answer = engine.answer("2024年1-8月武汉高新技术产品进出口增长多少（不是出口）")
    assert answer.found and "11.02" in render(answer), render(answer)


@pytest.mark.parametrize("question", [
    "TCL空调和宝龙达武汉总部2024年的产值，哪个更大？",
    "Accelink or Changjiang Computing: which one had more revenue in Jan-Sep 2024?"])
def test_which_is_larger_gets_both_figures_of_one_unit_and_says_which(engine, question):
    answer = engine.answer(question)
    assert answer.kind == "compare" and len(answer.facts) == 2 and answer.larger in (0, 1), render(answer)
    assert answer.facts[0].fact.unit == answer.facts[1].fact.unit


@pytest.mark.parametrize("text, compares", [("谁更高？", True), ("哪家多些", True), ("which is larger", True),
                                            ("对面是哪个大学", False), ("哪家少儿机构", False)])
def test_comparison_wording(text, compares):
    from bot.lexicon import COMPARE
    assert bool(COMPARE.search(text)) is compares


@pytest.mark.parametrize("follow_up, found", [("和去年相比实际利用外资增长了多少", False), ("跟去年比呢", True)])
def test_a_comparison_with_last_year_naming_another_measure_is_not_the_last_figures(engine, follow_up, found):
    from bot.conversation import answer_conversation
    first, second = answer_conversation(engine, ["2025年前11个月湖北新设了多少家外资企业", follow_up])
    assert first.found and "599" in render(first)
    assert second.found is found, render(second)


def test_last_year_after_a_period_without_a_year_moves_the_figures_year(engine):
    from bot.conversation import answer_conversation
    answers = answer_conversation(engine, ["Hubei new overseas contracts signed, January to November?",
                                           "and last year's?"])
    assert answers[0].found and "12.16" in render(answers[0]), render(answers[0])
    assert not answers[1].found, render(answers[1])


def test_this_year_keeps_the_measure_asked_rather_than_a_newer_other_fact(engine):
    from bot.conversation import answer_conversation
    answers = answer_conversation(engine, ["TCL空调武汉工厂今年产了多少套空调", "那产值呢"])
    assert answers[1].found and "70亿" in render(answers[1]), render(answers[1])


def test_a_follow_up_naming_only_a_flow_keeps_the_product_category(engine):
    from bot.conversation import answer_conversation
    answers = answer_conversation(engine, ["Wuhan's high-tech product imports and exports, Jan-Aug 2024?",
                                           "and exports?", "how fast did they grow?"])
    assert "657.59" in render(answers[1]) and "19.8" in render(answers[2]), render(answers[2])
    answers = answer_conversation(engine, ["2024年1-8月武汉高新技术产品进出口额", "那进口呢"])
    assert not answers[1].found, render(answers[1])     # high-tech imports alone are not in the base


@pytest.mark.parametrize("question", ["Hubei's trade with BRI partners in Jan-Nov 2025",
                                      "Belt & Road trade of Hubei, first 11 months"])
def test_the_belt_and_road_abbreviated_is_the_partner(engine, question):
    answer = engine.answer(question)
    assert answer.found and "411.51" in render(answer), render(answer)


def test_a_follow_up_asking_a_partners_growth_is_answered_by_the_figure_holding_it(engine):
    from bot.conversation import answer_conversation
    answers = answer_conversation(engine, ["Hubei's trade with ASEAN in January-November 2025?",
                                           "how about the European Union's growth?"])
    assert answers[1].found and "41.1" in render(answers[1]), render(answers[1])


def test_a_follow_up_naming_a_partner_and_its_own_measure_is_asked_on_its_own(engine):
    from bot.conversation import answer_conversation
    answers = answer_conversation(engine, ["岚图2030年的海外销量目标是多少", "那在欧洲哪一年能全覆盖"])
    assert answers[1].found and "2026" in render(answers[1]), render(answers[1])


def test_a_new_period_after_a_growth_asks_the_growth_for_it(engine):
    from bot.conversation import answer_conversation
    answers = answer_conversation(engine, ["Accelink revenue, January to September 2024?",
                                           "how fast did it grow?", "and in the third quarter?"])
    assert "24.29" in render(answers[1]), render(answers[1])
    assert answers[2].found and "49.99" in render(answers[2]), render(answers[2])


@pytest.mark.parametrize("question", ["光谷货站的首批货物运去哪了？",
                                      "Where was the Optics Valley cargo station's first shipment flown to?"])
def test_where_to_is_answered_by_the_destinations_not_the_departure(engine, question):
    answer = engine.answer(question)
    assert answer.found and answer.facts[0].fact.id.endswith("first-destinations"), render(answer)


@pytest.mark.parametrize("text, where_to", [("飞去哪了？", True), ("运到了哪些国家？", True), ("卖到哪些国家", True), ("where did it go to?", True),
                                            ("where did the bits set off from?", False), ("总部在哪", False)])
def test_where_to_wording(text, where_to):
    from bot.units import ASK_DESTINATION
    assert bool(ASK_DESTINATION.search(text)) is where_to


@pytest.mark.parametrize("question", ["2025年1-11月机电产品出口占湖北出口的比重", "湖北机电产品出口占比是多少",
                                      "What share of Hubei's exports were mechanical and electrical products?"])
def test_a_share_asked_is_answered_by_the_share_not_a_growth_rate(engine, question):
    answer = engine.answer(question)
    assert not answer.found or answer.facts[0].fact.value == "超五成", render(answer)


def test_a_one_character_partner_is_a_part_of_the_trade_not_the_whole():
    from bot.parts import part_for_whole
    from conftest import make_fact

    fact = make_fact(metric_zh="对美出口增速", metric_en="growth in exports to the US", value="20", unit="%")
    assert part_for_whole("2025年前三季度湖北出口增长多少", "2025年前三季度出口增长多少", fact, False, False)
    assert not part_for_whole("湖北对美出口增长多少", "对美出口增长多少", fact, False, False)


def test_a_name_that_begins_a_narrowing_is_part_of_it(engine):
    q = engine.parse("花湖机场开通的国内货运航线有多少条")     # 国内 is also one of China's names
    assert "domestic" in q.qualifiers
    assert "international" not in engine.parse("花湖国际机场货运航线多少条").qualifiers


def test_an_english_scope_word_is_a_word_not_part_of_another():
    from bot.checks import _says

    assert not _says("national", "number of international cargo routes")
    assert _says("national", "the national average") and _says("国内", "国内货运航线")


@pytest.mark.parametrize("question, scope", [("2025年湖北跨境电商进出口额是多少", "cross-border e-commerce"),
                                             ("What were Hubei's auto parts exports in 2023?", "auto parts"),
                                             ("2023年湖北电动载人汽车出口多少辆", "electric vehicles")])
def test_a_product_or_channel_asked_narrows_the_figure(engine, question, scope):
    assert scope in engine.parse(question).qualifiers
    answer = engine.answer(question)
    assert not answer.found, render(answer)          # all trade, or all vehicles, is no answer to it


@pytest.mark.parametrize("question", ["2024年湖北新能源汽车、集成电路等高技术产品出口增长多少",
                                      "我在做跨境电商，想问下湖北2025年前11个月进出口总值多少"])
def test_examples_of_a_group_or_background_told_narrow_nothing(engine, question):
    assert not {"electric vehicles", "cross-border e-commerce"} & set(engine.parse(question).qualifiers)


@pytest.mark.parametrize("question", ["花湖机场第一班国际货运航班几点起飞", "What time did Huahu airport's first "
                                      "international cargo flight take off?"])
def test_a_time_of_day_asked_is_not_answered_by_another_figure(engine, question):
    answer = engine.answer(question)
    assert not answer.found or any(c in render(answer).split("\n")[0] for c in "时点:"), render(answer)


@pytest.mark.parametrize("question", ["As of March 2025, how many Fortune Global 500 companies had invested in Hubei?",
                                      "截至2025年3月，落户湖北的世界500强企业有多少家"])
def test_a_count_of_fortune_500_firms_is_not_a_count_of_firms_in_general(question):
    from conftest import engine_over, made_up_store, make_fact
    from knowledge import Entity, Source

    fact = make_fact(id="fie", metric="fie_count", metric_zh="外商投资企业数", metric_en="foreign-invested firms",
                     value="1万", unit="家", value_en="10,000 firms", period_zh="截至2025年3月",
                     period_en="as of March 2025", period_start="", period_end="2025-03-06",
                     statement_zh="截至2025年3月，在湖北投资的外商投资企业有1万家。",
                     statement_en="As of March 2025, 10,000 foreign-invested firms had invested in Hubei.",
                     keywords=["外资企业", "companies"])
    store = made_up_store(Source("src-a", "湖北日报", "Hubei Daily", "测试", "2025-03-06"),
                          [Entity("hubei", "region", "湖北省", "Hubei", ["湖北"])], [fact])
    for engine in engine_over(store):
        answer = engine.answer(question)
        assert not answer.found, render(answer)
