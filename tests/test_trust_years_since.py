"""From heldout32-33's first score (made-up figures): a year in two digits (31年前三季度) is that year; a month
when something began (自2031年8月开园以来, registered in February 2031) is no month alone asked; 市场主题 (a typo
of 市场主体) followed by its count asks no theme; contributing data to a system is no contribution to growth; and
多少钱 finds an export figure whatever words the base uses for money (which grew faster: test_trust_margins.py)."""
from __future__ import annotations

from bot.periods import parse_period
from bot.wording import read_asked
from conftest import facts_engine, first_line, wuhan_fact as _fact
from knowledge import Entity

H1 = dict(period_zh="2031年上半年", period_en="H1 2031", period_start="2031-01-01", period_end="2031-06-30")
Q1_Q3 = dict(period_zh="2031年前三季度", period_en="Q1-Q3 2031", period_start="2031-01-01", period_end="2031-09-30")


def test_a_year_in_two_digits_is_that_year():
    assert parse_period("武汉31年前3季度进出口总额").years == (2031,)
    assert parse_period("武汉31年前3季度进出口总额").spans == (9,)
    assert parse_period("24年上半年出口").years == (2024,)
    assert parse_period("25年1-11月进出口").years == (2025,)
    assert parse_period("开通11年前的运量").years == ()        # eleven years ago: no year named


def test_a_year_in_two_digits_is_asked_as_such(store):
    engine = facts_engine(store, _fact("进出口总额", "total trade", "2345.6", "亿元", "234.56 billion yuan", Q1_Q3))
    assert "2345.6" in first_line(engine, "武汉31年前三季度进出口总额是多少？")
    assert "2345.6" not in first_line(engine, "武汉30年前三季度进出口总额是多少来着？")


def test_a_month_when_something_began_is_no_month_asked():
    assert parse_period("某园区自2031年8月开园以来累计接待了多少人").month is None
    assert parse_period("某公司2031年2月成立后出口了多少").month is None
    assert parse_period("mou trading was registered in feb 2031 - how much had it exported").month is None
    assert parse_period("2031年8月出口了多少").month == 8
    assert parse_period("how much did it export in feb 2031").month == 2


def test_a_total_since_an_opening_month_answers(store):
    store.put_entity(Entity("mou-park", "hub", "某科技园区", "Mou Tech Park", ["某科技园区"]), "test")
    since = dict(period_zh="2031年8月至2032年7月", period_en="August 2031 to July 2032", period_start="2031-08-01",
                 period_end="2032-07-31")
    engine = facts_engine(store, _fact("园区累计接待参观者人数", "visitors received since opening", "6543", "人",
                                       "6,543 visitors", since, entity="mou-park", topic="industry"))
    assert "6543" in first_line(engine, "某科技园区自2031年8月开园以来累计接待了多少人？")
    assert "6,543" in first_line(engine, "How many visitors has Mou Tech Park received since it opened in "
                                         "August 2031?")


def test_a_count_of_market_entities_typed_as_a_theme(store):
    asof = dict(period_zh="截至2031年5月底", period_en="as of end-May 2031", period_start="",
                period_end="2031-05-31")
    engine = facts_engine(store, _fact("市场主体总数增速", "growth of market entities", "13.4", "%", "13.4%", asof,
                                       change_zh="同比增长13.4%", change_en="up 13.4% year on year"))
    assert "13.4" in first_line(engine, "截止2031年5月底武汉市场主题总量同比增长多少？")
    assert "13.4" not in first_line(engine, "武汉那次论坛的主题是什么？")


def test_data_contributed_to_a_system_is_no_contribution_to_growth():
    assert not read_asked("how many financial institutions in wuhan contribute credit data to the system?").contributes
    assert read_asked("how many percentage points did exports contribute to trade growth?").contributes
    assert read_asked("出口对外贸增长的贡献率是多少").contributes


def test_how_much_money_finds_an_export_figure(store):
    store.put_entity(Entity("mou-firm", "firm", "某贸易公司", "Mou Trading", ["某贸易公司"]), "test")
    engine = facts_engine(store,
                          _fact("出口", "exports", "1234.5", "亿元", "123.45 billion yuan", H1),
                          _fact("成立以来出口金额", "exports since founding", "2", "亿元", "200 million yuan", H1,
                                entity="mou-firm", topic="firm"),
                          _fact("横向合作金额", "cooperation contracts", "3", "亿元", "300 million yuan", H1,
                                entity="mou-firm", topic="firm"))
    assert "1234.5" in first_line(engine, "武汉31年上半年出口了多少钱？")


def test_that_year_typed_for_which_year_asks_a_date_and_pulled_up_asks_a_contribution():
    from bot.lexicon import ASK_DATE

    assert ASK_DATE.search("某钛公司是那一年成立的？")
    assert not ASK_DATE.search("它成立那一年出口了多少？")
    assert read_asked("湖北跟一带一路国家做生意，给全省外贸增速拉高了几个点？").contributes
    from bot.lexicon import ASK_RANK

    assert ASK_RANK.search("某芝麻车规级芯片出货量全球排地几？")       # 地 typed for 第
