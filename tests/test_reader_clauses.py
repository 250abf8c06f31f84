"""What a figure measures and of what, across sentence shapes (made-up sentences): before/after values,
trips between places, differences and increments, labels without function words."""
from __future__ import annotations

import pytest

from knowledge import FactStore
from knowledge.ingest import read_article
from knowledge.ingest.labels import strip_label
from knowledge.ingest.naming import clean_label, is_delta, label_fault
from knowledge.ingest.trips import drop_trip, split_trip, trip_aliases

_FUNCTION_WORDS = ("从", "由", "过去", "左右", "约", "需", "比", "多出")


def _facts(text: str, store: FactStore) -> dict[str, dict]:
    """The proposals of a made-up article (a Hubei story), keyed by value."""
    reading = read_article("今年前4个月，湖北进出口总值2100亿元，增长8%。" + text, store,
                           publication="湖北日报", date="2031-05-20")
    return {p.fact["value"].removeprefix("约"): p.fact for p in reading.proposals}


@pytest.mark.parametrize("label,expected", [
    ("货物从的时间由过去", ("货物的时间", "", True)),          # the place taken out: no dangling 从
    ("运输时间从", ("运输时间", "", True)),
    ("通关时间由原来的", ("通关时间", "", True)),
    ("航班从此前的每周", ("航班", "每周", True)),
    ("左右压缩至", ("", "", False)),                       # 7天左右压缩至…: 左右 is the value before's
    ("全程约需", ("全程", "", False)),
    ("单程仅需", ("单程", "", False)),
])
def test_before_after_labels_keep_only_the_measure(label, expected):
    assert clean_label(label) == expected


@pytest.mark.parametrize("label", ["比多出", "较多了", "比增加了", "同比多出"])
def test_more_than_a_year_earlier_is_a_difference(label):
    assert is_delta(label)


@pytest.mark.parametrize("sentence,old,new", [
    ("货物从武汉抵达上海洋山港的时间由过去7天左右压缩至3.5天左右。", "7", "3.5"),
    ("集装箱由武汉运抵宁波舟山港的时间从原来的6天缩短到4天。", "6", "4"),
    ("货物从宜昌到达太仓港的运输时间由5天降到3天左右。", "5", "3"),
])
def test_a_trip_is_a_route_named_by_its_ends(curated_store, sentence, old, new):
    facts = _facts(sentence, curated_store)
    now, before = facts[new], facts[old]
    assert now["entity"] == before["entity"]
    assert now["entity_type"] == "route" and "至" in now["entity_zh"]
    assert " to " in now["entity_en"] and not any(w in now["entity_en"] for w in ("Dida", "Yundi", "Daoda"))
    assert now["metric_zh"].endswith("时间") and before["metric_zh"] == "此前" + now["metric_zh"]
    assert not any(w in now["metric_zh"] for w in _FUNCTION_WORDS)
    assert now["metric_en"].endswith("time") and before["metric_en"] == "previous " + now["metric_en"]


@pytest.mark.parametrize("sentence,value", [
    ("武汉至大阪航线单程飞行时间约4小时。", "4小时"),
    ("从武汉到宁波的铁水联运班列全程仅需52小时。", "52小时"),
])
def test_a_trip_duration_without_a_change(curated_store, sentence, value):
    fact = _facts(sentence, curated_store)[value[:-2]]
    assert fact["entity_type"] == "route" and fact["entity_zh"].startswith("武汉至")
    assert not any(w in fact["metric_zh"] for w in ("至", "到", "从", "需", "约"))
    assert fact["metric_en"].endswith("time") and fact["metric_en"] != "time"


def test_a_trip_in_a_hub_story_stays_the_hub_s(curated_store):
    reading = read_article("今年前4个月，花湖机场货邮吞吐量33万吨，增长30%。鄂州至大阪航线单程飞行时间约4小时。",
                           curated_store, publication="湖北日报", date="2031-05-20")
    fact = next(p.fact for p in reading.proposals if p.fact["unit"] == "小时")
    assert fact["entity"] == "huahu-airport"


@pytest.mark.parametrize("sentence,value,measure", [
    ("阳逻港今年开行江海直达航线128个航次，比去年多出19个航次。", "19", "航次"),
    ("武汉东湖综合保税区今年新落户企业60家，较上年多了12家。", "12", "企业"),
])
def test_more_than_last_year_is_an_increase_of_the_measure(curated_store, sentence, value, measure):
    fact = _facts(sentence, curated_store)[value]
    assert measure in fact["metric_zh"] and fact["metric_zh"].endswith("比上年增加")
    assert "比多出" not in fact["metric_zh"] and "多了" not in fact["metric_zh"]
    assert fact["metric_en"].startswith("increase in ")
    assert "number" not in fact["metric_en"].replace("number of ", "")        # never 'voyages number'


