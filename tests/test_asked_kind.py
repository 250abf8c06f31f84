"""What a question asks must be what the figure is: an amount of money is not answered by a share, a
count or a growth rate; one month alone is not answered by the months to date; a Hubei city the base
does not hold is not answered by the province; and the thing a question counts (案例有几个) is the
thing the figure counts."""
from __future__ import annotations

import pytest

from bot import Engine, render
from bot.periods import parse_period
from knowledge import Entity

from conftest import make_fact


def _add(store, **fields) -> None:
    """A made-up fact in the curated base, cited to one of its sources."""
    store.add_fact(make_fact(source="hbrb-2025-12-25", **fields), "test")


YEAR_2024 = ("2024年", "2024", "2024-01-01", "2024-12-31")


def _add_all(store, topic: str, rows, period=YEAR_2024) -> None:
    """Made-up facts (id, entity, metric in Chinese, metric in English or None for the id, value, unit) of one
    period, each stated plainly ('2024年产值为逾500亿元。')."""
    zh, en_period, start, end = period
    for fid, entity, metric, en, value, unit in rows:
        en = en or fid
        _add(store, id=fid, topic=topic, entity=entity, metric=fid, metric_zh=metric, metric_en=en, value=value,
             unit=unit, value_en=value, period_zh=zh, period_en=en_period, period_start=start, period_end=end,
             statement_zh=f"{zh}{metric}为{value}{unit}。", statement_en=f"{en} in {en_period}: {value}.",
             keywords=[metric])


@pytest.mark.parametrize("question", ["湖北前11个月的出口总额有多少？", "2025年1到11月湖北出口总值",
                                      "Hubei's export sales in yuan for January-November 2025",
                                      "光谷2024年上半年外贸总值多少",
                                      "What was HGTECH's export value in yuan in H1 2024?"])
def test_an_amount_of_money_is_not_answered_by_a_share_a_count_or_a_rate(engine, question):
    answer = engine.answer(question)
    if answer.found:        # only money answers: never 超五成, 74家 or +30%
        assert any(w in answer.facts[0].fact.unit + answer.facts[0].fact.value for w in "元亿万"), render(answer)


@pytest.mark.parametrize("text, month", [
    ("what was hubei's trade in october 2025 alone?", 10), ("fdi used for december 2025", 12),
    ("exports in sept 2024", 9), ("trade during the month of march 2025", 3),
    ("trade in january-november 2025", None), ("routes by october 2025", None),
    ("the store opened on may 28, 2025", None), ("what may happen in 2025", None),
    ("from january to november 2025", None)])
def test_one_month_named_in_english(text, month):
    assert parse_period(text).month == month


@pytest.mark.parametrize("question", ["What was Hubei's trade with the EU in November 2025 alone?",
                                      "How much foreign investment did Hubei actually use in October 2025?"])
def test_one_month_is_not_answered_by_the_months_to_date(engine, question):
    answer = engine.answer(question)
    assert not answer.found, render(answer)


def test_a_state_as_of_a_month_answers_a_question_in_that_month(curated_store):
    _add(curated_store,
        id="t-routes", topic="logistics", entity="huahu-airport", metric="t_weekly_hk", metric_zh="每周对香港货运航班",
        metric_en="weekly cargo flights to Hong Kong", value="9", unit="班", value_en="9 flights",
        period_zh="截至2026年9月", period_en="as of September 2026", period_start="", period_end="2026-09-15",
        statement_zh="截至2026年9月，花湖机场每周对香港货运航班9班。",
        statement_en="Ezhou Huahu airport ran 9 weekly cargo flights to Hong Kong as of September 2026.",
        keywords=["香港", "航班"])
    engine = Engine(curated_store)
    asked = "How many weekly cargo flights linked Huahu airport and Hong Kong in {}?"
    answer = engine.answer(asked.format("September 2026"))
    assert answer.found and "9" in render(answer), render(answer)
    assert not engine.answer(asked.format("March 2026")).found


@pytest.mark.parametrize("question", ["襄阳2025年前11个月外贸进出口多少", "Xiangyang's foreign trade in Jan-Nov 2025",
                                      "荆州前11个月进出口总额", "How much did Yichang trade in January-November 2025?"])
def test_a_hubei_city_the_base_lacks_is_not_answered_by_the_province(engine, question):
    answer = engine.answer(question)
    assert not answer.found, render(answer)


