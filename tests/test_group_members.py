"""Neighbouring figures, on a small made-up base: a group's figure is not one member's, a count of
parks is not a count of the firms in them, an edition the question states is not an area asked."""
from __future__ import annotations

import pytest

from bot.clauses import split_questions
from conftest import answer_ids, engine_over, make_fact, made_up_store
from knowledge import Entity, Source

H1 = dict(period_zh="2030年1-6月", period_en="January-June 2030", period_start="2030-01-01",
          period_end="2030-06-30", source="src-g", topic="trade")
FIRM_H1 = H1 | {"topic": "firm"}

SOURCE = Source("src-g", "示例晚报", "Example Evening", "示例标题", "2030-07-02")
# A province with a group of three green products, its overseas parks, a fair and its hall.
ENTITIES = [Entity("hubei", "region", "湖北省", "Hubei", ["湖北"]),
            Entity("demo-med", "firm", "示例医疗科技", "Demo Medical", ["示例医疗"]),
            Entity("lake-fair", "event", "东湖示例博览会", "East Lake Demo Fair", ["东湖博览会"])]
FACTS = [
    make_fact(id="hb-green-three", entity="hubei", metric="green_three_exports", metric_zh="绿色三件套出口额",
              metric_en="exports of the green three", value="88.8", unit="亿元",
              value_en="8.88 billion yuan",
              statement_zh="示例：湖北风机、储能柜、氢燃料电池这“绿色三件套”出口额为88.8亿元。",
              statement_en="Example: the green three (turbines, storage, fuel cells) 8.88bn.",
              keywords=["绿色三件套", "green three"], **H1),
    make_fact(id="hb-parks", entity="hubei", metric="overseas_parks", metric_zh="境外产业园数",
              metric_en="overseas industrial parks", value="7", unit="家", value_en="7 parks",
              statement_zh="示例：湖北在海外共建成产业园7家。", statement_en="Example: Hubei built 7 parks abroad.",
              keywords=["境外产业园", "海外产业园"], **H1),
    make_fact(id="hb-park-firms", entity="hubei", metric="overseas_park_firms", metric_zh="境外产业园入驻企业数",
              metric_en="firms in overseas parks", value="150", unit="家", value_en="150 firms",
              statement_zh="示例：湖北境外产业园入驻企业150家。",
              statement_en="Example: 150 companies operate in Hubei's parks abroad.",
              keywords=["境外产业园", "海外产业园", "入驻企业"], **H1),
    make_fact(id="lf-edition", entity="lake-fair", metric="edition", metric_zh="届次",
              metric_en="edition",
              value="第九届", unit="", value_en="9th", statement_zh="示例：东湖示例博览会2030年办到第九届。",
              statement_en="Example: the 9th East Lake Demo Fair opened in 2030.", **H1),
    make_fact(id="lf-hall-area", entity="lake-fair", metric="hubei_hall_area", metric_zh="湖北馆面积",
              metric_en="area of the Hubei hall", value="1260", unit="平方米",
              value_en="1,260 square metres",
              statement_zh="示例：东湖示例博览会湖北馆面积1260平方米。",
              statement_en="Example: the Hubei hall at the fair covers 1,260 square metres.", **H1),
    make_fact(id="hb-reform-batches", entity="hubei", metric="reform_batches", metric_zh="改革经验发布批次",
              metric_en="batches of reform experience", value="6", unit="批", value_en="6 batches",
              statement_zh="示例：湖北已分6批发布改革经验。", statement_en="Example: six batches so far.",
              keywords=["改革经验"], **H1),
    make_fact(id="hb-reform-items", entity="hubei", metric="reform_items", metric_zh="改革经验条数",
              metric_en="items of reform experience", value="88", unit="项", value_en="88 items",
              statement_zh="示例：湖北累计发布改革经验88项。", statement_en="Example: 88 items so far.",
              keywords=["改革经验"], **H1),
    make_fact(id="dm-centre", entity="demo-med", metric="planned_centre", metric_zh="拟建中心",
              metric_en="planned centre", value="手术机器人示范中心", unit="",
              value_en="a demonstration centre for surgical robots",
              statement_zh="示例：示例医疗提出在武汉建设手术机器人示范中心。",
              statement_en="Example: Demo Medical plans a surgical robot centre in Wuhan.", **FIRM_H1),
    make_fact(id="dm-subsidiary", entity="demo-med", metric="robot_subsidiary", metric_zh="手术机器人子公司",
              metric_en="surgical robot subsidiary", value="示例灵犀", unit="", value_en="Demo Lingxi",
              statement_zh="示例：示例医疗在武汉注册手术机器人公司示例灵犀。",
              statement_en="Example: Demo Medical registered Demo Lingxi in Wuhan.", **FIRM_H1),
    make_fact(id="hb-fdi-used", entity="hubei", metric="fdi_used", metric_zh="实际使用外资",
              metric_en="foreign direct investment actually used", value="21.7", unit="亿美元",
              value_en="US$2.17 billion", statement_zh="示例：湖北实际使用外资21.7亿美元。",
              statement_en="Example: Hubei actually used US$2.17 billion of FDI.", **H1),
]


