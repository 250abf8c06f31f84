"""English sides of ingested facts: metric names composed from one glossary of measure words (trade modes,
kinds of trader, product groups, hubs' measures), never a Chinese fragment, with the other English words
users type for them; and English questions reaching them."""
from __future__ import annotations

import re

import pytest

from knowledge import FactStore
from knowledge.ingest import read_article
from knowledge.glossary import en_variants
from knowledge.ingest.vocab import english, english_words

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _facts(text: str, store: FactStore) -> dict[str, dict]:
    """The proposals of a made-up article keyed by value."""
    reading = read_article(text, store, publication="湖北日报", date="2031-10-20")
    return {p.fact["value"]: p.fact for p in reading.proposals}


def test_product_groups_and_their_short_names_are_named_in_english(curated_store):
    facts = _facts("前9个月，全省进口金属矿砂1234.5万吨，价值321.4亿元；出口劳密产品98.7亿元，"
                   "国有企业进出口88.1亿元。", curated_store)
    assert facts["1234.5"]["metric_en"] == "import volume of metal ores"     # tonnes: the volume
    assert facts["321.4"]["metric_en"] == "imports of metal ores"        # the value, not all imports
    assert facts["98.7"]["metric_en"] == "exports of labour-intensive products"
    assert facts["88.1"]["metric_en"] == "imports and exports of state-owned firms"


def test_hubs_measures_airlines_destinations_listed_firms_market_value(curated_store):
    facts = _facts("截至9月底，花湖机场共有12家国际货运航司在此运营。截至9月底，在港上市的湖北企业累计有"
                   "18家，总市值约432亿港元。", curated_store)
    assert facts["12"]["metric_en"] == "number of international cargo airlines operating here"
    assert facts["18"]["metric_en"] == "number of Hong Kong-listed firms"
    assert facts["约432"]["metric_en"] == "total market value of Hong Kong-listed firms"   # the counted ones


@pytest.mark.parametrize("text", [
    "今年以来，花湖机场新开迪拜国际货运航线2条，单日货邮吞吐量最高达3100吨。",
    "前三季度，三个片区新设外商投资企业213家，占全省比重36.5%。",
    "截至9月底，在鄂就业及创业的港澳人士约1.2万人，交货周期减少5天。",
    "全年，全港集装箱吞吐量286万标箱，每周对香港往返客运航班量达42班。",
])
def test_no_metric_name_keeps_a_chinese_fragment(curated_store, text):
    for fact in _facts(text, curated_store).values():
        assert not _CJK.search(fact["metric_en"]), fact["metric_en"]
        assert not _CJK.search(fact["statement_en"]), fact["statement_en"]


def test_labels_in_english_from_the_glossary_and_names_in_pinyin():
    assert english("总市值") == "total market value"
    assert english("国际货运航司入驻数") == "number of international cargo airlines based"
    assert english("亚非航点数") == "number of Asia and Africa destinations"
    assert english("某某某") == "figure"                       # nothing known: never the Chinese
    assert english_words("新开科隆") == "new Kelong"            # a name the glossary lacks, in pinyin
    assert english_words("三个片区") == "three area"


def test_english_names_carry_the_words_users_type_for_them():
    electrical = en_variants("exports of mechanical and electrical products")
    assert "exports of electromechanical products" in electrical
    assert "number of international cargo carriers" in en_variants("number of international cargo airlines")
    assert "total market capitalisation" in en_variants("total market value")
    assert en_variants("imports") == []


_ARTICLE = ("湖北日报 2031年10月20日 第05版\n记者从武汉海关获悉，前三季度，全省出口2431.8亿元。全省出口机电产品1543.2亿元，增长9.1%；"
            "出口劳密产品376.5亿元；进口金属矿砂1811.4万吨。外商投资企业进出口702.3亿元。\n"
            "截至9月底，花湖机场共有16家国际货运航司在此运营，国际货运航线通达航点37个。"
            "截至9月底，在港上市的湖北企业累计有23家，总市值约517亿港元。")


