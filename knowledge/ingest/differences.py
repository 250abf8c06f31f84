"""Figures that are differences: a change from another time (比去年多出19个航次, 较上年增加14班), a net change
(净增895家, 净增外贸企业320家) or a change of a growth rate (增速加快2.6个百分点)."""
from __future__ import annotations

import re

from .entities import slug
from .figures import Figure
from .naming import clean_label, is_delta
from .vocab import Metric, match_metric, english

COUNT_UNITS = ("个", "家", "条", "项", "列", "批", "座", "台", "辆", "艘", "架次", "班次", "名", "位", "场", "件")

_SAVED = {"时间": "time", "时长": "time", "运输时间": "transit time", "成本": "cost", "物流成本": "logistics cost",
          "运费": "freight cost", "费用": "cost"}
# 净增外贸企业320家: the net change of what follows, read as the difference shape (外贸企业净增).
_NET_FIRST = re.compile(r"^净(增加|增|减少|减)(?=[\u4e00-\u9fff]{2})")


def difference(fig: Figure, label: str, last_amount: Metric | None,
               before: str = "") -> tuple[Metric | None, float, str] | None:
    """The metric of a figure that is a difference, (None, 0, why) for one with no measure of its own, or None
    when the figure is no difference. `before`: the sentence before the figure (开行56航次，比上年多出19个航次:
    the noun after 19 is the unit of the value before, so 19 is that value's change)."""
    if fig.kind == "amount" and (net := _NET_FIRST.match(label)):
        label = label[net.end():] + "净" + net.group(1)
    if fig.kind == "amount" and is_delta(label) and not re.search(r"[至到为]$", fig.label.strip()):   # 较去年增加14班
        own = clean_label(re.split(r"较|比|同比|净|又?(?:缩短|延长|节省|节约|缩减|增加|减少|增多|提高|提升|下降|压缩|降低|"
                                   r"增长|下滑)了?$", label)[0])[0]
        restated = bool(fig.tail and re.search(rf"\d(?:万|亿)?(?:个)?{re.escape(fig.tail)}", before))
        if len(own) < 2 and len(fig.tail) >= 2 and not (restated and last_amount):   # 较…增加9个项目: projects
            own = fig.tail + ("数" if fig.unit in COUNT_UNITS else "")
        saved = re.search(r"(?:节省|节约|节减)了?$", label)
        noun = fig.tail if fig.tail in _SAVED else next((k for k in sorted(_SAVED, key=len, reverse=True)
                                                         if own.endswith(k)), "")
        if saved and noun:              # 直航可节省3天时间, 将往返运输时间节省3天以上: time saved
            return Metric(f"{_SAVED[noun].replace(' ', '_')}_saved", f"节省{noun}", f"{_SAVED[noun]} saved",
                          "logistics", ("节省", "节约", "缩短", "save", "saving")), 0.05, "a saving"
        made = Metric(slug(own, 30).replace("-", "_"), own, english(own), "")
        of = ((match_metric(own, fig.unit) if "能力" not in own else None) or made) if len(own) >= 2 \
            else last_amount                    # 集装箱通过能力净增100万标箱: a capacity, not the boxes handled
        if not of:
            return None, 0.0, "a difference from another time"
        down = bool(re.search(r"减|缩短|下降|少|下滑|节省|节约|压缩|降低", label))
        if re.search(r"净(?:增|减)", label):                # 净增895家: the net change of the count
            return Metric(f"{of.id}_net_change", f"{of.zh}净{'减少' if down else '增加'}",
                          f"net {'decrease' if down else 'increase'} in {of.en}", of.topic,
                          (*of.keywords, "净增" if not down else "净减")), 0.1, "a net change of a count"
        if not re.search(r"较|比", label):                   # 运输时间缩短了1天: from when, unsaid
            return Metric(f"{of.id}_change", f"{of.zh}{'减少' if down else '增加'}",
                          f"{'decrease' if down else 'increase'} in {of.en}", of.topic), 0.1, \
                "a change of a measure"
        return Metric(f"{of.id}_change", f"{of.zh}比上年{'减少' if down else '增加'}",
                      f"{'decrease' if down else 'increase'} in {of.en} on a year earlier",
                      of.topic), 0.1, "a difference from a year earlier"
    pace = re.search(r"(?:(?:增速|增幅)[^，。；]{0,6}?|^(?:比|较)[^，。；\d]{0,6}?)(加快|提高|提升|扩大|回落|放缓|收窄|下降)了?$",
                     label)                            # 增长16.8%，比上半年加快8.1个百分点: the growth's pace
    if pace and fig.unit == "个百分点" and last_amount:   # 增速较一季度加快2.6个百分点: the growth rate's change
        down = pace.group(1) in ("回落", "放缓", "收窄", "下降")
        of = re.sub(r"_growth$", "", last_amount.id)
        return Metric(f"{of}_growth_{'slowdown' if down else 'speedup'}",
                      f"{last_amount.zh}增速{'回落' if down else '加快'}",
                      f"{'slowdown' if down else 'speed-up'} of growth in {last_amount.en} (points)",
                      last_amount.topic, ("增速", pace.group(1), "加快" if not down else "回落")), 0.1, \
            "a change of a growth rate"
    return None


