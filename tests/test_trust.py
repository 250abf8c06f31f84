"""Answers people can trust: the right period wins, a figure that does not fit is never given, a
broader figure is offered as what it is, lists and comparisons are whole answers."""
from __future__ import annotations

import pytest

from bot import Engine, render
from knowledge.transfer import import_file

HEAD = ("id,topic,entity,metric,metric_zh,metric_en,value,unit,value_en,period_zh,period_en,"
        "period_start,period_end,statement_zh,statement_en,keywords,source\n")
# A made-up whole-year figure, named its own way (trade_value, 进出口额), as an admin's CSV might.
YEAR_ROW = ("t-hubei-trade-2025,trade,hubei,trade_value,进出口额,imports and exports,8123.4,亿元,"
            "812.34 billion yuan,2025年,2025,2025-01-01,2025-12-31,"
            "测试：湖北2025年全年进出口8123.4亿元。,Test: Hubei traded 812.34 billion yuan in 2025.,"
            "外贸|进出口|foreign trade,hbrb-2025-12-25\n")


@pytest.fixture
def imported(curated_store) -> Engine:
    """The curated base plus a whole-year 2025 trade figure for Hubei, imported as a CSV."""
    import_file(curated_store, (HEAD + YEAR_ROW).encode(), "year.csv", "admin:1")
    return Engine(curated_store, cache=False)


@pytest.mark.parametrize("question", ["2025年湖北进出口", "湖北2025年外贸进出口总额是多少",
                                      "Hubei imports and exports in 2025", "湖北外贸进出口多少"])
def test_an_imported_whole_year_figure_wins_over_eleven_months(imported, question):
    answer = imported.answer(question)
    assert answer.found and answer.facts[0].fact.id == "t-hubei-trade-2025", render(answer)


@pytest.mark.parametrize("question", ["湖北前11个月进出口多少", "2025年1-11月湖北外贸进出口",
                                      "Hubei total trade in the first 11 months of 2025"])
def test_the_eleven_month_figure_still_answers_eleven_months(imported, question):
    answer = imported.answer(question)
    assert answer.found and "7502.3" in render(answer) and "8123.4" not in render(answer)



@pytest.mark.parametrize("question", ["光迅科技2024年第三季度营收增长多少", "Accelink revenue growth in Q3 2024",
                                      "How fast did Accelink's revenue grow in the third quarter of 2024?"])
def test_one_quarter_alone_is_answered_by_that_quarter_not_the_year_to_date(engine, question):
    answer = engine.answer(question)
    assert answer.found and "49.99" in render(answer), render(answer)


@pytest.mark.parametrize("question", ["武汉2024年第二季度外贸进出口多少", "Wuhan's total trade in Q2 2024"])
def test_a_quarter_the_base_does_not_hold_is_declined_not_answered_by_the_half_year(engine, question):
    answer = engine.answer(question)
    assert not answer.found and "1751.5" not in render(answer)


@pytest.mark.parametrize("question", ["光迅科技前三季度营收", "Accelink revenue Q1-Q3 2024"])
def test_the_first_three_quarters_are_still_the_year_to_date(engine, question):
    answer = engine.answer(question)
    assert answer.found and "53.78" in render(answer), render(answer)


@pytest.mark.parametrize("question,held", [
    ("花湖机场有几条国际货运航线", "111"),
    ("How many international cargo routes does Huahu airport have?", "111"),
    ("黄陂区进出口多少", "7502.3"),
    ("Caidian District total trade in 2025", "750.23"),
])
def test_only_a_broader_figure_held_is_offered_as_such_never_as_the_answer(engine, question, held):
    answer = engine.answer(question)
    text = render(answer)
    assert not answer.found and answer.kind == "broader" and held in text
    assert "不是您问的" in text or "not the one you asked" in text
    assert answer.suggestion_ids and answer.suggestion_ids[0] == answer.facts[0].fact.id


@pytest.mark.parametrize("question", ["花湖机场连接多少个国际节点城市", "洪山区华商农业科技孵化器哪年开始运营",
                                      "湖北有几个综合保税区", "东湖高新区外贸服务惠及多少家企业"])
def test_a_figure_that_says_what_is_narrowed_is_still_the_answer(engine, question):
    assert engine.answer(question).found


@pytest.mark.parametrize("question", ["How many people work at Lenovo Wuhan?",
                                      "How many trains does Huahu airport run?"])
