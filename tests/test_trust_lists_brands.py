"""From heldout42-43's first score (made-up figures): 'which firms exhibited' lists every firm the base holds
for that measure; a brand asked is not answered by what the firm makes; a count replicated nationwide is not the
total; a clause opening with 其中 is the question and what comes before it background; an investor is a party,
not an investment asked; 'what kind of institution' asks no product."""
from __future__ import annotations

import pytest

from bot import render
from conftest import answer_ids, beside_curated, facts_engine
from knowledge import Entity

FAIR = dict(period_zh="第九届某博会（2031年11月）", period_en="9th Mou Expo (November 2031)",
            period_start="2031-11-01", period_end="2031-11-10")
NOW = dict(period_zh="截至2031年12月", period_en="as of December 2031", period_start=None,
           period_end="2031-12-20")


@pytest.fixture
def store(curated_store):
    """The curated base beside the made-up facts: its words weigh as in use."""
    return beside_curated(curated_store, "某博会", "2031-12-20")


def _fair(store):
    """A made-up expo with a section of Hubei's pavilion where two Wuhan firms exhibited."""
    store.put_entity(Entity("mou-expo-pavilion", "event", "某博会湖北馆", "Hubei pavilion at the Mou Expo",
                            ["某博会湖北馆", "湖北馆", "Hubei pavilion"]), "test")
    store.put_entity(Entity("qing-motor", "firm", "青川汽车", "Qingchuan Motor", ["青川汽车", "Qingchuan"]), "test")
    store.put_entity(Entity("lan-chip", "firm", "澜芯科技", "Lanxin Technology", ["澜芯科技", "Lanxin"]), "test")
    section = "“数智出海”板块"
    common = dict(metric="mou_expo_exhibitor", metric_zh="某博会湖北馆数智出海板块参展企业",
                  metric_en="exhibitor in the digital going-global section of the Mou Expo", unit="", topic="trade",
                  keywords=["某博会", "数智出海", "参展"], **FAIR)
    return facts_engine(
        store,
        dict(common, entity="qing-motor", value="青川汽车", value_en="Qingchuan Motor",
             statement_zh=f"青川汽车在第九届某博会湖北馆{section}参展。",
             statement_en="Qingchuan Motor exhibited in the digital going-global section of Hubei's pavilion."),
        dict(common, entity="lan-chip", value="澜芯科技", value_en="Lanxin Technology",
             statement_zh=f"澜芯科技在第九届某博会湖北馆{section}展出新品。",
             statement_en="Lanxin Technology showed new products in the digital going-global section of "
                          "Hubei's pavilion."),
        dict(entity="mou-expo-pavilion", metric="pavilion_section", metric_zh="湖北馆展区板块",
             metric_en="section of Hubei's pavilion", value="数智出海", unit="", value_en="digital going-global",
             topic="trade", keywords=["某博会", "板块"],
             statement_zh=f"第九届某博会湖北馆设{section}，展示武汉企业出海成果。",
             statement_en="Hubei's pavilion at the 9th Mou Expo had a digital going-global section.", **FAIR))


def test_which_firms_exhibited_lists_each_firm_the_base_holds(store):
    engine = _fair(store)
    for question in ("某博会湖北馆“数智出海”板块有哪些武汉企业参展？",
                     "Which companies exhibited in the digital going-global section of the Hubei pavilion at the "
                     "9th Mou Expo?"):
        answer = engine.answer(question)
        assert answer.found and sorted(answer_ids(answer)) == ["t-0", "t-1"], (question, render(answer))


def test_a_section_named_in_the_question_is_no_firm(store):
    engine = _fair(store)
    answer = engine.answer("第九届某博会湖北馆“数智出海”板块里有哪些武汉企业参展？")
    assert "t-2" not in answer_ids(answer)


def _brand(store):
    store.put_entity(Entity("tai-home", "firm", "钛悦家居", "Taiyue Home", ["钛悦家居", "钛悦", "Taiyue"]), "test")
    common = dict(entity="tai-home", topic="firm", unit="", **NOW)
    return facts_engine(
        store,
        dict(common, metric="main_products", metric_zh="主要产品", metric_en="main products", value="钛合金餐具",
             value_en="titanium-alloy tableware", keywords=["产品"],
             statement_zh="钛悦家居主要生产钛合金餐具。", statement_en="Taiyue Home mainly makes titanium-alloy tableware."),
        dict(common, metric="brand", metric_zh="品牌", metric_en="brand", value="TIYO", value_en="TIYO",
             keywords=["品牌", "牌子", "brand"],
             statement_zh="钛悦家居旗下品牌为TIYO。", statement_en="Taiyue Home sells under its TIYO brand."))