def test_the_thing_counted_before_the_question_word_must_be_what_the_figure_counts(curated_store):
    curated_store.put_entity(Entity("t-zone", "zone", "试验片区", "Test Zone", ["试验片区"]), "test")
    for fid, metric, value, start in (("t-cases", "最佳实践案例数", "12", "2017-04-01"),
                                      ("t-signed", "集中签约项目数", "36", "")):
        _add(curated_store,
            id=fid, topic="policy", entity="t-zone", metric=fid, metric_zh=metric, metric_en=metric,
            value=value, unit="个", value_en=value, period_zh="截至2026年9月", period_en="as of September 2026",
            period_start=start, period_end="2026-09-10", statement_zh=f"试验片区{metric}{value}个。",
            statement_en=f"Test Zone: {value}.", keywords=[metric])
    engine = Engine(curated_store)
    for question in ("2026年9月试验片区的最佳实践案例有几个？", "2026年9月试验片区案例一共有多少个"):
        assert "36" not in render(engine.answer(question)).split("\n")[0], question
    assert "36" in render(engine.answer("2026年9月试验片区集中签约项目有几个？"))


@pytest.mark.parametrize("question", ["2025年前11个月湖北船舶出口多少", "Hubei's ship exports in January-November 2025",
                                      "湖北前11个月芯片进口额", "Wuhan's car exports in the first half of 2024",
                                      "What were Wuhan's semiconductor imports in H1 2024?"])
def test_a_product_the_base_has_no_figure_for_is_not_answered_by_all_trade(engine, question):
    assert not engine.answer(question).found, render(engine.answer(question))


@pytest.mark.parametrize("question", ["2024年上半年光谷新开口企业多少家",
                                      "How many first-time trading firms did Optics Valley add in H1 2024?"])
def test_first_time_traders_are_answered_by_the_count_of_new_ones(engine, question):
    answer = engine.answer(question)
    assert answer.found and "74" in render(answer), render(answer)


@pytest.mark.parametrize("text, narrows", [
    ("新能源产品出口（锂电池、储能等）多少", ()), ("new-energy exports (lithium batteries, storage)", ()),
    ("锂电池出口多少", ("batteries",)), ("How many firms use the trains to ship goods?", ()),
    ("exports of ships in 2025", ("ships",)), ("first-ever foreign trade firms", ("first-time traders",))])
def test_words_that_narrow_the_figure_asked(engine, text, narrows):
    assert engine.parse(text).qualifiers == narrows


def test_a_country_does_not_answer_which_city_nor_a_place_what_product(curated_store):
    curated_store.put_entity(Entity("t-firm", "firm", "澜川电气", "Lanchuan Electric", ["澜川电气", "Lanchuan"]),
                             "test")
    for fid, metric, en, value in (("t-market", "首次出口市场", "first export market", "澳大利亚"),
                                   ("t-europe", "首次打入的欧洲市场", "first European market", "欧洲某国")):
        _add(curated_store,
            id=fid, topic="firm", entity="t-firm", metric=fid, metric_zh=metric, metric_en=en, value=value,
            unit="", value_en=value, period_zh="2024年", period_en="2024", period_start="2024-01-01",
            period_end="2024-12-31", statement_zh=f"2024年澜川电气{metric}为{value}。",
            statement_en=f"Lanchuan Electric's {en} in 2024: {value}.", keywords=[metric, "出口", "市场"])
    engine = Engine(curated_store)
    for question in ("澜川电气2024年是在哪个城市的展会上找到出口市场的？",
                     "Which city did Lanchuan Electric find its export market in?",
                     "澜川电气2024年卖进欧洲市场的是什么产品？",
                     "What products did Lanchuan Electric sell to its first European market?"):
        answer = engine.answer(question)
        assert not answer.found, render(answer)
    assert "澳大利亚" in render(engine.answer("澜川电气2024年首次出口到哪个国家？"))


@pytest.mark.parametrize("question", ["Wuhan hi-tech exports, Jan-Aug 2024?",
                                      "wuhan hi tech exports jan-aug 2024",
                                      "Wuhan's high tech product exports in January-August 2024"])
def test_a_hyphenated_word_is_met_by_its_parts(engine, question):
    answer = engine.answer(question)
    assert answer.found and "657.59" in render(answer), render(answer)


def test_a_document_word_in_capitals_is_no_unknown_firm(engine):
    answer = engine.answer("帮我做PPT用：2025年1-11月湖北与共建一带一路国家进出口多少？")
    assert answer.found and "4115.1" in render(answer), render(answer)