def test_how_many_of_a_thing_is_not_answered_by_a_count_of_something_else(engine, question):
    answer = engine.answer(question)
    assert not answer.found, render(answer)


@pytest.mark.parametrize("question,figures,larger_first", [
    ("一带一路国家和东盟的进出口哪个多", ("4115.1", "1582.7"), True),
    ("Which is larger for Hubei in Jan-Nov 2025: trade with ASEAN or with the EU?",
     ("158.27", "101.26"), True),
    ("湖北前11个月对欧盟和对东盟的进出口哪个大", ("1012.6", "1582.7"), False),
])
def test_a_comparison_of_two_partners_gives_both_figures_and_says_which_is_larger(engine, question, figures,
                                                                                   larger_first):
    answer = engine.answer(question)
    text = render(answer)
    assert answer.found and answer.kind == "compare" and all(f in text for f in figures), text
    verdict = text.rsplit("\n", 1)[-1]
    big, small = figures if larger_first else figures[::-1]
    assert ("大于" in verdict or "larger" in verdict) and verdict.index(big) < verdict.index(small)


@pytest.mark.parametrize("question,figures", [
    ("武汉2024年上半年和前三季度进出口分别多少", ("1751.5", "2908.5")),
    ("光迅科技三季度营收增速和前三季度营收增速哪个高", ("49.99", "24.29")),
    ("How did Accelink's Q3 2024 revenue growth compare with its growth in Q1-Q3 2024?", ("49.99", "24.29")),
])
def test_a_comparison_of_two_periods_of_one_entity_gives_both(engine, question, figures):
    answer = engine.answer(question)
    text = render(answer)
    assert answer.found and answer.kind == "compare" and all(f in text for f in figures), text


def test_growth_compared_is_judged_by_growth_rates_not_amounts(engine):
    answer = engine.answer("湖北前11个月对欧盟和对东盟的进出口哪个增长更快")
    verdict = render(answer).rsplit("\n", 1)[-1]
    assert answer.found and answer.by_growth and verdict.index("41.1") < verdict.index("20.6")
    assert "1582.7" not in verdict and "大于" not in verdict


def test_a_comparison_with_a_period_the_base_lacks_names_the_missing_side(engine):
    answer = engine.answer("武汉2024年上半年和2023年上半年进出口分别多少")
    text = render(answer)
    assert answer.found and "1751.5" in text and answer.missing == ["2023"]
    assert "2023" in text.splitlines()[-1]


@pytest.mark.parametrize("question,names", [
    ("海微跟哪些车企有合作", ("东风", "蔚来", "奇瑞")),
    ("Which carmakers does Haiwei work with?", ("Dongfeng", "NIO", "Chery")),
    ("汉欧国际物流园是哪家企业投资建设的", ("湖北港口集团",)),
    ("革新大道的4家链主企业是哪几家", ("宝龙达", "创维")),
])
def test_which_companies_gets_the_list_the_base_holds(engine, question, names):
    answer = engine.answer(question)
    assert answer.found and all(n in render(answer) for n in names), render(answer)


@pytest.mark.parametrize("question,not_answer", [
    ("进博会湖北馆产业开放板块有哪些企业", ("产业开放", "江汉路")),   # not the section, not the street
    ("汉欧物流园附近的始发站是哪家公司运营的", ("始发站",)),          # a station is no company
    ("TCL空调武汉公司和哪些企业签了供应合同", ("9月",)),              # not the date of a meeting
])
def test_which_companies_is_not_answered_by_a_place_a_date_or_the_question(engine, question, not_answer):
    answer = engine.answer(question)
    assert not answer.found or all(v not in answer.facts[0].fact.value for v in not_answer), render(answer)


def test_two_different_figures_that_fit_equally_are_offered_as_choices_not_guessed(store):
    from conftest import make_fact
    from knowledge import Entity

    for firm, name, value in (("firm-a", "甲光电", "12.5"), ("firm-b", "乙光电", "30.1")):
        store.put_entity(Entity(firm, "firm", name, name, []), "test")
        store.add_fact(make_fact(id=f"t-{firm}", topic="firm", entity=firm, metric="module_exports",
                                 metric_zh="光模块出口额", metric_en="optical module exports", value=value,
                                 statement_zh=f"测试：{name}光模块出口额{value}亿元。", keywords=["光模块出口额"]), "test")
    engine = Engine(store, cache=False)
    answer = engine.answer("光模块出口额是多少")
    assert not answer.found and answer.reason == "two figures fit equally"
    assert sorted(answer.suggestion_ids) == ["t-firm-a", "t-firm-b"]
    assert engine.answer("甲光电光模块出口额是多少").found          # naming the firm settles it


