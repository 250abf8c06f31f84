"""Figures named in passing: a whole earlier period a figure is compared with (超过去年全年X亿元规模) and a
growth over an older base year (比2019年同期增长Y%), each its own fact with its own period."""
from __future__ import annotations

import logging
import re

from .figures import Figure
from .periods import Period
from .vocab import Metric, english

log = logging.getLogger(__name__)

# A comparison word, then a whole earlier period, right before the value: 超过去年全年, 已接近2020年全年的.
_PASSING = re.compile(r"(?:超过|超出|超越|高于|低于|接近|逼近|相当于|突破|超)了?(?:去年|上年|前年|(?:19|20)\d\d年)"
                      r"(?:全年|同期)(?:的)?(?:总|水平|规模)?$")
# A dateline's day (中新社武汉9月10日电, 据新华社武汉7月3日电): when the story was filed, no figure's period.
DATELINE_DAY = re.compile(r"^.{0,14}?\d{1,2}月\d{1,2}日\s*(?:电|消息)")
AREA_UNITS = ("平方公里", "平方米", "万平方米", "亩")          # 襄阳片区21.99平方公里: a size, asked as 面积
# The same months of an earlier year, named for comparison: (去年同期为81.4万吨), 上年同期是…
_SAME_BEFORE = re.compile(r"(去年|上年|前年|(?:19|20)\d\d年)同期(?:为|是|达|有|仅为|只有)?$")
# A forecast naming no measure of its own (…3916亿元，预计全年可达4300亿元): the measure before.
_FORECAST_ONLY = re.compile(r"(?:预计|有望|可望|力争|将)(?:今年|全年|(?:19|20)\d\d年全年|明年)?(?:可|将|能|有望)?"
                            r"(?:达|达到|突破|超过|实现|为)?")
_BASE_YEAR = re.compile(r"(?:比|较|与)((?:19|20)\d\d)年(?:同期)?")


def in_passing(fig: Figure) -> bool:
    """Whether an amount is an earlier period's figure the sentence compares its own with."""
    return fig.kind == "amount" and bool(_PASSING.search(fig.label) or _SAME_BEFORE.search(fig.label))


def same_period_before(fig: Figure, main: Period | None) -> Period | None:
    """The period of a figure named as an earlier year's same months (去年同期为X): the main figure's
    months in that year; None for any other figure."""
    m = _SAME_BEFORE.search(fig.label) if fig.kind == "amount" else None
    if not m or not main or not main.start or not main.end:
        return None
    year = int(main.end[:4])
    back = {"去年": 1, "上年": 1, "前年": 2}.get(m.group(1))
    then = year - back if back else int(m.group(1)[:4])
    if then >= year:
        return None
    if main.start[:4] != main.end[:4]:
        return None                                   # a span across years has no single year to move

    def moved(text: str) -> str:
        """A label or day of the main period, in the earlier year."""
        return text.replace(str(year), str(then))
    return Period(moved(main.zh), moved(main.en), moved(main.start), moved(main.end))


def detach_passing(figs: list[Figure]) -> None:
    """A growth printed after a figure in passing is the sentence's main figure's, not the passing one's."""
    for fig in figs:
        if in_passing(fig) and fig.change is not None:
            fig.change.attached = False
            fig.change = None


def base_year(fig: Figure, main: Period | None) -> str:
    """The base year of a growth compared with an older year than the one before its period ('' if none)."""
    m = _BASE_YEAR.search(fig.label) or _BASE_YEAR.search(fig.basis)
    if fig.kind != "growth" or not m or not main or not main.start:
        return ""
    return m.group(1) if int(m.group(1)) < int(main.start[:4]) - 1 else ""


def over_base_year(metric: Metric, year: str) -> Metric:
    """The growth of a metric over the same period of a base year (比2019年同期增速)."""
    name = re.sub(r"(?:增速|增幅|增长率?)$", "", metric.zh)
    en = re.sub(r"^(?:growth (?:rate )?(?:of|in) )|(?: growth(?: rate)?)$", "", metric.en)
    return Metric(f"{re.sub(r'_growth$', '', metric.id)}_growth_vs_{year}", f"{name}比{year}年同期增速",
                  f"{en} growth over the same period of {year}", metric.topic)


_GRADE = re.compile(r"(国家|省|市|县|部)级(?:以上)?")
_GRADE_EN = {"国家": "national", "省": "provincial", "市": "city", "县": "county", "部": "ministry"}
_PART = re.compile(r"(?:含|包括|包含|其中)[^\d()（）]{0,20}$")


def aside(text: str, fig: Figure) -> bool:
    """Whether a figure stands inside brackets (武汉片区70平方公里(含某综保区5.41平方公里)): an aside."""
    before = text[:fig.start]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def part_of_before(text: str, fig: Figure) -> bool:
    """An aside naming what the figure before includes (含某综保区5.41平方公里): the same measure."""
    opened = max(text.rfind("(", 0, fig.start), text.rfind("（", 0, fig.start))
    return fig.kind == "amount" and aside(text, fig) and bool(_PART.fullmatch(text[opened + 1:fig.start]))


def _scoped_part(label: str, last: Metric) -> bool:
    """An aside's part named by a scope of its own (（其中，国际货邮吞吐量…10万吨）): its own measure."""
    return any(word in label and word not in last.zh for word in ("国际", "国内", "外贸", "出口", "进口"))


def measure_before(text: str, fig: Figure, last: Metric | None, over: str,
                   same_unit: Metric | None) -> tuple[Metric, float, str] | None:
    """The measure of a figure that takes one before it: a growth over a base year or an aside naming a
    part (the figure just before), an earlier period's figure in passing or a forecast (the last in its
    unit); with a confidence penalty and the reason (None for any other figure)."""
    if last and over:
        return over_base_year(last, over), 0.05, ""
    if last and part_of_before(text, fig) and not _scoped_part(fig.label, last):
        grade, held = _GRADE.search(fig.label), _GRADE.search(last.zh)
        if grade and held and grade.group(1) != held.group(1):     # 865家省级以上…企业(其中国家级62家)
            zh = last.zh.replace(held.group(0), grade.group(1) + "级", 1)
            return Metric(f"{last.id}_{_GRADE_EN[grade.group(1)]}", zh, english(zh), last.topic,
                          last.keywords), 0.05, "a part of the figure before, of its own grade"
        return last, 0.05, "a part of the figure before"
    if same_unit and in_passing(fig):
        return same_unit, 0.05, "an earlier period's figure named in passing"
    if same_unit and fig.kind == "amount" and _FORECAST_ONLY.fullmatch(fig.label):
        return same_unit, 0.05, "a forecast of the measure before"
    return None
