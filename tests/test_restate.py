"""A value edit carries over into the statements that show the old figure; `facts check` reports a
fact whose statements do not show its value."""
from __future__ import annotations

import pytest

import run_bot
from knowledge.check import check_store
from knowledge.restate import restate_value, statement_problems

from conftest import make_fact

ZH = "2025年1-11月，测试省进出口总额7502.3亿元，其中17502.3不算。"
EN = "Test province traded 750.23 billion yuan in January-November 2025."


def test_a_new_value_rewrites_both_statements_and_the_english_value():
    fact = make_fact(statement_zh=ZH, statement_en=EN)
    out = restate_value(fact, "7600.5")
    assert out.changes == {"statement_zh": "2025年1-11月，测试省进出口总额7600.5亿元，其中17502.3不算。",
                           "value_en": "760.05 billion yuan",
                           "statement_en": "Test province traded 760.05 billion yuan in "
                                           "January-November 2025."}
    assert out.flags == [] and "statement_zh: 7502.3 → 7600.5" in out.notes


@pytest.mark.parametrize("value, value_en, en, new, want_en", [
    ("111", "111 routes", "It has 111 cargo routes.", "112", "It has 112 cargo routes."),
    ("1万", "10,000 square metres", "A 10,000-square-metre base.", "2万", "A 20,000-square-metre base."),
    ("1000多", "more than 1,000 firms", "More than 1,000 firms trade.", "1200多",
     "More than 1,200 firms trade."),
])
def test_figures_written_differently_in_english_follow(value, value_en, en, new, want_en):
    fact = make_fact(value=value, value_en=value_en, statement_zh=f"测试有{value}个。", statement_en=en)
    out = restate_value(fact, new)
    assert out.changes["statement_en"] == want_en and out.changes["statement_zh"] == f"测试有{new}个。"


def test_what_cannot_be_rewritten_is_flagged():
    fact = make_fact(value="全省第一", value_en="first in Hubei", statement_zh="测试企业出口排名湖北第一。",
                     statement_en="The firm ranks first in Hubei.")
    out = restate_value(fact, "全省第二")
    assert out.changes == {}
    assert any("statement_zh" in f for f in out.flags) and any("value_en" in f for f in out.flags)


def test_statements_without_the_value_are_problems_and_consistent_ones_are_not():
    good = make_fact(statement_zh=ZH, statement_en=EN)
    assert statement_problems(good) == []
    stale = make_fact(value="7600.5", statement_zh=ZH, statement_en=EN)
    problems = statement_problems(stale)
    assert "statement_zh does not contain the value 7600.5" in problems
    assert "value_en '750.23 billion yuan' does not match the value 7600.5" in problems
    words = make_fact(value="7", value_en="seven", unit="个", statement_zh="测试市有七个。",
                      statement_en="The city has seven.")
    assert statement_problems(words) == []
    assert statement_problems(make_fact(value="2月", value_en="February 2024", statement_zh="2024年2月成立。",
                                        statement_en="Set up in February 2024.")) == []


def test_facts_check_reports_a_stale_statement(store):
    store.add_fact(make_fact(statement_zh=ZH, statement_en=EN), "t")
    assert check_store(store) == []
    store.update_fact("t-trade", {"value": "7600.5"}, "t")            # the store alone leaves them stale
    assert "fact t-trade: statement_zh does not contain the value 7600.5" in check_store(store)


def test_cli_value_edit_updates_statements_and_check_stays_clean(capsys):
    fact = "hbrb251225-huahu-cargo-routes"
    assert run_bot.main(["facts", "edit", fact, "value=112"]) == 0
    out = capsys.readouterr().out
    assert "also updated statement_zh" in out
    assert run_bot.main(["facts", "show", fact]) == 0
    shown = capsys.readouterr().out
    assert "112条" in shown and "112 cargo routes" in shown and "111" not in shown
    assert run_bot.main(["facts", "check"]) == 0
    capsys.readouterr()
    assert run_bot.main(["facts", "edit", fact, "value=113", "statement_zh=花湖机场有112条货运航线。"]) == 0
    assert run_bot.main(["facts", "check"]) == 1
    assert f"fact {fact}: statement_zh does not contain the value 113" in capsys.readouterr().out


def test_the_new_value_is_taken_literally():
    fact = make_fact(statement_zh=ZH, statement_en=EN, value_en="")
    assert "总额7600\\1亿元" in restate_value(fact, "7600\\1").changes["statement_zh"]
