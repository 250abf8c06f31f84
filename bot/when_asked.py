"""Whether a fact says the day or time a question asks (哪一天, when): its period is short enough to date it,
and a day asked by the figure it reached (哪一天突破100万吨) is that figure's day; and whether it covers the span
of years asked (入世20年来)."""
from __future__ import annotations

import datetime as _dt
import re

from .answers import FactDoc


_MILESTONE = re.compile(r"(?:突破|超过|达到|破)(\d+(?:\.\d+)?)\s*(万|亿)?\s*([\u4e00-\u9fff])")


def milestone_missing(text: str, doc: FactDoc) -> bool:
    """A day asked by the figure it reached (哪一天突破100万吨) is not the day of another figure in the same
    unit (60万吨 of capacity, set on another day)."""
    m = _MILESTONE.search(text)
    if not m or not re.fullmatch(r"[\d.]+", doc.fact.value or ""):
        return False
    return doc.fact.unit == (m.group(2) or "") + m.group(3) and doc.fact.value != m.group(1)


_ORDINAL_ZH = re.compile(r"第([\d零一二两三四五六七八九十百千万]+)(架次|届|批|次|列|班|艘|个|家|条)")
_ORDINAL_EN = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)\b")
_BIG = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_SMALL = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(word: str) -> int | None:
    """5000, 一万, 三千五百: the number a Chinese or Arabic numeral writes (None when it is neither)."""
    if word.replace(",", "").isdigit():
        return int(word.replace(",", ""))
    total, digit = 0, None
    for ch in word:
        if ch in _SMALL:
            digit = _SMALL[ch]
        elif ch in _BIG:
            total += (1 if digit is None else digit) * _BIG[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _ordinals(text: str) -> set[int]:
    return {n for m in _ORDINAL_ZH.finditer(text) if (n := _number(m.group(1))) is not None} | \
        {int(m.group(1).replace(",", "")) for m in _ORDINAL_EN.finditer(text)}


def other_ordinal(text: str, doc: FactDoc) -> bool:
    """The question names one in order (第5000架次, the 5,000th flight) and the fact tells of others only
    (第一万架次): it is about another one."""
    asked = _ordinals(text)
    held = _ordinals(doc.text) if asked else set()
    return bool(asked and held and not asked & held)


def dated(doc: FactDoc, year_is_enough: bool) -> bool:
    """The fact's period says when (a day, a few weeks; a single year when the year is asked)."""
    try:
        start = _dt.date.fromisoformat(doc.fact.period_start or "")
        end = _dt.date.fromisoformat(doc.fact.period_end or "")
    except ValueError:
        return False
    return (end - start).days <= 31 or year_is_enough and start.year == end.year


# Years asked as a span (入世20年来, 近十年来, over the past 20 years): a figure for a part of one year is no answer.
_YEARS_SPAN = re.compile(r"(?<![\d年])(\d{1,2}|[两三四五六七八九十]|二十|三十)多?年(?:来|以来|间|里)|"
                         r"\b(?:over|in|during) the (?:past|last) "
                         r"(\d{1,2}|two|three|five|ten|twenty) years\b")
_CN_YEARS = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "二十": 20, "三十": 30,
             "two": 2, "three": 3, "five": 5, "ten": 10, "twenty": 20}


def span_of_years_for_less(text: str, start: str | None, end: str | None) -> bool:
    """Years asked as a span (入世20年来…累计) and a fact of months that begin and end within a year."""
    m = _YEARS_SPAN.search(text)
    if not m or not start or not end:
        return False                                # a state (截至…) may be the running total asked
    said = m.group(1) or m.group(2)
    years = int(said) if said.isdigit() else _CN_YEARS.get(said, 0)
    first, last = _day(start), _day(end)
    return years >= 2 and first is not None and last is not None and (last - first).days < 366


def _day(text: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None