@pytest.mark.parametrize("sentence,value,zh,en", [
    ("今年前4个月，武汉新港新增集装箱航线9条。", "9", "新增", "new"),
    ("今年前4个月，宜昌净增外贸企业320家。", "320", "外贸企业净增加", "net increase in foreign trade firms"),
    ("今年前4个月，襄阳净减少外资企业3家。", "3", "外资企业净减少", "net decrease in "),
])
def test_new_and_net_counts_say_so(curated_store, sentence, value, zh, en):
    fact = _facts(sentence, curated_store)[value]
    assert zh in fact["metric_zh"] and en in fact["metric_en"]


def test_routes_are_never_counted_as_containers(curated_store):
    fact = _facts("今年前4个月，武汉新港新增集装箱航线9条。", curated_store)["9"]
    assert "吞吐量" not in fact["metric_zh"] and "throughput" not in fact["metric_en"]
    assert fact["metric_en"].startswith("number of new ")


def test_a_duration_is_never_a_throughput(curated_store):
    fact = _facts("集装箱从阳逻港到达上海港的时间缩短至2天。", curated_store)["2"]
    assert "吞吐量" not in fact["metric_zh"] and fact["metric_zh"].endswith("时间")


def test_trip_helpers():
    assert split_trip("武汉抵达上海洋山港", ["武汉", "湖北"]) == ("武汉", "上海洋山港")
    assert split_trip("武汉新港", ["武汉"]) is None
    assert "武汉到宁波" in trip_aliases("武汉至宁波")
    assert drop_trip("货物从武汉抵达宁波的时间由", ("武汉至宁波", "武汉抵达宁波")) == "货物的时间由"
    assert drop_trip("运输时间", None) == "运输时间"


def test_a_trip_does_not_carry_to_the_next_sentence(curated_store):
    facts = _facts("货物从武汉运抵上海洋山港的时间缩短至3天。同期有进出口实绩的企业1.2万家。", curated_store)
    assert facts["3"]["entity_type"] == "route"
    assert facts["1.2"]["entity"] == "hubei"


@pytest.mark.parametrize("label,expected", [
    ("从出发的江海直达航线增至", "江海直达航线"),          # 从阳逻港出发的…: the place gone, no 从出发
    ("从飞机落地到提离仅用时", "飞机落地到提离"),           # a span between two events, 用时 is the unit's
    ("以一般贸易方式进出口", "一般贸易进出口"),
    ("以加工贸易方式出口", "加工贸易出口"),
    ("市场采购贸易方式出口", "市场采购贸易出口"),
])
def test_fragments_of_function_words_are_dropped(label, expected):
    assert clean_label(label)[0] == expected


@pytest.mark.parametrize("sentence,value", [
    ("从武汉港始发的江海直达航线增至6条。", "6"),
    ("今年黄石新港每周开行江海直达航线10班。", "10"),
])
def test_direct_routes_keep_their_direct(curated_store, sentence, value):
    fact = _facts(sentence, curated_store)[value]
    assert "直达" in fact["metric_zh"] and "从" not in fact["metric_zh"] and "出发" not in fact["metric_zh"]


@pytest.mark.parametrize("sentence", [
    "今年花湖机场货邮吞吐量达120万吨，首次突破100万吨大关。",
    "今年花湖机场货邮吞吐量达120万吨，跨上100万吨台阶。",
])
def test_a_threshold_passed_is_no_measured_value(curated_store, sentence):
    facts = _facts(sentence, curated_store)
    assert facts["100"]["metric_zh"] == facts["120"]["metric_zh"] + "突破关口"
    assert facts["100"]["metric_en"].startswith("milestone passed by ")


@pytest.mark.parametrize("sentence,value,old", [
    ("武汉至日本、韩国的近洋直航航线全年开行56航次，比上年多出19个航次。", "19", "56"),
    ("阳逻港至东盟的集装箱航线全年开行80个航次，较上年多了12个航次。", "12", "80"),
])
def test_a_difference_restating_the_unit_is_the_change_of_the_value_before(curated_store, sentence, value,
                                                                          old):
    facts = _facts(sentence, curated_store)
    assert facts[value]["metric_zh"] == facts[old]["metric_zh"] + "比上年增加"


@pytest.mark.parametrize("sentence,value,names", [
    ("武汉至日本、韩国的近洋直航航线全年开行56航次。", "56", ("Japan", "South Korea")),
    ("花湖机场至香港和新加坡的全货机航线每周执飞20班。", "20", ("Hong Kong", "Singapore")),
])
def test_every_destination_of_a_list_names_the_measure(curated_store, sentence, value, names):
    fact = _facts(sentence, curated_store)[value]
    assert all(name in fact["metric_en"] for name in names)
    assert not any(name in fact["metric_en"].partition(" to ")[0] for name in names)    # not in the narrowing


