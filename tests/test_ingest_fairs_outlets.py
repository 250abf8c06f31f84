"""Fairs held on a day, outlets named alone on the first line, and parts of a port's boxes (made-up figures).
Reader: a meeting named with the day it was held (在5月6日举行的2031某某(杭州)经贸合作洽谈会上) is the subject of the
figures signed there, and a later sentence going back to it by its kind (据了解，洽谈会上共有…) is of that meeting and
that day; projects counted between two sizes (投资5—10亿元项目15个) are a bracket, not an amount of 5—10亿元; an event
opening a clause as the subject of its being held (2031某某经贸合作论坛在汉成功举办，吸引…) is the subject of what it drew;
a project named for what it builds (某某港区多式联运工程) is a subject, and 该工程 goes back to it; an outlet named alone
on the first line (国际在线湖北频道, 某某网·中国湖北, a site's address) is the publication, not the title; a photo
caption (图为…。某某摄) is no title; a story about one event (第二十九届某某洽谈会 in its title, 华创会 three times in
its body) gives it the figures no one else is named for, and its short name (华创会) is an alias though never said to
be one; 成功签约156个 after projects were counted is projects signed; things merged into fewer (将44个小、散码头整合成12个)
are counted before and after; a project's total investment and a length (全长16.37公里, not the 新建 of the berths
before it) are as of the article's date; 工业园 is a park, and 园区 goes back to it; a firm after what it is (软件供应商
SAP在武汉分公司成立, 供应商安联入驻武汉) is the subject of its day, and 当年 is the year the sentence before named.
Engine: 外贸箱 (foreign-trade boxes) and 内贸箱 (domestic-trade boxes) are each other's opposite, and a count in
标箱 is a throughput; a name holding a number (2031某某经贸合作论坛, 世界500强对话湖北) is a name, never the answer to a
count, and is a name to a question asking names; a count of things of one size (10亿元以上项目) does not answer a count
of them all; things counted before merging are not those after; the day a park settled (落子) is not the day of a
meeting (交流对接); kilometres asked are answered by a length only."""
from __future__ import annotations

from conftest import first_line, ingested
from knowledge.ingest import read_article
from knowledge.ingest.masthead import find_publication, find_title

PORT = ("湖北日报 2031-01-06\n武汉港集装箱\n\n1月4日，武汉新港管委会通报，武汉港2030年集装箱吞吐量达到243.62万标箱，同比增长26.06%。"
        "其中，内贸箱、外贸箱分别完成112.2万标箱和131.42万标箱。\n")

FAIR = ("中国网·中国湖北\n\n在5月6日举行的2031荆门(杭州)经贸合作洽谈会上,现场集中签约40个投资项目,总投资额达295.4亿元。\n"
        "这次活动是今年我市在省外举办的大型招商活动。据了解,洽谈会上共有40个项目集中签约,总投资额达到295.4亿元。其中,"
        "投资10亿元以上项目9个、投资5—10亿元项目13个、投资1—5亿元项目18个。\n")


def _facts(store, text, date=None):
    return [p.fact for p in read_article(text, store, date=date).proposals]


def test_foreign_and_domestic_trade_boxes_are_each_others_opposite(store):
    engine = ingested(store, PORT)
    assert "131.42" in first_line(engine, "武汉港2030年外贸箱多少")
    assert "112.2" in first_line(engine, "武汉港2030年内贸箱吞吐量是多少?")
    assert "1.3142 million" in first_line(engine, "Wuhan port foreign trade containers in 2030")
    assert "1.122 million" in first_line(engine, "How many domestic trade containers did Wuhan port handle in 2030?")
    assert "112.2" not in first_line(engine, "武汉港 2030 外贸箱 内贸箱 外贸箱多少")


def test_a_part_of_one_trade_is_not_the_answer_when_only_the_other_is_held(store):
    engine = ingested(store, "湖北日报 2031-01-06\n\n武汉港2030年内贸箱完成112.2万标箱。\n")
    assert "112.2" not in first_line(engine, "武汉港2030年外贸箱多少")
    assert "1.122" not in first_line(engine, "Wuhan port foreign-trade containers 2030")


