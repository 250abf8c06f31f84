"""Whether two facts give the same measure (for other periods, or as named by another article), and
the order of their periods."""
from __future__ import annotations

import logging

from knowledge import Fact

from .answers import FactDoc
from .parts import trade_flow
from .factdoc import leading_number

log = logging.getLogger(__name__)


def same_metric(a: Fact, b: Fact) -> bool:
    """Two facts measure the same thing (curators named some metrics differently per article)."""
    return (a.metric == b.metric or bool(a.metric_zh) and a.metric_zh == b.metric_zh
            or bool(a.metric_en) and a.metric_en.lower() == b.metric_en.lower())


def same_measure(a: Fact, b: Fact) -> bool:
    """Two facts give the same figure for possibly different periods: the same metric, or (an
    imported row naming it its own way) the same unit and the same trade flow (进出口, 出口, 进口)."""
    if same_metric(a, b):
        return True
    if not a.unit or a.unit != b.unit or not (leading_number(a.value) and leading_number(b.value)):
        return False
    flow = trade_flow(f"{a.metric_zh} {a.metric_en.lower()}")
    return bool(flow) and flow == trade_flow(f"{b.metric_zh} {b.metric_en.lower()}")


def period_key(doc: FactDoc) -> tuple[str, int]:
    """Newest end first, then the longest span (a whole year over its first eleven months)."""
    start, end = doc.fact.period_start or "", doc.fact.period_end or ""
    return end, -int(start.replace("-", "") or 99999999)
