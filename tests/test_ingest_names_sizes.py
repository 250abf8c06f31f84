"""Issue 8, on made-up sentences: a description said of a name (是我国首个…机场) is no subject of its own,
the size of a facility named after its figure (建成30万平方米的仓库) is that facility's area or length, and a
length asked (有多长, how long are the lines) is answered by a length, not a time."""
from __future__ import annotations

from bot import Engine
from bot.units import LENGTH_ASKED
from knowledge.ingest import apply_reading, read_article

HEAD = "长江日报 2031年7月15日 第03版\n\n"


def _facts(store, body: str) -> dict[str, dict]:
    reading = read_article(HEAD + body, store)
    return {p.fact["value"] + p.fact["unit"]: p.fact for p in reading.proposals}


def test_a_first_or_only_one_of_its_kind_is_said_of_the_name_before(store):
    got = _facts(store, "2029年建成的荆楚星河国际机场是全国唯一的内陆货运枢纽机场。目前，该机场已开通"
                        "21条国际货运航线。\n\n云梦港是我省最大的铁水联运港，目前已开通9条集装箱航线。")
    assert got["21条"]["entity_zh"] == "荆楚星河国际机场"
    assert got["9条"]["entity_zh"] == "云梦港"
    names = {e["name_zh"] for e in read_article(HEAD + "某某物流园是华中首个国际物流园，拥有库房12座。",
                                                store).new_entities}
    assert names == {"某某物流园"}


def test_the_size_of_a_facility_named_after_its_figure(store):
    got = _facts(store, "荆楚星河国际机场已建成30万平方米的货运仓库、16公里的自动化分拣线和3600米的跑道，"
                        "另有一座占地120亩的保税物流中心。")
    assert got["30万平方米"]["metric_zh"] == "货运仓库面积"
    assert got["16公里"]["metric_zh"] == "自动化分拣线长度"
    assert got["3600米"]["metric_zh"] == "跑道长度"
    assert got["3600米"]["metric_en"] == "length of the runways"


def test_a_distance_before_a_place_is_no_size(store):
    got = _facts(store, "项目选址在距市区30公里的临空经济区，规划建设仓储设施。")
    assert all("长度" not in f["metric_zh"] for f in got.values())


def test_a_length_asked_is_answered_by_the_length_not_a_time(store):
    reading = read_article(HEAD + "目前，荆楚星河国际机场已建成16公里的自动化分拣线，货物最快2小时即可完成"
                                  "中转。", store)
    apply_reading(store, reading, "test")
    engine = Engine(store)
    for question in ("荆楚星河机场的自动化分拣线有多长？",
                     "How long are the sorting lines at Jingchu Xinghe International Airport?"):
        answer = engine.answer(question)
        assert answer.found and answer.facts[0].fact.value == "16", question
    for question in ("荆楚星河机场货物中转需要多长时间？", "中转时间有多长", "How long does the transfer take?",
                     "How long is the wait for customs clearance?"):
        assert not LENGTH_ASKED.search(question), question     # a time asked stays a time asked


def test_an_event_titled_in_quotes_is_the_subject_of_its_day(store):
    reading = read_article(HEAD + "7月14日上午，“楚商连接世界”推介会在武汉市举行，近300位客商参会，现场签约"
                                  "项目12个。", store)
    day = next(p.fact for p in reading.proposals if p.fact["metric_zh"] == "举行日期")
    assert day["entity_zh"] == "楚商连接世界推介会" and day["period_start"] == "2031-07-14"


def test_a_mechanism_set_up_in_a_year_is_named_with_its_year(store):
    reading = read_article(HEAD + "自2027年鄂沪合作联席会议机制建立以来，双方聚焦物流、金融等8个重点领域"
                                  "开展合作，累计签约项目30个。", store)
    year = next(p.fact for p in reading.proposals if p.fact["metric_zh"] == "建立年份")
    assert year["entity_zh"] == "鄂沪合作联席会议机制" and year["value"] == "2027"
    names = {e["name_zh"] for e in reading.new_entities}
    assert not any(n.startswith("自") for n in names)          # 自2027年鄂沪 is no name


