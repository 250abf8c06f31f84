"""A repost dated after the story: a page dated in March whose story reports 今年前8月 cannot be this year's
(January-August is not over in March). Such a story is last year's, told on its latest day named (9月28日).
A page dated 2025 whose lead reports 去年 as 2013年, and names no later year than 2014, was told in 2014."""
from __future__ import annotations

import calendar
import datetime as _dt
import re

from .periods import EXPECTED

# This year's months reported as done: 今年前8月, 今年1-8月, 今年上半年, 今年前三季度.
_DONE = re.compile(r"今年(?:以来)?[，,]?(?:前(\d{1,2}|[一二三四五六七八九十]{1,2})个?月|1[-—至到](\d{1,2})月|"
                   r"(上半年)|(?:前三季度|1[-—至到]3季度)(?P<q3>))")
_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_ZH = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
       "十一": 11, "十二": 12}


def story_date(body: str, ref: _dt.date) -> _dt.date | None:
    """The day a reposted story was told, when its own months show the page's date is later than the story
    (None when nothing says so)."""
    months = []
    for m in _DONE.finditer(body):
        sentence = body[body.rfind("。", 0, m.start()) + 1:body.find("。", m.end()) % (len(body) + 1)]
        if EXPECTED.search(sentence):
            continue                                    # 预计今年前三季度…: a forecast, not a report
        n = m.group(1) or m.group(2)
        months.append(6 if m.group(3) else 9 if m.group("q3") is not None else
                      int(n) if n.isdigit() else _ZH.get(n, 0))
    last = max(months, default=0)
    if last <= ref.month or last > 12:
        return None
    year = ref.year - 1
    days = [(int(m), int(d)) for m, d in _DAY.findall(body) if 1 <= int(m) <= 12 and int(m) > last
            and 1 <= int(d) <= calendar.monthrange(year, int(m))[1]]
    if days:
        month, day = max(days)
        return _dt.date(year, month, day)
    month = min(last + 1, 12)
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")

# The day a story's lead says it was gathered (…讯 12月31日从…会议上获悉，今年以来…).
_LEAD_DAY = re.compile(r"^[^。]{0,40}?(?<![\d年])(\d{1,2})月(\d{1,2})日[^。]{0,30}?(?:获悉|了解到|得知|召开|举行|发布)")


def lead_day(body: str, ref: _dt.date) -> _dt.date | None:
    """The day in the lead a story was gathered, when its month is later than the page's (a page of 4 January
    gathering on 31 December: 今年 is the year before); None otherwise."""
    first = next((line for line in body.split("\n") if len(line.strip()) >= 30), "")     # the lead, not a title
    m = _LEAD_DAY.search(first)
    if not m or not ref.month < int(m.group(1)) <= 12:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    if not 1 <= day <= calendar.monthrange(ref.year - 1, month)[1]:
        return None
    return _dt.date(ref.year - 1, month, day)


def told_year(body: str, ref: _dt.date) -> _dt.date | None:
    """The year a reposted story was told when its lead calls a year long before the page's date 去年
    (去年湖北外贸…。…2013年湖北实现…): the year after it, on the page's month and day (None otherwise)."""
    lead = body[:body.find("。", body.find("。") + 1) + 1]     # the first two sentences
    years = [int(y) for y in _YEAR.findall(lead)]
    if "去年" not in lead or not years:
        return None
    last = max(years)
    if last + 2 > ref.year or any(int(y) > last + 1 for y in _YEAR.findall(body)):
        return None
    day = min(ref.day, calendar.monthrange(last + 1, ref.month)[1])
    return _dt.date(last + 1, ref.month, day)
