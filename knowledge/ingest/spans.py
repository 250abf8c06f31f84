"""The Walker's reading of periods: the span a figure belongs to, and the spans in force as it goes through the
article (the article's, a paragraph's)."""
from __future__ import annotations

import datetime as _dt
import re

from .fairs import Fair
from .figures import Figure, clause_start as _clause_start
from .periods import (ALL_TOLD, YEAR_RANGE, Period, as_of, clause_period, expected, find_period, until, whole_year,
                      year_to_day)
from .states import MOMENT, STATE_CUE, reach, timeless
from .subjects import detail_of, event_day, forecast_before
from .text import Sentence

_AS_OF_CUE = re.compile(ALL_TOLD + r"|目前|截至|至今|已|总数|共有|拥有|眼下|当前|现有|现在|如今|"
                        r"(?:\d+|[两三四五六七八九十]+)(?:多|余)?年(?:多|来)?以来")   # 开行6年多以来: all told
_STOCK_UNITS = ("个", "条", "项", "座", "种", "类", "大类", "批", "平方米", "万平方米", "平方公里", "米", "名", "位",
                "所", "户", "款", "套")

# A running total to a day (截至11月30日): with a year-on-year rate, from January to that day.
_UNTIL_DAY = re.compile(r"(?:截至|截止|截止到|到)(?:今年|\d{4}年)?\d{1,2}月\d{1,2}日[^。；]{0,60}$")
# A paragraph that goes on from the one before (此外，…; 其中，…): its span is still in force.
_GOES_ON = re.compile(r"(?:此外|另外|其中|与此同时|同时)[，,]")
# 特别是在第四季度，…, 其中去年11月…: a detail of the span in force, framing its own sentence only.
_DETAIL = re.compile(r"(?:特别是|尤其是|其中[，,]?)在?(?:今年|去年)?(?:第?[一二三四]季度|\d{1,2}月份?|上半年|下半年)")


# The whole year with no year of its own (经过下半年的爆发增长，全年出口增幅…): the paragraph's year.
_BARE_YEAR = re.compile(r"(?<![\d年今去当明本])全年(?![^，。；,;]*(?:\d{4}年|今年|去年|明年))")


# A year said earlier in the sentence (2011年…特点显著，…1、4月是波峰): the year of a list of months after it.
_YEAR_SAID = re.compile(r"(?<!\d)(?:19|20)\d\d年")

def _full_year(year: int) -> Period:
    """A year's whole, named as 全年 (2018年全年, 2018 full year)."""
    return Period(f"{year}年全年", f"{year} full year", f"{year}-01-01", f"{year}-12-31")


def _year_said(before: str, own: Period, ref: _dt.date) -> Period:
    """全年 after a year said earlier in the sentence (去年，…；全年出口…; 2018年…，全年…): that year's whole."""
    said = [m for m in re.finditer(r"(?<![比较])((?:19|20)\d\d)年|去年|上年|前年", before)]
    if not said or not own.start or own.start[:4] != str(ref.year):
        return own
    m = said[-1]
    year = int(m.group(1)) if m.group(1) else ref.year - (2 if m.group(0) == "前年" else 1)
    return own if year == ref.year else _full_year(year)


def _bare_year(words: str, before: str) -> bool:
    """Whether words name 全年 with no year, and the sentence before the figure names none either."""
    return bool(_BARE_YEAR.search(words)) and not re.search(r"\d{4}年|今年|去年|明年|当年|上年",
                                                             before.rsplit("全年", 1)[0]) \
        and not re.search(r"有望|预计|力争|计划|目标|将", before.rsplit("，", 1)[-1])   # 全年有望突破: this year


