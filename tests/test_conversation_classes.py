"""Follow-ups by class, in our own wording: only the metric, the period or the partner changes; a
comparison with the previous answer; a pronoun for the subject; a year named relative to the
conversation's; and what the base lacks declined with choices on the conversation's subject."""
from __future__ import annotations

import pytest

from conftest import make_fact
from bot import Engine, render
from bot.conversation import answer_conversation
from bot.followup import compares_with_last, growth_alone, points_back, relative_year, shifted_period


def _talk(engine, turns):
    """The answers of one conversation and their rendered texts."""
    answers = answer_conversation(engine, turns)
    return answers, [render(a) for a in answers]


@pytest.mark.parametrize("turns,figure", [
    (["2024年上半年武汉外贸进出口总值", "出口是多少呢"], "1111.4"),
    (["Wuhan's foreign trade in H1 2024", "and what about exports?"], "111.14"),
])
def test_only_the_metric_changes(engine, turns, figure):
    answers, texts = _talk(engine, turns)
    assert answers[1].found and figure in texts[1], texts[1]


@pytest.mark.parametrize("turns", [
    ["2024年上半年武汉外贸进出口总值", "出口是多少呢", "进口又是多少呢"],
    ["Wuhan's foreign trade in H1 2024", "and what about exports?", "and imports?"],
])
def test_a_metric_the_base_lacks_is_declined_with_choices_on_the_subject(engine, turns):
    answers, texts = _talk(engine, turns)
    last = answers[-1]
    assert not last.found and last.suggestion_ids, texts[-1]
    assert all(engine.doc(i).fact.entity == "wuhan" for i in last.suggestion_ids), last.suggestions


def test_only_the_period_changes_keeps_the_year_talked_about(engine):
    answers, texts = _talk(engine, ["2024年前三季度武汉外贸总值", "那上半年的呢"])
    assert answers[1].found and "1751.5" in texts[1], texts[1]


@pytest.mark.parametrize("turns,figure", [(["旭日蓝天2024年营收预计多少", "上一年呢"], "3000万"),
                                          (["旭日蓝天2023年营收多少", "第二年呢"], "1亿")])
def test_a_year_relative_to_the_conversations_is_moved_from_it(engine, turns, figure):
    answers, texts = _talk(engine, turns)
    assert answers[1].found and figure in texts[1], texts[1]


def test_only_the_partner_changes(engine):
    answers, texts = _talk(engine, ["2025年1-11月湖北同东盟的进出口额", "欧盟的呢"])
    assert answers[1].found and "1012.6" in texts[1], texts[1]


@pytest.mark.parametrize("turns", [
    ["How much was Hubei's trade with the EU in Jan-Nov 2025?", "And with the US?"],
    ["2025年1-11月湖北同欧盟的进出口额", "那跟日本呢"],
])
def test_a_partner_the_base_lacks_is_declined_not_answered_with_the_last_partner(engine, turns):
    answers, texts = _talk(engine, turns)
    assert not answers[1].found and "1012.6" not in texts[1] and "101.26" not in texts[1], texts[1]


@pytest.mark.parametrize("question", ["湖北2025年1-11月对日韩进出口多少", "2025年前11个月湖北对欧美出口多少？"])
def test_two_partners_abbreviated_are_partners_the_base_lacks(engine, question):
    answer = engine.answer(question)
    assert not answer.found and "7502.3" not in render(answer), render(answer)


@pytest.mark.parametrize("turns", [["湖北2025年1至11月新设外资企业数量", "和去年相比呢"],
                                   ["How many foreign-funded firms opened in Hubei in Jan-Nov 2025?",
                                    "Is that higher than a year earlier?"]])
def test_a_comparison_with_the_year_before_gets_the_last_figures_growth(engine, turns):
    answers, texts = _talk(engine, turns)
    assert answers[1].found and answers[1].facts[0].fact.id == answers[0].facts[0].fact.id
    assert "2.39" in texts[1], texts[1]


