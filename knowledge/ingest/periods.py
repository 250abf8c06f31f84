"""Period words of an article (今年前11个月, 一季度, 11月, 截至3月底) resolved against its date."""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

from ..year_parts import PART_END_MONTH

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10, "十一": 11, "十二": 12}
_YEAR = r"(?:(20\d\d|19\d\d)年|(今年|去年|上年|前年|明年))?"
_N = r"(\d{1,2}|十[一二]?|[一二两三四五六七八九])"


@dataclass(frozen=True)
class Period:
    """A resolved period: Chinese and English labels, first and last day."""
    zh: str
    en: str
    start: str | None
    end: str | None

    def as_fields(self) -> dict:
        """The period as the import format's four fields."""
        return {"period_zh": self.zh, "period_en": self.en, "period_start": self.start or "",
                "period_end": self.end or ""}


def _num(text: str) -> int:
    """An Arabic or Chinese numeral (十一) as an int."""
    return int(text) if text.isdigit() else _CN_DIGITS.get(text, 0)


def _last_day(year: int, month: int) -> _dt.date:
    """The last day of a month."""
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(m_year: str | None, m_rel: str | None, ref: _dt.date, end_month: int = 1, before: str = "") -> int:
    """The year a period word refers to, from its own year, 今年/去年, the sentence, or the article's date."""
    if m_year:
        return int(m_year)
    context = re.findall(r"(?<!\d)(20\d\d)年(?!\d{1,2}月\d)", before) if not m_rel else []
    if context:                                                     # 2023年中欧班列全年开行…: that year
        return int(context[-1])
    if m_rel in ("去年", "上年"):
        return ref.year - 1
    if m_rel == "前年":
        return ref.year - 2
    if m_rel == "明年":
        return ref.year + 1
    if m_rel == "今年":
        return ref.year
    return ref.year if end_month <= ref.month else ref.year - 1     # 11月 read in January: last year's


def _span(year: int, first: int, last: int, ref: _dt.date, zh: str, en: str, whole: bool = False) -> Period:
    """A span of months of a year, ending at the article's date when that falls inside it."""
    end = _last_day(year, last)
    if year == ref.year and end > ref and first <= ref.month and not whole:
        end = ref                                                   # the year so far
    return Period(zh, en, _dt.date(year, first, 1).isoformat(), end.isoformat())


_RANGE = re.compile(r"(20\d\d)年(\d{1,2})月(?:\d{1,2}日)?(?:至|到|—|-|～|~)(?:(20\d\d)年)?(\d{1,2})月|"
                    r"(20\d\d)年([2-9]|1[01])(?:至|到|—|-|–|－|～|~)(\d{1,2})月")     # 2022年3-5月: March to May
_FIRST_N = re.compile(_YEAR + r"(?<!提)(?:前|头|首)" + _N + r"个?月|"       # 提前两个月 is ahead of time
                      + _YEAR + r"(?:[1一]月?|元月|正月)(?:-|—|–|－|~|～|至|到)(\d{1,2}|十[一二]?|[二三四五六七八九])月")
_QUARTERS = re.compile(_YEAR + r"(前三季度|前三季|首三季度|首三季|前3季度|1-3季度|上半年|下半年|第?一季度|第?1季度|首季度|首季|第?二季度|"
                       r"第?三季度|第?四季度|全年)")
_SINCE = re.compile(r"(?:(20\d\d)年|(今年|去年))(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:[\u4e00-\u9fff]{0,6})?以来")
_AS_OF = re.compile(r"截[至止](?:(20\d\d)年|(今年|去年|上年))?(?:(\d{1,2})月(?:(\d{1,2})日|底|末)?|(底|末))?"
                    r"|截[至止]目前")
_AS_OF_PART = re.compile(r"截[至止](?:(20\d\d)年|(今年|去年|上年))?(一季度|上半年|前三季度|三季度|二季度|四季度|下半年)(?:末|底)?")
_PART_EN = {"一季度": "the first quarter of", "二季度": "the second quarter of", "上半年": "the first half of",
            "三季度": "the third quarter of", "前三季度": "the first three quarters of",
            "四季度": "the fourth quarter of", "下半年": "the second half of"}