class SpansMixin:
    """Periods for the Walker: it keeps the article's, the paragraph's and the main figure's period in force."""

    ref: _dt.date
    fair: Fair
    para_period: tuple[int, Period] | None
    para_said: int
    article_period: Period | None
    main_period: Period | None
    main_para: int
    lead_period: Period | None

    def _new_paragraph(self, s: Sentence) -> None:
        """A paragraph's span stays in force in a paragraph that goes on from it (此外，…), not in others."""
        if self.para_period and self.para_period[0] != s.paragraph:
            self.para_period = (s.paragraph, self.para_period[1]) if _GOES_ON.match(s.text) else None

    def _follow_period(self, text: str, figs: list[Figure], paragraph: int) -> None:
        """After a sentence's figures: the span it names is in force in its paragraph and, unless it is a
        detail of the span held, beyond it."""
        period, _ = find_period(text, self.ref)
        if period is None and _AS_OF_CUE.search(text):
            period = as_of(self.ref)
        held = self.article_period
        if period and not period.start and period.end and held and held.start and held.end \
                and held.end == self.ref.isoformat() and held.start < period.end < held.end:
            self.article_period = until(held, period)     # 自去年4月以来…，截至9月底: to September
        day_of_event = event_day(period, text)
        if period and held and period.start == held.start and period.end == self.ref.isoformat() \
                and held.end and held.end < period.end and "以来" not in period.zh:
            period = held       # 今年 after 今年前2个月: the same year to date the article's figures cover
        if period and (period.start != period.end or day_of_event) and not _DETAIL.search(text):   # a state
            self.para_period = (paragraph, period)       # carries over in its paragraph, a span
            self.para_said = paragraph
            # beyond it, unless a figure's detail within the span in force (10月起 after 前11个月); a
            # period framing no figure of its own sentence frames what follows
            detail = figs and detail_of(period, self.article_period, self.lead_period, self.ref)
            if period.start and not day_of_event and not detail:
                self.article_period = period

    def _held_year(self, s: Sentence, period: Period | None) -> Period | None:
        """全年 with no year of its own in a paragraph about another year (2013年上半年…。经过下半年…，全年出口
        增幅…): that year's whole."""
        held = self.para_period[1] if self.para_period and self.para_period[0] == s.paragraph else None
        if not (period and period.start and held and held.start and held.end) \
                or held.start[:4] != held.end[:4] or held.start[:4] == period.start[:4]:
            return period                     # 2012年开行以来: no one year's part
        return _full_year(int(held.start[:4]))

    def _period(self, s: Sentence, text: str, fig: Figure) -> tuple[Period, float, str]:
        """A figure's period, with a confidence penalty and the reason when it was not stated."""
        clause = _clause_start(text, fig.start)
        words = fig.period_words
        if words and "年" not in words and (years := _YEAR_SAID.findall(text[:fig.start])):
            words = years[-1] + words                    # 2011年…，1、4月…分别为: 2011's months, not this year's
        listed, _ = find_period(words, self.ref) if words else (None, -1)
        if listed:                                       # 一、二季度…分别为: its own item of the list
            return listed, 0.0, ""
        years = sorted({int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)年", text[:fig.start])})
        if fig.kind == "growth" and re.search(r"年均|平均", fig.label) and len(years) >= 2:   # 2013年至2020年…年均
            return Period(f"{years[0]}-{years[-1]}年", f"{years[0]}-{years[-1]}", f"{years[0]}-01-01",
                          f"{years[-1]}-12-31"), 0.0, ""
        if re.search(r"(?:从|由)$", text[:fig.start]) and (span := [*YEAR_RANGE.finditer(text[:fig.start])]):
            return whole_year(int(span[-1].group(1))), 0.0, ""   # 2013年至2020年，…从168亿元增长至…: 2013's
        own = clause_period(text, clause, fig.start, self.ref)
        if own and _bare_year(text[clause:fig.start], text[:fig.start]):
            own = self._held_year(s, own)
        elif own and _BARE_YEAR.search(text[clause:fig.start]):
            own = _year_said(text[:clause], own, self.ref)     # 去年，…；全年茶叶出口1.2万吨: last year's whole
        if own and own != as_of(self.ref):               # its own clause names it: 今年出口额有望超过20亿元
            return self._expected(own, text[clause:fig.end], fig), 0.0, ""
        period, at = find_period(text[:fig.start], self.ref)
        period = _lead_again(text, fig.start, at, period, self.ref)
        if period and not period.start and fig.change is not None and "累计" in text[:fig.start] \
                and self.main_period and self.main_period.start and self.main_para == s.paragraph:
            period = self.main_period       # 1-4月实现营收…。…累计完成吞吐量X，同比增长13.1%: January-April's total
        if at >= 0 and _bare_year(text[:at], text[:fig.start]):
            period = self._held_year(s, period)
        elif period and at >= 0 and _BARE_YEAR.search(text[:at]):
            period = _year_said(text[:text.rfind("全年", 0, at)], period, self.ref)   # 去年…；全年…，出口总值…
        if forecast_before(text, fig.start, at, period, self.ref):
            period = None                                # 预计2028年投产…；另一家…投资1.5亿美元
        if period is None and (fair := self.fair.period(s.paragraph, s.text)):
            return fair, 0.0, ""                         # 本届进博会上，…搭建810平方米展区: that edition
        if period and period.start and period.end and fig.unit in ("家", "个") \
                and re.search(r"总量|总数", text[clause:fig.start]):           # 到10月，…总量达到310家: as of October
            return as_of(self.ref, min(_dt.date.fromisoformat(period.end), self.ref)), 0.05, \
                "a total: as of the end of the span named"
        if period and period.start and STATE_CUE.search(text[clause:fig.end]):
            return as_of(self.ref), 0.05, "a total or state: as of the article's date"   # 去年以来…，总数已达3家
        ahead = period is not None and (not period.end or period.end > self.ref.isoformat())
        if timeless(fig, text[clause:fig.end]) and not ahead:
            return as_of(self.ref), 0.05, "a duration or size: as of the article's date"
        stated = period is not None and not period.start and bool(period.end)     # 截至2026年底，…辐射40个国家
        # 1-10月向178个国家和地区出口医疗物资: that span's markets, not a reach as of the article's date
        exported = period is not None and period.start and _EXPORTED_TO.match(text, fig.end)
        if reach(fig, text[clause:fig.end]) and not ahead and not stated and not exported:
            return as_of(self.ref), 0.05, "markets reached or staff: as of the article's date"
        if period and period.start and period.start == period.end and fig.change is not None \
                and _UNTIL_DAY.search(text[:fig.start]):
            return year_to_day(period), 0.0, ""      # 截至11月30日，…累计完成…，同比增长…: January to that day
        if period:
            return self._expected(period, text[clause:fig.end], fig), 0.0, ""
        if re.search(r"同年|当年|同期", s.text[:fig.start]) and self.article_period:
            same = self.para_period[1] if self.para_period and self.para_period[0] == s.paragraph else None
            return same or self.article_period, 0.0, ""   # 同年，…海外仓105个: the year just named
        if _AS_OF_CUE.search(text[:fig.end]):
            return as_of(self.ref), 0.05, "as of the article's date (累计/目前)"
        if s.text.startswith("其中") and self.main_period and self.main_period.start \
                and (self.main_para == s.paragraph or self.para_said != s.paragraph):
            return self.main_period, 0.0, ""     # …523列，赶超去年全年455列。其中，去程286列: the 523's months
        if self.para_period and self.para_period[0] == s.paragraph:
            return self.para_period[1], 0.0, ""
        if MOMENT.search(s.text[:fig.start]):          # 首日就对接客户20余家: that day, not a year carried over
            return as_of(self.ref), 0.15, "a moment with no date of its own: taken as the article's date"
        if re.search(r"签约|签订|签下", s.text[:fig.start]) and "元" in fig.unit:
            return as_of(self.ref), 0.1, "deals signed with no period of their own: the article's date"
        if re.search(r"(?:该|本|此|这一)(?:工程|项目)(?:计划)?总投资(?:约|达|为)?$", text[clause:fig.start]):
            return as_of(self.ref), 0.05, "a project's total investment: as of the article's date"
        if self.article_period and (fig.unit not in _STOCK_UNITS or re.search(r"新设|新增|新签|新开|新备案", fig.label)):
            return self.article_period, 0.15, "period carried over from an earlier paragraph"
        if self.article_period:
            return as_of(self.ref), 0.15, "a count with no period of its own: as of the article's date"
        return as_of(self.ref), 0.2, "no period named: taken as the article's date"

    def _expected(self, period: Period, words: str, fig: Figure) -> Period:
        """An amount its own clause expects (有望, 预计…) is the whole year's forecast."""
        return expected(period, words, self.ref) if fig.kind == "amount" and fig.unit != "%" else period


_EXPORTED_TO = re.compile(r"(?:国家|和|地区|[()（）])*(?:出口|进口)")


def _lead_again(text: str, pos: int, at: int, period: Period | None, ref: _dt.date) -> Period | None:
    """The span a sentence opens with, again after a semicolon that ends a month singled out inside it
    (1至7月，…，7月工业增加值增幅为2.8%…；工业产品累计产销率95.81%: January to July's)."""
    cut = text.rfind("；", 0, pos)
    if period is None or cut < 0 or at > cut or not period.start or period.start[:7] != period.end[:7]:
        return period
    first = re.search(r"[，,]", text)
    lead, _ = find_period(text[:first.start()], ref) if first else (None, -1)
    if lead and lead.start and lead.end and lead.start[:7] < lead.end[:7] and lead.start <= period.start \
            and period.end <= lead.end:
        return lead
    return period
