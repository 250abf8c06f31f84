"""Figures the number pattern alone misses or misreads: runs of months of growth, counts spelled in
Chinese numerals, numbers sharing the unit of the last of a 分别 list, and a reference rate in brackets."""
from __future__ import annotations

import logging
import re

from .figure import DOWN, Figure, clause_start, last_item

log = logging.getLogger(__name__)


# 高于全国（4.7%）9.5个百分点: the bracket holds the nation's rate, the margin after it is the figure.
_REFERENCE = re.compile(r"((?:高于|低于|快于|慢于|高出)(?:同期)?(?:全国|全省)(?:平均水平|平均)?)[（(]$")


def reference(sentence: str, figs: list[Figure]) -> list[Figure]:
    """A reference rate in brackets after 高于全国 is left out; the margin after it takes the words."""
    out: list[Figure] = []
    words = ""
    for f in figs:
        ref = _REFERENCE.search(sentence[:f.start])
        if ref and re.match(r"\s*[）)]", sentence[f.end:]) and f.unit == "%":
            words = ref.group(1)
            continue
        if words:
            f.label, words = words, ""
        out.append(f)
    return out


# 连续19个月增长, 连续6个月保持正增长: how long a run of growth lasts, a figure of its own.
_RUN = re.compile(r"连续(\d{1,3}|[一二三四五六七八九十]{1,3})个(月|季度)(?:同比)?(?:实现|保持)?(?:正)?(增长|下降|增加|减少)")


def runs(sentence: str) -> list[Figure]:
    """Runs of months of growth (连续19个月增长): the count of months, labelled by what grew."""
    out = []
    for m in _RUN.finditer(sentence):
        fig = Figure(m.start(1), m.end(2), m.group(1), m.group(1), "", "个" + m.group(2), "")
        down = m.group(3) in DOWN or m.group(3) == "减少"
        fig.label = last_item(sentence[clause_start(sentence, m.start()):m.start()]) + \
            ("连续下降" if down else "连续增长")
        out.append(fig)
    return out


# 开行十年来, 开通5年多以来: how many years a service has run, a figure of its own.
_YEARS_RUN = re.compile(r"(开行|开通|运营|通航|投运|运行)(?:了)?(十[一二三四五六七八九]?|[两二三四五六七八九]|\d{1,2})(多)?年(多)?"
                        r"(?:来|以来)")


def _small_number(n: str) -> str:
    """十二 -> '12', 两 -> '2', 7 -> '7': a count under twenty in digits."""
    if n.isdigit():
        return n
    if n.startswith("十"):
        return str(10 + (int(_SPELLED_N[n[1]]) if len(n) > 1 else 0))
    return _SPELLED_N[n]


def years_run(sentence: str) -> list[Figure]:
    """Years a service has run (开行十年来): the count of years, labelled by the verb."""
    out = []
    for m in _YEARS_RUN.finditer(sentence):
        n, more = m.group(2), m.group(3) or m.group(4) or ""
        fig = Figure(m.start(2), m.end(0), n + (m.group(3) or ""), _small_number(n), "", "年", more)
        fig.label = m.group(1) + "年数"
        out.append(fig)
    return out


# 涵盖三个片区, 经由五个口岸进出境, 新引进三家外国航空公司, 近洋直航航线四条: a small count spelled out,
# of places, firms or routes.
_NOUN = r"(?:片区|口岸|园区|港区|港口|机场|综保区|城市|市州|国家|基地|枢纽|公司|企业|机构|航线|线路|通道)"
_SPELLED = re.compile(r"(?<![第一二三四五六七八九十两几])([两二三四五六七八九十])(个|家|条|座)"
                      r"((?:[\u4e00-\u9fff]{0,6}?)" + _NOUN + r")(进出境|出入境)?(?=[，。；、：:（(的」”]|$)")
_SPELLED_AFTER = re.compile(_NOUN + r"([两二三四五六七八九十])(个|家|条|座)(?=[，。；、]|$)")
_SPELLED_N = {"两": "2", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
              "十": "10"}


# 突破一万架次, 两万吨: a round amount spelled in Chinese numerals, with what it counts.
_ROUND = re.compile(r"(突破|超过|超|逾|近|约)?(?<![第\d一二三四五六七八九十两几百千])([一两二三四五六七八九十])(万|千)"
                    r"(架次|吨|标箱|人次|列|辆|件|票|艘次|航次|班次|家)")