def test_a_fair_held_on_a_day_is_the_subject_and_the_day_of_what_was_signed_there(store):
    facts = _facts(store, FAIR, "2031-05-08")
    fair = {f["entity"] for f in facts if f["value"] in ("40", "295.4", "9", "13", "18")}
    assert len(fair) == 1 and "jingmen" not in fair
    assert {f["period_start"] for f in facts if f["value"] in ("40", "295.4", "9")} == {"2031-05-06"}
    brackets = {f["value"]: f for f in facts if "项目" in f["metric_zh"] and f["value"] in ("13", "18")}
    assert "投资5—10亿元项目" in brackets["13"]["metric_zh"] and "投资1—5亿元项目" in brackets["18"]["metric_zh"]
    assert "500 million yuan to 1 billion yuan" in brackets["13"]["metric_en"]
    assert not any(f["value"] in ("5—10", "1—5") for f in facts)      # a bracket, not an amount


def test_questions_on_a_fair_held_on_a_day(store):
    engine = ingested(store, FAIR.replace("中国网·中国湖北", "湖北日报 2031-05-08"))
    assert "13" in first_line(engine, "2031荆门(杭州)经贸合作洽谈会 投资5—10亿元项目 个数")
    assert "40" in first_line(engine, "2031荆门杭州经贸合作洽谈会上签约了多少个项目?")


def test_an_event_held_is_the_subject_of_what_it_drew(store):
    text = ("湖北日报 2031-11-17\n\n就在上月,2031中国—北欧经贸合作论坛在汉成功举办,吸引31个国家和地区、1500余名客商齐聚。"
            "论坛上59个项目成功签约。\n")
    facts = {f["value"]: f for f in _facts(store, text)}
    assert facts["31"]["entity"] == facts["1500余"]["entity"] != "wuhan"
    assert "论坛" in "".join(e["name_zh"] for e in read_article(text, store).new_entities)


def test_an_outlet_alone_on_the_first_line_is_the_publication():
    assert find_publication(["国际在线湖北频道", "某某港吞吐量创新高"]) == "国际在线"
    assert find_publication(["中国网·中国湖北", ""]) == "中国网"
    assert find_publication(["某某在线湖北频道", "标题"]) == "某某在线湖北频道"
    assert find_publication(["sft-tech.net", "标题"]) == "sft-tech.net"
    assert find_publication(["打造中国网红城市的三个办法", "正文"]) is None      # 中国网 only at a line's start
    assert find_title(["圖為項目集中簽約現場。李慧敏攝", "某某港吞吐量创新高"]) == "某某港吞吐量创新高"


def test_a_name_holding_a_number_is_no_count(curated_store):
    from bot import Engine, render
    engine = Engine(curated_store)
    for q in ("2025 中国北欧经贸合作论坛 武汉 客商人数",
              "How many countries and regions did the 2025 China-Nordic Economic and Trade Cooperation Forum attract?"):
        line = first_line(engine, q)
        assert "举办" not in line and "hosted" not in line       # the forum's name is no count of its guests
    assert "北欧经贸合作论坛" in render(engine.answer("2025年湖北举办的品牌经贸活动有哪些"))


STORY = ("某某在线湖北频道\n以侨为桥——第二十九届华侨华人创业发展洽谈会回眸\n"
         "11月22日,第二十九届华侨华人创业发展洽谈会落下帷幕。\n"
         "我们更收获了友情。51个国家和地区,1700多名新老朋友,相聚湖北。\n"
         "我们收获了商机。2031年对接洽谈海内外参会项目1324个,成功签约156个,投资总额349.32亿元,其中,投资过10亿元项目17个。\n"
         "自2001年创办以来,华创会已成为重要平台。华创会激发了回国创业的热情。华创会走过28年。\n")