def test_a_comparison_with_the_year_before_shows_both_years_when_no_growth_is_held(store):
    store.add_fact(make_fact(id="t-teu-2024", metric="teu", metric_zh="集装箱吞吐量", value="320", unit="万标箱",
                             period_zh="2024年", period_start="2024-01-01", period_end="2024-12-31",
                             statement_zh="湖北港口2024年集装箱吞吐量320万标箱。", keywords=["集装箱", "吞吐量"]), "test")
    store.add_fact(make_fact(id="t-teu-2023", metric="teu", metric_zh="集装箱吞吐量", value="290", unit="万标箱",
                             period_zh="2023年", period_start="2023-01-01", period_end="2023-12-31",
                             statement_zh="湖北港口2023年集装箱吞吐量290万标箱。", keywords=["集装箱", "吞吐量"]), "test")
    engine = Engine(store, cache=False)
    answers, texts = _talk(engine, ["湖北2024年集装箱吞吐量多少", "比去年多了吗"])
    assert answers[0].found and "320万标箱" in texts[0], texts[0]
    assert answers[1].kind == "compare"
    assert {d.fact.id for d in answers[1].facts} == {"t-teu-2023", "t-teu-2024"}


def test_a_comparison_with_a_year_the_base_lacks_is_declined(store):
    store.add_fact(make_fact(id="t-teu-2024", metric="teu", metric_zh="集装箱吞吐量", value="320", unit="万标箱",
                             period_zh="2024年", period_start="2024-01-01", period_end="2024-12-31",
                             statement_zh="湖北港口2024年集装箱吞吐量320万标箱。", keywords=["集装箱", "吞吐量"]), "test")
    answers, texts = _talk(Engine(store, cache=False), ["湖北2024年集装箱吞吐量多少", "跟上年比呢"])
    assert answers[0].found and not answers[1].found, texts[1]


@pytest.mark.parametrize("turns,figure", [
    (["花湖机场的货运航线数量", "它的航线通达多少个一带一路国家"], "17"),
    (["How many cargo routes does Huahu airport have",
      "How many Belt and Road countries do its air routes reach?"], "17"),
    (["旭日蓝天哪一年创立的", "该公司的总经理是谁"], "王军"),
])
def test_a_pronoun_stands_for_the_conversations_subject(engine, turns, figure):
    answers, texts = _talk(engine, turns)
    assert answers[1].found and figure in texts[1], texts[1]


def test_a_question_naming_its_own_subject_does_not_inherit_the_last_one(engine):
    answers, texts = _talk(engine, ["花湖机场有几条货运航线", "联想武汉的产品卖到多少个国家和地区"])
    assert answers[1].found and "160" in texts[1]
    assert all(d.fact.entity != "huahu-airport" for d in answers[1].facts)


def test_a_pace_compared_with_another_period_is_the_growth_gap(engine):
    answers, texts = _talk(engine, ["2024年1-9月武汉外贸总值", "增速比上半年高了多少"])
    assert answers[1].found and "8.1" in texts[1], texts[1]


def test_a_growth_asked_alone_is_the_last_figures_growth(engine):
    answers, texts = _talk(engine, ["Hubei overseas contracting turnover Jan-Nov 2025",
                                    "what about its growth rate?"])
    assert answers[1].found and "20.5" in texts[1], texts[1]


def test_a_part_the_base_lacks_is_not_answered_with_the_whole(engine):
    answers, texts = _talk(engine, ["湖北新三样2025年1-11月出口额", "电动车的呢"])
    assert answers[0].found and "251.1" in texts[0]
    assert not answers[1].found and "251.1" not in texts[1].split("\n")[0], texts[1]


def test_a_scope_word_is_not_a_new_subject(engine):
    answers, texts = _talk(engine, ["Hubei FTZ: how many provincial-level innovations so far?",
                                    "how many of them have been replicated nationwide?"])
    assert answers[1].found and "30" in texts[1], texts[1]