def _engine_without(fact_id: str = ""):
    """An engine over the made-up base, less one fact when one is named."""
    yield from engine_over(made_up_store(SOURCE, ENTITIES, [f for f in FACTS if f.id != fact_id]))


@pytest.fixture(scope="module")
def engine():
    yield from _engine_without()


@pytest.fixture(scope="module")
def no_area():
    yield from _engine_without("lf-hall-area")


@pytest.fixture(scope="module")
def no_subsidiary():
    yield from _engine_without("dm-subsidiary")


@pytest.mark.parametrize("question", ["2030年上半年湖北绿色三件套里储能柜出口多少",
                                      "湖北“绿色三件套”中的风机出口额是多少"])
def test_one_member_singled_out_is_not_answered_by_the_groups_figure(engine, question):
    answer = engine.answer(question)
    assert not answer.found and "hb-green-three" in answer.suggestion_ids


@pytest.mark.parametrize("question", ["2030年上半年湖北绿色三件套出口多少", "湖北风机、储能柜和氢燃料电池出口额"])
def test_the_group_or_all_its_members_get_the_groups_figure(engine, question):
    assert answer_ids(engine.answer(question)) == ["hb-green-three"]


@pytest.mark.parametrize("question", ["湖北海外产业园里一共有多少家企业", "湖北的海外园区进驻了几家公司"])
def test_a_count_of_firms_is_not_a_count_of_parks(engine, question):
    assert answer_ids(engine.answer(question)) == ["hb-park-firms"]


@pytest.mark.parametrize("question", ["湖北在海外建了多少家产业园", "湖北境外产业园有几家？"])
def test_parks_counted_are_the_parks_not_the_firms_in_them(engine, question):
    assert answer_ids(engine.answer(question)) == ["hb-parks"]


@pytest.mark.parametrize("question", ["How big is Hubei's hall at the 9th East Lake Demo Fair?",
                                      "第九届东湖博览会湖北馆面积多大"])
def test_an_area_not_held_is_not_answered_by_the_edition_the_question_states(no_area, question):
    assert answer_ids(no_area.answer(question)) == []


@pytest.mark.parametrize("question", ["How big is the Hubei hall at the 9th East Lake Demo Fair?",
                                      "第九届东湖博览会湖北馆面积多大"])
def test_the_area_is_answered(engine, question):
    assert answer_ids(engine.answer(question)) == ["lf-hall-area"]


def test_an_edition_asked_is_still_answered(engine):
    assert answer_ids(engine.answer("东湖博览会2030年办到第几届了")) == ["lf-edition"]


def test_two_counts_back_to_back_are_two_questions(engine):
    assert split_questions("湖北改革经验发了几批多少项") == ["湖北改革经验发了几批", "湖北改革经验发了 多少项"]
    assert split_questions("湖北改革经验一共多少项") == []
    assert set(answer_ids(engine.answer("湖北的改革经验一共几批多少项？"))) == {"hb-reform-batches", "hb-reform-items"}


def test_counts_listed_after_a_period_are_each_asked_with_the_period():
    assert split_questions("截至2031年6月，某某班列通达多少个国家、多少个城市？") == [
        "截至2031年6月，某某班列通达多少个国家", "截至2031年6月，某某班列通达 多少个城市？"]
    assert split_questions("2031年上半年，某港吞吐量多少万吨？增长多少？") == [
        "2031年上半年，某港吞吐量多少万吨", "2031年上半年，某港吞吐量 增长多少？"]
    assert split_questions("截至2031年6月，武汉、黄石、襄阳各有多少家外资企业？") == []


@pytest.mark.parametrize("question", ["示例医疗在武汉注册的手术机器人公司叫什么", "示例医疗那家机器人企业的名字是什么"])
def test_a_company_name_asked_is_not_answered_by_a_plan(no_subsidiary, question):
    assert "dm-centre" not in answer_ids(no_subsidiary.answer(question))


@pytest.mark.parametrize("question", ["How much did Hubei actually invest abroad in H1 2030?",
                                      "How much has Hubei invested overseas in the first half of 2030?"])
def test_investing_abroad_is_not_foreign_investment_received(engine, question):
    assert "hb-fdi-used" not in answer_ids(engine.answer(question))