def test_a_ranking_reported_as_the_span_ends_answers_the_span(curated_store):
    _add(curated_store,
        id="t-rank", topic="industry", entity="optics-valley", metric="t_rank", metric_zh="激光企业数全国园区排名",
        metric_en="rank among national parks by laser firms", value="第二", unit="", value_en="2nd",
        period_zh="截至2026年7月", period_en="as of July 2026", period_start="", period_end="2026-07-10",
        statement_zh="截至2026年7月，光谷激光企业数在全国园区中排名第二。",
        statement_en="Optics Valley ranked 2nd among national parks by laser firms as of July 2026.",
        keywords=["激光", "排名"])
    engine = Engine(curated_store)
    assert "第二" in render(engine.answer("2026年上半年光谷激光企业数全国园区排第几？"))
    assert not engine.answer("2026年前三季度光谷激光企业数全国园区排第几？").found


def test_a_long_name_misheard_still_fixes_the_subject(curated_store):
    """A programme the base names but holds no count for: Wuhan's count of firms at another fair is no
    answer."""
    curated_store.put_entity(Entity("t-prog", "org", "万企出海行动", "Ten Thousand Firms Abroad", ["万企出海行动"]),
                             "test")
    engine = Engine(curated_store)
    question = "武汉“万企出嗨行动”今年参展企业有几家？"                 # 嗨 for 海: heard the same
    assert ("t-prog", 90) in {(h.entity, h.confidence) for h in engine.parse(question).hits}
    answer = engine.answer(question)
    assert not answer.found, render(answer)


@pytest.mark.parametrize("question, expect", [
    ("光迅科技前三季度营收增长了24.29%，那第三季度单季增长多少？", "49.99"),
    ("Accelink's revenue rose 24.29% in Jan-Sep 2024. How fast did it grow in Q3 alone?", "49.99"),
    ("湖北新设外商投资企业599家，同比增长多少？", "2.39")])
def test_the_figure_a_question_states_is_not_its_answer(engine, question, expect):
    answer = engine.answer(question)
    assert answer.found and expect in render(answer), render(answer)


def test_a_question_checking_the_figure_it_states_may_get_it(engine):
    answer = engine.answer("光迅科技2024年前三季度营收是不是增长了24.29%？")
    assert answer.found and "24.29" in render(answer), render(answer)


@pytest.mark.parametrize("text, quarter, spans", [
    ("revenue grew 24.29% in q1-q3 2024. what was the q3 growth?", 3, ()),
    ("前三季度增长24.29%。第三季度呢？", 3, ()),
    ("2024年上半年,武汉进出口多少?", None, (6,)),
    ("q1-q3 2024 trade. what was it?", None, (9,))])
def test_the_asking_clause_names_the_period_after_a_stated_figure(text, quarter, spans):
    period = parse_period(text)
    assert (period.quarter, period.spans) == (quarter, spans)


def test_how_many_items_or_projects_is_not_answered_by_a_count_of_other_things(curated_store):
    curated_store.put_entity(Entity("t-town", "firm", "澜湾集团", "Lanwan Group", ["澜湾集团", "Lanwan"]), "test")
    _add(curated_store,
        id="t-shows", topic="firm", entity="t-town", metric="t_shows", metric_zh="举办演出场次",
        metric_en="shows staged", value="50", unit="场", value_en="50 shows", period_zh="2025年",
        period_en="2025", period_start="2025-01-01", period_end="2025-12-31",
        statement_zh="2025年澜湾集团举办演出50场。", statement_en="Lanwan Group staged 50 shows in 2025.",
        keywords=["演出"])
    engine = Engine(curated_store)
    for question in ("How many of Lanwan Group's adjusted items were approved in 2025?",
                     "How many projects did Lanwan Group sign in 2025?"):
        assert not engine.answer(question).found, render(engine.answer(question))
    assert "50" in render(engine.answer("How many shows did Lanwan Group stage in 2025?"))


@pytest.mark.parametrize("question", [
    "湖北自贸试验区2025年新推出了多少项制度创新成果？",
    "How many new institutional innovations did the Hubei FTZ launch in 2025?"])
def test_new_ones_in_a_period_are_not_answered_by_a_total_to_date(engine, question):
    answer = engine.answer(question)
    assert not answer.found, render(answer)


