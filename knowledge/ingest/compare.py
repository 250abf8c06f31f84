"""An earlier year's value named as the base of a comparison (比2021年的248万标箱, 与2017年全年开行的377列相比):
that year's value of the measure just given, without the growth that belongs to the later figure."""
from __future__ import annotations

import logging
import re

from .model import Proposal
from .vocab import Metric

log = logging.getLogger(__name__)

_BASE_BEFORE = re.compile(r"(?:比|较|与|同|相比)((?:19|20)\d\d)年(?:全年|同期)?[\u4e00-\u9fff]{0,6}?的$")
_COMPARED_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,2}?(?:相比|相较|比较)")


def compared_year(before: str) -> str | None:
    """The year whose value this is, when the words before it open a comparison (比2021年的), else None."""
    m = _BASE_BEFORE.search(before[-20:])
    return m.group(1) if m else None


def closes_comparison(after: str) -> bool:
    """Whether the words after a figure close a comparison (…377列相比，增长12.2%): the growth is the later's."""
    return bool(_COMPARED_AFTER.match(after))


def measure_before(proposals: list[Proposal], entity: str, unit: str) -> Metric | None:
    """The metric of the last proposal about the same entity in the same unit (what is compared)."""
    for p in reversed(proposals[-6:]):
        fact = p.fact
        dated = fact["metric"].endswith(("_date", "_year"))
        if fact["entity"] == entity and fact["unit"] == unit and not dated:
            return Metric(fact["metric"], fact["metric_zh"], fact["metric_en"], fact["topic"])
    return None


_DELTA_AFTER_BASE = re.compile(r"(?:比|较|与)(?:19|20)\d\d年[^，。；]{0,8}?的[\d.]+[万亿]?[\u4e00-\u9fff]{0,3}?"
                               r"(增加|增长|减少|下降|多|少)了?$")


def change_after_base(before: str, base: Metric | None) -> Metric | None:
    """The change of a measure printed right after its earlier value (比2021年的248万标箱增加了22万标箱)."""
    m = _DELTA_AFTER_BASE.search(before[-40:])
    if not m or base is None:
        return None
    down = m.group(1) in ("减少", "下降", "少")
    word = "减少" if down else "增加"
    return Metric(f"{base.id}_change", f"{base.zh}比上年{word}", f"{'decrease' if down else 'increase'} in "
                  f"{base.en} on the year before", base.topic, (*base.keywords, word))


def later_of(proposals: list[Proposal], entity: str, unit: str) -> Proposal | None:
    """The proposal the earlier value is compared with (the last one about the entity in that unit)."""
    for p in reversed(proposals[-6:]):
        if p.fact["entity"] == entity and p.fact["unit"] == unit and not p.fact["change_zh"]:
            return p
    return None


_SAME_YEAR = re.compile(r"((?:19|20)\d\d)年[^。；]*?[，,；;]\s*(?:当年|同年)[^，,。；;]*$")
# 1996年开通集装箱运营: the year a service started, as a fact of its own.
YEAR_STARTED = re.compile(r"((?:19|20)\d\d)年(?:正式)?(开通|开始|启动|开展)([\u4e00-\u9fff]{2,6}?)(运营|业务|服务)")


def year_referred(before: str) -> str | None:
    """The year 当年/同年 refers to, when its sentence named one before (1996年开通…，当年吞吐量…), else None."""
    m = _SAME_YEAR.search(before)
    return m.group(1) if m else None


def year_period(year: str):
    """A calendar year as a period (years before 2000 included)."""
    from .periods import Period
    return Period(f"{year}年", year, f"{year}-01-01", f"{year}-12-31")