_CUT_BY = re.compile(r"(?:降低|节省|节约|减少|压缩|缩短)了?$")
_CUT_WHAT = re.compile(r"的?((?:[\u4e00-\u9fff]{0,4})(?:成本|费用|运费|时间|时长|能耗|排放))(?=[，。；,]|$)")


_CUT_NAMED = re.compile(r"((?:[\u4e00-\u9fff]{0,4})(?:成本|费用|运费|时间|时长|能耗))(?:将|可|能)?(?:降低|节省|节约|减少|压缩|缩短)了?$")


def share_cut(sentence: str, fig: Figure) -> Metric | None:
    """A cost or time cut by a share (还可降低10%的物流成本, 节约30%的时间): that cut, as a measure."""
    days = fig.unit in ("天", "小时", "分钟", "个工作日", "工作日", "个月") \
        and bool(re.search(r"压缩$", fig.label))     # 缩短了1天, 节省3天: a change or a saving, read elsewhere
    if fig.unit != "%" and not days or not _CUT_BY.search(fig.label):
        return None
    what = _CUT_WHAT.match(sentence, fig.end) or _CUT_NAMED.search(fig.label)    # 总运费将节约15%
    if not what:
        return None
    noun = what.group(1)
    en = english(noun) or noun
    if days:                                    # 物流时间压缩7天: the time saved
        if not re.search(r"时间|时长", noun):
            return None
        return Metric(f"{slug(noun, 20).replace('-', '_')}_change", f"{noun}减少", f"decrease in {en}",
                      "logistics", (noun, "压缩", "缩短", "节省", "省", "saved", "shorter"))
    return Metric(f"{slug(noun, 20).replace('-', '_')}_cut", f"{noun}降低比例", f"cut in {en} (share)",
                  "logistics",
                  (noun, "降低", "节省", "节约", "cut", "lower", "save", "reduce"))


_AHEAD = re.compile(r"(?:(较|比)(去年|上年|往年)|今年|今年已?)?提前$")


def days_ahead(fig: Figure, reached: Metric | None) -> Metric | None:
    """A milestone reached so many days early (…总量突破150万人次大关，较去年提前64天达成目标): the days ahead, named
    after the measure that reached it when the sentence said one."""
    m = _AHEAD.search(fig.label) if fig.unit == "天" and fig.kind == "amount" else None
    if not m:
        return None
    what = re.sub(r"(?:突破)?关口$|突破$", "", reached.zh) if reached else ""
    words = ("提前", "提前天数", "earlier", "ahead", "days ahead", *(reached.keywords if reached else ()), what)
    if m.group(1):
        return Metric("days_ahead_of_last_year", f"{what}较上年提前天数",
                      f"days earlier than last year{' for ' + reached.en if reached else ''}", "logistics",
                      (*words, "比去年提前", "去年", "last year"))
    return Metric("days_ahead", f"{what}提前天数",
                  f"days ahead of schedule{' for ' + reached.en if reached else ''}", "logistics", words)


_REACHED_BY = re.compile(r"(?:[（(](?:地区)?[）)]|和地区|及地区)?的([\u4e00-\u9fff]{0,6}(?:航线|班列|线路|航班|航点))")


def routes_reach(sentence: str, fig: Figure) -> Metric | None:
    """Countries the routes named after them reach (开通至20个国家(地区)的国际客运航线): those routes' reach."""
    if fig.kind != "amount" or fig.tail not in ("国家", "国家和地区", "个国家") and fig.unit != "国家和地区":
        return None
    m = _REACHED_BY.match(sentence, fig.end + len(fig.tail))
    if not m:
        return None
    routes = m.group(1)
    en = english(routes) or routes
    return Metric(f"{slug(routes, 20).replace('-', '_')}_countries", f"{routes}通达国家数",
                  f"countries reached by {en}", "logistics", (routes, "国家", "通达", "countries", "reach"))