def test_a_brand_asked_is_not_what_the_firm_makes(store):
    engine = _brand(store)
    assert answer_ids(engine.answer("钛悦家居做的钛合金餐具，牌子叫啥？")) == ["t-1"]
    assert answer_ids(engine.answer("钛悦家居主要生产什么产品？")) == ["t-0"]


def _ftz(store):
    store.put_entity(Entity("mou-ftz", "zone", "湖北某自贸片区", "Hubei Mou FTZ area", ["某自贸片区", "Mou FTZ"]), "test")
    common = dict(entity="mou-ftz", topic="policy", unit="项", **NOW)
    return facts_engine(
        store,
        dict(common, metric="provincial_innovations", metric_zh="省级制度创新成果数",
             metric_en="provincial institutional innovations", value="468", value_en="468 innovations",
             keywords=["制度创新成果", "institutional innovations"],
             statement_zh="某自贸片区累计形成468项省级制度创新成果。",
             statement_en="The Mou FTZ area has produced 468 provincial-level institutional innovations."),
        dict(common, metric="innovations_replicated_nationally", metric_zh="在全国复制推广的制度创新成果数",
             metric_en="innovations replicated nationwide", value="41", value_en="41 innovations",
             keywords=["复制推广", "replicated nationwide"],
             statement_zh="某自贸片区有41项制度创新成果被推广到全国。",
             statement_en="41 institutional innovations of the Mou FTZ area have been replicated across China."))


def test_a_count_replicated_nationwide_is_not_the_total(store):
    engine = _ftz(store)
    for question in ("Of the provincial-level institutional innovations produced by the Mou FTZ area, how many "
                     "have been rolled out nationwide?",
                     "某自贸片区的省级制度创新成果里，有多少项在全国复制推广了？"):
        assert answer_ids(engine.answer(question)) == ["t-1"], question
    assert answer_ids(engine.answer("某自贸片区一共形成了多少项省级制度创新成果？")) == ["t-0"]


def test_a_clause_opening_with_among_them_is_the_question(store):
    store.put_entity(Entity("mou-pilot", "zone", "武汉某开放试点", "Wuhan Mou opening pilot",
                            ["某开放试点"]), "test")
    common = dict(entity="mou-pilot", topic="policy", **NOW)
    engine = facts_engine(
        store,
        dict(common, metric="approval_title", metric_zh="国务院批复文件名称", metric_en="title of the approval",
             value="国务院关于同意在沈阳等8个城市暂时调整实施有关规定的批复", unit="", value_en="the approval",
             keywords=["批复"], statement_zh="国务院批复同意在沈阳等8个城市暂时调整实施有关规定。",
             statement_en="The State Council approved adjusting some rules in 8 cities."),
        dict(common, metric="adjustments_involving_wuhan", metric_zh="涉及武汉的调整事项数",
             metric_en="adjustments involving Wuhan", value="6", unit="项", value_en="6 items",
             keywords=["调整事项", "涉及武汉", "国务院批复", "试点城市"],
             statement_zh="批复中涉及武汉的调整事项共6项。", statement_en="Six of the adjustments involve Wuhan."))
    answer = engine.answer("国务院同意8个试点城市暂时调整实施有关规定，其中涉及武汉的调整事项有几项？")
    assert answer_ids(answer) == ["t-1"], render(answer)


def test_an_investor_named_is_no_investment_asked(store):
    store.put_entity(Entity("mou-bank", "firm", "某口银行", "Moukou Bank", ["某口银行", "Moukou Bank"]), "test")
    engine = facts_engine(
        store,
        dict(entity="mou-bank", topic="investment", metric="carbon_loan_to_pv_sme", metric_zh="向光伏小微企业发放碳减排贷款",
             metric_en="carbon-reduction loan to a small PV firm", value="520万元", unit="", value_en="5.2 million yuan",
             keywords=["碳减排贷款", "green finance", "carbon-reduction loan", "distributed PV"],
             statement_zh="某口银行借助绿色金融信息共享系统向一家分布式光伏小微企业发放碳减排贷款520万元。",
             statement_en="Moukou Bank used the green finance information-sharing system to lend 5.2 million yuan "
                          "in carbon-reduction loans to a small distributed-PV firm.", **NOW))
    answer = engine.answer("Which Wuhan bank used the green finance information-sharing system to arrange a "
                           "carbon-reduction loan for a small distributed-PV investor in 2031?")
    assert answer_ids(answer) == ["t-0"], render(answer)


def test_what_kind_of_institution_asks_no_product(store):
    engine = facts_engine(store)
    assert "product" not in engine.parse("What kind of institution may now be set up in Wuhan?").terms
    assert "product" in engine.parse("What kind of products does Taiyue Home make?").terms
