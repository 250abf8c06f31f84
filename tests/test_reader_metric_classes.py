"""What a figure measures, for the classes readers missed: rankings, runs of growth, margins over the
national rate, record days, train directions, forecasts and shares of a kind of firm (made-up sentences)."""
from __future__ import annotations

from knowledge import FactStore
from knowledge.ingest import read_article


def _facts(text: str, store: FactStore) -> dict[str, dict]:
    """The proposals of a made-up article keyed by value."""
    reading = read_article(text, store, publication="湖北日报", date="2031-05-20")
    return {p.fact["value"]: p.fact for p in reading.proposals}


def test_a_ranking_after_a_vague_word_is_the_value_s_own(curated_store):
    facts = _facts("一季度，全省实际使用外资金额41亿元，规模居中部第二。", curated_store)
    assert facts["第二"]["metric_zh"] == "实际使用外资中部排名"
    assert facts["第二"]["metric_en"] == "central China ranking by foreign direct investment actually used"


def test_each_scope_of_a_ranking_after_a_run_of_years_is_proposed(curated_store):
    facts = [p.fact for p in read_article(
        "湖北日报 2031年1月9日\n\n2030年，花湖机场完成货邮吞吐量130.5万吨(其中国际货邮50.2万吨)，"
        "连续第三年位居全国第九、中部第一。", curated_store).proposals]
    ranks = {f["metric_zh"]: f["value"] for f in facts if f["value"].startswith("第")}
    assert ranks == {"货邮吞吐量全国排名": "第九", "货邮吞吐量中部排名": "第一"}


def test_margins_over_the_national_rate_and_their_rankings_listed_with_fenbie(curated_store):
    facts = _facts("前4个月，全省进出口增速、出口增速和进口增速分别高出同期全国平均水平12.4、15.1和3.3个百分点，"
                   "分别排在全国第6、第4和第17位。", curated_store)
    assert facts["12.4"]["metric"] == "growth_above_national"
    assert facts["15.1"]["metric"] == "exports_growth_above_national"
    assert facts["3.3"]["metric"] == "imports_growth_above_national"
    assert facts["3.3"]["unit"] == "个百分点"
    assert facts["第6"]["metric_zh"] == "进出口增速全国排名"
    assert facts["第4"]["metric_zh"] == "出口增速全国排名"
    assert facts["第17"]["metric_zh"] == "进口增速全国排名"


def test_a_run_of_months_of_growth_is_its_own_figure(curated_store):
    facts = _facts("前4个月，全省进出口总值1234.5亿元。全省月度进出口已连续11个月增长。", curated_store)
    assert facts["11"]["unit"] == "个月"
    assert facts["11"]["metric_zh"] == "进出口总值连续增长月数"
    assert facts["11"]["metric_en"].startswith("consecutive months of growth in ")
    assert facts["1234.5"]["metric"] == "foreign_trade_total"


def test_a_month_s_growth_after_a_run_names_what_grew(curated_store):
    facts = _facts("前4个月，全省一般贸易进出口连续4个月保持正增长，其中3月份增速高达77.7%。", curated_store)
    assert facts["4"]["metric_zh"] == "一般贸易进出口额连续增长月数"
    assert facts["77.7"]["metric_zh"] == "一般贸易进出口额增速"
    assert facts["77.7"]["period_start"] == "2031-03-01"


def test_trains_out_and_back_and_a_record_day_are_apart(curated_store):
    facts = _facts("今年前4个月，某班列共发出96列，到达203列，最高单日返程9列。", curated_store)
    assert (facts["96"]["metric"], facts["96"]["metric_en"]) == ("outbound_trains", "outbound trains (departing)")
    assert facts["203"]["metric"] == "return_trains"
    assert facts["9"]["metric_zh"] == "单日最高回程开行列数"
    assert facts["9"]["metric_en"] == "record single-day return trains"
    assert facts["9"]["period_start"] == facts["203"]["period_start"] == "2031-01-01"


def test_a_value_named_for_comparison_keeps_its_measure_and_leaves_the_rate(curated_store):
    facts = _facts("中新社武汉5月20日电 今年前4个月，湖北进出口总值2345.6亿元，超过去年全年2200.1亿元规模，"
                   "比2029年同期增长21.2%。", curated_store)
    assert facts["2200.1"]["metric"] == "foreign_trade_total"
    assert facts["2200.1"]["period_start"] == "2030-01-01" and not facts["2200.1"]["change_zh"]
    assert facts["2345.6"]["change_zh"] == "比2029年同期增长21.2%"


def test_a_forecast_of_the_value_before_is_named_so(curated_store):
    facts = _facts("前4个月，全省进出口总额1111.1亿元，增速高于全国5.5个百分点，预计全年可达3600亿元。", curated_store)
    forecast = facts["3600"]                           # marked as a forecast in its metric or its period
    assert "预计" in forecast["metric_zh"] + forecast["period_zh"]
    assert "forecast" in forecast["metric_en"] + forecast["period_en"]
    assert forecast["metric"] == "foreign_trade_total"
    assert facts["5.5"]["metric"] == "growth_above_national"


def test_a_kind_of_firm_in_a_sentence_about_its_role_and_its_share(curated_store):
    facts = _facts("前4个月，民营企业主力军作用凸显，全省民营企业进出口812.3亿元，占同期全省外贸总值的61.2%；"
                   "与我省主导产业相关的软件信息技术服务业和技术服务业占比达33.3%。", curated_store)
    assert facts["812.3"]["metric"] == "private_firms_trade"
    assert facts["61.2"]["metric_zh"].startswith("民营企业进出口额占")
    assert facts["33.3"]["metric_zh"] == "软件信息技术服务业和技术服务业占比"


