"""Stories of fairs, building sites and a city's month (made-up figures in the shape of real reports): an event
named once in quotes is found bare later; 围绕湖北… is no subject; a park built in a zone is a thing of its own, and
该项目 points back to it; a building named before its area (拥有冷库8万平方米) names the area; a place just added
(再添一家“某超市”，面积达…) owns the area after it; a day alone before a comma (10日，…开工) is that day's event; a
margin over the province after a rate is that rate's; a month singled out ends at the semicolon; a month compared
with (较1至6月) is no period; firms counted by a bar they passed (34家企业出口过500万美元) are counted, the bar dropped."""
from __future__ import annotations

from bot import render
from conftest import ingested, proposed

FAIR = ("中新网 2038-11-16\n\n2038年某创会开幕\n\n"
        "中新网武汉11月16日电 2038某某创业发展洽谈会(简称“某创会”)16日在武汉开幕，共有来自52个国家和地区的400余名"
        "海外代表参会。\n\n"
        "围绕湖北“光芯屏端网”等产业布局，今年某创会面向全球发布项目1731个，其中海外项目116个，国内项目1615个，"
        "签约项目120个，总签约金额近700亿元。\n")

SITE = ("湖北日报 2038-04-14\n\n某保税商场开建\n\n"
        "湖北日报讯 10日，某旅投武汉东湖综保区保税物流园项目正式开工。一年后，东湖综保区将再添一家“某超市”，"
        "面积达6万平方米。\n\n"
        "据悉，该项目拥有冷库8万平方米，恒温、常温库7.5万平方米。项目总投资20亿元。\n")

CITY = ("中国网 2038-09-02\n\n荆州工业回升\n\n"
        "1至7月，荆州市规模以上工业完成总产值937.92亿元，同比下降23.3%，工业增加值同比下降22.7%，"
        "降幅较1至6月收窄3.6个百分点，7月工业增加值增幅为2.8%，超过全省平均水平0.6个百分点；"
        "工业产品累计产销率95.81%，高于全省平均水平1个百分点；完成工业税收6.97亿元，同比增长80.4%。\n\n"
        "上半年，荆州市34家企业出口过500万美元，完成出口6.13亿美元，同比增长11.6%。\n")


def test_an_event_named_once_in_quotes_is_the_subject_of_its_later_figures(curated_store):
    got = proposed(curated_store, FAIR)
    for value in ("1731", "116", "1615", "120", "近700"):
        assert got[value]["entity"] == got["400余"]["entity"] != "hubei", (value, got[value])


def test_a_count_of_one_thing_does_not_answer_a_count_of_another(curated_store):
    engine = ingested(curated_store, FAIR)
    first = render(engine.answer("2038年某创会发布的海外项目有几个？")).split("\n")[0]
    assert "400" not in first, first


def test_a_park_in_a_zone_owns_its_buildings_and_the_day_it_began(curated_store):
    got = proposed(curated_store, SITE)
    park = got["8"]["entity"]
    assert park not in ("donghu-bonded-zone", "wuhan"), got["8"]
    assert got["8"]["metric_zh"] == "冷库面积" and got["7.5"]["metric_zh"] == "常温库面积", (got["8"], got["7.5"])
    assert got["20"]["entity"] == park, got["20"]
    assert got["6"]["metric_zh"] == "某超市面积", got["6"]          # the mall just added, not the zone's area
    began = got["4月10日"]
    assert began["entity"] == park and began["period_start"] == "2038-04-10", began
    engine = ingested(curated_store, SITE)
    cold = render(engine.answer("How much cold storage space does the bonded logistics park have?"))
    assert "8" in cold.split("\n")[0] and "6万" not in cold.split("\n")[0], cold
    short = render(engine.answer("东湖综保区保税物流园项目的恒温、常温库一共有多少平方米？")).split("\n")[0]
    assert "7.5" in short, short             # the park named from the zone on, without its owner and city


def test_a_margin_over_the_province_is_the_rate_before_it_and_the_lead_span_returns(curated_store):
    got = proposed(curated_store, CITY)
    assert got["0.6"]["metric_zh"] == "工业增加值增速高于全省" and got["0.6"]["entity"] == "jingzhou", got["0.6"]
    assert got["1"]["metric_zh"] == "工业产品产销率高于全省", got["1"]
    for value in ("95.81", "6.97", "3.6"):      # January to July: the 7月 and the 1至6月 inside frame nothing after
        assert (got[value]["period_start"], got[value]["period_end"]) == ("2038-01-01", "2038-07-31"), got[value]
    assert got["34"]["metric_zh"] == "出口过500万美元企业数", got["34"]
    assert "500" not in got, got.get("500")           # the bar is no figure


PILOT = ("长江日报 2038-11-04\n\n洪山改革试点\n\n"
         "10月，洪山区60个通过“先投后股”试点申报的项目正在审核。\n")


def test_a_count_whose_noun_follows_a_description_is_named_by_that_noun(curated_store):
    got = proposed(curated_store, PILOT)
    assert "项目" in got["60"]["metric_zh"], got["60"]
    engine = ingested(curated_store, PILOT)
    first = render(engine.answer("洪山区先投后股试点有多少个项目在审核？")).split("\n")[0]
    assert "60" in first, first
