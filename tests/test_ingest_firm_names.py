"""Issue 8, on made-up articles: a firm met by its legal name is found afterwards by the short names the
article itself uses (星河算力 for 武汉星河算力科技有限公司), a place right after a firm names the firm's site,
not the subject (云帆达荆门总部), a quote opened before a figure is not part of its metric, and a count asked in
so many words (生产线 数量) is never answered by money."""
from __future__ import annotations

import pytest

from bot import Engine
from knowledge.ingest import apply_reading, read_article
from knowledge.ingest.aliases import clipped_names

HEAD = "长江日报 2031年7月15日 第03版\n\n"


def _read(store, body: str):
    return read_article(HEAD + body, store)


def test_a_firm_is_found_by_the_short_name_the_article_uses(store):
    reading = _read(store, "作为全国算力领域龙头企业，武汉星河算力科技有限公司为多个数据中心提供支撑。\n\n"
                           "星河算力营收近半来自海外。今年上半年，星河算力实现营收超30亿元。")
    firm = next(e for e in reading.new_entities if e["name_zh"] == "武汉星河算力科技有限公司")
    assert "星河算力" in firm["aliases"]
    revenue = next(p.fact for p in reading.proposals if p.fact["value"] == "超30")
    assert revenue["entity"] == firm["id"]
    apply_reading(store, reading, "test")
    answer = Engine(store).answer("星河算力2031年上半年营收多少？")
    assert answer.found and answer.facts[0].fact.value == "超30"


def test_a_clipped_name_needs_the_article_to_use_it_and_names_nothing_else():
    assert clipped_names(["星河算力科技"], "星河算力营收近半来自海外。", {}) == ["星河算力"]
    assert clipped_names(["星河算力科技"], "星河算力科技营收近半来自海外。", {}) == []      # never alone
    assert clipped_names(["星河算力科技"], "星河算力营收。", {"星河算力": "other"}) == []     # taken
    assert clipped_names(["武汉星河国际贸易"], "武汉星河与武汉长江", {}) == []              # a place + a word


def test_a_place_after_a_firm_is_the_firms_site(store):
    reading = _read(store, "2029年以来，云帆达集团荆门总部及生产基地落成投产。\n\n"
                           "“云帆达荆门总部今年产值约60亿元。”该集团副总裁介绍。")
    output = next(p.fact for p in reading.proposals if p.fact["value"] == "约60")
    assert output["entity_zh"] == "云帆达集团"
    assert not output["metric_zh"].startswith("“")


def test_a_count_asked_in_so_many_words_is_no_amount_of_money(store):
    reading = _read(store, "云帆达集团今年产值约60亿元。目前，荆门生产基地设有7条主板生产线。")
    apply_reading(store, reading, "test")
    answer = Engine(store).answer("云帆达 主板 生产线 数量")
    assert not answer.found or answer.facts[0].fact.value == "7"


def test_the_short_name_an_article_announces_is_the_firms(store):
    reading = _read(store, "8月7日，在荆门高新区，星云蓝天(荆门)科技有限公司(以下简称“星云蓝天”)车间一片忙碌。\n\n"
                           "星云蓝天董事长介绍，今年以来，公司订单不断，“预计全年产值达到2亿元。”")
    firm = next(e for e in reading.new_entities if e["name_zh"].startswith("星云蓝天"))
    assert "星云蓝天" in firm["aliases"] and "星云蓝天科技" in firm["aliases"]
    output = next(p.fact for p in reading.proposals if p.fact["value"] == "2")
    assert output["entity"] == firm["id"]


def test_another_citys_office_is_not_the_bases_office(store):
    reading = _read(store, "今年以来，荆门市商务局组织企业参加重点境外展会96场，参展企业161家。")
    fairs = next(p.fact for p in reading.proposals if p.fact["value"] == "96")
    assert fairs["entity"] != "wuhan-commerce-bureau"
    assert fairs["metric_zh"].startswith("参加")


