"""Follow-ups that keep the conversation's subject: one asking only the growth, one naming only a
period, a part of the last measure (其中出口), and periods named only as a reference (比上半年)."""
from __future__ import annotations

import pytest

from bot import render
from bot.conversation import answer_conversation
from bot.periods import fits, parse_period as _parse_period
from bot.text import normalise


def parse_period(text: str):
    """The period of a question as the engine reads it (normalised first)."""
    return _parse_period(normalise(text))


@pytest.mark.parametrize("turns", [
    ["湖北2025年1到11月跟欧盟的贸易额有多大", "比上年同期涨了多少"],
    ["Hubei's trade with the EU in January-November 2025", "By how much did it rise?"],
    ["Hubei's trade with the EU in January-November 2025", "what was the growth rate?"],
])
def test_a_follow_up_asking_only_the_growth_gets_the_last_figures_growth(engine, turns):
    first, second = answer_conversation(engine, turns)
    assert first.found and second.found, render(second)
    assert second.facts[0].fact.id == first.facts[0].fact.id and "41.1" in render(second)


def test_both_growths_asked_after_two_figures_are_given_side_by_side(engine):
    answers = answer_conversation(engine, ["武汉2024年上半年外贸出口有多少", "同期外贸总额呢", "两者增速分别是多少"])
    assert all(a.found for a in answers), [render(a) for a in answers]
    text = render(answers[2])
    assert "14.1" in text and "8.7" in text, text


@pytest.mark.parametrize("turns", [["湖北2025年1到10月新完成备案的对外投资企业有几家", "那2023年的呢"],
                                   ["How many Hubei firms filed new outward investments in Jan-Oct 2025?",
                                    "And in 2023?"]])
def test_a_follow_up_naming_only_a_period_the_base_lacks_is_declined(engine, turns):
    first, second = answer_conversation(engine, turns)
    assert first.found and "177" in render(first)
    assert not second.found and "177" not in render(second), render(second)


def test_of_which_exports_keeps_the_last_measure_and_takes_its_exports(engine):
    first, second = answer_conversation(engine, ["2024年1到8月武汉的高新技术产品进出口额", "其中出口是多少"])
    assert first.found and "1076.24" in render(first)
    assert second.found and "657.59" in render(second), render(second)


def test_the_second_half_is_answered_only_by_a_july_to_december_figure(engine):
    first, second = answer_conversation(engine, ["2024年上半年中欧班列（武汉）来回共开了几列", "下半年呢"])
    assert first.found and "502" in render(first)
    assert not second.found, render(second)


@pytest.mark.parametrize("text,second_half", [("下半年", True), ("Wuhan exports in H2 2024", True),
                                              ("上半年", False), ("the second half of 2024", True)])
def test_second_half_words(text, second_half):
    assert parse_period(text).second_half is second_half


def test_a_second_half_fits_only_july_to_december():
    period = parse_period("2024年下半年")
    assert fits(period, "2024-07-01", "2024-12-31")
    assert not fits(period, "2024-01-01", "2024-06-30") and not fits(period, "2024-01-01", "2024-12-31")


@pytest.mark.parametrize("text,spans", [("前三季度的增速比上半年快了几个百分点", (9,)),
                                        ("Q1-Q3 growth, how much faster than in H1", (9,)),
                                        ("上半年和前三季度", (6, 9))])
def test_a_period_named_as_the_reference_of_a_comparison_is_not_the_period_asked(text, spans):
    assert parse_period(text).spans == spans


def test_a_month_alone_in_a_follow_up_is_that_month():
    assert parse_period("那10月呢").month == 10 and parse_period("10月份").month == 10
    assert parse_period("前10个月").month is None