# 约占全省同期的三分之一, 占比近九成, 占…的一半: a share spelled as a fraction or in tenths.
_FRACTION = re.compile(r"(?:(?<=[的占为达比重省市国])|(?=近|约|超|逾))(近|约|超过|超|逾)?([一二三四五六七八九]分之[一二三四五六七八九]|"
                       r"[一二三四五六七八九]成(?![员功为])|一半)(?=[，。；,;以左]|$)")
_NUMERALS = "一二三四五六七八九十"


def fraction_en(value: str) -> str:
    """三分之一 -> 'one third', 近九成 -> 'nearly 90%', 一半 -> 'half' (as printed when unknown)."""
    words = {"近": "nearly ", "约": "about ", "超过": "over ", "超": "over ", "逾": "over "}
    approx = next((w for w in words if value.startswith(w)), "")
    body = value[len(approx):]
    m = re.fullmatch(r"([一二三四五六七八九])分之([一二三四五六七八九])", body)
    if m:
        parts = ("", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
        top = _NUMERALS.index(m.group(2)) + 1
        name = parts[_NUMERALS.index(m.group(1))] + ("s" if top > 1 else "")
        body = f"{('one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine')[top - 1]} {name}"
    elif re.fullmatch(r"[一二三四五六七八九]成", body):
        body = f"{(_NUMERALS.index(body[0]) + 1) * 10}%"
    elif body == "一半":
        body = "half"
    return words.get(approx, "") + body


def fractions(sentence: str) -> list[Figure]:
    """Shares spelled out after 占 (约占全省同期的三分之一): a share figure valued as printed."""
    out = []
    for m in _FRACTION.finditer(sentence):
        clause = sentence[clause_start(sentence, m.start()):m.start()]
        if "占" not in clause and "比重" not in clause and "占比" not in clause:
            continue
        said = re.search(r"(近|约)占", clause)             # 约占全省的三分之一: about one third
        approx = m.group(1) or (said.group(1) if said else "")
        fig = Figure(m.start(), m.end(), approx + m.group(2), m.group(2), "", "", approx, kind="share")
        fig.label = last_item(clause)
        out.append(fig)
    return out


def spelled(sentence: str) -> list[Figure]:
    """Counts spelled in Chinese numerals (三个片区, 航线四条): the numeral as printed, its digits."""
    out = []
    for m in _SPELLED.finditer(sentence):
        fig = Figure(m.start(1), m.end(2), m.group(1), _SPELLED_N[m.group(1)], "", m.group(2), "")
        fig.tail = (m.group(4) or "") + m.group(3)           # named by what it counts, not the verb before
        new = re.search(r"(?:新开通?|新引进|新增|新设)$", sentence[:m.start()])
        fig.label = new.group(0) if new else ""               # …but new ones are new: 新引进三家外国航空公司
        out.append(fig)
    for m in _ROUND.finditer(sentence):
        approx = {"突破": "超过", "超": "超过"}.get(m.group(1) or "", m.group(1) or "")
        number = _SPELLED_N.get(m.group(2), "1")
        fig = Figure(m.start(2), m.end(), approx + number, number, m.group(3), m.group(3) + m.group(4), approx)
        fig.label = last_item(sentence[clause_start(sentence, m.start()):m.start()])
        out.append(fig)
    for m in _SPELLED_AFTER.finditer(sentence):
        fig = Figure(m.start(1), m.end(2), m.group(1), _SPELLED_N[m.group(1)], "", m.group(2), "")
        fig.label = last_item(sentence[clause_start(sentence, m.start()):m.start(1)])
        out.append(fig)
    return out


_BARE_LIST = re.compile(r"分别[^，。；\d]{0,16}?((?:\d+(?:\.\d+)?(?:、|和|及|与))+)$")


def shared_unit(sentence: str, figs: list[Figure]) -> list[Figure]:
    """'分别高出19.8、26.1和10.4个百分点': the numbers before the last share its unit, each its own figure."""
    out: list[Figure] = []
    for f in figs:
        m = _BARE_LIST.search(sentence[:f.start]) if not f.approx and (not f.mult or "元" in f.unit) else None
        if m:
            label = f.label if "分别" in f.label else ""
            for n in re.finditer(r"\d+(?:\.\d+)?", m.group(1)):
                start = m.start(1) + n.start()
                value = n.group(0) + ("%" if f.unit == "%" else "")
                out.append(Figure(start, m.start(1) + n.end(), value, n.group(0), f.mult, f.unit, "", label=label,
                                  kind=f.kind))     # 分别为36.89、7.49和6.19亿美元: each in 亿美元
            f.label = label
        out.append(f)
    return out
