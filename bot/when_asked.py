"""Whether a fact says the day or time a question asks (哪一天, when): its period is short enough to date it,
and a day asked by the figure it reached (哪一天突破100万吨) is that figure's day."""
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


def dated(doc: FactDoc, year_is_enough: bool) -> bool:
    """The fact's period says when (a day, a few weeks; a single year when the year is asked)."""
    try:
        start = _dt.date.fromisoformat(doc.fact.period_start or "")
        end = _dt.date.fromisoformat(doc.fact.period_end or "")
    except ValueError:
        return False
    return (end - start).days <= 31 or year_is_enough and start.year == end.year