@pytest.mark.parametrize("question, figure", [
    ("How much did Hubei export in electromechanical products in Q1-Q3 2031?", "1543.2"),
    ("What were Hubei's labor-intensive product exports in Jan-Sep 2031?", "376.5"),
    ("How many tons of metal ore did Hubei import in the first three quarters of 2031?", "1811.4"),
    ("How many international cargo carriers operate at Huahu airport?", "16"),
    ("What is the total market capitalisation of Hubei firms listed in Hong Kong?", "517"),
    ("What was Hubei's export value in Q1-Q3 2031?", "2431.8"),
    ("What was the value of Hubei's exports in the first three quarters of 2031?", "2431.8"),
])
def test_english_questions_reach_the_ingested_facts(curated_store, question, figure):
    from bot import Engine, to_json
    from knowledge.ingest import apply_reading
    apply_reading(curated_store, read_article(_ARTICLE, curated_store), "test")
    answer = to_json(Engine(curated_store).answer(question))
    assert answer["found"] and figure in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question, value_kept", [
    ("What was Hubei's export value in Q1 2024?", False), ("the value of Wuhan's imports in 2023", False),
    ("Hubei foreign trade value 2025", False), ("What is TCL's output value this year?", True),
    ("the market value of Hubei firms listed in Hong Kong", True)])
def test_value_beside_exports_or_trade_is_no_word_of_its_own(engine, question, value_kept):
    """'Export value' asks the exports: were 'value' a word to match, facts of other values (output value,
    market value) would be the only candidates in a large base where exports are in every other fact."""
    assert ("value" in engine.parse(question).terms) == value_kept


@pytest.mark.parametrize("name, english", [
    ("汉川精工机械有限公司", "Hanchuan Jinggong Machinery Co., Ltd."),          # pinyin only where nothing is known
    ("鄂湘经贸合作洽谈会", "Hubei-Hunan Economic and Trade Cooperation Business Fair"),   # a pair of places
    ("云梦磷化科技有限公司", "Yunmeng Phosphorus Chemical Technology Co., Ltd."),  # the glossary's words
    ("三峡锂电科技有限公司", "Three Gorges Lithium Battery Technology Co., Ltd."),
])
def test_new_names_in_english_from_their_parts(name, english):
    from knowledge.ingest.names_en import english_name
    assert english_name(name) == english


@pytest.mark.parametrize("route, english", [
    ("武汉—布达佩斯中欧班列", "Wuhan-Budapest China-Europe freight train"),
    ("鄂州—洛杉矶全货机航线", "Ezhou-Los Angeles all-cargo route"),
    ("武汉—宁波江海直达航线", "Wuhan-Ningbo river-sea direct route"),
])
def test_routes_to_places_abroad_are_named_in_english(route, english):
    from knowledge.ingest.entities import route_english
    assert route_english(route) == english


def test_a_translated_place_keeps_its_pinyin_as_an_alias():
    from knowledge.ingest.names_en import english_aliases
    assert "Sanxia Lidian Technology" in english_aliases("三峡锂电科技有限公司",
                                                         "Three Gorges Lithium Battery Technology Co., Ltd.")


def test_a_product_asked_in_other_english_words_is_not_a_broader_figure(curated_store):
    from bot import Engine, to_json
    from knowledge.ingest import apply_reading
    text = "湖北日报 2031年10月20日 第05版\n前三季度，全省出口服装及衣着附件212.6亿元，出口纺织品98.3亿元。"
    apply_reading(curated_store, read_article(text, curated_store), "test")
    engine = Engine(curated_store)
    for question in ("How much clothing did Hubei export in the first three quarters of 2031?",
                     "Hubei's apparel exports in Jan-Sep 2031?"):
        answer = to_json(engine.answer(question))
        assert answer["found"] and "212.6" in answer["answer"], answer["answer"]
    plain = to_json(engine.answer("How much did Hubei export in the first three quarters of 2031?"))
    assert "212.6" not in plain["answer"] or not plain["found"]


