"""From qsets71's first score (made-up figures): a streak (连续三年突破千列) is no count; a running total to a day
(1月1日至12月23日) answers 截至…累计; a share of trade does not answer a share among firms; a month asked by its
keyword (开园 月份) asks a date; a scope word inside the name the question says (鄂州那个跨境电商产业园) narrows
nothing; departments and berths are counted as such; a plan's capacity is no phase's and a phase's no plan's;
a span of months after January (3月至5月) is asked as such."""
from __future__ import annotations

from conftest import facts_engine, first_line
from knowledge import Entity

RAIL = dict(entity="wuhan", topic="logistics", keywords=[], unit="列")


def test_a_streak_is_no_count_and_a_running_total_answers_to_date(store):
    engine = facts_engine(store, RAIL | dict(metric="streak", metric_zh="年度开行量", metric_en="yearly trains",
                                             value="连续三年突破千列", value_en="over 1,000 for three years running",
                                             period_zh="截至2031年12月", period_en="as of December 2031", period_start="",
                                             period_end="2031-12-25", statement_zh="武汉班列年开行量连续三年突破千列。",
                                             statement_en="Wuhan's trains passed 1,000 a year three years running."))
    assert "千列" not in first_line(engine, "2031年（截至12月23日）武汉班列累计开行了多少列？")
    store.add_fact(make_ytd(), "test")
    from bot import Engine
    assert "897" in first_line(Engine(store), "2031年（截至12月23日）武汉班列累计开行了多少列？")
    assert "千列" in first_line(Engine(store), "武汉班列年开行量连续几年突破千列？")


def make_ytd():
    from conftest import make_fact
    return make_fact(id="ytd", **RAIL | dict(metric="trains", metric_zh="班列开行列数", metric_en="trains run",
                                             value="897", value_en="897 trains", period_zh="2031年1月1日至12月23日",
                                             period_en="1 January to 23 December 2031", period_start="2031-01-01",
                                             period_end="2031-12-23", statement_zh="2031年1月1日至12月23日，武汉班列开行897列。",
                                             statement_en="Wuhan ran 897 trains from 1 January to 23 December 2031."))


def test_a_share_of_trade_is_no_share_among_firms(store):
    engine = facts_engine(store, dict(metric="private_share", metric_zh="民企进出口占全省外贸总值比重",
                                      metric_en="private firms imports and exports as a share of foreign trade total",
                                      value="超六成", unit="", value_en="over 60%", period_zh="2031年", period_en="2031",
                                      period_start="2031-01-01", period_end="2031-12-31", keywords=[],
                                      statement_zh="2031年，湖北民企进出口占全省外贸总值超六成。",
                                      statement_en="Private firms made over 60% of Hubei's trade in 2031."))
    for question in ("2031年湖北有进出口实绩的企业中民营企业占比多少？",
                     "What share of Hubei's trading firms were private firms in 2031?"):
        assert "六成" not in first_line(engine, question) and "60%" not in first_line(engine, question), question
    assert "六成" in first_line(engine, "2031年湖北民企进出口占全省外贸总值的比重是多少？")


def test_a_month_asked_by_keyword_and_a_scope_said_in_the_name(store):
    store.put_entity(Entity("ezhou", "region", "鄂州市", "Ezhou", ["鄂州"]), "test")
    store.put_entity(Entity("ez-cbec-park", "zone", "中国(鄂州)跨境电商产业园", "China (Ezhou) Cross-border "
                            "E-commerce Industrial Park", ["鄂州跨境电商产业园"]), "test")
    park = dict(entity="ez-cbec-park", topic="trade", keywords=[], period_zh="2031年", period_en="2031",
                period_start="2031-01-01", period_end="2031-12-31")
    engine = facts_engine(store,
                          park | dict(metric="opened", metric_zh="开园日期", metric_en="opening date", value="4月",
                                      unit="", value_en="April", period_zh="2031年4月", period_en="April 2031",
                                      period_start="2031-04-01", period_end="2031-04-30",
                                      statement_zh="中国(鄂州)跨境电商产业园2031年4月开园。",
                                      statement_en="The park opened in April 2031."),
                          park | dict(metric="firms", metric_zh="吸引企业注册数", metric_en="firms registered",
                                      value="371", unit="家", value_en="371 firms",
                                      statement_zh="中国(鄂州)跨境电商产业园已吸引371家企业注册。",
                                      statement_en="371 firms have registered in the park."),
                          dict(entity="ezhou", metric="cbec", metric_zh="跨境电商进出口额", metric_en="cross-border "
                               "e-commerce trade", value="281", unit="亿元", value_en="28.1 billion yuan", keywords=[],
                               topic="trade", period_zh="2031年1-9月", period_en="January-September 2031",
                               period_start="2031-01-01", period_end="2031-09-30",
                               statement_zh="2031年1-9月，鄂州跨境电商进出口281亿元。",
                               statement_en="Ezhou's cross-border e-commerce trade was 28.1 billion yuan."))
    said = first_line(engine, "鄂州 跨境电商产业园 开园 月份")
    assert "4月" in said and "281" not in said
    assert "371" in first_line(engine, "鄂州那个跨境电商产业园现在到底有多少家企业注册了啊？")


def test_departments_are_counted_as_such(store):
    engine = facts_engine(store, dict(metric="declarations", metric_zh="受理报关单据", metric_en="customs declarations",
                                      value="近31万", unit="票", value_en="nearly 310,000", keywords=["验收"],
                                      topic="trade", period_zh="截至2031年12月", period_en="as of December 2031",
                                      period_start="", period_end="2031-12-28",
                                      statement_zh="截至2031年12月，湖北某综保区受理报关单据近31万票。",
                                      statement_en="The zone handled nearly 310,000 declarations."))
    assert "31万" not in first_line(engine, "2031年湖北某综保区验收小组由多少个部门组成？")


def test_a_plan_is_no_phase_and_a_phase_no_plan(store):
    def cap(metric_zh: str, value: str) -> dict:
        return dict(entity="wuhan", metric=f"c{value}", metric_zh=metric_zh, metric_en=metric_zh, value=value,
                    unit="万吨", value_en=f"{value}0,000 tonnes", topic="logistics", keywords=[],
                    period_zh="截至2031年4月", period_en="as of April 2031", period_start="", period_end="2031-04-12",
                    statement_zh=f"截至2031年4月，武汉某港区{metric_zh}{value}万吨。", statement_en="A capacity.")
    engine = facts_engine(store, cap("规划设计年通过能力", "1750"))
    assert "1750" not in first_line(engine, "武汉某港区一期设计年通过能力是多少？")
    assert "1750" in first_line(engine, "武汉某港区规划设计年通过能力是多少？")


def test_berths_are_not_routes(store):
    store.put_entity(Entity("xh-port", "hub", "小河港", "Xiaohe Port", []), "test")
    engine = facts_engine(store, dict(entity="xh-port", metric="routes", metric_zh="航线数", metric_en="number of routes",
                                      value="11", unit="条", value_en="11", topic="logistics", keywords=[],
                                      period_zh="2031年3月至5月", period_en="March to May 2031",
                                      period_start="2031-03-01", period_end="2031-05-31",
                                      statement_zh="2031年3月至5月，小河港开通航线11条。",
                                      statement_en="Xiaohe Port opened 11 routes from March to May 2031."))
    assert "11" not in first_line(engine, "How many berths of phase one of Xiaohe port have been completed?")
    assert "11" in first_line(engine, "How many routes did Xiaohe port open from March to May 2031?")
    assert "11" not in first_line(engine, "How many routes did Xiaohe port open in May 2031?")
