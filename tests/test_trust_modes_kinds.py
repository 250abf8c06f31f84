"""From qsets74's first score (made-up figures): service trade, bonded logistics and cross-border e-commerce
(English too) are parts of all trade; a bare unit keyword (标准箱) asks that unit; domestic capital is not foreign
capital; tourists and visitors are not students; the present count is not the one before (此前)."""
from __future__ import annotations

from conftest import facts_engine, first_line

NOV = dict(period_zh="2031年1-11月", period_en="January-November 2031", period_start="2031-01-01",
           period_end="2031-11-30")
YEAR = dict(period_zh="2031年", period_en="2031", period_start="2031-01-01", period_end="2031-12-31")


def _fact(metric_zh: str, metric_en: str, value: str, unit: str, value_en: str, period: dict, **over) -> dict:
    return dict(metric=f"m-{value}", metric_zh=metric_zh, metric_en=metric_en, value=value, unit=unit,
                value_en=value_en, topic="trade", keywords=[], statement_zh=f"湖北{metric_zh}为{value}{unit}。",
                statement_en=f"Hubei's {metric_en}: {value_en}.", **period) | over


def test_trade_modes_are_parts_of_all_trade(store):
    engine = facts_engine(store, _fact("进出口总值", "total trade", "3611.2", "亿元", "361.12 billion yuan", NOV))
    for question in ("湖北2031年前11个月服务贸易进出口额是多少？", "湖北2031年前11个月以保税物流方式进出口多少？",
                     "What was the value of Hubei's cross-border e-commerce imports and exports in the first 11 "
                     "months of 2031?"):
        said = first_line(engine, question)
        assert "3611.2" not in said and "361.12" not in said, question
    assert "3611.2" in first_line(engine, "湖北2031年前11个月进出口总值是多少？")


def test_a_bare_unit_keyword_asks_that_unit(store):
    engine = facts_engine(store, _fact("班列开行日期", "train start date", "5月", "", "May",
                                       dict(period_zh="2031年5月", period_en="May 2031", period_start="2031-05-01",
                                            period_end="2031-05-31"), entity="wuhan", topic="logistics"))
    assert "5月" not in first_line(engine, "武汉 班列 2031年5月 标准箱")


def test_domestic_capital_tourists_and_the_present(store):
    engine = facts_engine(store,
                          _fact("实际使用外资", "foreign direct investment actually used", "4.1", "亿美元",
                                "410 million US dollars", YEAR, entity="wuhan", topic="investment"),
                          _fact("湖北籍学子赴台攻读学位数", "students studying in Taiwan", "210多", "名", "over 210",
                                YEAR),
                          _fact("此前有进出口实绩的企业数", "firms with trade records before", "331", "家", "331",
                                YEAR))
    assert "410" not in first_line(engine, "How much domestic capital did Wuhan actually utilize in 2031?")
    for question in ("2031年有多少湖北居民赴台湾旅游？", "2031年 how many 湖北居民 travelled to Taiwan?"):
        assert "210" not in first_line(engine, question), question
    assert "331" not in first_line(engine, "湖北现在有进出口实绩的外贸企业一共多少家？")
    assert "410" in first_line(engine, "How much foreign capital did Wuhan actually use in 2031?")
    assert "210" in first_line(engine, "2031年湖北有多少学子赴台攻读学位？")