@pytest.mark.parametrize("text,back", [
    ("它的出口呢", True), ("该公司有多少员工", True), ("其营收多少", True), ("what is its revenue", True),
    ("how fast can trucks clear customs there?", True), ("其中出口呢", False), ("其他企业呢", False),
    ("how many firms are there?", False), ("is there a rail link?", False)])
def test_pronouns(text, back):
    assert points_back(text) is back


@pytest.mark.parametrize("text,shift", [("去年呢", -1), ("上1年呢", -1), ("前年的呢", -2), ("第2年呢", 1),
                                        ("and the previous year?", -1), ("two years earlier?", -2),
                                        ("上半年呢", 0), ("出口比去年增长多少", 0), ("up on last year?", 0)])
def test_relative_years(text, shift):
    assert relative_year(text) == shift


def test_a_relative_year_moves_the_conversations_period():
    assert shifted_period("2024年 上半年", -1, None) == "2023年 上半年"
    assert shifted_period("", -1, 2025) == "2024年" and shifted_period("", -1, None) == ""


@pytest.mark.parametrize("text,compares", [("跟去年比呢", True), ("比去年多了吗", True), ("同比呢", True),
                                           ("is that more than last year?", True), ("up or down?", True),
                                           ("去年呢", False), ("出口增长了多少", False)])
def test_comparisons_with_the_previous_answer(text, compares):
    assert compares_with_last(text) is compares


@pytest.mark.parametrize("text,alone", [("And the growth?", True), ("增幅呢？", True),
                                        ("what about its growth rate?", True),
                                        ("and exports?", False), ("出口增长多少", False)])
def test_a_growth_asked_alone(text, alone):
    assert growth_alone(text) is alone


def test_a_pronoun_asking_another_measure_is_not_held_to_the_last_period(engine):
    answers, texts = _talk(engine, ["旭日蓝天2023年营收多少", "它的董事长是谁", "那总经理呢"])
    assert answers[1].found and "王重霄" in texts[1], texts[1]
    assert answers[2].found and "王军" in texts[2], texts[2]


@pytest.mark.parametrize("turns", [
    ["What was Hubei's total foreign trade in January-November 2025?", "What about Wuhan?"],
    ["2024年上半年武汉出口多少亿元", "全省呢"],
])
def test_another_subject_lacking_the_measure_is_declined_not_profiled(engine, turns):
    answers, texts = _talk(engine, turns)
    assert answers[0].found and not answers[1].found, texts[1]


def test_the_us_is_a_partner_in_english(engine):
    answer = engine.answer("What was Hubei's trade with the US in Jan-Nov 2025?")
    assert not answer.found and "us" in engine.parse("trade with the US").partners


def test_a_year_named_as_the_reference_of_a_growth_is_not_the_period_asked(engine):
    answers, texts = _talk(engine, ["2024年上半年武汉外贸进出口总值", "那出口较上年增长了多少"])
    assert answers[1].found and "14.1" in texts[1], texts[1]


@pytest.mark.parametrize("turns", [["花湖机场连接多少个国际节点城市", "那国内的呢"],
                                   ["How many international node cities does Huahu airport link?",
                                    "and domestic ones?"]])
def test_the_domestic_ones_are_not_china_nor_the_international_figure_again(engine, turns):
    answers, texts = _talk(engine, turns)
    assert answers[0].found and "49" in texts[0]
    assert not answers[1].found and answers[1].kind == "decline", texts[1]
    assert all(engine.doc(i).fact.entity == "huahu-airport" for i in answers[1].suggestion_ids)


def test_a_growth_asked_after_figures_without_one_is_not_another_measures_growth(engine):
    answers, texts = _talk(engine, ["湖北2025年1-11月机电产品出口额", "占出口总额的比重呢", "增幅是多少"])
    assert answers[0].found and answers[1].found, texts[1]
    assert not answers[2].found and "1.4倍" not in texts[2].split("\n")[0], texts[2]


