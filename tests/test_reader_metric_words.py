"""Metric names keep the words that narrow them (mode, product, market) and read as clean English."""
from __future__ import annotations

from knowledge import FactStore
from knowledge.ingest import read_article
from knowledge.ingest.naming import is_delta
from knowledge.ingest.vocab import translate


def _facts(text: str, store: FactStore) -> dict[str, dict]:
    """The proposals of a made-up article keyed by value."""
    reading = read_article(text, store, publication="湖北日报", date="2031-05-20")
    return {p.fact["value"]: p.fact for p in reading.proposals}


def test_a_trade_mode_keeps_the_flow_it_names(curated_store):
    facts = _facts("今年前4个月，全省一般贸易出口321.7亿元；加工贸易进口43.9亿元；一般贸易进出口512.6亿元。",
                   curated_store)
    assert (facts["321.7"]["metric_zh"], facts["321.7"]["metric_en"]) == ("一般贸易出口额", "general trade exports")
    assert facts["43.9"]["metric_en"] == "processing trade imports"
    assert facts["512.6"]["metric"] == "general_trade"


def test_a_plain_export_total_is_the_base_exports(curated_store):
    facts = _facts("今年前4个月，全省外贸出口987.4亿元，外贸进口210.3亿元。", curated_store)
    assert facts["987.4"]["metric"] == "exports" and facts["210.3"]["metric"] == "imports"


def test_a_product_keeps_its_words_in_both_languages(curated_store):
    facts = _facts("今年前4个月，全省出口医疗仪器及器械7.7亿元，进口半导体制造设备15.2亿元，"
                   "化工产品出口88.8亿元。", curated_store)
    assert facts["7.7"]["metric_en"] == "exports of medical instruments and apparatus"
    assert facts["15.2"]["metric_en"] == "imports of semiconductor manufacturing equipment"
    assert facts["88.8"]["metric_zh"] == "化工产品出口额"
    assert facts["88.8"]["metric_en"] == "exports of chemical products"


def test_examples_before_a_product_are_no_part_of_its_name(curated_store):
    facts = _facts("前4个月，全省以光模块、激光器为代表的光电子产品出口61.3亿元。", curated_store)
    assert facts["61.3"]["metric_zh"] == "光电子产品出口额"


def test_growth_of_a_product_flow_names_the_product_first(curated_store):
    facts = _facts("前4个月，全省进口牛肉增长3.4倍，出口诊断试剂增长27.5%。", curated_store)
    assert facts["3.4"]["metric_zh"] == "牛肉进口增速" and facts["3.4"]["metric_en"] == "growth in beef imports"
    assert facts["27.5"]["metric_en"] == "growth in diagnostic reagents exports"


def test_a_market_bloc_with_its_members_in_brackets_is_the_partner(curated_store):
    facts = _facts("前4个月，全省对新兴市场（东盟、非洲、拉美）进出口401.2亿元。", curated_store)
    assert facts["401.2"]["entity"] == "emerging-markets"
    assert facts["401.2"]["metric"] == "bilateral_trade"


def test_a_change_of_a_count_is_named_after_the_count(curated_store):
    facts = _facts("前4个月，全省有进出口实绩的企业6100家，净增412家；新设外资企业95家，比上年同期多11家。",
                   curated_store)
    assert facts["412"]["metric"] == "firms_with_trade_record_net_change"
    assert facts["412"]["metric_en"] == "net increase in firms with actual import and export records"
    assert facts["11"]["metric"] == "new_foreign_invested_enterprises_change"


def test_delta_words():
    assert is_delta("比多") and is_delta("净增") and is_delta("较减少")
    assert not is_delta("新增航线") and not is_delta("出口")


def test_glossary_covers_common_trade_words():
    for zh, en in (("猪肉进口", "pork imports"), ("市场采购出口", "market procurement exports"),
                   ("新能源汽车", "new-energy vehicles"), ("传统市场", "traditional markets")):
        assert translate(zh) == (en, 1.0)


def test_rates_listed_after_the_things_they_are_of(curated_store):
    facts = _facts("前4个月，全省进出口、进口分别增长了8.1%和5.5%。", curated_store)
    assert facts["8.1"]["metric"] == "foreign_trade_total_growth"
    assert facts["5.5"]["metric"] == "imports_growth"


def test_a_count_cut_to_a_new_value_keeps_its_noun(curated_store):
    facts = _facts("今年，全省外商投资准入限制措施由120条缩减到27条。", curated_store)
    assert facts["27"]["metric_zh"] == "外商投资准入限制措施数"
    assert facts["120"]["metric_zh"] == "此前外商投资准入限制措施数"


def test_growth_words_and_averages_leave_no_fragments(curated_store):
    facts = _facts("前4个月，全省进出口比上年同期增长6.6%，增速高于全国整体平均水平2.9个百分点。", curated_store)
    assert facts["6.6"]["metric"] == "foreign_trade_total_growth"
    assert facts["2.9"]["metric"] == "growth_above_national"


def test_a_share_of_a_whole_not_named_is_no_fragment(curated_store):
    facts = _facts("前4个月，全省进出口总值1234.5亿元，占比重4.4%。", curated_store)
    assert facts["4.4"]["metric_zh"] == "进出口总值占比"


def test_a_ranking_with_no_value_before_it_is_proposed(curated_store):
    facts = _facts("前4个月，全省进出口值居全国第13位，出口排名第9。", curated_store)
    assert facts["第13"]["metric"].startswith("jin_chu_kou_zong_zhi_rank")
    assert facts["第13"]["metric_en"] == "national ranking by total foreign trade (imports and exports)"
    assert facts["第9"]["metric_en"] == "national ranking by exports"


def test_partners_listed_with_their_values_each_get_theirs(curated_store):
    facts = _facts("前4个月，全省对印度进口31.4亿元、巴西27.2亿元、非洲66.6亿元。", curated_store)
    assert [facts[v]["entity"] for v in ("31.4", "27.2", "66.6")] == ["india", "brazil", "africa"]
    assert {facts[v]["metric"] for v in ("31.4", "27.2", "66.6")} == {facts["31.4"]["metric"]}


def test_a_count_within_a_size_bracket_names_the_bracket(curated_store):
    facts = _facts("前4个月，全省新签约总投资8000万美元以上的外资项目19个。", curated_store)
    assert facts["19"]["metric_zh"] == "总投资8000万美元以上外资项目数"
    assert "with total investment of 80 million US dollars or more" in facts["19"]["metric_en"]


def test_a_change_against_a_past_event_is_a_change_of_what_it_counts(curated_store):
    facts = _facts("前4个月，全省签约外资项目33个，总投资约41.7亿美元，较去年同类活动增加6个项目。", curated_store)
    assert facts["6"]["metric"] == "xiang_mu_shu_change"


def test_a_growth_rate_speeding_up_is_named_as_such(curated_store):
    facts = _facts("前4个月，全省实际使用外资9.9亿美元，同比增长7.4%，增速较一季度加快1.8个百分点。", curated_store)
    assert facts["1.8"]["metric"] == "fdi_utilised_growth_speedup"
    assert facts["1.8"]["metric_zh"] == "实际使用外资增速加快"


def test_a_ranking_among_a_group_is_not_a_national_one(curated_store):
    facts = _facts("前4个月，全省进出口规模在全国副省级城市中排名第5位。", curated_store)
    assert facts["第5"]["metric_zh"] == "进出口总值在全国副省级城市中排名"
    assert facts["第5"]["metric_en"].startswith("ranking among national sub-provincial cities by")