_TARGET = re.compile(r"(?:力争|预计|计划)?(?:到|至)(20\d\d)年(?:底|末)?")
_BY_MONTH = re.compile(r"(?:^|(?<=[，,；。：]))(?:预计)?(?:到|至)(\d{1,2})月(?:底|末)?(?=[，,])")   # 到10月，…: as of October
_NEXT_YEARS = re.compile(r"未来(两|[二三四五六七八九十\d]{1,2})年")
_FROM = re.compile(_YEAR + r"(\d{1,2})月份?(?:(\d{1,2})日)?起")
_PLAN = re.compile(r"[“\"]?(十[一二三四五])五[”\"]?(?:规划)?(以来|期间|时期|期末|末|期(?!间))")
_PLAN_START = {"十一": 2006, "十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}
_NEXT_MONTH = re.compile(r"下(?:个)?月(?!\d)")
_LAST_MONTH = re.compile(r"(?<![比较环])上(?:个)?月(?!\d|份?以来)")
# A day alone opening a clause (12日晚，…; 16日，…): a day of the article's month, or of the month before.
_DAY_ALONE = re.compile(r"(?:^|(?<=[，。；：]))(\d{1,2})日(?:上午|下午|晚上?|晚间|凌晨|早上?|中午|当天)?(?=[，,])")
_FUTURE = re.compile(r"未来[，,]|今后[，,]")
EXPECTED = re.compile(r"有望|预计|预期|将达|将突破|将超过?|将实现|力争|计划|目标")
ALL_TOLD = r"累计(?!(?:实现|完成)?(?:进出口|出口|进口))"   # 对…市场累计进出口X亿元 sums the period: no state
_AS_OF_BARE = re.compile(r"目前|至今|" + ALL_TOLD)
_DAY = re.compile(_YEAR + r"(\d{1,2})月(\d{1,2})日")
_MONTH = re.compile(_YEAR + r"(\d{1,2})月(?:份)?(?!\d|日|份?以来|底|末)")
# A year said as the base of a growth (比2019年, 同比2020年增长48%、2019年增长14%) is no period of the figures after it.
_YEAR_ONLY = re.compile(r"(?<![比较])(?!(?<=、)20\d\d年(?:同期)?(?:增长|下降|增加|减少))(20\d\d)年(?:度)?(?!\d|\s*\d)|(今年|去年|上年|明年)(?!以来|来|前|头|1|一|上半|下半|第|\d)")
_YEARS_SINCE = re.compile(r"(近|两|近?[一二三四五六七八九十\d]{1,2})年多?来")    # 两年来, 扩区一年来, 九年多来


def as_of(ref: _dt.date, end: _dt.date | None = None) -> Period:
    """A state at the article's date (or at `end`): 截至2024年4月."""
    end = end or ref
    return Period(f"截至{end.year}年{end.month}月", f"as of {MONTHS_EN[end.month - 1]} {end.year}",
                  None, end.isoformat())


# A range of whole years said before an increase (2013年至2020年，…从168亿元增长至266亿元): its first year is the
# starting value's.
YEAR_RANGE = re.compile(r"((?:19|20)\d\d)年(?:至|到|—|-|～)(?:19|20)\d\d年")


def whole_year(year: int) -> Period:
    """A calendar year, for a year no period word reads (成立于1985年: before the years read as periods)."""
    return Period(f"{year}年", str(year), f"{year}-01-01", f"{year}-12-31")


def year_to_day(day: Period) -> Period:
    """A running total to a day of the year (截至11月30日，…累计完成…，同比增长…): January to that day."""
    end = _dt.date.fromisoformat(day.end)
    last = (end + _dt.timedelta(days=1)).day == 1
    month_en = MONTHS_EN[end.month - 1]
    if last:
        zh = f"{end.year}年{end.month}月" if end.month == 1 else f"{end.year}年1-{end.month}月"
        en = f"{month_en} {end.year}" if end.month == 1 else f"January-{month_en} {end.year}"
    else:
        zh, en = f"{end.year}年1月1日至{end.month}月{end.day}日", f"1 January-{end.day} {month_en} {end.year}"
    return Period(zh, en, f"{end.year}-01-01", end.isoformat())


def until(span: Period, state: Period) -> Period:
    """A span to the article's date cut at an earlier state's date (自去年4月挂牌以来…，截至9月底: April
    2017 to September 2018)."""
    end = _dt.date.fromisoformat(state.end)
    zh_to, en_to = f"截至{end.year}年{end.month}月", f"{MONTHS_EN[end.month - 1]} {end.year}"
    zh = re.sub(r"（截至[^）]*）", f"（{zh_to}）", span.zh) if "（截至" in span.zh else f"{span.zh}（{zh_to}）"
    en = re.sub(r"(\(?)to [A-Z][a-z]+ \d{4}(\)?)$", lambda m: f"{m.group(1)}to {en_to}{m.group(2)}", span.en)
    return Period(zh, en if en != span.en else f"{span.en} (to {en_to})", span.start, state.end)


def expected(period: Period, words: str, ref: _dt.date) -> Period:
    """A year so far read as the whole year forecast when the words expect it (今年有望…, 预计全年…)."""
    if not EXPECTED.search(words) or not period.start or not period.end or "以来" in period.zh:
        return period
    start, end = _dt.date.fromisoformat(period.start), _dt.date.fromisoformat(period.end)
    last_year = start.year == ref.year - 1 and ref.month <= 3 and end.month == 12   # in January: last year's
    if start.month != 1 or start.day != 1 or start.year != end.year or (start.year < ref.year
                                                                        and not last_year):
        return period
    if end.month != 12 and not (start.year == ref.year and end == ref):
        return period
    return Period(f"{start.year}年全年（预计）", f"full year {start.year} (forecast)", start.isoformat(),
                  f"{start.year}-12-31")


def clause_period(text: str, clause: int, pos: int, ref: _dt.date) -> Period | None:
    """The period a figure's own clause names; a year-less one (预计全年可达) in the year the sentence
    named before it (2020年1月—11月…，预计全年可达X: 2020), not the article's."""
    own, _ = find_period(text[clause:pos], ref)
    if own is not None and own.start == f"{ref.year}-01-01" and own.end == ref.isoformat():
        whole, _ = find_period(text[:pos], ref)          # 到10月，湖北今年新增…: the year to October
        if whole is not None and whole.start == own.start and whole.end and whole.end < own.end:
            return whole
    if own is None or re.search(r"(?:19|20)\d\d年|今年|去年|上年|前年|明年", text[clause:pos]):
        return own
    whole, at = find_period(text[:pos], ref)
    return whole if whole is not None and at > clause else own


def find_period(text: str, ref: _dt.date) -> tuple[Period | None, int]:
    """The last period named in `text` (a clause or sentence), and where it ends (-1 if none)."""
    found: list[tuple[int, Period]] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, period: Period | None) -> None:
        """Keep a period unless an earlier pattern already read these words."""
        if period and not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
            taken.append((m.start(), m.end()))
            found.append((m.end(), period))

    for m in _AS_OF_PART.finditer(text):            # 截至2008年一季度，累计批准…: as of that quarter's end
        month = PART_END_MONTH[m.group(3)]
        end = _last_day(_year(m.group(1), m.group(2), ref, month), month)
        if end <= ref:                              # said as printed: 截至2008年一季度 (a state at its end)
            add(m, Period(f"截至{end.year}年{m.group(3)}", f"as of the end of {_PART_EN[m.group(3)]} {end.year}",
                          None, end.isoformat()))
        else:
            add(m, as_of(ref, ref))
    for m in _RANGE.finditer(text):
        if m.group(5):
            y1, m1, y2, m2 = int(m.group(5)), int(m.group(6)), int(m.group(5)), int(m.group(7))
        else:
            y1, m1, y2, m2 = int(m.group(1)), int(m.group(2)), int(m.group(3) or m.group(1)), int(m.group(4))
        if 1 <= m1 <= 12 and 1 <= m2 <= 12 and (y1, m1) <= (y2, m2):
            end = min(_last_day(y2, m2), ref) if (y2, m2) == (ref.year, ref.month) else _last_day(y2, m2)
            zh = f"{y1}年{m1}月至{y2}年{m2}月"
            en = f"{MONTHS_EN[m1 - 1]} {y1} to {MONTHS_EN[m2 - 1]} {y2}"
            add(m, Period(zh, en, _dt.date(y1, m1, 1).isoformat(), end.isoformat()))
    for m in _FIRST_N.finditer(text):
        n = _num(m.group(3) or m.group(6) or "")
        if 1 <= n <= 12:
            year = _year(m.group(1) or m.group(4), m.group(2) or m.group(5), ref, n, text[:m.start()])
            en = MONTHS_EN[0] if n == 1 else f"January-{MONTHS_EN[n - 1]}"
            add(m, _span(year, 1, n, ref, f"{year}年1-{n}月" if n > 1 else f"{year}年1月", f"{en} {year}"))
    for m in _QUARTERS.finditer(text):
        word = m.group(3).lstrip("第")
        first, last, zh, en = {
            "前三季度": (1, 9, "前三季度", "January-September"), "前3季度": (1, 9, "前三季度", "January-September"),
            "1-3季度": (1, 9, "前三季度", "January-September"), "前三季": (1, 9, "前三季度", "January-September"),
            "首季度": (1, 3, "一季度", "first quarter of"), "首三季度": (1, 9, "前三季度", "January-September"),
            "首三季": (1, 9, "前三季度", "January-September"), "首季": (1, 3, "一季度", "first quarter of"),
            "上半年": (1, 6, "上半年", "first half of"),
            "下半年": (7, 12, "下半年", "second half of"), "一季度": (1, 3, "一季度", "first quarter of"),
            "1季度": (1, 3, "一季度", "first quarter of"), "二季度": (4, 6, "二季度", "second quarter of"),
            "三季度": (7, 9, "三季度", "third quarter of"), "四季度": (10, 12, "四季度", "fourth quarter of"),
            "全年": (1, 12, "全年", "full year"),
        }[word]
        end_month = last if word != "全年" else ref.month
        if word == "全年" and ref.month <= 3 and not EXPECTED.search(text):
            end_month = 12                                          # 全年 reported in Q1: last year's results
        year = _year(m.group(1), m.group(2), ref, end_month, text[:m.start()])
        add(m, _span(year, first, last, ref, f"{year}年{zh}", f"{en} {year}", whole=word == "全年"))
    for m in _SINCE.finditer(text):
        year = _year(m.group(1), m.group(2), ref, 1)
        month, day = int(m.group(3) or 1), int(m.group(4) or 1)
        try:
            start = _dt.date(year, month, day)
        except ValueError:
            continue
        if start <= ref:
            day_zh = f"{day}日" if m.group(4) else ""
            zh = (f"{year}年{month}月{day_zh}以来（截至{ref.year}年{ref.month}月）" if m.group(3)
                  else f"{year}年以来")
            day_en = f"{day} " if m.group(4) else ""
            to = f"{MONTHS_EN[ref.month - 1]} {ref.year}"
            en = (f"{day_en}{MONTHS_EN[month - 1]} {year} to {to}" if m.group(3)
                  else f"{year} to date (to {to})")
            add(m, Period(zh, en, start.isoformat(), ref.isoformat()))
    for m in _PLAN.finditer(text):                                  # “十四五”以来: the five-year plan's years
        if m.group(2) in ("末", "期末") and (re.search(r"(?:较|比|与|相比)\s*$", text[:m.start()]) or re.match(
                r"\s*(?:实现|增长|增加|翻|提高|提升|下降|减少)", text[m.end():])):
            continue                                 # 较“十三五”末增长3倍: the base compared with, no period
        first = _PLAN_START[m.group(1)]
        name = f"“{m.group(1)}五”"
        if m.group(2) == "以来" and first <= ref.year:
            add(m, Period(f"{name}以来（{first}年至{ref.year}年{ref.month}月）",
                          f"since {first} ({m.group(1)}五 plan) to {MONTHS_EN[ref.month - 1]} {ref.year}",
                          f"{first}-01-01", ref.isoformat()))
        elif m.group(2) in ("期末", "末"):                         # “十一五”期末: the plan's last year
            add(m, Period(f"{name}期末（{first + 4}年）", f"{first + 4} (end of the five-year plan)",
                          f"{first + 4}-01-01", f"{first + 4}-12-31"))
        elif m.group(2) != "以来":
            add(m, Period(f"{name}期间（{first}-{first + 4}年）", f"{first}-{first + 4} (five-year plan)",
                          f"{first}-01-01", f"{first + 4}-12-31"))
    for m in _FROM.finditer(text):                                  # 今年2月起: from then to the article's date
        month = int(m.group(3))
        year = _year(m.group(1), m.group(2), ref, month)
        try:
            start = _dt.date(year, month, int(m.group(4) or 1))
        except ValueError:
            continue
        if start <= ref:
            add(m, Period(f"{year}年{month}月起（截至{ref.year}年{ref.month}月）",
                          f"since {MONTHS_EN[month - 1]} {year} (to {MONTHS_EN[ref.month - 1]} {ref.year})",
                          start.isoformat(), ref.isoformat()))
    for m in _DAY.finditer(text):
        month, day = int(m.group(3)), int(m.group(4))
        year = _year(m.group(1), m.group(2), ref, month)
        try:
            d = _dt.date(year, month, day)
        except ValueError:
            continue
        if d > ref and not (m.group(1) or m.group(2)):
            d = d.replace(year=d.year - 1)
        add(m, Period(f"{d.year}年{month}月{day}日", f"{day} {MONTHS_EN[month - 1]} {d.year}",
                      d.isoformat(), d.isoformat()))
    for m in _AS_OF.finditer(text):
        if m.group(3):
            year = _year(m.group(1), m.group(2), ref, int(m.group(3)))
            month = int(m.group(3))
            if not 1 <= month <= 12:
                continue
            end = _last_day(year, month)
            if m.group(4):
                try:
                    end = _dt.date(year, month, int(m.group(4)))
                except ValueError:
                    continue
            add(m, as_of(ref, min(end, ref) if (year, month) == (ref.year, ref.month) else end))
        elif m.group(5) and (m.group(1) or m.group(2)):               # 截至2024年底: that year's last day
            year = _year(m.group(1), m.group(2), ref, 12)
            add(m, as_of(ref, min(_dt.date(year, 12, 31), ref)))
        else:
            add(m, as_of(ref))
    for m in _BY_MONTH.finditer(text):
        month = int(m.group(1))
        if 1 <= month <= 12:
            year = _year(None, None, ref, month)
            add(m, as_of(ref, min(_last_day(year, month), ref)))
    for m in _MONTH.finditer(text):
        month = int(m.group(3))
        if 1 <= month <= 12:
            year = _year(m.group(1), m.group(2), ref, month, text[:m.start()])
            end = _last_day(year, month)
            add(m, Period(f"{year}年{month}月", f"{MONTHS_EN[month - 1]} {year}",
                          _dt.date(year, month, 1).isoformat(), min(end, ref).isoformat()
                          if (year, month) == (ref.year, ref.month) else end.isoformat()))
    for m in _TARGET.finditer(text):
        year = int(m.group(1))
        if year >= ref.year:
            add(m, Period(f"到{year}年（目标）", f"by {year} (target)", None, f"{year}-12-31"))
    for m in _NEXT_YEARS.finditer(text):                            # 未来两年: a target to that year's end
        n = _num(m.group(1))
        if 1 <= n <= 10:
            add(m, Period(f"未来{m.group(1)}年（约到{ref.year + n}年）",
                          f"within the next {n} years (to about {ref.year + n})", None,
                          f"{ref.year + n}-12-31"))
    for m in _NEXT_MONTH.finditer(text):                            # 下月: the month after the article's
        y, mo = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
        add(m, Period(f"{y}年{mo}月（计划）", f"{MONTHS_EN[mo - 1]} {y} (planned)", _dt.date(y, mo, 1).isoformat(),
                      _last_day(y, mo).isoformat()))
    for m in _LAST_MONTH.finditer(text):                            # 上月: the month before the article's
        y, mo = (ref.year - 1, 12) if ref.month == 1 else (ref.year, ref.month - 1)
        add(m, Period(f"{y}年{mo}月", f"{MONTHS_EN[mo - 1]} {y}", _dt.date(y, mo, 1).isoformat(),
                      _last_day(y, mo).isoformat()))
    for m in _DAY_ALONE.finditer(text):                             # 12日晚，…: that day of the month
        day = int(m.group(1))
        y, mo = (ref.year, ref.month) if day <= ref.day else \
            (ref.year - 1, 12) if ref.month == 1 else (ref.year, ref.month - 1)
        if day <= _last_day(y, mo).day:
            add(m, Period(f"{y}年{mo}月{day}日", f"{day} {MONTHS_EN[mo - 1]} {y}", _dt.date(y, mo, day).isoformat(),
                          _dt.date(y, mo, day).isoformat()))
    for m in _FUTURE.finditer(text):                                # 未来，…力争: a goal with no date
        add(m, Period(f"未来（{ref.year}年提出）", f"future goal (stated {ref.year})", None, None))
    for m in _YEAR_ONLY.finditer(text):
        year = int(m.group(1)) if m.group(1) else _year(None, m.group(2), ref)
        if 1990 <= year <= ref.year + 10:
            add(m, _span(year, 1, 12, ref, f"{year}年", str(year)))
    for m in _AS_OF_BARE.finditer(text if not found else ""):     # 累计 alone: as of the article's date
        add(m, as_of(ref))
    for m in _YEARS_SINCE.finditer(text if not found else ""):    # explicit dates win over 两年来
        n = _num(m.group(1).removeprefix("近")) if m.group(1) != "近" else 0
        span = "the past year" if n == 1 else f"the past {n} years" if n else "recent years"
        span += " and more" if "多" in m.group(0) else ""
        add(m, Period(f"{m.group(0)}（截至{ref.year}年{ref.month}月）",
                      f"{span} (to {MONTHS_EN[ref.month - 1]} {ref.year})", None, ref.isoformat()))
    if not found:
        return None, -1
    end, period = max(found, key=lambda f: f[0])
    return _cut_year_so_far(period, found, ref), end


