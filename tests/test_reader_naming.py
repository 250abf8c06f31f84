"""Naming rules of the reader on made-up sentences: who is the subject, and clean metric names."""
from __future__ import annotations

import pytest

from knowledge import FactStore
from knowledge.ingest import read_article
from knowledge.ingest.naming import clean_label, is_delta


def _facts(text: str, store: FactStore) -> dict[str, dict]:
    """The proposals of a made-up article keyed by value."""
    reading = read_article(text, store, publication="湖北日报", date="2031-05-20")
    return {p.fact["value"]: p.fact for p in reading.proposals}


@pytest.mark.parametrize("label,expected", [
    ("增至每周", ("", "每周", False)),
    ("至上海的客运航班由每周", ("至上海的客运航班", "每周", True)),
    ("单程运行时间缩短至", ("单程运行时间", "", False)),
    ("另一家企业出口电脑", ("企业出口电脑", "", False)),
    ("首5个月新设台资企业", ("新设台资企业", "", False)),
    ("示范区（新区）进出口", ("示范区进出口", "", False)),
    ("和地区的", ("", "", False)),
    ("年货运量有望", ("年货运量", "", False)),
])
def test_clean_label_keeps_only_the_measured_thing(label, expected):
    assert clean_label(label) == expected


def test_a_difference_is_told_apart():
    assert is_delta("较增加") and is_delta("缩短")
    assert not is_delta("新增航线")


def test_share_whole_and_source_are_no_subjects(curated_store):
    facts = _facts("今年前4个月，武汉进出口总值777.7亿元，占全省的51.5%。其中，出口555.5亿元，增长6.6%。",
                   curated_store)
    assert facts["555.5"]["entity"] == "wuhan"


def test_speaker_is_no_subject(curated_store):
    facts = _facts("今年前4个月，花湖机场货邮吞吐量33.3万吨。示例物流有限公司负责人表示，全年货邮吞吐量预计达到99万吨。",
                   curated_store)
    assert facts["99"]["entity"] == "huahu-airport"


def test_route_city_does_not_carry_to_the_next_sentence(curated_store):
    facts = _facts("截至4月底，花湖机场新开通航线5条，包括鄂州至河内、鄂州至马尼拉等。目前机场每周货运航班超过600架次。",
                   curated_store)
    assert facts["超过600"]["entity"] == "huahu-airport"
    assert facts["超过600"]["metric_zh"].startswith("每周")


def test_new_value_after_a_change_keeps_the_measure(curated_store):
    facts = _facts("4月起，花湖机场至大阪的全货机航班由每周4班增至每周9班；运行时间较去年缩短3小时。",
                   curated_store)
    assert facts["9"]["metric_zh"] == facts["4"]["metric_zh"].removeprefix("此前")
    assert facts["4"]["metric_zh"].startswith("此前")
    assert facts["3"]["metric_zh"] == "运行时间比上年减少"                 # a difference, named so


def test_growth_alone_is_of_the_figure_before(curated_store):
    facts = _facts("4月当月，花湖机场货邮吞吐量达到8.8万吨，创新高，按年增长17.7%。", curated_store)
    assert facts["17.7"]["metric_zh"] == "货邮吞吐量增速"


def test_goal_and_forecast_say_so(curated_store):
    facts = _facts("今年前4个月，湖北实际使用外资11.1亿美元。全省力争全年实际使用外资突破33亿美元，"
                   "花湖机场全年货邮吞吐量有望突破88万吨。", curated_store)
    assert facts["33"]["metric_zh"] == "实际使用外资目标" and facts["33"]["metric_en"].startswith("target")
    assert facts["88"]["metric_zh"] == "预计货邮吞吐量" and "forecast" in facts["88"]["metric_en"]
    assert facts["11.1"]["metric_zh"] == "实际使用外资"


def test_unit_says_what_is_counted(curated_store):
    facts = _facts("今年前4个月，花湖机场开通客运航线7条，国内主要航线每日执飞架次达到19架次。", curated_store)
    assert facts["7"]["metric_zh"] == "客运航线数"
    assert "航线" not in facts["19"]["metric_zh"] and "flights" in facts["19"]["metric_en"]


def test_part_of_an_export_keeps_the_flow(curated_store):
    facts = _facts("今年前4个月，武汉出口汽车4.4万辆，增长9.9%，其中混动汽车1.1万辆。", curated_store)
    assert facts["1.1"]["metric_zh"].startswith("混动汽车出口")


