"""A fair's current edition as a period: figures said of 本届进博会 (the firms going, the pavilion's size,
the exhibits shown) are of that edition, not of the quarter the article opened with."""
from __future__ import annotations

import datetime as _dt
import re

from ..glossary import FAIRS_EN
from .periods import MONTHS_EN, Period, find_period

# Long names and the short ones people use (中国国际进口博览会 is the 进博会).
_SHORT = {"中国国际进口博览会": "进博会", "进口博览会": "进博会", "中国进出口商品交易会": "广交会",
          "中国国际服务贸易交易会": "服贸会", "中国国际消费品博览会": "消博会", "中国—东盟博览会": "东博会",
          "中国-东盟博览会": "东博会", "中国国际供应链促进博览会": "链博会", "中国国际投资贸易洽谈会": "投洽会"}
_FAIR = "(?:" + "|".join(map(re.escape, sorted({*_SHORT, *FAIRS_EN}, key=len, reverse=True))) + \
    r"|[\u4e00-\u9fff]{2,12}?(?:博览会|交易会|展览会|洽谈会))"
_NUM = r"[一二三四五六七八九十百\d]{1,5}"
_EDITION = re.compile(rf"第({_NUM})届({_FAIR})")
# The edition being held: 本届进博会上, 此次广交会, 即将到来的第七届…博览会 (not 上届, not 去年的).
_THIS = re.compile(rf"(?:本届|本次|此次|这届|这次|即将(?:到来|开幕|召开|举办|举行)的)(?:第{_NUM}届)?({_FAIR})")
# A sentence going on about the fair just named: 届时…, 展会现场…, 展区内…, 会上…
_GOING_ON = re.compile(r"^(?:届时|展会(?:现场|期间)|现场|展区(?:内|里)?|展会上|会上|会期)")
# A meeting named with the day it was held (在11月3日举行的2020荆门(杭州)经贸合作洽谈会上, …洽谈会于5月8日开幕), and a
# later clause going back to it by its kind (据了解，洽谈会上共有50个项目集中签约): the figures are that day's.
_KINDS = r"洽谈会|推介会|招商会|对接会|恳谈会|博览会|交易会|展览会|论坛|峰会"
_HELD = re.compile(rf"(\d{{1,2}}月\d{{1,2}}日)(?:在[\u4e00-\u9fff]{{2,12}})?(?:举行|举办|召开|开幕)的[^，。；]{{2,40}}?({_KINDS})"
                   rf"|({_KINDS})(?:于|在)(\d{{1,2}}月\d{{1,2}}日)(?:在[\u4e00-\u9fff]{{2,12}})?(?:举行|举办|召开|开幕)")
_BACK_TO = re.compile(rf"^(?:(?:据了解|据悉|据介绍|另据统计|据统计|此外|同时)[，,]?)?({_KINDS})(?:上|期间|现场)")


def _short(name: str) -> str:
    """The short name of a fair (中国国际进口博览会 -> 进博会)."""
    return _SHORT.get(name, name)


class Fair:
    """The fair edition in force while an article walks its sentences."""

    def __init__(self, ref: _dt.date):
        self.ref = ref
        self.editions: dict[str, str] = {}          # short name -> 第七届
        self.current: tuple[int, Period] | None = None
        self.held: dict[str, Period] = {}          # a kind of meeting (洽谈会) -> the day the article's was held

    def see(self, text: str, paragraph: int) -> None:
        """Note the editions a sentence names and whether it speaks of the fair being held; a new paragraph
        that does not go on about the fair ends it."""
        for m in _EDITION.finditer(text):
            self.editions.setdefault(_short(m.group(2)), f"第{m.group(1)}届")
        for m in _HELD.finditer(text):
            day, _ = find_period(m.group(1) or m.group(4), self.ref)
            if day and day.start and day.start == day.end:
                self.held.setdefault(m.group(2) or m.group(3), day)
        this = _THIS.search(text)
        if this:
            self.current = (paragraph, self._period(_short(this.group(1))))
        elif self.current and self.current[0] != paragraph:
            self.current = (paragraph, self.current[1]) if _GOING_ON.match(text) else None

    def period(self, paragraph: int, sentence: str = "") -> Period | None:
        """The edition's period for a figure of a sentence in the paragraph that speaks of the fair; the day
        a meeting was held for a sentence going back to it (洽谈会上…)."""
        if self.current and self.current[0] == paragraph:
            return self.current[1]
        back = _BACK_TO.match(sentence)
        return self.held.get(back.group(1)) if back else None

    def _period(self, short: str) -> Period:
        """An edition in the article's month: 第七届进博会（2024年11月）."""
        y, m = self.ref.year, self.ref.month
        edition = self.editions.get(short, "")
        last = (_dt.date(y + (m == 12), m % 12 + 1, 1) - _dt.timedelta(days=1)).day
        en_name = FAIRS_EN.get(short, "the fair")
        ordinal = _ordinal(edition)
        en = f"{ordinal + ' ' if ordinal else ''}{en_name} ({MONTHS_EN[m - 1]} {y})"
        return Period(f"{edition}{short}（{y}年{m}月）", en, f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last:02d}")


_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _ordinal(edition: str) -> str:
    """第七届 -> 7th, 第135届 -> 135th; '' when there is none."""
    m = re.fullmatch(r"第(.+)届", edition)
    if not m:
        return ""
    digits = m.group(1)
    if digits.isdigit():
        n = int(digits)
    else:
        tens, _, ones = digits.partition("十")
        n = (_CN.get(tens, 1) * 10 + _CN.get(ones, 0)) if "十" in digits else _CN.get(digits, 0)
        if not n or "百" in digits:
            return ""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