def _cut_year_so_far(period: Period, found: list[tuple[int, Period]], ref: _dt.date) -> Period:
    """The year so far (今年) said after a state of an earlier month of it (到10月，今年新增…): January to
    that month."""
    if period.start != f"{ref.year}-01-01" or period.end != ref.isoformat():
        return period
    states = [p for _, p in found if not p.start and p.end and p.end[:4] == str(ref.year) and p.end < ref.isoformat()]
    if not states:
        return period
    month = int(states[-1].end[5:7])
    return Period(f"{ref.year}年1-{month}月", f"January-{MONTHS_EN[month - 1]} {ref.year}", period.start,
                  _last_day(ref.year, month).isoformat())


PERIOD_WORDS = re.compile(r"(?:20\d\d年)?(?:今年|去年|上年|前年)?(?:(?:前|头)" + _N + r"个?月|(?:1月?|元月)(?:-|—|至|到)\d{1,2}月|"
                          r"前三季度?|首三季度?|上半年|下半年|第?[一二三四1-4]季度|首季度?|全年|\d{1,2}月(?:\d{1,2}日|份|底|末)?|以来)|"
                          r"20\d\d年(?:度)?|今年|去年|上年|截至|目前|累计|至今|同期|[两近一二三四五六七八九十\d]{1,2}年多?来|"
                          r"(?<![较比与])(?<![较比与][“\"])(?:到|至)?[“\"]?十[一二三四五]五[”\"]?(?:规划)?"
                          r"(?:期间|时期|期末|末|期)?")