def test_a_part_of_the_firms_just_counted_is_named_as_such(store):
    got = _facts(store, "截至6月底，武汉、黄石、鄂州三大片区共新增市场主体8000家。新设的7000家企业中，外资企业80家，"
                        "合同外资12亿美元。")
    assert got["80家"]["metric_zh"] == "新设外商投资企业数"
    assert got["12亿美元"]["metric_zh"] == "合同外资"           # the next clause is no part of the firms
    assert got["8000家"]["entity"] != "wuhan"                  # three areas counted: no one of them


def test_a_partner_named_by_one_character_is_found_by_its_full_name(store):
    reading = read_article(HEAD + "截至6月底，在港上市的武汉企业累计有9家，武汉对外贸易额1234.5亿元。", store)
    apply_reading(store, reading, "test")
    answer = Engine(store).answer("截至2031年6月，在香港上市的武汉企业有多少家？")
    assert answer.found and answer.facts[0].fact.value == "9"


def test_a_value_after_a_count_of_firms_set_apart_is_theirs(store):
    got = _facts(store, "截至6月底，在港上市的武汉企业累计有9家，总市值约300亿港元。全市外资企业有500家，"
                        "实际使用外资5亿美元。")
    assert got["约300亿港元"]["metric_zh"] == "在港上市企业总市值"
    assert "香港" in got["约300亿港元"]["keywords"]
    assert got["5亿美元"]["metric_zh"] == "实际使用外资"           # firms not set apart lend no words


def test_a_round_amount_spelled_in_chinese_numerals_keeps_its_growth(store):
    got = _facts(store, "截至6月底，武汉港今年集装箱吞吐量突破两万标箱，同比增长12.5%。目前共有7家国际货运航司在此运营。")
    assert got["超过2万标箱"]["change_zh"] == "同比增长12.5%"
    assert got["7家"]["metric_en"].startswith("number of international cargo airlines")
    assert not any(f["metric_zh"] == "数据" for f in got.values())       # the rate is not left alone


def test_documents_counted_in_fen_are_a_figure(store):
    got = _facts(store, "截至6月底，武汉市各部门出台支持跨境电商发展的政策文件共计45份，武汉对外贸易额1234.5亿元。")
    assert "政策文件" in got["45份"]["metric_zh"]


def test_a_share_spelled_as_a_fraction_or_tenths_is_a_share(store):
    got = _facts(store, "今年上半年，武汉出口额500亿元，约占全省同期的三分之一。其中民营企业出口占比近九成。"
                        "机电产品出口300亿元，占全市出口总值超五成。")
    assert got["超五成"]["value_en"] == "over 50%"
    assert got["约三分之一"]["value_en"] == "about one third"
    assert got["近九成"]["value_en"] == "nearly 90%"
    assert "九成" not in _facts(store, "今年上半年，武汉出口额500亿元，九成企业实现增长。")   # no share said
    reading = read_article(HEAD + "今年上半年，武汉出口额500亿元，约占全省同期的三分之一。", store)
    apply_reading(store, reading, "test")
    answer = Engine(store).answer("2031年上半年武汉出口额占全省多大比重？")
    assert answer.found and answer.facts[0].fact.value == "约三分之一"


def test_a_new_international_airport_is_found_by_its_short_names(store):
    reading = read_article(HEAD + "目前，荆楚星河国际机场已开通21条国际货运航线，外资企业数占全市总数近六成。", store)
    names = {e["name_zh"]: e["aliases"] for e in reading.new_entities}
    assert {"荆楚星河机场", "Jingchu Xinghe Airport"} <= set(names["荆楚星河国际机场"])
    share = next(p.fact for p in reading.proposals if p.fact["value"].endswith("六成"))
    assert share["value"] == "近六成" and not share["metric_zh"].endswith("近比重")