def test_a_story_about_one_event_gives_it_the_figures_no_one_else_is_named_for(store):
    facts = {f["value"]: f for f in _facts(store, STORY, "2031-11-25")}
    event = facts["1324"]["entity"]
    assert event not in ("hubei", "wuhan") and facts["156"]["entity"] == facts["349.32"]["entity"] == event
    assert facts["156"]["metric_zh"] == "成功签约项目数"          # projects, counted after projects were
    entity = next(e for e in read_article(STORY, store, date="2031-11-25").new_entities if e["id"] == event)
    assert "华创会" in entity["aliases"] and "Huachuanghui" in entity["aliases"]   # never said to be its name
    closed = next(f for f in facts.values() if f["metric_zh"] == "落下帷幕日期")
    assert closed["entity"] == event and closed["period_start"] == "2031-11-22"
    assert entity["name_en"].startswith("Overseas Chinese Entrepreneurship and Development")


def test_questions_on_a_story_about_one_event(store):
    engine = ingested(store, STORY.replace("某某在线湖北频道", "湖北日报 2031-11-25"))
    assert "1324" in first_line(engine, "2031年华创会一共对接洽谈了多少个海内外参会项目?")
    line = first_line(engine, "How many projects were successfully signed at the 2031 Huachuanghui?")
    assert "156" in line and "17 " not in line        # all projects signed, not those over 1 billion yuan
    assert "51" in first_line(engine, "Guests from how many countries and regions came to Hubei for the 2031 "
                                      "Huachuanghui?")      # Guests opens the question: no name


def test_things_merged_into_fewer_are_counted_before_and_after(store):
    text = "湖北日报 2031-02-21\n\n某某市在将全市44个小、散码头整合成12个的基础上,正在建设某某港区多式联运工程。\n"
    facts = {f["value"]: f for f in _facts(store, text)}
    assert facts["44"]["metric_zh"] == "整合前小、散码头数" and facts["12"]["metric_zh"] == "整合后小、散码头数"
    engine = ingested(store, text)
    assert "44" in first_line(engine, "某某市整合前有多少个小、散码头?")
    assert "12" in first_line(engine, "某某市的小散码头整合成几个?")


def test_a_project_its_length_and_investment_are_its_own_and_as_of_the_date(store):
    text = ("湖北日报 2031-02-21\n\n2030年，武穴港货物吞吐量达1.09亿吨。\n"
            "武穴市正在建设武穴港区多式联运工程。该工程总投资25.7亿元,包含新建4个泊位和全长16.37公里的疏港铁路专用线。\n")
    facts = {f["value"]: f for f in _facts(store, text)}
    assert facts["25.7"]["entity"] == facts["16.37"]["entity"] and "lian-yun" in facts["25.7"]["entity"]
    assert facts["25.7"]["period_zh"] == facts["16.37"]["period_zh"] == "截至2031年2月"     # not 2030


def test_parks_firms_and_the_year_of_a_later_day(store):
    text = ("湖北日报 2031-07-15\n\n2029年9月,中德国际工业园落子蔡甸。两年多时间,园区已汇聚6家知名德资企业。\n"
            "同在2029年9月,全球顶尖软件供应商SAP在武汉分公司成立。当年11月,世界领先保险和金融服务供应商安联入驻武汉。\n")
    facts = _facts(store, text)
    park = {f["metric_zh"]: f["entity"] for f in facts}
    assert park["知名德资企业数"] == park["落子日期"] and "gong-ye-yuan" in park["落子日期"]
    days = {f["entity"]: f for f in facts if f["metric_zh"] in ("成立日期", "入驻日期")}
    assert days["sap"]["value"] == "2029年9月" and days["an-lian"]["period_start"].startswith("2029-11")


def test_a_day_asked_of_one_event_is_not_the_day_of_another(store):
    engine = ingested(store, "湖北日报 2031-07-15\n\n2029年9月,中德国际工业园落子蔡甸。\n")
    assert "2029" not in first_line(engine, "德国公使来中德国际工业园交流对接是7月几号开始的?")


def test_kilometres_asked_are_answered_by_a_length_only(store):
    engine = ingested(store, "湖北日报 2031-02-21\n\n2030年，武穴港货物吞吐量达1.09亿吨。\n")
    line = first_line(engine, "How many kilometres away is the gravel that Wuxue port's conveyor belt carries?")
    assert "109 million" not in line and "1.09" not in line