def test_a_definite_description_is_the_subject_only_when_no_other_is_named():
    assert points_back("and what is the plant's yearly output?")
    assert not points_back("how big is the plant of lenovo wuhan?", names_own=True)
    assert points_back("what is its output?", names_own=True)


def test_the_plant_after_a_firm_is_that_firms_plant(engine):
    answers, texts = _talk(engine, ["TCL空调武汉工厂2024年生产了多少套空调",
                                    "What is the plant's yearly output value?"])
    assert answers[0].found and answers[1].found and "7 billion" in texts[1], texts[1]


def test_a_name_the_base_does_not_know_is_not_answered_with_the_subjects_fact(engine):
    answers, texts = _talk(engine, ["联想武汉基地产品卖到多少个国家和地区", "那华为呢"])
    assert answers[0].found and not answers[1].found, texts[1]


def test_another_subject_with_no_measure_of_its_own_asks_the_last_measure(engine):
    answers, texts = _talk(engine, ["How many comprehensive bonded zones are there in Hubei?",
                                    "How many are in Wuhan?"])
    assert answers[0].found and not answers[1].found and answers[1].kind == "decline", texts[1]


@pytest.mark.parametrize("last", ["so which one grew faster?", "Which grew faster?", "Which has grown faster?",
                                  "which grew more?", "哪个增长更快？"])
def test_which_of_the_last_two_grew_faster_gets_both_growths(engine, last):
    answers, texts = _talk(engine, ["Hubei's trade with the EU, Jan-Nov 2025?", "what about ASEAN?", last])
    assert answers[2].found and "41.1" in texts[2] and "20.6" in texts[2], texts[2]


@pytest.mark.parametrize("text,compares", [("How does that compare with 2024?", True), ("和2023年相比呢", True),
                                           ("2023年呢", False)])
def test_a_comparison_with_a_named_year(text, compares):
    assert compares_with_last(text) is compares


def test_a_comparison_with_a_named_year_the_base_lacks_is_declined(engine):
    answers, texts = _talk(engine, ["What was Hubei's utilised FDI in Jan-Nov 2025?",
                                    "How does that compare with 2024?"])
    assert answers[0].found and not answers[1].found, texts[1]


def test_an_item_listed_in_a_total_is_not_answered_with_the_total(engine):
    answers, texts = _talk(engine, ["2025年1-11月湖北锂电池出口增长多少", "电动车呢"])
    assert answers[0].found and "1.4倍" in texts[0]
    assert not answers[1].found and "251.1" not in texts[1].split("\n")[0], texts[1]


@pytest.mark.parametrize("turns", [["光谷货站什么时候投用的？", "营业额多少？"], ["猛士科技园什么时候开园的？", "营业额多少？"]])
def test_a_question_naming_nothing_is_not_answered_about_another_subject(engine, turns):
    answers, texts = _talk(engine, turns)
    last = answers[-1]
    assert not last.found and last.suggestion_ids, texts[-1]
    assert all(engine.doc(i).fact.entity != "hubei" for i in last.suggestion_ids), last.suggestions


def test_the_other_subject_named_is_answered(engine):
    answers, texts = _talk(engine, ["光谷货站什么时候投用的？", "湖北对外承包工程营业额多少？"])
    assert answers[-1].found and "80.6" in texts[-1], texts[-1]


@pytest.mark.parametrize("follow_up", ["在全省出口中占多少", "占全省出口总值的比例是多少", "所占比重呢"])
def test_a_share_asked_with_no_part_of_its_own_is_the_share_of_the_measure_just_given(engine, follow_up):
    answers, texts = _talk(engine, ["湖北2025年1-11月机电产品出口额", follow_up])
    assert answers[1].found and ("五成" in texts[1] or "一半" in texts[1]), texts[1]


def test_a_plain_flow_asked_is_not_answered_by_a_products_share_of_it(engine):
    answer = engine.answer("湖北2025年1-11月出口多少")
    assert not answer.found, render(answer)