@pytest.mark.parametrize("question", ["湖北机电产品出口额在全国排第几", "Where does Wuhan's GDP rank nationally?"])
def test_a_ranking_asked_is_not_answered_by_the_amount_ranked(engine, question):
    answer = engine.answer(question)
    assert not answer.found or answer.facts[0].rank_value, render(answer)


def test_a_follow_up_the_base_cannot_answer_is_declined_with_choices_on_the_subject(engine):
    from bot.conversation import answer_conversation

    first, second = answer_conversation(engine, ["2024年上半年武汉进出口多少", "进口呢？"])
    assert first.found and not second.found
    assert second.suggestion_ids and all(engine.doc(i).fact.entity == "wuhan" for i in second.suggestion_ids)
    first, second = answer_conversation(engine, ["光谷2024年1-7月新开口外贸企业多少家", "武汉全市呢？"])
    assert first.found and not second.found       # not Optics Valley's share of Wuhan's trade


@pytest.mark.parametrize("question", ["花湖机场2025年一季度国际货运航班多少架次",
                                      "Huahu airport international cargo flights in Q1 2025"])
def test_a_period_not_held_is_not_answered_by_a_later_milestone_of_the_same_year(engine, question):
    answer = engine.answer(question)
    assert not answer.found and answer.reason == "period not held", render(answer)


def test_a_release_soon_after_the_span_still_answers_it(engine):
    answer = engine.answer("武汉前三季度经济数据是哪天发布的")
    assert answer.found and "10月29日" in render(answer)


@pytest.mark.parametrize("question,names", [
    ("TCL空调武汉产业园入驻的配套企业分别是哪几家", ("金翔管件", "万颗子")),     # a list with 分别 is still a list
])
def test_a_list_asked_with_respectively_is_a_list(engine, question, names):
    answer = engine.answer(question)
    assert answer.found and all(n in render(answer) for n in names), render(answer)


@pytest.mark.parametrize("question", ["派诺科技武汉产业园开工以后过了多久才上市",
                                      "Which United Imaging subsidiary built the hybrid operating room?"])
def test_a_duration_or_a_firm_asked_is_not_answered_by_a_date_or_the_thing_named(engine, question):
    answer = engine.answer(question)
    value = answer.facts[0].fact.value if answer.found else ""
    assert not answer.found or not answer.facts[0].date_value and "手术室" not in value, render(answer)


@pytest.mark.parametrize("question", ["岚图2024年在海外一共卖了多少辆车",
                                      "How many cars did Voyah sell abroad in total in 2024?"])
def test_a_total_asked_is_not_answered_by_one_markets_part(engine, question):
    answer = engine.answer(question)
    assert not answer.found, render(answer)


def test_a_route_named_after_a_region_still_answers_its_totals(engine):
    assert "60" in render(engine.answer("中欧班列（武汉）一共开通了多少条线路"))


def test_a_scope_word_in_a_follow_up_is_no_new_subject(engine):
    from bot.conversation import answer_conversation

    first, second = answer_conversation(engine, ["联想武汉的产品卖到了多少个国家和地区", "那它出口在全省排老几"])
    assert first.found and second.found and "全省第一" in render(second), render(second)


@pytest.mark.parametrize("question", ["How much did Hubei's actual use of foreign capital rise in 2025?",
                                      "湖北2025年实际利用外资涨了多少"])
def test_the_growth_of_a_measure_held_without_one_is_declined(engine, question):
    """FDI used is held without its growth: another measure's growth (new foreign firms) is no answer."""
    answer = engine.answer(question)
    assert not answer.found, render(answer)


@pytest.mark.parametrize("question", ["武汉2024年Q2单季的进出口多少", "What did Wuhan trade over the whole of 2024?",
                                      "Wuhan total trade for the entire year 2024"])
def test_a_period_written_closely_or_in_words_the_base_lacks_is_declined(engine, question):
    answer = engine.answer(question)
    assert not answer.found, render(answer)