def test_new_ones_are_answered_when_the_fact_counts_new_ones(engine):
    answer = engine.answer("2024年上半年光谷新增开口企业多少家？")
    assert answer.found and "74" in render(answer), render(answer)


def test_how_many_firms_is_not_answered_by_the_projects_the_firms_carried_out(curated_store):
    """The value says what is counted (60 projects, 项); firms named in the statement do not count."""
    hub = Entity("t-hub", "zone", "澜湾孵化器", "Lanwan Incubator", ["澜湾孵化器", "Lanwan"])
    curated_store.put_entity(hub, "test")
    _add(curated_store,
        id="t-hub-projects", topic="industry", entity="t-hub", metric="t_joint_projects",
        metric_zh="企业合作项目数", metric_en="joint projects of resident firms", value="60", unit="项",
        value_en="60 projects", period_zh="2025年", period_en="2025", period_start="2025-01-01",
        period_end="2025-12-31", statement_zh="2025年澜湾孵化器入驻企业开展合作项目60项。",
        statement_en="Firms in the Lanwan Incubator carried out 60 joint projects in 2025.",
        keywords=["合作项目", "incubator"])
    engine = Engine(curated_store)
    for question in ("How many firms are in the Lanwan Incubator's projects in 2025?",
                     "How many tech companies moved into the Lanwan Incubator in 2025?",
                     "How many enterprises does the Lanwan Incubator host in 2025?",
                     "How many businesses took part in Lanwan Incubator projects in 2025?"):
        assert not engine.answer(question).found, render(engine.answer(question))
    asked = "How many joint projects did firms in the Lanwan Incubator run in 2025?"
    assert "60" in render(engine.answer(asked))


def test_a_total_asked_is_not_answered_by_the_new_ones(curated_store):
    curated_store.put_entity(Entity("t-park", "zone", "澜溪园区", "Lanxi Park", ["澜溪园区"]), "test")
    for fid, metric, value in (("t-all", "省级外贸服务中心数", "5"), ("t-new", "新获批省级外贸服务中心数", "2")):
        _add(curated_store, id=fid, topic="policy", entity="t-park", metric=fid, metric_zh=metric, metric_en=metric,
             value=value, unit="家", value_en=value, period_zh="截至2026年8月", period_en="as of August 2026",
             period_start="", period_end="2026-08-20", statement_zh=f"澜溪园区{metric}{value}家。",
             statement_en=f"Lanxi Park: {value}.", keywords=["外贸服务中心"])
    engine = Engine(curated_store)
    for question in ("澜溪园区一共有几家省级外贸服务中心？", "澜溪园区总共有多少家省级外贸服务中心"):
        assert "5家" in render(engine.answer(question)).split("\n")[0], question
    assert "2家" in render(engine.answer("澜溪园区新获批了几家省级外贸服务中心？")).split("\n")[0]


def _reach(curated_store) -> Engine:
    """A made-up hub state: the countries a zone's flights reach, and the Belt and Road ones among them."""
    curated_store.put_entity(Entity("t-port", "hub", "青山机场", "Qingshan Airport", ["青山机场"]), "test")
    for fid, metric, en, value in (("t-all", "通达国家和地区数", "countries and regions reached", "31"),
                                   ("t-bri", "通达共建“一带一路”国家数", "Belt and Road countries reached", "19")):
        _add(curated_store, id=fid, topic="logistics", entity="t-port", metric=fid, metric_zh=metric,
             metric_en=en, value=value, unit="个", value_en=value, period_zh="截至2026年9月",
             period_en="as of September 2026", period_start="", period_end="2026-09-30",
             statement_zh=f"截至2026年9月，青山机场{metric}为{value}个。",
             statement_en=f"As of September 2026 Qingshan Airport's {en}: {value}.", keywords=[metric])
    return Engine(curated_store)


@pytest.mark.parametrize("question, expected", [
    ("截至2026年9月底青山机场通达多少个国家和地区？", "31"),
    ("As of September 2026, how many countries and regions did Qingshan Airport reach?", "31"),
    ("截至2026年9月青山机场通达多少个一带一路国家？", "19"),
    ("截至2026年3月底青山机场通达多少个国家和地区？", None),            # a state of September: not March's
    ("By the end of March 2026 how many countries did Qingshan Airport reach?", None),
])
def test_a_state_asked_at_a_month_end_and_a_count_narrowed_to_a_group(curated_store, question, expected):
    answer = _reach(curated_store).answer(question)
    if expected is None:
        assert not answer.found, render(answer)
    else:
        assert answer.found and answer.facts[0].fact.value == expected, render(answer)


