"""Who published an article and under what title, read from its first lines when the publication is not
in our list: a short name before the date, a dateline of any wire, site or station, the paper's own credit.
All texts are made up; the publications' names are invented so that only the shape can find them."""
from __future__ import annotations

import pytest

from knowledge import FactStore
from knowledge.ingest import read_article
from knowledge.ingest.masthead import find_publication

BODY = "今年一季度，湖北進出口總值1111.1億元，按年增長2.2%。"


@pytest.mark.parametrize("head, expected", [
    ("云梦晚报 2031-05-09\n\n", "云梦晚报"),                            # a name alone before the date
    ("云梦晚報 2031年5月9日 第04版\n\n", "云梦晚报"),                     # traditional, with a page
    ("江汉融媒 2031-05\n\n", "江汉融媒"),                              # a month alone
    ("江汉融媒 2031-05（5月8日发布数据后）\n\n", "江汉融媒"),             # a month and a note on the day
    ("云梦网武汉5月9日消息（记者 王五）", "云梦网"),                     # a site's dateline, 消息
    ("据云梦社武汉5月9日电 ", "云梦社"),                               # 据…电
    ("云梦晚报 2031-05-09\n\n云梦晚報訊（記者 趙六）", "云梦晚报"),
    ("2031-05-09\n\n云梦晚報訊（記者 趙六）", "云梦晚报"),                # the paper's own credit
])
def test_a_publication_not_listed_is_read_from_the_shape_of_its_lines(store: FactStore, head, expected):
    reading = read_article(head + BODY, store)
    assert reading.source["publication_zh"] == expected
    assert not any("publication" in w for w in reading.warnings)


@pytest.mark.parametrize("lines", [
    ["2031年5月9日 星期五", "武汉2031年1-4月外贸进出口增长", BODY],          # a date line and a headline
    ["发布时间：2031-05-09", BODY],
    ["截至2031年4月", BODY],
])
def test_a_date_line_or_a_headline_with_a_year_names_no_publication(lines):
    assert find_publication(lines) is None


def test_a_listed_name_is_kept_ahead_of_a_shape(store: FactStore):
    reading = read_article("云梦晚报 2031-05-09\n\n来源：湖北日报\n\n" + BODY, store)
    assert reading.source["publication_zh"] == "湖北日报"


@pytest.mark.parametrize("head, title", [
    # a credit's 讯 inside the byline (通讯员) does not cut the lead that stands as the title
    ("云梦网 2031-05-09\n\n云梦网讯(记者张三通讯员李四)5月9日，某县召开外贸工作会议。", "5月9日，某县召开外贸工作会议"),
    # a dateline is cut at its own 电, never at 跨境电商's
    ("云梦网 2031-05-09\n\n云梦网武汉5月9日电 2030年湖北跨境电商进出口额达12.3亿元。", "2030年湖北跨境电商进出口额达12.3亿元"),
])
def test_a_story_without_a_headline_takes_its_lead_as_title(store: FactStore, head, title):
    reading = read_article(head, store)
    assert reading.source["title"] == title


@pytest.mark.parametrize("head, date", [("湖北日报 2018年11月 (某网转载)", "2018-11"), ("长江日报 2024年7月", "2024-07"),
                                        ("江汉融媒 2031-05（5月8日省统计局发布一季度数据后）", "2031-05"),
                                        ("今年前11个月湖北进出口总值创2022年9月以来新高。", None)])
def test_a_masthead_with_a_month_alone_dates_the_article(head, date):
    from knowledge.ingest.masthead import find_date
    assert find_date([head], head)[0] == date


@pytest.mark.parametrize("head, date", [
    ("湖北日报 2031年5月9日（某某网湖北频道转载，https://example.org/2031-05-09/abcdef0123456789abcdef.html）",
     "2031-05-09"),
    ("江汉融媒 2031年5月（江汉融媒讯，记者王五，报道5月8日事；转载页 http://example.org/news/2031/0509/1.html）",
     "2031-05")])
def test_a_long_note_after_the_masthead_date_is_set_aside(head, date):
    from knowledge.ingest.masthead import find_date
    assert find_date([head], head)[0] == date


def test_a_masthead_line_with_a_time_is_not_read_into_the_title_under_it(store: FactStore):
    """长江日报 2031-10-16 08:44:00 over a title without a full stop: the paper's name and the time are no
    part of the title's figure, and the lead's figure keeps the plain trade metric; 某报融媒体10月15日讯 is
    the paper's credit."""
    text = ("长江日报 2031-10-16 08:44:00\n9月份云梦外贸进出口值达33.2亿元,创年内新高\n"
            "  长江日报融媒体10月15日讯(记者王五)今年前三季度云梦县进出口值246.8亿元人民币,增长7.8%。\n")
    reading = read_article(text, store)
    got = {p.fact["value"]: p.fact for p in reading.proposals}
    assert "246.8" in got and "33.2" in got, list(got)
    for fact in got.values():
        assert "长江日报" not in fact["metric_zh"] and "2031" not in fact["metric_zh"], fact["metric_zh"]
    assert got["33.2"]["period_start"] == "2031-09-01" and got["246.8"]["period_end"] == "2031-09-30"
