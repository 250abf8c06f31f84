"""Issue 8, on made-up sentences: names listed as what a thing has (主要进口货物有A、B和C等, 前三大出口市场依次为
A、B、C, A、B等一批本土企业借助…拓展…) are a fact whose value is the names in order, answered to 'which'."""
from __future__ import annotations

from bot import Engine
from knowledge.ingest import apply_reading, read_article
from knowledge.ingest.lists import name_lists

HEAD = "长江日报 2031年7月15日 第03版\n\n"


def _lists(store, body: str) -> dict[str, dict]:
    reading = read_article(HEAD + body, store)
    return {p.fact["metric_zh"]: p.fact for p in reading.proposals if not p.fact["unit"]}


def test_the_kind_named_then_its_names_in_order(store):
    got = _lists(store, "今年前5个月，武汉市前三大出口市场依次为欧盟、东盟、美国。武汉运往海外的货物品种日益丰富，"
                        "进口货物主要有北欧出产的木材、机械设备和葡萄酒等产品。")
    assert got["前三大出口市场"]["value"] == "欧盟、东盟、美国"
    assert got["前三大出口市场"]["entity"] == "wuhan"
    assert got["前三大出口市场"]["value_en"] == "EU, ASEAN and United States"
    assert got["进口货物"]["value"] == "木材、机械设备、葡萄酒"


def test_names_then_the_kind_and_what_is_said_of_them(store):
    got = _lists(store, "截至6月底，武汉跨境电商交易额持续增长。星河电池、楚天纺织等一批本土企业借助跨境电商平台"
                        "拓展海外市场。")
    fact = got["借助跨境电商平台拓展海外市场的本土企业"]
    assert fact["value"] == "星河电池、楚天纺织"


def test_values_listed_with_figures_are_no_names():
    assert name_lists("进出口、出口分别为30亿元和20亿元，主要产品有3类。") == []
    assert name_lists("其中出口机电产品和高新技术产品分别增长5%和6%。") == []
    assert name_lists("这种设备已在泰国、越南、法国等多个国家的工厂投入使用。") == []     # where, no kind
    assert name_lists("一批涉及汽车制造、新能源等领域的项目集中签约。") == []


def test_which_is_answered_by_the_names(store):
    reading = read_article(HEAD + "今年前5个月，武汉市前三大出口市场依次为欧盟、东盟、美国。全市出口额"
                                  "1234.5亿元。", store)
    apply_reading(store, reading, "test")
    engine = Engine(store)
    answer = engine.answer("今年前5个月武汉前三大出口市场是哪些？")
    assert answer.found and answer.facts[0].fact.value == "欧盟、东盟、美国"


def test_a_place_s_focus_industry_is_a_fact_of_its_own(store):
    got = _lists(store, "截至6月底，武汉新增外资企业120家。武汉围绕光电子信息引进一批重大项目，"
                        "正着力打造世界级产业集群。")
    assert got["主导产业"]["value"] == "光电子信息" and got["主导产业"]["entity"] == "wuhan"
    got = _lists(store, "截至6月底，武汉新增外资企业120家。围绕这一目标，武汉聚焦重点企业发展。")
    assert "主导产业" not in got                       # a goal or firms focused on are no industry
    got = _lists(store, "截至6月底，武汉新增外资企业120家。今年以来，武汉聚焦五大优势产业，补链强链。")
    assert "主导产业" not in got                       # five industries counted, none named


def test_a_partner_s_standing_for_a_place(store):
    reading = read_article(HEAD + "今年上半年，武汉对外贸易额1234.5亿元。新加坡仍是武汉第二大外资来源地，"
                                  "东盟继续保持武汉最大贸易伙伴地位。", store)
    got = {p.fact["entity"]: p.fact for p in reading.proposals if p.fact["metric_zh"].endswith("排名")}
    assert got["singapore"]["value"] == "第二大" and got["singapore"]["metric_zh"] == "外资来源地排名"
    assert got["singapore"]["statement_zh"].endswith("新加坡是武汉市第二大外资来源地。")
    assert got["asean"]["value"] == "第一大" and got["asean"]["value_en"] == "largest"
    apply_reading(store, reading, "test")
    answer = Engine(store).answer("新加坡是武汉第几大外资来源地？")
    assert answer.found and answer.facts[0].fact.value == "第二大"


def test_a_service_s_station_named_by_its_role(store):
    got = _lists(store, "今年上半年，武汉开行货运班列300列。“班列的始发站为武汉某某物流基地，”该基地负责人说。")
    assert got["始发站"]["value"] == "武汉某某物流基地"
    assert got["始发站"]["period_start"] == ""                # a station is a state: as of the article
