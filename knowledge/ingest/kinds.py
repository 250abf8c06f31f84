"""The walker's hooks for kinds of article met late (issue 8's fourth front): a zone's or a service's dated
steps, a count's volume or part, an earlier year's value compared with, and its growth given to the later."""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from .compare import (YEAR_STARTED, change_after_base, closes_comparison, compared_year, later_of,
                      measure_before, year_period)
from .counts import part_of_count, volume_of
from .entities import slug
from .figures import Figure
from .periods import Period, as_of, find_period
from .text import Sentence
from .vocab import Metric, english
from .zones import zone_events

if TYPE_CHECKING:
    from .walker import Walker

log = logging.getLogger(__name__)


def dated_steps(w: Walker, s: Sentence) -> None:
    """A zone's steps (于2020年1月9日获国务院批复设立) and the year a service started (1996年开通集装箱运营)."""
    for z in zone_events(s.text, w.ref.year, w.ref.month):
        period, _ = find_period(z.day, w.ref)
        fig = Figure(z.start, z.end, z.day, z.day, "", "", "", kind="date")
        entity, pen, why = w._entity_at(s, z.start, z.end)
        w._event(fig, entity, z.metric, period or as_of(w.ref), [why], pen, s)
    for m in YEAR_STARTED.finditer(s.text):
        fig = Figure(m.start(), m.end(), m.group(1), m.group(1), "", "年", "", kind="date")
        entity, pen, why = w._entity_at(s, m.start(), m.end())
        what = m.group(2) + m.group(3) + m.group(4)
        metric = Metric(f"{slug(what, 20).replace('-', '_')}_year", f"{what}年份",
                        f"year {english(what)} started", "")
        w._event(fig, entity, metric, year_period(m.group(1)), [why], pen, s)


def reshaped(w: Walker, s: Sentence, fig: Figure, entity: str, label: str, named: bool, metric: Metric,
             period: Period, whys: list[str], penalty: float) -> tuple[Metric, Period, float, str] | None:
    """The metric and period of an amount that is a count's volume or part, an earlier year's value or the
    change on it (423列，计37474标箱; 其中，回程643列; 比2021年的248万标箱增加了22万标箱), else None."""
    if fig.kind != "amount" or named or not w.reading.proposals:
        return None
    before = s.text[:fig.start]
    last_unit = w.reading.proposals[-1].fact["unit"]
    if vol := volume_of(w.last_amount, last_unit, label, fig.unit):
        return vol, period, 0.05, "the volume of the count before it"
    earlier = measure_before(w.reading.proposals, entity, fig.unit)
    if part := part_of_count(before, label, fig.unit, earlier, fig.unit):
        return part, period, 0.05, "a part of the count before"
    if (year := compared_year(before)) and earlier:
        if fig.change and closes_comparison(s.text[fig.end:]):        # …377列相比，增长12.2%: the later's growth
            growth_of_later(w, s, fig, entity, whys, penalty)
            fig.change = None
        period = find_period(year + "年", w.ref)[0] or period
        return earlier, period, 0.05, "the earlier year it is compared with"
    if delta := change_after_base(before, earlier):
        return delta, period, 0.05, "the change on the earlier year's value"
    return None


def growth_of_later(w: Walker, s: Sentence, fig: Figure, entity: str, whys: list[str],
                    penalty: float) -> None:
    """The growth printed after an earlier value compared with (与…377列相比，增长12.2%): the later figure's."""
    later = later_of(w.reading.proposals, entity, fig.unit)
    if later is None or fig.change is None:
        return
    f = later.fact
    period = Period(f["period_zh"], f["period_en"], f["period_start"], f["period_end"])
    growth = Metric(f["metric"] + "_growth", f["metric_zh"] + "增速", f"growth in {f['metric_en']}", f["topic"],
                    ("增长", "增速", "growth"))
    w._add(fig.change, entity, growth, period, False, whys, penalty + 0.05, s)


def same_year_label(label: str) -> str:
    """A label without the 当年/同年 that only pointed at the year."""
    return re.sub(r"^(?:当年|同年)", "", label)