def test_count_of_firms_is_not_read_as_a_product_export(curated_store):
    facts = _facts("今年前4个月，光谷有进出口实绩企业777家，其中出口额超亿元企业达到44家。", curated_store)
    assert facts["44"]["metric_zh"] == "出口额超亿元企业数"


def test_words_that_narrow_a_base_metric_stay_in_it(curated_store):
    facts = _facts("今年前4个月，湖北实际使用外资11.1亿美元，其中，制造业实际使用外资4.4亿美元。"
                   "中欧班列（武汉）开行333列，其中去程开行222列，开往欧洲的班列达到99列。", curated_store)
    assert facts["11.1"]["metric_zh"] == "实际使用外资"
    assert facts["4.4"]["metric_zh"] == "制造业实际使用外资" and "manufacturing" in facts["4.4"]["metric_en"]
    assert facts["333"]["metric_zh"] == "开行列数"
    assert facts["222"]["metric_zh"] == "去程开行列数" and "outbound" in facts["222"]["metric_en"]
    assert facts["99"]["metric_en"].endswith("to Europe")


def test_new_firm_english_name_translates_its_trade_words(curated_store):
    reading = read_article("今年前4个月，武汉云帆光电股份有限公司出口12.3亿元，增长9.9%。", curated_store,
                           publication="湖北日报", date="2031-05-20")
    firm = next(e for e in reading.new_entities if e["name_zh"] == "武汉云帆光电股份有限公司")
    assert firm["name_en"] == "Wuhan Yunfan Optoelectronics Co., Ltd."
    assert "Yunfan Optoelectronics" in firm["aliases"]


def test_short_partner_name_gets_its_full_name(curated_store):
    facts = _facts("今年前4个月，湖北与香港货物贸易进出口总值66.6亿元，其中对港出口55.5亿元。", curated_store)
    assert facts["55.5"]["metric_zh"] == "湖北对香港出口额"
    assert facts["66.6"]["metric_zh"] == "湖北对香港进出口额"


def test_investment_from_a_partner(curated_store):
    facts = _facts("今年前4个月，湖北实际使用外资11.1亿美元；来自香港的实际投资6.6亿美元，占全省的59.5%；"
                   "来自韩国、日本的实际投资分别为0.5亿美元和0.4亿美元。", curated_store)
    assert facts["6.6"]["entity"] == "hong-kong" and "来自香港" in facts["6.6"]["metric_zh"]
    assert facts["0.5"]["entity"] == "south-korea" and facts["0.4"]["entity"] == "japan"
    assert "from Japan" in facts["0.4"]["metric_en"]
    assert "Hubei's Hubei's" not in facts["59.5"]["statement_en"]


def test_places_listed_as_parts_are_no_subject(curated_store):
    facts = _facts("今年前4个月，湖北自贸试验区武汉、宜昌两个片区新设外资企业55家。", curated_store)
    assert facts["55"]["entity"] not in ("wuhan", "yichang")


def test_route_city_is_no_subject_but_a_quoted_train_keeps_it(curated_store):
    facts = _facts("今年前4个月，花湖机场开通多条航线，鄂州至河内航线每日执飞4架次。"
                   "4月2日，首趟“武汉—河内”专列发车，搭载汽车77辆。", curated_store)
    assert facts["4"]["entity"] == "huahu-airport"
    assert facts["77"]["entity"] == "wuhan"


def test_ahead_of_time_is_no_period(curated_store):
    facts = _facts("今年前4个月，花湖机场货邮吞吐量50.5万吨，提前两个月完成半年目标，其中国际货邮吞吐量20.2万吨。",
                   curated_store)
    assert facts["20.2"]["period_end"] == "2031-04-30"


def test_main_subject_is_not_the_dateline_city(curated_store):
    reading = read_article("中新社武汉5月20日电 今年前4个月，中欧班列（武汉）开行300列，增长5.5%。"
                           "中欧班列（武汉）回程班列120列。武汉至明斯克全程运行时间为11天。", curated_store,
                           publication="中新社", date="2031-05-20")
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert facts["11"]["entity"] == "china-europe-railway-wuhan"


def test_what_a_figure_relies_on_is_no_subject(curated_store):
    facts = _facts("今年前4个月，中欧班列（武汉）开行300列。依托示范铁路口岸改革，班列平均通关时间压缩至2.5小时。",
                   curated_store)
    assert facts["2.5"]["entity"] == "china-europe-railway-wuhan"


