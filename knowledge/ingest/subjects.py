"""Who, when and what a figure is not about: informants, names in quoted titles, the month closing a
span, a conversion (折合…亿美元) of the value before."""
from __future__ import annotations

import logging
import re

from .periods import Period
from .vocab import Metric

log = logging.getLogger(__name__)

_SAID_BY = re.compile(r"(?:海关|统计局|商务厅|商务局|口岸办)?(?:获悉|统计|数据显示|消息|发布|介绍|通报|透露)")


def informant(text: str, mention: tuple[int, int, str]) -> bool:
    """Whether a name is who gave the figures (据武汉海关统计, 从武汉海关获悉), not what they are about."""
    start, end, _ = mention
    return bool(re.search(r"(?:据|从|记者从|来自)$", text[max(0, start - 3):start])
                and _SAID_BY.match(text, end)) \
        or bool(re.match(r"(?:海关)?(?:数据显示|统计显示|发布的?数据)", text[end:end + 8]))


def quoted_list(text: str, mention: tuple[int, int, str]) -> bool:
    """Whether a name sits in one of several quoted titles (“白俄罗斯—武汉”“欧洲—武汉”等5条线路)."""
    start = mention[0]
    return text[:start].count("“") > text[:start].count("”") and text.count("“") >= 2 \
        and bool(re.search(r"”“|”、“", text))


def last_month_of(period: Period, outer: Period | None) -> bool:
    """Whether a period is the last month of a longer span in force (3月当月 after 一季度)."""
    return bool(outer and outer.start and outer.end and period.start and period.end == outer.end
                and period.start[:7] == period.end[:7] and outer.start < period.start)


_CURRENCY_EN = {"美元": "US dollars", "港元": "Hong Kong dollars", "欧元": "euros", "元": "yuan"}
CONVERTED = re.compile(r"(?:折合|约合|合)(?:美元|人民币|港元)?约?")


def converted(last: Metric, unit: str) -> Metric:
    """The metric of a value restated in another currency (折合720.5亿美元 after 5123.4亿元)."""
    cur = next((c for c in _CURRENCY_EN if unit.endswith(c)), "")
    return Metric(f"{last.id}_in_{_CURRENCY_EN.get(cur, 'other').split()[-1]}", f"{last.zh}（折合{cur or unit}）",
                  f"{last.en} (in {_CURRENCY_EN.get(cur, unit)})", last.topic)
