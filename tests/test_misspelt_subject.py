"""A misspelt firm's name written beside a place found exact ('Wuhan Changjiang Shanghui') still names
the firm: Wuhan's own figure is not its answer. 'Its first half year' is the firm's age, not H1; 'how much
had it exported' asks what was done, not a forecast. A standing asked nationally (全国, nationally) is
not answered by a province-wide one. Exporters are firms, not exports; S&T, R&D are no unknown names."""
from __future__ import annotations

import pytest

from bot import render
from bot.periods import parse_period


@pytest.mark.parametrize("question", [
    "How much did Wuhan Changjiang Shangshi export in its first six months?",
    "What were the exports of Wuhan Changjang Shangshe so far?"])
def test_a_misspelt_firm_beside_an_exact_place_is_not_the_place(engine, question):
    answer = engine.answer(question)
    assert "111.14" not in render(answer) and "1111.4" not in render(answer), render(answer)


def test_an_english_word_near_a_name_is_no_name_beside_an_exact_place(engine):
    q = engine.parse("wuhan imports exports of hi-tech products jan-aug?")
    assert {h.entity for h in q.hits} == {"wuhan"}


@pytest.mark.parametrize("text", ["how much had it exported in its first half year?",
                                  "what did they sell in their first six months"])
def test_its_first_half_year_is_no_calendar_half(text):
    assert not parse_period(text).explicit


def test_what_had_been_exported_is_not_a_forecast(engine):
    answer = engine.answer("How much had Changjiang Shangshe Trading exported by mid-2024?")
    assert answer.found and "20亿" not in render(answer).split("\n")[1], render(answer)


@pytest.mark.parametrize("question, expect", [
    ("What makes the Optics Valley cargo station stand out nationally?", "China"),
    ("光谷货站在全国有什么独特之处？", "中国首个")])
def test_a_national_standing_is_not_a_provincial_one(engine, question, expect):
    answer = engine.answer(question)
    assert answer.found and expect in render(answer), render(answer)


@pytest.mark.parametrize("question, expect", [
    ("How many first-time exporters did Optics Valley gain in the first seven months of 2024?", "74"),
    ("Optics Valley: number of new importers and exporters in H1 2024?", "74"),
])
def test_exporters_are_firms_not_exports(engine, question, expect):
    answer = engine.answer(question)
    assert answer.found and expect in render(answer), render(answer)


@pytest.mark.parametrize("question, expect", [
    ("How many S&T cooperation projects did the WUT incubator's firms run with the university?", "283"),
    ("What R&D cooperation value did the WUT incubator firms reach with the university?", "2"),
])
def test_an_ampersand_term_is_no_unknown_name(engine, question, expect):
    answer = engine.answer(question)
    assert answer.found and expect in render(answer), render(answer)