def test_capital_from_a_partner_by_its_short_name(curated_store):
    facts = _facts("今年前4个月，湖北实际使用台资1.9亿美元，增长6.6%。", curated_store)
    assert facts["1.9"]["metric_zh"] == "实际使用台资"
    assert facts["1.9"]["metric_en"] == "foreign direct investment actually used from Taiwan"


def test_month_on_month_growth_and_a_cut_aimed_at(curated_store):
    facts = _facts("4月当月，湖北进出口总值600.6亿元，同比增长5.5%；环比增长3.3%。"
                   "海关表示，力争将出口整体通关时间再压缩15%。", curated_store)
    assert facts["3.3"]["metric_zh"] == "进出口总值环比增速"
    assert facts["3.3"]["metric_en"].startswith("month-on-month growth")
    assert facts["15"]["metric_zh"] == "出口整体通关时间压缩幅度目标"


def test_weekly_sailings_of_a_route(curated_store):
    facts = _facts("今年前4个月，阳逻港集装箱吞吐量55.5万标箱，至日韩近洋航线每周开行5班。", curated_store)
    assert "sailings" in facts["5"]["metric_en"] and facts["5"]["metric_en"].startswith("weekly")


def test_a_journey_time_keeps_where_it_goes(curated_store):
    facts = _facts("今年前4个月，阳逻港集装箱吞吐量55.5万标箱。由武汉直航新加坡，全程约需9天。", curated_store)
    assert "新加坡" in facts["9"]["metric_zh"] and "Singapore" in facts["9"]["metric_en"]


def test_where_figures_come_from_is_no_subject_but_a_journey_start_is(curated_store):
    facts = _facts("记者从武汉海关获悉，今年前4个月，湖北进出口总值2222.2亿元。"
                   "“从光谷航空前置货站到机场，不到2个小时。”", curated_store)
    assert facts["2222.2"]["entity"] == "hubei"
    assert facts["2"]["entity"] != "hubei" and "不到" not in facts["2"]["metric_zh"]


def test_flights_go_where_the_route_named_before_goes(curated_store):
    facts = _facts("花湖机场今年4月开通至新加坡全货机航线，每周执飞5班；通达全球33个国家和地区的66座城市。",
                   curated_store)
    assert facts["5"]["metric_en"].endswith("to Singapore")
    assert facts["33"]["metric_zh"] == "通达国家和地区数"
    assert not any("地区" in k for k in facts["66"]["keywords"])


def test_a_lone_fall_is_a_decline(curated_store):
    facts = _facts("4月当月，花湖机场货邮吞吐量7.7万吨，受检修影响，按年下降2.2%。", curated_store)
    assert facts["2.2"]["metric_zh"] == "货邮吞吐量降幅" and facts["2.2"]["metric_en"].startswith("decline")


def test_a_rate_per_week_is_a_weekly_measure(curated_store):
    facts = _facts("4月起，花湖机场至大阪的全货机航班由每周3班增至每周8班。", curated_store)
    assert facts["8"]["metric_zh"].startswith("每周") and "cargo flights" in facts["8"]["metric_en"]
    assert facts["3"]["metric_zh"].startswith("此前每周")


def test_a_fall_in_a_list_of_rates_goes_to_its_own_value(curated_store):
    facts = _facts("今年前4个月，湖北对东盟、欧盟、美国分别进出口300.3亿元、200.2亿元和100.1亿元，"
                   "分别增长9.9%、5.5%和下降1.1%。", curated_store)
    assert facts["200.2"]["change_zh"].endswith("增长5.5%")
    assert facts["100.1"]["change_zh"].endswith("下降1.1%")


def test_a_bare_volume_goes_where_its_route_goes(curated_store):
    facts = _facts("阳逻港至新加坡的江海直达航线每周开行2班，今年前4个月运量0.9万标箱。", curated_store)
    assert facts["0.9"]["metric_zh"] == "对新加坡运量" and facts["0.9"]["metric_en"].endswith("to Singapore")


def test_outward_investment_goes_where_the_firms_go(curated_store):
    facts = _facts("今年前4个月，湖北企业赴港投资新设企业22家，中方协议投资额3.3亿美元；新设港资企业44家。",
                   curated_store)
    assert facts["3.3"]["metric_en"].endswith("to Hong Kong")
    assert "对香港" not in facts["44"]["metric_zh"]