def test_a_count_written_with_its_noun_short_answers_the_count(store):
    reading = _read(store, "云帆汽车科技有限公司（以下简称“云帆汽车”）表示，到2035年，云帆汽车品牌将进入全球70国。")
    apply_reading(store, reading, "test")
    answer = Engine(store).answer("云帆汽车计划到2035年进入多少个国家？")
    assert answer.found and answer.facts[0].fact.value == "70"


def test_a_firm_is_found_without_the_trade_its_name_ends_with(store):
    reading = _read(store, "国家级专精特新“小巨人”企业武汉晨曦光子技术有限公司首登慕尼黑激光展，首日就对接了专业客户"
                           "30余家。")
    firm = next(e for e in reading.new_entities if "晨曦光子" in e["name_zh"])
    assert firm["name_zh"] == "武汉晨曦光子技术有限公司"            # 企业 before the place is no part of it
    assert "晨曦光子" in firm["aliases"]
    apply_reading(store, reading, "test")
    answer = Engine(store).answer("晨曦光子在慕尼黑激光展首日对接了多少家专业客户？")
    assert answer.found and answer.facts[0].fact.value == "30余"


def test_a_growth_rate_naming_no_measure_is_a_growth_not_a_bare_figure(store):
    reading = _read(store, "云帆达集团负责人介绍，云帆达集团今年上半年实现了稳健增长，同比增长约37%。")
    growth = next(p.fact for p in reading.proposals if p.fact["value"] == "约37")
    assert growth["metric_zh"] == "同比增长" and "growth" in growth["metric_en"]


def test_a_count_of_its_own_scope_is_not_of_the_things_counted_before(store):
    reading = _read(store, "云帆汽车科技有限公司表示，到2035年，将建成800家销售服务网点，海外销量突破70万辆。")
    sales = next(p.fact for p in reading.proposals if p.fact["value"] == "70")
    assert sales["metric_zh"] == "海外销量"


def test_a_trade_lookup_naming_only_a_place_and_a_period_gets_the_trade_figure(store):
    reading = _read(store, "7月10日，荆门市统计局发布了2031年上半年经济运行情况。上半年，荆门地区生产总值1200亿元；"
                           "进出口总值188.6亿元，同比增长9.1%。荆门云帆达集团上半年同比增长约37%。")
    apply_reading(store, reading, "test")
    answer = Engine(store).answer("/trade 荆门 上半年 2031")
    assert answer.found and answer.facts[0].fact.value == "188.6"


FIRM_ARTICLE = ("武汉星桥科技有限公司（以下简称“星桥科技”）成立于2019年，总经理李星桥介绍，公司主要生产智能电表，"
                "产品已出口到25个国家，今年上半年出口额达3.2亿元。")


@pytest.mark.parametrize("question", ["星桥科技的总经理是谁？", "星桥科技打造的品牌叫什么？", "星桥科技主要生产什么产品？",
                                      "Who heads Xingqiao Technology?", "星桥科技的产品出口到哪些国家？"])
def test_a_name_or_a_kind_of_thing_asked_is_never_answered_by_a_figure(store, question):
    apply_reading(store, _read(store, FIRM_ARTICLE), "test")
    answer = Engine(store).answer(question)
    assert not answer.found or not answer.facts[0].fact.value[:1].isdigit()


def test_a_count_asked_with_a_list_is_still_answered(store):
    apply_reading(store, _read(store, FIRM_ARTICLE), "test")
    answer = Engine(store).answer("星桥科技的产品出口到多少个国家？是哪些国家？")
    assert answer.found and answer.facts[0].fact.value == "25"


def test_how_big_a_facility_is_asks_an_area():
    from bot.units import kinds_asked
    assert kinds_asked("旭日蓝天在经开区的无人机产业基地有多大？", "在经开区的无人机产业基地有多大？").area
    assert kinds_asked("how big is xuri lantian's drone base?", "how big is drone base?").area
    assert not kinds_asked("产业园投资规模有多大？", "产业园投资规模有多大？").area


