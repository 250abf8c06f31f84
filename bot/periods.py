"""Periods in questions ("前11个月", "H1 2024", "2025") and whether a fact's period fits them."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from knowledge.year_parts import PART_END_MONTH

from .asides import blank, said_spans, source_spans

_EN_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_MONTH_WORD = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"

# Word edges are ASCII ones (re.A): "2025年q3单季度" names Q3 although 年 and 单 are letters to Unicode.
_SPANS = [
    (re.compile(r"(?:前|头|1-|1月-|1月至|1月到|1到|1至)(\d{1,2})(?:个)?月"), None),
    (re.compile(r"上半年|\bh1\b|\b1h\b|first half|first six months|first 6 months", re.A), 6),
    (re.compile(r"[前钱]3(?:个)?季度|1-3季度|first three quarters|first 3 quarters|\bq1\s*-\s*q?3\b|\b1-3q\b|"
                r"\bq1\s*(?:to|through)\s*q3\b", re.A), 9),
    (re.compile(r"(?<!前)(?<!\d)第?1季度|一季度|first quarter|\bq1\b(?!\s*(?:-|to|through))", re.A), 3),
    (re.compile(r"全年|整年|full[ -]year|whole[ -]year|entire year|"
                r"(?:all|whole|entirety) of (?:19|20)\d\d"), 12),
]
# One quarter alone (Q3, 第三季度, the third quarter): only that quarter's figure answers, not the
# year to date. The first quarter is the span of January to March above.
_QUARTER = re.compile(r"(?<![-\w])(?<!to )(?<!through )q([234])\b(?!\s*(?:-|to\b|through\b))|"
                      r"\b(second|third|fourth) quarter|第([二三四234])季度|(?<![前钱头\d-])([二三四234])季度", re.A)
_BOTH = re.compile(r"[和与及跟同比或、,]|还是|\b(?:and|or|vs|versus|compared|than)\b")     # two periods, each its own
_QUARTER_WORDS = {"2": 2, "3": 3, "4": 4, "second": 2, "third": 3, "fourth": 4, "二": 2, "三": 3, "四": 4}
_EN_FIRST_N = re.compile(r"first (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                         r"months")
_EN_RANGE = re.compile(_MONTH_WORD + r"\s*(?:-|to|through|thru|until)\s*" + _MONTH_WORD)
# Months from one to another within a year (3月至5月, 2022年3-5月); from January it is a span to date (1-5月).
_MONTH_RANGE = re.compile(r"(?<![\d-])(\d{1,2})月?(?:至|到|-|—|–|~|～)(\d{1,2})月")
_ONE_MONTH = re.compile(r"(?<![\d-])(\d{1,2})月(?:份|单月|当月|(?=呢|\s*[?？]?$))|(?<![\d-])(\d{1,2})月的?单月|"
                        r"(?<=\d年)(\d{1,2})月(?!\d|底|末|初|以来|中(?!欧|国|老|亚|东)|上旬|中旬|下旬)")   # 2月中欧班列
# A state at a month's end: 截至2025年3月底, as of March 2025, by the end of March 2025.
_AS_OF = re.compile(r"截[至止]\s*(?:\d{4}\s*年)?\s*(\d{1,2})\s*月(?!\d)|"
                    r"\b(?:as of|as at|by the end of|at the end of|by|until|till|by end-?)\s+"
                    r"(january|february|march|april|may|june|july|august|september|october|november|"
                    r"december)\b")
_AS_OF_PART = re.compile(r"(?:截[至止]|(?=到\s*(?:\d{4}\s*年)?\s*(?:第?[一1]季度|上半年|前[三3]季度)(?:末|底)?为止)到)"
                         r"\s*(?:\d{4}\s*年)?\s*(一季度|第一季度|1季度|第1季度|上半年|前三季度|前3季度)(?:末|底)?")
# A state said at the end of a part of the year (截至2013年上半年): it answers that part asked of the year.
_STATE_AT_PART = {3: r"一季度|1季度", 6: r"上半年|二季度", 9: r"前三季度|三季度"}
_PART_END = {**PART_END_MONTH, "first quarter": 3, "q1": 3, "first half": 6, "h1": 6,
             "first three quarters": 9}
_AS_OF_PART_EN = re.compile(r"\b(?:as of|as at|by) (?:the end of )?(?:the )?(first quarter|q1|first half|h1|"
                            r"first three quarters)\b")
# The second half of a year (下半年, H2): only a figure for July-December answers it.
# One month alone in English: 'in October 2025', 'for December', 'October 2025 alone' (not 'by October',
# 'end of October', a day 'May 28', nor a range 'January-November').
_EN_ONE_MONTH = re.compile(r"\b(?:in|for|during)\s+(?:the month of\s+)?(?:(january|february|march|april|june|"
                          r"july|august|september|october|november|december)|"
                          r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s+(?:of\s+)?20\d\d))"
                          r"(?!\s*(?:-|–|to\b|through\b|thru\b|until\b|\d{1,2}\b))")
# A month when something began (自2023年8月开园以来, 2024年2月注册成立, registered in Feb 2024): no month alone asked.
_SINCE_BEFORE = re.compile(r"(?:自|从|自从)\s*\d{4}年$")
_OPENED_AFTER = re.compile(r"(?:份)?(?:正式|注册)?(?:成立|注册|设立|开园|开业|揭牌|挂牌|授牌|投产|开通|启用|开工)")
_EN_OPENED = re.compile(r"\b(?:registered|founded|established|set up|opened|launched|incorporated|started|"
                        r"licensed|inaugurated|unveiled|accredited|awarded|"
                        r"began|since|after)\s*$")
# One day named in English (on 27 December 2018, on December 27, 2018): its month.
_MONTH_NAMES = r"january|february|march|april|may|june|july|august|september|october|november|december"
_EN_DAY = re.compile(rf"\bon\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+({_MONTH_NAMES})|({_MONTH_NAMES})\s+"
                     r"\d{1,2}(?:st|nd|rd|th)?),?\s+20\d\d")
_SECOND_HALF = re.compile(r"下半年|\bh2\b|\b2h\b|second half|last six months of")
# A period named as what a figure is compared with (比上半年加快, faster than in H1, 比2025年同期): not the one asked.
_REFERENCE = re.compile(r"(?:比|较|相比|相较于?|\bthan(?: in)?|compared (?:with|to))\s*(?:上半年|\bh1\b|"
                        r"the first half|[前钱头]\d{1,2}个?月|[一1]季度|\bq1\b)|"
                        r"(?:比|较)\s*20[0-4]\d\s*年\s*同期|"
                        r"\bthan (?:in |the same period (?:of|in) )?20[0-4]\d\b")
_YEAR = re.compile(r"(?<!\d)(20[0-4]\d|19[5-9]\d)(?!\d)")
# A five-year plan (十四五, the 14th Five-Year Plan): its years together, not any one of them.
_PLAN = re.compile(r"[“\"]?十([一二三四五])五[”\"]?(?:规划)?(?:期间|时期|以来)?|"
                   r"\b(1[1-5])th five[- ]year plan(?: period)?", re.A)
_PLAN_NUMBERS = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15}
REPORT_MONTHS = 2       # a one-day event this many months after a span may still be about it (a release)
# Words of a state reached by a day, not of what happened that day (a November milestone does not answer Q1).
_STANDING = re.compile(r"累计|以来|能力|\bcumulative|\bsince\b|\bcapacity|\bin total\b|\ball told\b")
_LATEST = re.compile(r"今年|目前|现在|最新|当前|截至目前|迄今|至今|this year|latest|so far|currently|now\b|to date")


@dataclass(frozen=True)
class QueryPeriod:
    years: tuple[int, ...] = ()
    through_month: int | None = None     # a span from January to this month
    latest: bool = False
    spans: tuple[int, ...] = field(default=())
    month: int | None = None            # one month alone (12月单月, 12月份)
    quarter: int | None = None          # one quarter alone (Q3, 第三季度)
    second_half: bool = False           # July to December (下半年, H2)
    as_of: int | None = None            # a state at the end of this month (截至3月底, as of March)
    plan: tuple[int, int] | None = None  # a five-year plan's years (十四五: 2021-2025)
    months: tuple[int, int] | None = None  # from a month after January to a later one (3月至5月, March-May)
    day_in: int | None = None           # the month of a day named (on 27 December 2018): not a month alone

    @property
    def explicit(self) -> bool:
        return bool(self.years or self.through_month or self.month or self.quarter or self.second_half
                    or self.plan or self.months)


_SHORT = re.compile(r"\b(?:1h|h1)\s?'?(2\d)\b|\b9m\s?'?(2\d)\b|\b9m\s(20\d\d)\b|"
                    r"\b(?:q1-3|q1-q3)\s?'?(2\d)\b")


# A year in two digits before a part of it (23年前三季度, 24年上半年, 25年1-11月): 2023... (not 11年前, years ago).
_TWO_DIGIT_YEAR = re.compile(r"(?<![\d.])([0-4]\d)年(?=(?:前|头)(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月|"
                             r"[前钱头]?[三3]季度|[上下]半年|全年|第?[一二三四1-4]季度|1?\d月|[底末]|1[-—至到])")


def _expand_short(text: str) -> str:
    """Analysts' shorthand: 1H24 -> h1 2024, 9M 2024 / 9M24 -> first three quarters of 2024; 23年前三季度 ->
    2023年前三季度."""
    text = _TWO_DIGIT_YEAR.sub(r"20\1年", text)
    def repl(m: re.Match) -> str:
        if m.group(1):
            return f"h1 20{m.group(1)}"
        if m.group(2) or m.group(3):
            year = m.group(3) or f"20{m.group(2)}"
            return f"first three quarters of {year}"
        return f"first three quarters of 20{m.group(4)}"
    return _SHORT.sub(repl, text)


# A figure stated in an earlier clause ('revenue grew 24.29% in Q1-Q3; what was the Q3 growth?'): the
# asking clause's own period is the one asked. A dash before a question word ends a clause too (… in 2023 —
# what was …).
_CLAUSES = re.compile(r"[。；;!?？！，,]|\.(?!\d)|——|"
                      r"\s+[-—–]+\s+(?=(?:\w+\s+){0,2}(?:what|how|which|when|where|who)\b)")
_STATED = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|亿|万|元|家|列|条|个|percent|billion|million|trains|firms)")


_ASKING = re.compile(r"\b(?:what|how|which|when|where|who)\b|多少|几|哪|什么|吗|呢")


def asking_clause(text: str) -> tuple[str, str]:
    """(the clause that asks, the clauses before it): the last clause with a question word, else the last."""
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    if not clauses:
        return text, ""
    at = max((k for k, c in enumerate(clauses) if _ASKING.search(c)), default=len(clauses) - 1)
    return clauses[at], " ".join(clauses[:at])


def parse_period(text: str) -> QueryPeriod:
    """Read the period a normalised question asks about (not one it compares with: 比上半年, nor one of a
    figure an earlier clause states, nor the date of the source it cites when it names a period of its
    own: 据2024年1月的报道，2023年…)."""
    cited = source_spans(text)
    if cited and _parse_period(blank(text, cited)).explicit:
        text = blank(text, cited)
    said = said_spans(text)         # the CEO who talked of 60 countries by 2030: not the period asked
    text = blank(text, said) if said else text
    clause, before = asking_clause(text)
    if _STATED.search(before):
        asked = _parse_period(clause)
        if asked.spans or asked.quarter or asked.month or asked.second_half:
            years = asked.years or _parse_period(text).years
            return QueryPeriod(years, asked.through_month, asked.latest, asked.spans, asked.month,
                               asked.quarter, asked.second_half)
    return _parse_period(text)


# 'its first half year', 'their first six months': an age (since it was set up), not a calendar period.
_OWN_AGE = re.compile(r"\b(?:its|their|his|her)\s+first\s+"
                      r"(?:half[- ]?year|half a year|six months|6 months|year)\b")


def _parse_period(text: str) -> QueryPeriod:
    text = _OWN_AGE.sub(" ", _REFERENCE.sub(" ", _expand_short(text)))
    years = tuple(sorted({int(y) for y in _YEAR.findall(text)}))
    part = _AS_OF_PART.search(text) or _AS_OF_PART_EN.search(text)   # 截至2008年一季度: at March's end
    if part:                                    # (not the quarter itself)
        text = text[:part.start(1)] + " " + text[part.end(1):]
    spans: list[int] = []
    span_end = 0
    for pattern, months in _SPANS:
        for m in pattern.finditer(text):
            value = months if months is not None else int(m.group(1))
            if 1 <= value <= 12:
                spans.append(value)
                span_end = max(span_end, m.end())
    for m in _EN_FIRST_N.finditer(text):
        word = m.group(1)
        value = int(word) if word.isdigit() else _EN_NUMBERS[word]
        if 1 <= value <= 12:
            spans.append(value)
    between = None
    for m in _EN_RANGE.finditer(text):
        if m.group(1) == "jan":
            spans.append(_EN_MONTHS[m.group(2)])
        elif _EN_MONTHS[m.group(1)] < _EN_MONTHS[m.group(2)]:
            between = (_EN_MONTHS[m.group(1)], _EN_MONTHS[m.group(2)])     # March to May
    if (zh := _MONTH_RANGE.search(text)) and 2 <= int(zh.group(1)) < int(zh.group(2)) <= 12:
        between = (int(zh.group(1)), int(zh.group(2)))                       # 3月至5月, 3-5月
    q = _QUARTER.search(text)
    if q and spans and q.start() >= span_end and not _BOTH.search(text[span_end:q.start()]):
        spans = []          # 前三季度光迅科技第三季度营收: the one quarter said after the span is the one asked
    through = spans[0] if spans else None
    m = _ONE_MONTH.search(text)
    if m and m.group(3) and re.search(r"截至\s*\d{4}年$", text[:m.start()]):
        m = None                                     # 截至2024年7月: a state at that date, not July alone
    if m and m.group(3) and (_SINCE_BEFORE.search(text[:m.start()]) or _OPENED_AFTER.match(text, m.end())):
        m = None                                     # 自2023年8月开园以来, 2024年2月成立后: when a span began
    state = _AS_OF.search(text)
    as_of = (int(state.group(1)) if state.group(1) else _EN_MONTHS[state.group(2)[:3]]) if state else None
    as_of = _PART_END[part.group(1)] if part else as_of
    number = int(m.group(1) or m.group(2) or m.group(3)) if m else 0
    if not m and (en := _EN_ONE_MONTH.search(text)) and not _EN_OPENED.search(text[:en.start()]):
        number = _EN_MONTHS[(en.group(1) or en.group(2))[:3]]
    day = _EN_DAY.search(text) if not m else None      # on 27 December 2018: a figure of December's
    month = number if 1 <= number <= 12 and not spans and not between else None
    quarter = _QUARTER_WORDS[next(g for g in q.groups() if g)] if q and not spans else None
    latest = bool(_LATEST.search(text))
    second = bool(_SECOND_HALF.search(text)) and not spans
    plan = _PLAN.search(text)
    return QueryPeriod(years, through, latest, tuple(dict.fromkeys(spans)), month, quarter, second,
                       as_of if 1 <= (as_of or 0) <= 12 and not spans and not between else None,
                       _plan_years(plan) if plan else None, between if not spans else None,
                       _EN_MONTHS[(day.group(1) or day.group(2))[:3]] if day and not month else None)


def _plan_years(plan: re.Match) -> tuple[int, int]:
    """The years of a five-year plan named (十一五: 2006-2010)."""
    number = _PLAN_NUMBERS[plan.group(1)] if plan.group(1) else int(plan.group(2))
    return 1951 + 5 * number, 1955 + 5 * number


_STRIP = [p for p, _ in _SPANS] + [_PLAN, _QUARTER, _SECOND_HALF, _EN_FIRST_N, _EN_RANGE, _LATEST,
                                   re.compile(r"(?<!\d)(?:20[0-4]\d|19[5-9]\d)(?!\d)\s*(?:年度|年)?"),
                                   re.compile(r"(?<![\d.])\d{1,2}\s*月(?:份|底|末|初)?"),
                                   re.compile(r"去年|上年|同期|年初|年底|年末|\bin\b|\bduring\b")]


def period_text(text: str) -> str:
    """The words of a normalised question that name its period ('2024年 上半年'), in order."""
    found: list[tuple[int, str]] = []
    for pattern in _STRIP[:-1]:                 # not the filler words (in, during, 同期...)
        for m in pattern.finditer(text):
            if not any(start <= m.start() < start + len(word) for start, word in found):
                found.append((m.start(), m.group(0).strip()))
    return " ".join(word for _, word in sorted(found) if word)


def strip_period(text: str) -> str:
    """The question without its period words, which are matched by `fits`, not as terms."""
    text = _expand_short(text)
    for pattern in _STRIP:
        text = pattern.sub(" ", text)
    return text


def _date(text: str | None) -> _dt.date | None:
    if not text:
        return None
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None


_PART_OF_YEAR = re.compile(r"\d\s*月|[一二三四五六七八九十]月|季|半年|" + _MONTH_WORD
                           + r"|quarter|half|\bq[1-4]\b")


def year_weight(period: QueryPeriod, start: str | None, end: str | None, text: str = "") -> float:
    """A year asked alone ('2024年湖北进出口'): its whole-year figure weighs more than one of its months."""
    if (not period.years or period.spans or period.month or period.through_month
            or _PART_OF_YEAR.search(text)):
        return 1.0
    s, e = _date(start), _date(end)
    if not (s and e):
        return 1.0
    return 1.1 if s.month == 1 and s.day == 1 and e.month == 12 and s.year == e.year else 1.0


def _lag(start: _dt.date | None, end: _dt.date) -> int:
    """How many months after a state's date it may be reported: a year to date (1-3月) is that month's
    alone; a state or a span since an event (挂牌两年来, to the article's date) up to two months later."""
    return 0 if start and start.month == 1 and start.day == 1 and start.year == end.year else 2


def several_years_for_one(period: QueryPeriod, start: str | None, end: str | None, text: str) -> bool:
    """One year asked alone (2021年进出口): a figure over several years that starts or ends in it (十四五期间753亿元)
    is not that year's, unless the question asks a running total (以来, 累计, since)."""
    s, e = _date(start), _date(end)
    state = period.plan or period.latest or period.as_of or period.through_month     # 截至2026年9月: a state
    return bool(len(period.years) == 1 and not state and s and e and e.year > s.year
                and not _STANDING.search(text))


def period_held(period: QueryPeriod, start: str | None, end: str | None, fact_text: str,
                question: str) -> bool:
    """The fact's period answers the question's: it fits, and is not several years for one year asked."""
    return fits(period, start, end, fact_text) and not several_years_for_one(period, start, end, question)


def fits(period: QueryPeriod, start: str | None, end: str | None, mentions: str = "") -> bool:
    """Whether a fact with this start and end answers a question about `period`.

    `mentions` is the fact's own text: a year it names (a target "by 2030") also fits.
    """
    s, e = _date(start), _date(end)
    first, last = period.plan or (0, 0)
    whole_year = s and e and s.year == e.year and (s.month, s.day, e.month, e.day) == (1, 1, 12, 31)
    if period.plan and not (s and e and s.year == first and first < e.year <= last
                            or e and first <= e.year <= last and (not s or whole_year)
                            or (named := _PLAN.search(mentions)) and _plan_years(named) == period.plan):
        return False        # 十四五期间: a span from the plan's first year, a state or a whole year of it
    if period.years:
        ok = False
        for year in period.years:
            if s and e and year in (s.year, e.year):     # a span of 2018-2024 does not answer "in 2023"
                ok = True
            elif not s and e and (e.year == year or e.year == year + 1 and e.month == 1 and e.day <= 20
                                  and period.as_of in (None, 12) and not period.month and not period.spans):
                ok = True           # a state reported in the first days of January stands for the year's end
            elif str(year) in mentions:
                ok = True
        if not ok:
            return False
    if period.month and not (e and e.month == period.month and (s.month == e.month and s.year == e.year
                                                                   if s else not period.spans)):
        return False        # one month asked: only that month's figure answers, or a state as of that month
    if period.day_in and s and e and s.year == e.year and not s.month <= period.day_in <= e.month:
        return False                                 # on 27 December: not October's figure
    if period.months and not (s and e and s.year == e.year and (s.month, e.month) == period.months):
        return False                                 # March to May asked: that span's figure only
    if period.quarter and not (s and e and s.year == e.year and s.month == 3 * period.quarter - 2
                               and e.month == 3 * period.quarter):
        return False                                 # one quarter asked: not the year to date
    if period.second_half and not (s and e and s.year == e.year and s.month == 7 and e.month == 12):
        return False                                 # the second half: not the first half nor the year
    if period.as_of and e and period.years and e.year in period.years and not (
            e.month <= period.as_of if s == e else period.as_of <= e.month <= period.as_of + _lag(s, e)):
        return False        # 截至3月底: not a state of December (reported a little after; a day before it)
    if period.spans and not s and not (e and (said := _STATE_AT_PART.get(max(period.spans)))
                                       and re.search(rf"截至{e.year}年(?:{said})", mentions)):
        return False        # a state "as of" a date does not answer a span, unless at its end (截至2013年上半年)
    if period.spans and s and e:
        if s == e:              # an event on one day in the span, or its report soon after (a release date);
            # a state on that day (a capacity, a total since opening) is no flow of the span
            # and the whole year asked (全年, full year) is not one day's figure
            return (s.month <= max(period.spans) + REPORT_MONTHS and not _STANDING.search(mentions)
                    and max(period.spans) < 12)
        if not (s.month == 1 and s.day == 1 and s.year == e.year and e.month in period.spans):
            return False                             # another span: Q3 alone, several years, ...
    return True


def reported_as_span_ends(period: QueryPeriod, start: str | None, end: str | None) -> bool:
    """A state with no start (a ranking as of July) reported in the span's last month or the next: it
    stands for the span (东湖高新区's rank in H1, reported in July)."""
    e = _date(end)
    return bool(period.spans and not _date(start) and e and (not period.years or e.year in period.years)
                and max(period.spans) <= e.month <= max(period.spans) + 1)


_RATES = re.compile(r"\bgr[eo]w|\bgrowth\b|\brates?\b|percentage points?|\bfaster\b")


def period_sides(text: str) -> list[tuple[str, str]]:
    """A question naming two spans of a year, or a quarter and a span ('H1 and Q1-Q3', 'Q3 alone vs
    Q1-Q3'): (the words of each, the question with the other's words blanked out); [] otherwise."""
    text = _expand_short(text)
    found: list[tuple[str, int, int]] = []          # (key, start, end)
    for pattern, months in _SPANS:
        for m in pattern.finditer(text):
            key = str(months if months is not None else m.group(1))
            if key not in [k for k, _, _ in found]:
                found.append((key, m.start(), m.end()))
    for m in _EN_RANGE.finditer(text) if _RATES.search(text) else ():   # Q3's growth and January-September's
        key = str(_EN_MONTHS[m.group(2)])
        if m.group(1) == "jan" and key not in [k for k, _, _ in found]:
            found.append((key, m.start(), m.end()))
    for m in _QUARTER.finditer(text):
        if not any(s <= m.start() < e for _, s, e in found):
            found.append(("q" + m.group(0), m.start(), m.end()))
    found.sort(key=lambda side: side[1])
    if len(found) < 2:
        return []
    sides = []
    for key, start, end in found[:3]:
        side = text
        for other, s, e in found:
            if other != key:
                side = side[:s] + " " * (e - s) + side[e:]
        sides.append((text[start:end], side))
    return sides