@pytest.mark.parametrize("label,expected", [
    ("已递交上市申请", "递交上市申请"),
    ("将组织企业参加境外展会", "组织企业参加境外展会"),
    ("出口比例年均复合增长率保持在", "出口比例年均复合增长率"),
    ("通关时间稳定在", "通关时间"),
    ("位于的实现出口", "出口"),                       # 位于光谷的某公司上半年实现出口…: place, name, period gone
    ("累计开行", "开行"),
])
def test_tense_and_state_words_are_no_measure(label, expected):
    assert clean_label(label)[0] == expected


@pytest.mark.parametrize("zh,fault", [
    ("由湖北企业参数", True), ("比加快", True), ("至", True), ("货物从的时间", True), ("左右用时", True),
    ("运输时间", False), ("外商投资企业进出口额占比", False), ("对日本、韩国近洋直航航线开行班次", False),
])
def test_a_fragment_for_a_label_is_told(zh, fault):
    assert bool(label_fault(zh)) is fault


@pytest.mark.parametrize("sentence,value", [
    ("由湖北企业参与建设的港口达7座。", "7"),
    ("武汉新港今年集装箱吞吐量比上年同期加快至120万标箱。", "120"),
])
def test_a_fragment_label_costs_confidence_and_says_why(curated_store, sentence, value):
    reading = read_article("今年前4个月，湖北进出口总值2100亿元，增长8%。" + sentence, curated_store,
                           publication="湖北日报", date="2031-05-20")
    proposal = next(p for p in reading.proposals if p.fact["value"] == value)
    assert "fragment" in proposal.reason and proposal.confidence <= 0.8


@pytest.mark.parametrize("sentence,value,zh", [
    ("货物从黄石新港到达上海港的运输时间缩短了1天。", "1", "减少"),
    ("今年荆州港集装箱航线增加了3条。", "3", "增加"),
    ("宜昌今年有进出口实绩的企业减少12家。", "12", "减少"),
])
def test_a_change_by_an_amount_is_no_value_of_the_measure(curated_store, sentence, value, zh):
    fact = _facts(sentence, curated_store)[value]
    assert fact["metric_zh"].endswith(zh) and "比上年" not in fact["metric_zh"]
    assert fact["metric_en"].startswith(("decrease in ", "increase in "))


@pytest.mark.parametrize("sentence", ["天河机场至马尼拉货运航班由每周2班加密至每周4班。",
                                      "天河机场至马尼拉货运航班从每周2班增开至每周4班。"])
def test_more_frequent_flights_keep_the_measure(curated_store, sentence):
    facts = _facts(sentence, curated_store)
    assert "加密" not in facts["4"]["metric_zh"] and "增开" not in facts["4"]["metric_zh"]
    assert facts["2"]["metric_zh"] == "此前" + facts["4"]["metric_zh"]


@pytest.mark.parametrize("sentence,value", [("宜昌至太仓港的集装箱班轮航程约1800公里。", "1800"),
                                            ("阳逻港至洋山港集装箱航线航程约1200公里。", "1200")])
def test_a_distance_is_never_a_throughput(curated_store, sentence, value):
    fact = _facts(sentence, curated_store)[value]
    assert "吞吐量" not in fact["metric_zh"] and "throughput" not in fact["metric_en"]


def test_a_new_port_is_named_so_in_english(curated_store):
    fact = _facts("今年前4个月，黄石新港集装箱吞吐量达12万标箱。", curated_store)["12"]
    assert fact["entity_en"] == "Huangshi New Port"


@pytest.mark.parametrize("sentence,value", [("阳逻港12台远程操控岸桥全面投用。", "12"),
                                            ("阳逻港今年正式启用8台岸桥。", "8")])
def test_a_count_put_in_use_is_named_by_what_is_counted(curated_store, sentence, value):
    fact = _facts(sentence, curated_store)[value]
    assert fact["metric_zh"].endswith("岸桥数") and not any(w in fact["metric_zh"] for w in ("投用", "启用"))


@pytest.mark.parametrize("sentence,word", [
    ("武汉今年前三季度进出口额达2908.5亿元，同比增长16.8%，比上半年加快8.1个百分点。", "加快"),
    ("襄阳今年前三季度出口额达300.5亿元，同比增长6.2%，较上半年回落2.1个百分点。", "回落"),
])
def test_a_pace_after_a_growth_is_the_growth_s_change(curated_store, sentence, word):
    fact = next(f for f in _facts(sentence, curated_store).values() if f["unit"] == "个百分点")
    assert fact["metric_zh"].endswith("增速" + word) and not label_fault(fact["metric_zh"])


@pytest.mark.parametrize("label,expected", [("当年便有", "当年"), ("通关便利", "通关便利"), ("方便", "方便")])
def test_an_adverb_before_the_verb_is_no_measure(label, expected):
    assert strip_label(label, []) == expected