def test_a_role_asked_is_answered_only_by_that_role():
    from bot import Engine as _Engine
    from conftest import make_fact, made_up_store
    from knowledge import Entity, Source

    src = Source("src-r", "示例日报", "Example Daily", "示例标题", "2031-07-15")
    firm = Entity("yunfan", "firm", "云帆汽车科技有限公司", "Yunfan Motors", ["云帆汽车", "Yunfan"])
    common = dict(topic="firm", entity="yunfan", source="src-r", period_zh="2031年", period_en="2031",
                  period_start="2031-01-01", period_end="2031-12-31", keywords=[])
    facts = [make_fact(id="yf-venue", metric="venue", metric_zh="米兰展出地点", metric_en="venue in Milan",
                       value="塞尔贝洛尼宫", unit="", value_en="Palazzo Serbelloni",
                       statement_zh="2031年云帆汽车把车开进米兰的塞尔贝洛尼宫展出。",
                       statement_en="In 2031 Yunfan Motors showed its cars in Milan's Palazzo Serbelloni.", **common),
             make_fact(id="yf-chair", metric="chairman", metric_zh="董事长", metric_en="chairman", value="王一帆",
                       unit="", value_en="Wang Yifan", statement_zh="云帆汽车的董事长是王一帆。",
                       statement_en="Yunfan Motors' chairman is Wang Yifan.", **common)]
    store = made_up_store(src, [firm], facts)
    engine = _Engine(store)
    for question in ("云帆汽车的CEO叫啥", "Who is the CEO of Yunfan Motors?"):
        assert not engine.answer(question).found
    assert engine.answer("云帆汽车的董事长是谁？").facts[0].fact.value == "王一帆"
    store.close()


def test_a_forum_named_bare_at_a_clauses_head_is_the_subject(store):
    reading = _read(store, "2031年南湖论坛，全球21个国家的900多位顶尖科学家、专家共同见证光化学技术创新。")
    counts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert counts["21"]["entity_zh"] == "南湖论坛" and counts["900多"]["entity_zh"] == "南湖论坛"
    apply_reading(store, reading, "test")
    engine = Engine(store)
    assert engine.answer("2031年南湖论坛来了多少个国家的科学家？").facts[0].fact.value == "21"
    theme = engine.answer("南湖论坛的主题是什么？")
    assert not theme.found or not theme.facts[0].fact.value[:1].isdigit()


def test_a_bare_total_counts_the_things_a_count_named_before(store):
    reading = _read(store, "去年以来，荆门获批两家省级外贸综合服务中心，总数已达5家。")
    total = next(p.fact for p in reading.proposals if p.fact["value"] == "5")
    assert total["metric_zh"] == "省级外贸综合服务中心总数"


def test_an_idiom_in_quotes_after_the_things_counted_is_no_part_of_them(store):
    reading = _read(store, "前7个月，荆门800多家外贸实绩企业“各显神通”，重点企业外贸增速均超过20%。"
                           "荆门已连接12个共建“一带一路”国家。")
    firms = next(p.fact for p in reading.proposals if p.fact["value"] == "800多")
    assert "各显" not in firms["metric_zh"] and "神" not in firms["metric_zh"]
    countries = next(p.fact for p in reading.proposals if p.fact["value"] == "12")
    assert "一带一路" in countries["metric_zh"] + " ".join(countries.get("keywords") or [])


def test_figures_listed_as_advantages_belong_to_the_name_after_them(store):
    reading = _read(store, "依托“80条货运航线+跨境电商综试区”双引擎，叠加保税物流中心高效运行、单架次货机最快12分钟通关"
                           "等优势，荆楚星河国际机场正加速拓展出海新赛道。")
    clearance = next(p.fact for p in reading.proposals if p.fact["value"] == "12")
    assert clearance["entity_zh"] == "荆楚星河国际机场"