def test_areas_of_a_zone_s_parts_and_the_kinds_of_its_measures(curated_store):
    facts = _facts("湖北自贸区将推进5大类23项改革事项。湖北自贸区实施范围98.76平方公里，涵盖三个片区：武汉片区60平方公里"
                   "(含东湖综保区4.44平方公里)，襄阳片区18.88平方公里，宜昌片区19.88平方公里。", curated_store)
    assert facts["5"]["metric_zh"] == "改革事项大类数" and facts["5"]["metric_en"] == "categories of reform measures"
    assert facts["23"]["unit"] == "项"
    assert {facts[v]["metric"] for v in ("98.76", "60", "4.44", "18.88", "19.88")} == {"area"}
    assert facts["三"]["unit"] == "个" and facts["三"]["metric_zh"] == "片区数"


def test_a_spelled_count_of_border_ports_but_not_of_a_topic(curated_store):
    facts = _facts("中欧班列（武汉）已形成经由四个口岸进出境的格局。三个片区改革内容各有侧重。", curated_store)
    assert facts["四"]["metric_zh"] == "进出境口岸数"
    assert "三" not in facts


def test_shares_after_a_frame_are_of_the_frame_s_whole(curated_store):
    facts = _facts("今年前4个月，中欧班列（武汉）运量创新高。出口货物中，家电货值占23.4%；服装占11.2%。", curated_store)
    assert facts["23.4"]["metric_zh"] == "家电货值占出口货物比重"
    assert facts["11.2"]["metric_zh"] == "服装占出口货物比重"
    assert facts["11.2"]["metric_en"] == "garments as a share of exported goods"


def test_a_ratio_raised_to_a_value_keeps_its_name(curated_store):
    facts = _facts("今年前4个月，中欧班列（武汉）回程比例提升至39.9%。", curated_store)
    assert facts["39.9"]["metric_zh"] == "回程比例"


def test_a_national_rate_in_brackets_is_no_margin_and_the_growth_is_ranked(curated_store):
    facts = _facts("一季度，全省进出口总值1500.1亿元，同比增长11.1%，高于全国（3.3%）7.8个百分点，"
                   "增速位居全国第五、中部第一。", curated_store)
    assert "3.3" not in facts
    assert facts["7.8"]["metric"] == "growth_above_national"
    assert (facts["第五"]["metric_zh"], facts["第一"]["metric_zh"]) == ("进出口总值增速全国排名",   # what grew
                                                                   "进出口总值增速中部排名")


def test_a_rate_does_not_take_the_next_words_of_a_headline(curated_store):
    facts = _facts("外贸开局良好\n\n一季度我省外贸进出口1500.1亿元 同比增长11.1%增速高于全国7.8个百分点，位居全国第五",
                   curated_store)
    assert facts["7.8"]["metric"] == "growth_above_national"
    assert facts["第五"]["metric_zh"] == "进出口总值增速全国排名"


def test_a_margin_over_the_nation_is_of_the_measure_before(curated_store):
    facts = _facts("前4个月，全省实际使用外资9.99亿美元，同比增长5.5%，增速较全国平均水平高出12.3个百分点；"
                   "全省出口888.8亿元，增长9.9%，比全国高4.4个百分点。", curated_store)
    assert facts["12.3"]["metric_zh"] == "实际使用外资增速高于全国"
    assert facts["4.4"]["metric"] == "exports_growth_above_national"


def test_new_routes_and_new_firms_are_not_all_of_them(curated_store):
    facts = _facts("截至4月底，花湖机场已开通国际货运航线33条，今年新开9条；今年新引进两家外国航空公司。"
                   "阳逻港今年新开通“武汉—大阪”“武汉—仁川”等近洋直航航线三条。", curated_store)
    assert facts["9"]["metric_zh"] == "新增国际货运航线数" and facts["33"]["metric"] == "international_cargo_routes"
    assert facts["两"]["metric_zh"] == "新引进外国航空公司数" and facts["两"]["unit"] == "家"
    assert facts["三"]["metric_zh"].startswith("新增") and "大阪" not in facts["三"]["metric_zh"]


def test_a_ranking_among_a_country_s_airports(curated_store):
    facts = _facts("前4个月，花湖机场完成货邮吞吐量40.4万吨，货邮吞吐量位居全国机场第六。", curated_store)
    assert facts["第六"]["metric_zh"] == "货邮吞吐量全国排名"


def test_the_year_a_service_started_but_not_a_year_s_openings(curated_store):
    facts = _facts("中欧班列（武汉）自2013年开行以来，累计开行超过5000列。2030年开通国际航线7条。", curated_store)
    assert facts["2013"]["metric_zh"] == "开行年份" and facts["2013"]["period_start"] == "2013-01-01"
    assert "2030" not in facts and facts["7"]["unit"] == "条"


def test_a_bare_flow_after_a_product_s_clause_is_that_product_s(curated_store):
    facts = _facts("今年全省光伏产品出口快速增长，前三季度累计出口额达21.1亿元，同比增长3倍。"
                   "中欧班列（武汉）已拥有22条稳定的跨境运输线路。", curated_store)
    assert facts["21.1"]["metric_zh"] == "光伏产品出口额" and facts["21.1"]["metric_en"] == "exports of solar products"
    assert "跨境" in facts["22"]["metric_zh"] and "cross-border" in facts["22"]["metric_en"]
