"""The question reader, the fact checks and the ranking built alone over a small in-memory base (no
Engine): each reads only the index it is handed."""
from __future__ import annotations

import pytest

from bot.checks import FactChecks
from bot.fitness import kind_fit
from bot.index import Index
from bot.ranking import rank
from bot.reader import QuestionReader
from conftest import make_fact
from knowledge import Entity, FactStore, Source


@pytest.fixture
def index():
    """An index over four made-up facts: a province's trade and exports, a firm's staff and output."""
    store = FactStore(":memory:")
    store.add_source(Source("src-m", "示例日报", "Example Daily", "示例标题", "2031-03-01"), "test")
    store.put_entity(Entity("hubei", "region", "湖北省", "Hubei", ["湖北"]), "test")
    store.put_entity(Entity("qingshan-gear", "firm", "青山齿轮公司", "Qingshan Gear", ["青山齿轮"]), "test")
    store.add_fact(make_fact(id="m-trade", source="src-m"), "test")
    store.add_fact(make_fact(id="m-exports", source="src-m", metric="exports", metric_zh="出口额",
                             metric_en="exports", value="4800.5", value_en="480.05 billion yuan",
                             statement_zh="示例出口陈述。", statement_en="An example exports statement."), "test")
    store.add_fact(make_fact(id="m-staff", source="src-m", topic="firm", entity="qingshan-gear",
                             metric="employees", metric_zh="员工人数", metric_en="employees", value="1250",
                             unit="人", value_en="1,250 people", period_zh="2030年", period_en="2030",
                             period_start="2030-01-01", period_end="2030-12-31",
                             statement_zh="青山齿轮公司有员工1250人。", statement_en="Qingshan Gear employs 1,250.",
                             keywords=["员工", "staff"]), "test")
    store.add_fact(make_fact(id="m-gears", source="src-m", topic="firm", entity="qingshan-gear",
                             metric="main_product", metric_zh="主要产品", metric_en="main product",
                             value="风电齿轮箱", unit="", value_en="wind turbine gearboxes", period_zh="2030年",
                             period_en="2030", period_start="2030-01-01", period_end="2030-12-31",
                             statement_zh="青山齿轮公司主要生产风电齿轮箱。",
                             statement_en="Qingshan Gear mainly makes wind turbine gearboxes.",
                             keywords=["产品", "product"]), "test")
    built = Index.open(store, None)
    yield built
    built.close()
    store.close()


def _doc(index: Index, fact_id: str):
    return index.docs[index.slot_of[fact_id]]


def test_reader_alone_reads_entity_period_and_kind(index):
    q = QuestionReader(index).parse("青山齿轮2030年有多少员工？")
    assert [h.entity for h in q.hits] == ["qingshan-gear"]
    assert q.lang == "zh" and q.asks == "quantity" and q.period.explicit
    assert "员工" in q.terms


def test_reader_alone_remembers_a_misspelling(index):
    reader = QuestionReader(index)
    assert reader.spelling == {}
    q = reader.parse("How many emplyees does Qingshan Gear have?")
    assert "employee" in q.terms and list(reader.spelling.values()) == ["employee"]


def test_checks_alone_accept_the_fact_asked_and_refuse_its_neighbours(index):
    reader, checks = QuestionReader(index), FactChecks(index)
    q = reader.parse("湖北2025年前11个月出口多少")
    assert checks.mismatch(q, _doc(index, "m-exports"), 80, {"hubei"}) == ""
    assert checks.mismatch(q, _doc(index, "m-trade"), 80, {"hubei"}) != ""        # total trade, not exports
    staff = reader.parse("青山齿轮2029年有多少员工")
    assert checks.mismatch(staff, _doc(index, "m-staff"), 80, {"qingshan-gear"}) == "period not held"
    product = reader.parse("青山齿轮有多少员工")
    assert checks.mismatch(product, _doc(index, "m-gears"), 80, {"qingshan-gear"}) != ""   # a name, no count


def test_kind_fit_prefers_a_name_for_a_which_question(index):
    q = QuestionReader(index).parse("青山齿轮生产什么产品")
    assert kind_fit(q, _doc(index, "m-gears")) > kind_fit(q, _doc(index, "m-staff"))


def test_ranking_alone_puts_the_fitting_fact_first(index):
    q = QuestionReader(index).parse("Qingshan Gear: how many employees?")
    ranked = rank(index, q)
    assert index.docs[ranked[0][2]].fact.id == "m-staff"
    assert all(0 <= conf <= 100 for conf, _, _ in ranked)