def test_a_count_of_a_group_of_partners_does_not_answer_all_countries(curated_store):
    _reach(curated_store)
    curated_store.delete_fact("t-all", "test")
    answer = Engine(curated_store).answer("青山机场通达多少个国家和地区？")
    assert not answer.found, render(answer)


def test_a_contribution_asked_is_not_answered_by_the_amount(curated_store):
    _add(curated_store, id="t-pf", topic="trade", entity="hubei", metric="t_private", metric_zh="民营企业进出口额",
         metric_en="imports and exports of private firms", value="3891.5", unit="亿元",
         value_en="389.15 billion yuan", period_zh="2031年1-11月", period_en="January-November 2031",
         period_start="2031-01-01", period_end="2031-11-30", statement_zh="2031年1-11月，湖北民营企业进出口3891.5亿元。",
         statement_en="Hubei's private firms traded 389.15 billion yuan in January-November 2031.",
         keywords=["民营企业"])
    answer = Engine(curated_store).answer("2031年前11个月湖北民营企业对进出口增长的贡献率是多少？")
    assert not answer.found, render(answer)


def test_a_record_set_on_a_day_before_the_month_asked_still_answers(curated_store):
    _add(curated_store, id="t-rec", topic="logistics", entity="huahu-airport", metric="t_day_record",
         metric_zh="单日货邮吞吐量纪录", metric_en="single-day cargo throughput record", value="6500", unit="吨",
         value_en="6,500 tonnes", period_zh="2031年1月22日", period_en="22 January 2031",
         period_start="2031-01-22", period_end="2031-01-22",
         statement_zh="2031年1月22日，花湖机场单日货邮吞吐量创下6500吨的纪录。",
         statement_en="Ezhou Huahu airport handled a record 6,500 tonnes of cargo in one day on 22 January 2031.",
         keywords=["单日", "纪录"])
    answer = Engine(curated_store).answer("截至2031年3月，花湖机场单日货邮吞吐量纪录是多少吨？")
    assert answer.found and answer.facts[0].fact.value == "6500", render(answer)


@pytest.mark.parametrize("question", ["How large (in cubic metres) is the honey firm's cold store?",
                                      "这家蜂蜜企业冷库有多少立方米？"])
def test_a_unit_the_question_names_must_be_the_figures_unit(curated_store, question):
    curated_store.put_entity(Entity("t-bee", "firm", "青禾蜂业", "Qinghe Bee", ["青禾蜂业"]), "test")
    _add(curated_store, id="t-honey", topic="firm", entity="t-bee", metric="t_honey", metric_zh="蜂蜜出口量",
         metric_en="honey exports", value="310", unit="吨", value_en="310 tonnes", period_zh="2031年11月",
         period_en="November 2031", period_start="2031-11-01", period_end="2031-11-30",
         statement_zh="2031年11月，青禾蜂业出口蜂蜜310吨。", statement_en="Qinghe Bee exported 310 tonnes of honey "
         "in November 2031.", keywords=["蜂蜜", "冷库"])
    answer = Engine(curated_store).answer(question.replace("the honey firm's", "Qinghe Bee's")
                                          .replace("这家蜂蜜企业", "青禾蜂业"))
    assert not answer.found, render(answer)


@pytest.mark.parametrize("start, end, month, fits_it", [
    ("2029-04-01", "2031-04-05", 2, True),      # 挂牌两年来, to the article's date: reported up to 2 months on
    ("2029-04-01", "2031-04-05", 1, False),
    ("2031-01-01", "2031-04-30", 3, False),     # January-April is not the year to the end of March
    ("2031-01-01", "2031-03-31", 3, True),
    ("", "2031-05-10", 3, True), ("", "2031-12-25", 3, False),   # a state reported later, not months later
])
def test_how_long_after_a_month_a_state_or_span_may_be_reported(start, end, month, fits_it):
    from bot.periods import fits
    asked = parse_period(f"截至2031年{month}月底，新设企业多少家")
    assert asked.as_of == month
    assert fits(asked, start, end) is fits_it


