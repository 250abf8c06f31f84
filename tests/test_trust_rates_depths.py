"""Kinds of figure that answer nothing else (made-up figures, from the wrong answers of qsets66's first score):
a rate named by its own word (首创率) is not answered by a count (30项) or by another share (占比超过60%); a
depth asked (水深提升了多少, how deep) only by a length; a tonnage of foreign-trade cargo alone does not answer a
question on all cargo (武汉港货物吞吐量, Wuhan port's total cargo throughput); 多少座 never counts countries and
多少家 never counts countries, places or projects (国家数 40个 is no answer to 辐射多少座城市, typed 城使 too)."""
from __future__ import annotations

from conftest import facts_engine, first_line



def _engine(store, *facts):
    return facts_engine(store, *({"topic": "policy", **over} for over in facts))


H1 = dict(period_zh="2031年上半年", period_en="first half of 2031", period_start="2031-01-01",
          period_end="2031-06-30")
ASOF = dict(period_zh="截至2031年7月", period_en="as of July 2031", period_start="", period_end="2031-07-31")


def test_a_rate_named_is_not_a_count_nor_another_share(store):
    engine = _engine(store,
                     dict(metric="replicated", metric_zh="在全国复制推广的制度创新成果数",
                          metric_en="institutional innovations replicated nationwide", value="27", unit="项",
                          value_en="27 innovations", statement_zh="截至2031年7月，湖北有27项制度创新成果在全国复制推广。",
                          statement_en="As of July 2031, 27 of Hubei's innovations were replicated nationwide.",
                          **ASOF),
                     dict(metric="integrated_share", metric_zh="制度集成创新累计占比", metric_en="share of integrated innovations",
                          value="超过60", unit="%", value_en="over 60%",
                          statement_zh="截至2031年7月，湖北制度集成创新累计占比超过60%。",
                          statement_en="As of July 2031, integrated innovations were over 60% of Hubei's.", **ASOF))
    for question in ("湖北制度创新成果的首创率是多少？", "湖北 首创率 制度创新"):
        assert not engine.answer(question).found, question
    assert "27" in first_line(engine, "湖北有多少项制度创新成果在全国复制推广？")
    assert "60" in first_line(engine, "湖北制度集成创新累计占比是多少？")


def test_a_rate_held_answers_its_rate_and_a_typo_of_growth_is_no_rate(store):
    engine = _engine(store,
                     dict(metric="first_rate", metric_zh="制度创新成果首创率", metric_en="first-of-its-kind rate",
                          value="83", unit="%", value_en="83%", statement_zh="截至2031年7月，湖北制度创新成果首创率为83%。",
                          statement_en="As of July 2031, 83% of Hubei's innovations were firsts.", **ASOF),
                     dict(metric="cagr", metric_zh="出口比例年均复合增长率", metric_en="compound growth of the export ratio",
                          value="20", unit="%", value_en="20%", statement_zh="近年湖北出口比例年均复合增长约20%。",
                          statement_en="Hubei's export ratio grew about 20% a year.", **ASOF))
    assert "83" in first_line(engine, "湖北制度创新成果的首创率是多少？")
    assert "20" in first_line(engine, "湖北出口比例年均复合增涨率大概多少？")


def test_a_depth_asked_is_answered_by_a_length_only(engine):
    """The curated base holds the ship class reaching Wuhan (万吨级) and the channel's depth (6米)."""
    assert "10,000" not in first_line(engine, "By how much was the navigable water depth of the Yangtze trunk "
                                              "channel raised?")
    assert "6" in first_line(engine, "How deep is the Wuhan-Anqing section of the Yangtze channel?")
    assert "万吨" in first_line(engine, "长江武汉至安庆段6米水深航道建成后多大的船可以常年直达武汉？")


def test_foreign_trade_cargo_is_not_all_cargo(store):
    engine = _engine(store,
                     dict(metric="ft_cargo", metric_zh="外贸货物吞吐量", metric_en="foreign-trade cargo throughput",
                          value="531", unit="万吨", value_en="5.31 million tonnes", entity="wuhan", topic="logistics",
                          statement_zh="2031年上半年，武汉外贸货物吞吐量为531万吨。",
                          statement_en="Wuhan handled 5.31 million tonnes of foreign-trade cargo in H1 2031.", **H1))
    for question in ("武汉港2031年上半年货物吞吐量是多少？", "What was Wuhan port's total cargo throughput in the first half of 2031?"):
        assert "531" not in first_line(engine, question), question
    assert "531" in first_line(engine, "武汉港2031年上半年外贸货物吞吐量是多少？")
    assert "5.31" in first_line(engine, "What was Wuhan's foreign-trade cargo throughput in the first half of 2031?")


def test_a_measure_word_never_counts_some_things(store):
    engine = _engine(store,
                     dict(metric="countries", metric_zh="辐射国家数", metric_en="countries reached", value="40", unit="个",
                          value_en="40 countries", entity="wuhan", statement_zh="截至2031年7月，武汉班列辐射40个国家。",
                          statement_en="As of July 2031, Wuhan's trains reached 40 countries.", **ASOF))
    for question in ("武汉班列辐射多少座城市？", "武汉班列辐射欧亚大陆多少座城使？", "武汉班列辐射了多少家企业？"):
        assert "40" not in first_line(engine, question), question
    assert "40" in first_line(engine, "武汉班列辐射多少个国家？")