def test_a_count_and_its_change_on_a_year_asked_together_get_both(curated_store):
    from bot import Engine, to_json
    from knowledge.ingest import apply_reading
    text = ("湖北日报 2031年10月20日 第05版\n前9个月，武汉对香港进出口312.4亿元。"
            "截至9月底，天河机场每周对香港往返客运航班达36班，比上年增加9班。")     # two places named: no comparison
    apply_reading(curated_store, read_article(text, curated_store), "test")
    answer = to_json(Engine(curated_store).answer(
        "How many passenger flights a week linked Tianhe airport and Hong Kong by September 2031, "
        "and how many more than a year before?"))
    assert answer["found"] and "36" in answer["answer"] and "9 " in answer["answer"], answer["answer"]


def test_examples_before_a_count_are_not_what_it_counts(curated_store):
    facts = _facts("截至9月底，该区已吸引泰国、越南、印尼等19个国家的企业投资；合同外资3.2亿美元，协议外资1.4亿美元。",
                   curated_store)
    assert facts["19"]["metric_en"] == "number of countries"
    assert facts["1.4"]["metric_en"] == "contracted foreign investment"


def test_flows_listed_before_a_shared_measure_each_get_it(curated_store):
    facts = _facts("一季度，全省进口、出口整体通关时间分别压缩至31.5小时和1.2小时。", curated_store)
    assert facts["31.5"]["metric_en"] == "imports customs clearance time"
    assert facts["1.2"]["metric_en"] == "exports customs clearance time"


def test_names_listed_after_a_partner_word_are_objects_not_the_subject(curated_store):
    facts = _facts("湖北日报 2031-10-20\n中欧班列（武汉）与阳逻港、鄂州花湖机场深化合作，前三季度开行“铁水联运”班列64列。",
                   curated_store)
    assert facts["64"]["entity"] == "china-europe-railway-wuhan"


@pytest.mark.parametrize("question", [
    "How many rail-sea intermodal trains did the China-Europe Railway Express (Wuhan) run in Q1-Q3 2031?",
    "2031年中欧班列（武汉）开行铁海联运班列多少列？"])
def test_an_intermodal_count_asked_is_not_answered_by_all_trains(curated_store, question):
    from bot import Engine, to_json
    from knowledge.ingest import apply_reading
    text = "湖北日报 2031年10月20日 第05版\n前三季度，中欧班列（武汉）开行912列，同比增长11.2%。"
    apply_reading(curated_store, read_article(text, curated_store), "test")
    answer = to_json(Engine(curated_store).answer(question))
    assert not answer["found"], answer["answer"]              # all trains are a broader figure


def test_a_partners_share_names_whose_whole_it_is(curated_store):
    facts = _facts("上半年，全省实际使用外资11.2亿美元。从来源地看，香港、新加坡、日本位居前三，分别占全省实际使用外资的"
                   "57.3%、9.1%和4.4%。", curated_store)
    assert facts["9.1"]["entity"] == "singapore"
    assert facts["9.1"]["metric_en"] == "share of Hubei's actually used foreign investment"


@pytest.mark.parametrize("question", ["How long are the sorting lines at Huahu airport?", "花湖机场分拣线全长多少？"])
def test_a_length_asked_is_answered_by_a_length_not_a_time(curated_store, question):
    from bot import Engine, to_json
    from knowledge.ingest import apply_reading
    text = "湖北日报 2031年10月20日 第05版\n截至9月底，花湖机场通关最快只需12分钟。花湖机场转运中心的自动化分拣线全长48公里。"
    apply_reading(curated_store, read_article(text, curated_store), "test")
    answer = to_json(Engine(curated_store).answer(question))
    assert answer["found"] and "48" in answer["answer"], answer["answer"]