def test_the_day_a_figure_was_reached_is_not_the_day_of_another_figure(curated_store):
    _add(curated_store, id="t-cap", topic="logistics", entity="huahu-airport", metric="t_capacity",
         metric_zh="年保障货邮吞吐能力", metric_en="annual cargo handling capacity", value="60", unit="万吨",
         value_en="0.6 million tonnes", period_zh="2031年6月30日", period_en="30 June 2031",
         period_start="2031-06-30", period_end="2031-06-30",
         statement_zh="2031年6月30日，花湖机场年保障货邮吞吐能力达到60万吨。",
         statement_en="On 30 June 2031 Ezhou Huahu airport's annual cargo handling capacity reached 0.6 million "
                      "tonnes.", keywords=["货邮吞吐能力"])
    answer = Engine(curated_store).answer("2031年花湖机场货邮吞吐量是哪一天突破100万吨的？")
    assert "60万吨" not in render(answer), render(answer)
    assert Engine(curated_store).answer("花湖机场年保障货邮吞吐能力哪一天达到60万吨？").found


def test_a_thing_or_place_singled_out_is_not_answered_by_a_bare_figure(curated_store):
    """After an ingestion a firm may hold only a date and a count: 哪个证书 / 位于哪里 / where is it located
    asks a name or a place, which neither is; a statement naming the thing asked (设在哪个自贸港) still
    answers, and a count asked beside it (几个) is judged as a count."""
    curated_store.put_entity(Entity("t-firm", "firm", "澜川医疗", "Lanchuan Medical", ["澜川医疗", "Lanchuan"]),
                             "test")
    for fid, metric, en, value, unit, said in (
            ("t-date", "注册成立日期", "registration date", "2023年7月", "", "2023年7月澜川医疗在武汉注册成立。"),
            ("t-hours", "通关用时", "customs clearance time", "1", "小时", "澜川医疗的货物通关用时为1小时。"),
            ("t-base", "出口基地投运日期", "export base opening", "2025年12月", "",
             "2025年12月澜川医疗在海南自贸港的出口基地投入运营。")):
        _add(curated_store,
            id=fid, topic="firm", entity="t-firm", metric=fid, metric_zh=metric, metric_en=en, value=value,
            unit=unit, value_en=value, period_zh="2024年", period_en="2024", period_start="2024-01-01",
            period_end="2024-12-31", statement_zh=said,
            statement_en=f"Lanchuan Medical's {en} in 2024: {value}.", keywords=[metric])
    engine = Engine(curated_store)
    for question in ("澜川医疗拿到了哪个全球首个三类证？", "澜川医疗位于哪里？", "澜川医疗的总部在哪",
                     "Where is Lanchuan Medical located?", "澜川医疗和哪家部门签了协议？"):
        answer = engine.answer(question)
        assert not answer.found, render(answer)
    assert "海南" in render(engine.answer("澜川医疗的出口基地设在哪个自贸港？"))


def test_who_where_and_which_firms_are_not_answered_by_another_kind_of_fact(curated_store):
    """有谁 asks people or firms, not an output value; 在哪个城市举办 / 哪些国家 ask places, not the fields of
    the deals signed there, the expo's edition the question itself gives, nor a person's name; 配套企业有几家
    counts firms (the thing counted before the count), not laboratories; and a fact of the entity named
    that holds no other word the question asks (古建筑, 举办) answers something else about it."""
    curated_store.put_entity(Entity("t-park", "org", "澜川产业园", "Lanchuan Park", ["澜川产业园"]), "test")
    curated_store.put_entity(Entity("t-expo", "event", "澜川博览会", "Lanchuan Expo", ["澜川博览会"]), "test")
    _add_all(curated_store, "policy", (
        ("t-output", "t-park", "产值", None, "逾500", "亿元"), ("t-labs", "t-park", "先进实验室数", None, "16", "个"),
        ("t-head", "t-expo", "负责人", None, "卢放", ""),
        ("t-fields", "t-expo", "签约项目领域", None, "汽车制造、新能源、低空经济、生物医药", ""),
        ("t-edition", "t-expo", "届次", None, "第七届", "")))
    engine = Engine(curated_store)
    for question in ("澜川产业园的客户都有谁", "第七届澜川博览会在哪个城市举办？", "澜川博览会的参展商来自哪些国家？",
                     "入驻澜川产业园的配套企业有几家？", "澜川博览会是在哪座古建筑里举办的？"):
        answer = engine.answer(question)
        assert not answer.found, render(answer)
    assert "新能源" in render(engine.answer("澜川博览会签约项目集中在哪些领域？"))
    assert "16" in render(engine.answer("澜川产业园有几个先进实验室？"))


