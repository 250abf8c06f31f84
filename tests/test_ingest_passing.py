"""When a figure is: an earlier whole year named in passing, growth over an older base year, a record day
inside a span, a caption's date of a first, the year a service started; and a zone's areas with their
sizes. Every text is made up for these tests."""
from __future__ import annotations

from knowledge import FactStore
from knowledge.ingest import read_article


def _facts(text: str, store: FactStore) -> dict[str, dict]:
    """The proposals of an article keyed by value."""
    return {p.fact["value"]: p.fact for p in read_article(text, store).proposals}


def test_an_earlier_whole_year_in_passing_is_its_own_fact(curated_store):
    facts = _facts("云梦晚报 2031-11-12\n\n今年前10个月，湖北进出口总值达5555.5亿元，已超过去年全年5432.1亿元规模，"
                   "比2029年同期增长31.3%。", curated_store)
    main, passing = facts["5555.5"], facts["5432.1"]
    assert (passing["period_start"], passing["period_end"]) == ("2030-01-01", "2030-12-31")
    assert passing["metric"] == main["metric"] and passing["change_zh"] == ""
    growth = facts["31.3"]
    assert (growth["period_start"], growth["period_end"]) == (main["period_start"], main["period_end"])
    assert "2029" in growth["metric_zh"] and "2029" in growth["metric_en"]
    assert growth["metric"] != main["metric"]


def test_growth_over_an_older_base_year_is_not_the_year_on_year_growth(curated_store):
    facts = _facts("云梦晚报 2031-07-16\n\n上半年，湖北进出口总值2222.2亿元，比去年同期增长11.1%，"
                   "比2029年同期增长22.2%。", curated_store)
    assert facts["2222.2"]["change_zh"].endswith("11.1%")
    assert "2029年同期" in facts["22.2"]["metric_zh"]
    assert facts["22.2"]["period_start"] == "2031-01-01"


def test_a_record_day_belongs_to_the_span_it_is_told_in(curated_store):
    facts = _facts("云梦晚报 2031-07-03\n\n今年上半年，某某班列共开行321列，最高单日返程9列。", curated_store)
    assert (facts["9"]["period_start"], facts["9"]["period_end"]) == ("2031-01-01", "2031-06-30")


def test_a_caption_keeps_its_date_of_a_first_without_its_credit(curated_store):
    facts = _facts("云梦晚报 2031-01-14\n\n今年，花湖国际机场计划新开货运航线15条。\n\n"
                   "1月9日，花湖国际机场开通了2031年首条国际货运航线。通讯员赵六摄", curated_store)
    assert facts["1月9日"]["period_start"] == "2031-01-09"
    assert facts["1月9日"]["entity"] == "huahu-airport"


def test_the_year_a_service_started_is_a_fact_but_a_year_with_a_count_is_not(curated_store):
    facts = _facts("云梦晚报 2031-07-03\n\n某某班列自2015年开行以来，已拥有33条线路。2030年开行777列。", curated_store)
    assert facts["2015"]["metric_zh"] == "开行年份"
    assert "2030" not in facts


def test_a_zone_s_areas_are_entities_with_their_sizes_and_the_zone_s_names(curated_store):
    reading = read_article("云梦晚报 2031-04-01\n\n湖北自贸区实施范围111.11平方公里，涵盖三个片区：武汉片区66平方公里"
                           "（含某某综保区3.33平方公里），襄阳片区22.22平方公里，宜昌片区22.89平方公里。", curated_store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert facts["22.22"]["entity"] == "xiangyang-ftz" and facts["22.89"]["entity"] == "yichang-ftz"
    assert facts["22.22"]["metric"] == facts["111.11"]["metric"]    # not the aside's 含
    assert facts["3.33"]["metric"] == facts["66"]["metric"]
    assert "面积" in facts["22.22"]["keywords"]
    names = {e["id"]: e for e in reading.new_entities}
    assert "湖北自贸试验区襄阳片区" in names["xiangyang-ftz"]["aliases"]


def test_the_same_months_of_last_year_in_brackets_are_their_own_fact(curated_store):
    facts = _facts("云梦晚报 2031-12-15\n\n今年1至11月，某某机场完成货邮吞吐量99.9万吨，按年增长22.2%（去年同期为81.8万吨）。"
                   , curated_store)
    earlier, now = facts["81.8"], facts["99.9"]
    assert (earlier["period_start"], earlier["period_end"]) == ("2030-01-01", "2030-11-30")
    assert earlier["metric"] == now["metric"] and "2030" in earlier["period_zh"]
    assert now["change_zh"].endswith("22.2%")


def test_a_forecast_without_a_measure_of_its_own_is_the_sentence_s_year_s(curated_store):
    facts = _facts("云梦网 2031-01-14\n\n2030年1月—11月，湖北进出口总额3333亿元，同比增长6.6%，高于全国2.2个百分点，"
                   "预计全年可达3700亿元。", curated_store)
    forecast = facts["3700"]
    assert forecast["metric"] == facts["3333"]["metric"]           # the measure in 亿元, not the gap's
    assert (forecast["period_start"], forecast["period_end"]) == ("2030-01-01", "2030-12-31")
    assert "预计" in forecast["period_zh"]


def test_a_span_of_years_to_date_and_a_dateline_s_day(curated_store):
    reading = read_article("中新社 2031-09-10\n\n某某试验区扩区一周年：新设企业2.22万家 形成成果777项\n\n"
                           "中新社武汉9月10日电 扩区一年来，湖北自贸试验区新设企业2.22万家，同比增长11.1%。"
                           "挂牌九年多来，湖北自贸试验区以全省不到千分之一的面积，累计新设企业13.3万家。", curated_store)
    facts = {}
    for p in reading.proposals:
        facts.setdefault(p.fact["value"], []).append(p.fact)
    assert len(facts["2.22"]) == 1 and "777" not in facts            # the headline's figures are the body's
    year = facts["2.22"][0]
    assert year["period_zh"].startswith("一年来") and year["period_en"].startswith("the past year")
    assert facts["13.3"][0]["entity"] == "hubei-ftz"                 # 以全省…的面积 names no subject
    assert not any(p.fact["metric_zh"].endswith("日期") for p in reading.proposals)   # 9月10日电: a dateline


def test_a_first_s_date_names_what_was_first_and_the_province_is_its_own_subject(curated_store):
    facts = _facts("云梦网 2031-01-14\n\n1月9日，花湖国际机场开通了2031年首条国际货运航线。\n\n"
                   "2030年，该省开通武汉至某地等13条国际货运定班航线。", curated_store)
    assert facts["1月9日"]["metric_zh"] == "首条国际货运航线开通日期"
    assert "first" in facts["1月9日"]["metric_en"]
    assert facts["13"]["entity"] == "hubei"                   # 该省, not the city a route starts from
