"""Agency and Hong Kong article shapes on made-up texts: a dateline's city is no subject of a story about
something more specific, a source the lead refers back to is, and a wire without a headline line takes
no editor's note as its title."""
from __future__ import annotations

from knowledge import FactStore
from knowledge.ingest import read_article


def _read(text: str, store: FactStore, **given: str):
    """The proposals of an article keyed by value, and the reading."""
    reading = read_article(text, store, **given)
    return {p.fact["value"]: p.fact for p in reading.proposals}, reading


WIRE = ("新华社 2031-05-09\n\n"
        "新华社武汉5月9日电（记者 张三）记者9日从武汉天河国际机场获悉，1-4月，该机场完成旅客吞吐量812.3万人次，"
        "同比增长6.6%。\n"
        "4月，机场货邮吞吐量达到2.71万吨。\n"
        "（编者注：本稿数据为虚构）\n")


def test_source_referred_back_to_is_the_subject_not_the_dateline_city(curated_store):
    facts, _ = _read(WIRE, curated_store)
    assert facts["812.3"]["entity"] == "tianhe-airport"
    assert facts["2.71"]["entity"] == "tianhe-airport"


def test_source_not_referred_back_to_stays_an_informant(curated_store):
    text = ("湖北日报 2031-05-09\n\n记者从武汉天河国际机场获悉，一季度，全省进出口总值1234.5亿元，增长3.3%。")
    facts, _ = _read(text, curated_store)
    assert facts["1234.5"]["entity"] == "hubei"


def test_dateline_city_kept_when_nothing_more_specific_is_named(curated_store):
    text = "中新社 2031-05-09\n\n中新社宜昌5月9日电 一季度，宜昌进出口总值88.8亿元，增长4.4%。"
    facts, _ = _read(text, curated_store)
    assert facts["88.8"]["entity"] == "yichang"


def test_editor_note_is_no_title_the_lead_is(curated_store):
    _, reading = _read(WIRE, curated_store)
    title = reading.source["title"]
    assert "编者注" not in title and "新华社" not in title
    assert title.startswith("记者9日从武汉天河国际机场获悉")


def test_sign_off_lines_are_no_title(curated_store):
    text = ("中新社 2031-05-09\n\n（完）\n责编：李四\n"
            "中新社武汉5月9日电 今年前4个月，湖北进出口总值2345.6亿元，增长5.5%。")
    _, reading = _read(text, curated_store)
    assert reading.source["title"].startswith("今年前4个月")


def test_hong_kong_and_macao_mastheads_are_publications(curated_store):
    body = "\n\n今年一季度，湖北進出口總值1111.1億元，按年增長2.2%。"
    for masthead, zh, en in (("星島日報 2031-05-09", "星岛日报", "Sing Tao Daily"),
                             ("澳門日報 2031年5月9日", "澳门日报", "Macao Daily News"),
                             ("人民日報海外版 2031-05-09 第03版", "人民日报海外版", "People's Daily Overseas Edition"),
                             ("香港經濟日報 2031-05-09", "香港经济日报", "Hong Kong Economic Times")):
        _, reading = _read(masthead + body, curated_store)
        assert (reading.source["publication_zh"], reading.source["publication_en"]) == (zh, en)
        assert not reading.warnings or "publication" not in " ".join(reading.warnings)


def test_respective_subjects_pair_with_their_values(curated_store):
    text = ("湖北日报 2031-07-20\n\n今年上半年，湖北自贸试验区新设外资企业300家。"
            "其中，十堰片区、荆州片区分别新设外资企业31家、17家。")
    facts, reading = _read(text, curated_store)
    assert (facts["31"]["entity"], facts["17"]["entity"]) == ("shiyan-ftz", "jingzhou-ftz")
    assert facts["31"]["metric_zh"] == facts["17"]["metric_zh"] == facts["300"]["metric_zh"]
    assert not any(w in facts["17"]["metric_zh"] for w in ("分别", "片区"))
    names = {e["id"]: e for e in reading.new_entities}
    assert names["jingzhou-ftz"]["type"] == "zone"
    assert names["jingzhou-ftz"]["name_en"] == "Jingzhou area of the Hubei Pilot Free Trade Zone"


def test_counted_areas_are_no_entity(curated_store):
    _, reading = _read("湖北日报 2031-07-20\n\n今年上半年，三个片区新设外资企业99家。", curated_store)
    assert not any("pian" in e["id"] or e["name_zh"].endswith("片区") for e in reading.new_entities)


def test_share_is_named_by_what_it_is_a_share_of(curated_store):
    facts, _ = _read("湖北日报 2031-07-20\n\n今年上半年，光谷实际使用外资3.21亿美元，占全省的27.7%。", curated_store)
    share = facts["27.7"]
    assert share["metric_zh"] == "实际使用外资占全省比重" and share["entity"] == "optics-valley"


def test_deals_signed_at_an_event_are_the_events(curated_store):
    text = ("湖北日报 2031-07-20\n\n6月中旬召开的湖北—澳门投资合作洽谈会上，共签约项目17个，总金额约88亿元。")
    facts, reading = _read(text, curated_store)
    event = facts["17"]["entity"]
    assert facts["约88"]["entity"] == event and event not in ("macao", "macau", "hubei")
    assert [e["type"] for e in reading.new_entities if e["id"] == event] == ["event"]
    assert facts["约88"]["metric_zh"] == "签约总金额"
    assert "deals signed" in facts["约88"]["metric_en"]


def test_a_bare_amount_without_deals_is_no_signed_value(curated_store):
    facts, _ = _read("湖北日报 2031-07-20\n\n上半年，全省跨境电商进出口总金额约45.6亿元。", curated_store)
    assert facts["约45.6"]["metric_zh"] != "签约总金额"


def test_foreign_trade_part_of_a_volume_keeps_its_scope(curated_store):
    facts, _ = _read("湖北日报 2031-07-20\n\n上半年，阳逻港集装箱吞吐量77.7万标箱，其中外贸集装箱吞吐量33.3万标箱。"
                     "全省外贸进出口总值3456.7亿元。", curated_store)
    assert facts["33.3"]["metric_zh"] == "外贸集装箱吞吐量" != facts["77.7"]["metric_zh"]
    assert facts["33.3"]["metric_en"].startswith("foreign-trade ")
    assert "外贸外贸" not in facts["3456.7"]["metric_zh"] and not facts["3456.7"]["metric_zh"].startswith("外贸进")


def test_an_event_between_two_places_is_named_with_a_hyphen():
    from knowledge.ingest.entities import english_name
    assert english_name("湖北—澳门投资合作对接会") == "Hubei-Macao Investment Cooperation Matchmaking Meeting"


def test_a_first_departures_day_is_a_fact_and_another_departure_is_not(curated_store):
    text = ("湖北日报 2031-07-20\n\n3月3日，首列开往明斯克的中欧班列（武汉）从吴家山站发车。"
            "5月1日，一架货机从花湖机场起飞，装载电子产品12吨。")
    reading = read_article(text, curated_store)
    dates = [p.fact for p in reading.proposals if p.fact["metric"].endswith("_date")]
    assert [(f["entity"], f["value"], f["metric_en"]) for f in dates] == [
        ("china-europe-railway-wuhan", "3月3日", "first departure date")]