def test_a_stretch_of_time_named_is_not_a_span_asked_and_zero_before_words_is_no_count(curated_store):
    """这几年…多少 asks a rate over recent years, not how many years; a value such as 零缝隙 (seamless)
    is a description, not a count, so 进口是多少 is not answered by it; 出口和进口分别是多少 asks both flows
    and is not answered by the total trade."""
    curated_store.put_entity(Entity("t-firm", "firm", "澜川医疗", "Lanchuan Medical", ["澜川医疗"]), "test")
    curated_store.put_entity(Entity("t-zone", "zone", "澜川园区", "Lanchuan Zone", ["澜川园区"]), "test")
    _add_all(curated_store, "firm", (
        ("t-cagr", "t-firm", "出口比例年均复合增长率", None, "约20", "%"),
        ("t-trade", "t-zone", "进出口总额", None, "300", "亿元"),
        ("t-turnover", "t-zone", "货物周转", None, "零缝隙", "")),
        period=("2024年1-7月", "January-July 2024", "2024-01-01", "2024-07-31"))
    engine = Engine(curated_store)
    assert "20" in render(engine.answer("澜川医疗这几年出口比例每年复合增长大概多少？"))
    for question in ("澜川园区2024年前7个月进口是多少？", "澜川园区2024年前7个月出口和进口分别是多少亿元？"):
        answer = engine.answer(question)
        assert not answer.found, render(answer)
    assert "300" in render(engine.answer("澜川园区2024年前7个月进出口一共多少？"))


def test_one_market_rates_and_counts_are_not_answers_to_other_questions(curated_store):
    """海外卖了多少辆 is not answered by the cars sold in one country; 7月开行了多少列 is not answered by a rate
    per week (asked per week it is); 第几趟 asks an ordinal, not a count of trips; 'what kind of institution' is
    not answered by a count of shows (三十多场)."""
    curated_store.put_entity(Entity("t-car", "firm", "澜川汽车", "Lanchuan Motors", ["澜川汽车"]), "test")
    curated_store.put_entity(Entity("t-rail", "route", "澜川班列", "Lanchuan Express", ["澜川班列"]), "test")
    _add_all(curated_store, "firm", (
        ("t-italy", "t-car", "意大利首秀售出车辆", "cars sold at the Italian debut", "100", "辆"),
        ("t-weekly", "t-rail", "每周图定班列", "scheduled trains a week", "7", "列/周"),
        ("t-times", "t-car", "参加进博会次数", "times at the import expo", "第四次", ""),
        ("t-shows", "t-car", "涉外演出场次", "foreign shows", "三十多场", "")))
    engine = Engine(curated_store)
    for question in ("澜川汽车2024年海外卖了多少辆？", "澜川班列2024年7月单月开行了多少列？",
                     "What kind of institution did Lanchuan Motors set up in 2024?"):
        answer = engine.answer(question)
        assert not answer.found, render(answer)
    assert "7" in render(engine.answer("澜川班列每周开几列？"))
    assert "100" in render(engine.answer("澜川汽车在意大利首秀卖了多少辆？"))
    assert "第四" in render(engine.answer("澜川汽车这回是第几趟去进博会了？"))


def test_a_misheard_trade_word_and_a_tariff_not_held(engine):
    """尽出口 typed for 进出口 asks the trade total, not exports; a tariff rate the base does not hold is
    not answered by another fact about the firm (its markets), while a zero-tariff import figure is held."""
    assert "1751.5" in render(engine.answer("2024年上半年武汉尽出口总额是多少？"))
    assert not engine.answer("What tariff rate does the EU charge on Voyah cars shipped from Wuhan?").found
    assert engine.answer("how much did zero-tariff imports from Chile grow in Jan-Nov 2025").found


def test_a_contribution_to_growth_answers_only_a_contribution_asked(engine):
    """'How much of that was trade with Belt and Road countries' asks the part, not how many percentage points
    that trade added to the whole's growth; asked in so many words, the contribution is the answer."""
    answer = engine.answer("Hubei Province How much of that was trade with Belt and Road countries? "
                           "first 11 months 2025")
    assert "12.1" not in render(answer)
    assert "12.1" in render(engine.answer("2025年前11个月一带一路国家贸易拉动湖北进出口增长多少个百分点？"))
